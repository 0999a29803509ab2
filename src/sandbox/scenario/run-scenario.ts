import { randomBytes } from 'node:crypto';
import type { ApplicationFunction } from 'probot';
import type { ContractChecker, Violation } from '../contracts/violation.ts';
import { Emulator } from '../emulator/emulator.ts';
import type { RequestLogEntry } from '../emulator/http-server.ts';
import { buildState, type SandboxState } from '../output/state.ts';
import { buildTranscript } from '../output/transcript.ts';
import { type RunAction, startActionTarget } from '../webhooks/action-target.ts';
import { type DeliveryLogEntry, DeliveryQueue } from '../webhooks/delivery-queue.ts';
import { startProbotTarget } from '../webhooks/probot-target.ts';
import type { WebhookTarget } from '../webhooks/target.ts';
import { checkExpectations, type ExpectationFailure } from './check-expectations.ts';
import type { Scenario } from './parse-scenario.ts';
import { type PlayState, playStep, StepError } from './play-step.ts';

/** Everything a run produced: the four outputs and what went wrong, if anything. */
export interface ScenarioRun {
  mode: 'app' | 'action';
  state: SandboxState;
  requests: RequestLogEntry[];
  deliveries: DeliveryLogEntry[];
  transcript: string;
  violations: Violation[];
  failures: ExpectationFailure[];
  stepError: StepError | undefined;
  botLogin: string;
  faultsInjected: number;
  actionLog: string[];
}

/** The app under test: a Probot app function (app mode) and the Action entry (action mode). */
export interface AppUnderTest {
  createApp: (options: {
    clock?: () => Date;
    sleep?: (ms: number) => Promise<void>;
  }) => ApplicationFunction;
  runAction: RunAction;
}

/** Plays a scenario against a fresh emulator with the app in the loop. */
export async function runScenario(
  scenario: Scenario,
  options: { app: AppUnderTest; contracts: ContractChecker | undefined; mode?: 'app' | 'action' },
): Promise<ScenarioRun> {
  const mode = options.mode ?? scenario.mode;
  const emulator = await Emulator.start({
    repo: scenario.repo,
    start: scenario.start,
    mode,
    users: scenario.users,
    teams: scenario.teams,
    files: scenario.files,
    contracts: options.contracts,
    faults:
      scenario.faults.rate > 0 || scenario.faults.fail.length > 0 ? scenario.faults : undefined,
  });
  const clock = () => emulator.clock.now();
  const secret = randomBytes(16).toString('hex');
  const actionLog: string[] = [];
  let target: WebhookTarget | undefined;
  try {
    target =
      mode === 'app'
        ? await startProbotTarget({
            emulatorUrl: emulator.url,
            privateKey: emulator.auth.privateKey,
            secret,
            // Rate-limit waits are compressed like every other wait of the app's (sandbox-octokit.ts).
            appFn: options.app.createApp({ clock, sleep: async () => {} }),
          })
        : await startActionTarget({
            runAction: options.app.runAction,
            emulatorUrl: emulator.url,
            repo: scenario.repo,
            clock,
            tokenFor: (delivery) => emulator.actionToken(delivery),
            log: (text) => actionLog.push(text),
          });
    const queue = new DeliveryQueue({
      outbox: emulator.world.outbox,
      target,
      secret,
      contracts: options.contracts,
      violations: emulator.violations,
      delivery: scenario.deliveries,
      // Only an App has webhook deliveries GitHub lists; an Action has workflow runs.
      ledger: mode === 'app' ? { world: emulator.world, now: clock } : undefined,
    });
    const play: PlayState = {
      latestIssue: undefined,
      commentOfStep: new Map(),
      latestPull: undefined,
      defaultActor: Object.keys(scenario.users)[0] ?? emulator.world.owner,
    };
    let stepError: StepError | undefined;
    try {
      for (const step of scenario.steps) await playStep(emulator, queue, play, step);
    } catch (error) {
      if (!(error instanceof StepError)) throw error;
      stepError = error;
    }
    const state = buildState(emulator);
    const failures = stepError
      ? []
      : checkExpectations(scenario, {
          state,
          requests: emulator.requests,
          deliveries: queue.log,
          botLogin: emulator.world.botLogin,
          latestIssue: play.latestIssue,
          latestPull: play.latestPull,
        });
    return {
      mode,
      state,
      requests: emulator.requests,
      deliveries: queue.log,
      transcript: buildTranscript(emulator, `Sandbox transcript: ${scenario.file}`),
      violations: emulator.violations,
      failures,
      stepError,
      botLogin: emulator.world.botLogin,
      faultsInjected: emulator.faults?.injected ?? 0,
      actionLog,
    };
  } finally {
    await target?.close();
    await emulator.close();
  }
}
