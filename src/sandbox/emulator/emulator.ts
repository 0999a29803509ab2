import type { ContractChecker, Violation } from '../contracts/violation.ts';
import { AppAuth } from './auth.ts';
import { Clock } from './clock.ts';
import { dispatch, type EmulatorResponse } from './dispatch.ts';
import { FaultInjector, type FaultOptions } from './faults.ts';
import { commitToBranch } from './git.ts';
import { type RequestLogEntry, startHttpServer } from './http-server.ts';
import type { Role } from './model.ts';
import { Router } from './router.ts';
import { emulatedRoutes } from './routes/index.ts';
import { APP_ID, World } from './world.ts';

export interface EmulatorOptions {
  /** `owner/name`. */
  repo: string;
  start: string | Date;
  /** app: the bot is incident-scribe[bot]; action: github-actions[bot]. */
  mode?: 'app' | 'action';
  users?: Record<string, Role>;
  teams?: Record<string, string[]>;
  /** Files on the default branch at the start. */
  files?: Record<string, string>;
  contracts?: ContractChecker | undefined;
  faults?: FaultOptions | undefined;
}

const DEFAULT_LABELS: [string, string, string][] = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['help wanted', '008672', 'Extra attention is needed'],
  ['invalid', 'e4e669', "This doesn't seem right"],
  ['question', 'd876e3', 'Further information is requested'],
  ['wontfix', 'ffffff', 'This will not be worked on'],
];

/** An in-memory GitHub on 127.0.0.1: one organisation, one repository, the App installed. */
export class Emulator {
  readonly world: World;
  readonly clock: Clock;
  readonly auth = new AppAuth(APP_ID);
  readonly router = new Router();
  readonly violations: Violation[] = [];
  readonly requests: RequestLogEntry[] = [];
  readonly contracts: ContractChecker | undefined;
  readonly faults: FaultInjector | undefined;
  url = '';
  #close: (() => Promise<void>) | undefined;

  private constructor(options: EmulatorOptions) {
    const [owner = '', repo = ''] = options.repo.split('/');
    this.clock = new Clock(options.start);
    this.contracts = options.contracts;
    this.faults = options.faults ? new FaultInjector(options.faults) : undefined;
    this.world = new World({
      clock: this.clock,
      owner,
      repo,
      botLogin: options.mode === 'action' ? 'github-actions[bot]' : 'incident-scribe[bot]',
      apiUrl: 'http://127.0.0.1',
    });
    for (const [name, color, description] of DEFAULT_LABELS) {
      this.world.labels.set(name, {
        id: this.world.nextId('label'),
        name,
        color,
        description,
        isDefault: true,
      });
    }
    for (const [login, role] of Object.entries(options.users ?? {})) {
      // `monitor[bot]` acts as another App would: a Bot account.
      this.world.addAccount(login, login.endsWith('[bot]') ? 'Bot' : 'User');
      this.world.roles.set(login, role);
    }
    for (const [team, members] of Object.entries(options.teams ?? {})) {
      this.world.teams.set(team, members);
    }
    const files: Record<string, string> = { 'README.md': `# ${repo}\n`, ...(options.files ?? {}) };
    commitToBranch(this.world, this.world.defaultBranch, files, 'Initial commit', owner);
    this.router.add(emulatedRoutes((world) => this.#installationToken(world)));
  }

  /** Starts the emulator on a free port of 127.0.0.1. */
  static async start(options: EmulatorOptions): Promise<Emulator> {
    const emulator = new Emulator(options);
    const server = await startHttpServer(emulator);
    emulator.url = server.url;
    emulator.world.apiUrl = server.url;
    emulator.#close = server.close;
    return emulator;
  }

  /** Runs one request through the pipeline (the HTTP server and scenario users both use it). */
  handle(request: Parameters<typeof dispatch>[5]): EmulatorResponse {
    return dispatch(this.world, this.router, this.auth, this.contracts, this.violations, request);
  }

  /** A scenario user (or the bot) acting in-process, as if through github.com or the API. */
  act(login: string, method: string, url: string, body?: unknown): EmulatorResponse {
    const kind = login === this.world.botLogin ? 'installation' : 'user';
    return this.handle({ method, url, headers: {}, body, caller: { login, kind } });
  }

  /** A GITHUB_TOKEN for one Action run; requests made with it are logged under `delivery`. */
  actionToken(delivery: string): string {
    return this.auth.issue(this.world.botLogin, 'installation', this.clock.now(), delivery);
  }

  #installationToken(world: World): { token: string; expiresAt: string } {
    const token = this.auth.issue(world.botLogin, 'installation', this.clock.now());
    return { token, expiresAt: this.auth.grant(token)?.expiresAt ?? '' };
  }

  async close(): Promise<void> {
    await this.#close?.();
  }
}
