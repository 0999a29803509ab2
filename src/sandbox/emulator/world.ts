import type { Clock } from './clock.ts';
import type {
  Account,
  CheckRunRecord,
  CommentRecord,
  CommitRecord,
  IssueFieldRecord,
  IssueRecord,
  IssueTypeRecord,
  LabelRecord,
  Role,
  TimelineRecord,
  TreeRecord,
} from './model.ts';

/** A webhook the emulator owes the app, in the order the state changes happened. */
export interface PendingEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** One attempt to deliver a webhook to the App, as GET /app/hook/deliveries lists it. */
export interface HookDeliveryRecord {
  id: number;
  guid: string;
  deliveredAt: string;
  redelivery: boolean;
  statusCode: number;
  durationMs: number;
  event: string;
  action: string | null;
}

/** Who is calling: a scenario user, the app's bot, or the App itself (JWT). */
export interface Caller {
  login: string;
  kind: 'user' | 'installation' | 'app';
}

export interface WorldOptions {
  clock: Clock;
  owner: string;
  repo: string;
  defaultBranch?: string;
  /** The login the app writes as: incident-scribe[bot] (app mode) or github-actions[bot]. */
  botLogin: string;
  apiUrl: string;
}

export const APP_ID = 424242;

/** The fields every organisation gets (GitHub's docs): two selects and two dates. */
/** The issue types every organisation starts with. */
export const DEFAULT_ISSUE_TYPES = ['Bug', 'Task', 'Feature'] as const;

export const DEFAULT_ISSUE_FIELDS: {
  name: string;
  type: IssueFieldRecord['dataType'];
  options?: string[];
}[] = [
  { name: 'Priority', type: 'single_select', options: ['Urgent', 'High', 'Medium', 'Low'] },
  { name: 'Effort', type: 'single_select', options: ['High', 'Medium', 'Low'] },
  { name: 'Start date', type: 'date' },
  { name: 'Target date', type: 'date' },
];
export const APP_SLUG = 'incident-scribe';
export const INSTALLATION_ID = 4242;
const ACTIONS_BOT_ID = 41898282;

/** The whole emulated GitHub: one organisation, one repository, its people and the app. */
export class World {
  readonly clock: Clock;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  readonly botLogin: string;
  apiUrl: string;
  readonly repoId = 700001;
  readonly createdAt: string;

  readonly accounts = new Map<string, Account>();
  readonly roles = new Map<string, Role>();
  readonly teams = new Map<string, string[]>();
  readonly labels = new Map<string, LabelRecord>();
  readonly issues = new Map<number, IssueRecord>();
  readonly comments = new Map<number, CommentRecord>();
  readonly timeline: TimelineRecord[] = [];
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, TreeRecord>();
  readonly commits = new Map<string, CommitRecord>();
  /** Full ref name (`refs/heads/main`) to commit sha. */
  readonly refs = new Map<string, string>();
  readonly checkRuns: CheckRunRecord[] = [];
  readonly outbox: PendingEvent[] = [];
  /** Every attempt to deliver a webhook to the App, oldest first. */
  readonly hookDeliveries: HookDeliveryRecord[] = [];
  /** Guids the App asked to redeliver (POST /app/hook/deliveries/{id}/attempts), not yet sent. */
  readonly redeliveryRequests: string[] = [];
  /**
   * The organisation's issue fields: GitHub's four defaults exist, but the feature (a public
   * preview) is off until a scenario turns it on, so values written are silently dropped.
   */
  readonly issueFields: { enabled: boolean; fields: IssueFieldRecord[] } = {
    enabled: false,
    fields: [],
  };

  /** The organisation's issue types: GitHub's three defaults until a scenario sets others. */
  readonly issueTypes: IssueTypeRecord[] = [];

  #ids = new Map<string, number>();

  constructor(options: WorldOptions) {
    this.clock = options.clock;
    this.owner = options.owner;
    this.repo = options.repo;
    this.defaultBranch = options.defaultBranch ?? 'main';
    this.botLogin = options.botLogin;
    this.apiUrl = options.apiUrl;
    this.createdAt = options.clock.iso();
    this.addAccount(options.owner, 'Organization');
    const botId = options.botLogin === 'github-actions[bot]' ? ACTIONS_BOT_ID : 9000001;
    this.accounts.set(options.botLogin, { login: options.botLogin, id: botId, type: 'Bot' });
    this.setIssueFields(false, DEFAULT_ISSUE_FIELDS);
    this.setIssueTypes(DEFAULT_ISSUE_TYPES);
  }

  /** Defines the organisation's issue types (ids stay per name); issues keep types still defined. */
  setIssueTypes(names: readonly string[]): void {
    const known = new Map(this.issueTypes.map((t) => [t.name.toLowerCase(), t]));
    const types = names.map(
      (name) =>
        known.get(name.toLowerCase()) ?? {
          id: this.nextId('issue-type'),
          name,
          createdAt: this.clock.iso(),
        },
    );
    this.issueTypes.splice(0, this.issueTypes.length, ...types);
    for (const issue of this.issues.values()) {
      if (issue.typeId !== undefined && !types.some((t) => t.id === issue.typeId))
        issue.typeId = undefined;
    }
  }

  /** The organisation's issue type of this name (GitHub matches names without case). */
  findIssueType(name: string): IssueTypeRecord | undefined {
    return this.issueTypes.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** Turns the organisation's issue fields on or off and defines them (ids stay per name). */
  setIssueFields(
    enabled: boolean,
    fields: { name: string; type: IssueFieldRecord['dataType']; options?: string[] }[],
  ): void {
    const known = new Map(this.issueFields.fields.map((f) => [f.name.toLowerCase(), f]));
    this.issueFields.enabled = enabled;
    this.issueFields.fields = fields.map((f) => {
      const same = known.get(f.name.toLowerCase());
      return {
        id: same?.id ?? this.nextId('field'),
        name: f.name,
        dataType: f.type,
        options: f.options ?? [],
        createdAt: same?.createdAt ?? this.clock.iso(),
      };
    });
  }

  /** The next id of a kind; every kind has its own deterministic sequence. */
  nextId(
    kind:
      | 'issue'
      | 'comment'
      | 'label'
      | 'event'
      | 'check'
      | 'user'
      | 'number'
      | 'seq'
      | 'field'
      | 'issue-type',
  ): number {
    const base = {
      issue: 1_000_000,
      comment: 2_000_000,
      label: 3_000_000,
      event: 4_000_000,
      field: 6_000_000,
      'issue-type': 7_000_000,
    };
    const start =
      kind === 'number' || kind === 'seq'
        ? 0
        : ((base as Record<string, number>)[kind] ?? 5_000_000);
    const next = (this.#ids.get(kind) ?? start) + 1;
    this.#ids.set(kind, next);
    return next;
  }

  /** Registers a person (or organisation) and returns the account. */
  addAccount(login: string, type: Account['type'] = 'User'): Account {
    const existing = this.accounts.get(login);
    if (existing) return existing;
    const account = { login, id: 100 + this.nextId('user'), type };
    this.accounts.set(login, account);
    return account;
  }

  /** The account behind a login; unknown logins become users so payloads stay well-formed. */
  account(login: string): Account {
    return this.accounts.get(login) ?? this.addAccount(login);
  }

  /** Queues a webhook; delivery happens outside the emulator, in order. */
  emit(name: string, payload: Record<string, unknown>): void {
    this.outbox.push({ name, payload });
  }

  /** Records a timeline item on an issue at the current virtual time. */
  record(item: Omit<TimelineRecord, 'id' | 'seq' | 'createdAt'>): void {
    const id = this.nextId('event');
    this.timeline.push({ id, seq: this.nextId('seq'), createdAt: this.clock.iso(), ...item });
  }

  /** The label record for a name (case-insensitive, as on GitHub). */
  findLabel(name: string): LabelRecord | undefined {
    for (const label of this.labels.values()) {
      if (label.name.toLowerCase() === name.toLowerCase()) return label;
    }
    return undefined;
  }

  /** Opens an issue, or the issue half of a pull request: both share one number sequence. */
  openIssue(fields: {
    title: string;
    body: string | null;
    user: string;
    pull?: IssueRecord['pull'];
  }): IssueRecord {
    const now = this.clock.iso();
    const issue: IssueRecord = {
      number: this.nextId('number'),
      id: this.nextId('issue'),
      title: fields.title,
      body: fields.body,
      state: 'open',
      stateReason: null,
      user: fields.user,
      labels: [],
      assignees: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      pull: fields.pull,
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  /**
   * Creates a label if it does not exist yet, the way adding an unknown label does. GitHub
   * answers `null` for a missing description, but the published schema of some operations
   * (pulls/request-reviewers) says string; the empty string satisfies every schema.
   */
  ensureLabel(name: string, color = 'ededed', description: string | null = ''): LabelRecord {
    const found = this.findLabel(name);
    if (found) return found;
    const label = { id: this.nextId('label'), name, color, description, isDefault: false };
    this.labels.set(name, label);
    return label;
  }

  /** The head commit sha of a branch, or undefined when the branch does not exist. */
  branchSha(branch: string): string | undefined {
    return this.refs.get(`refs/heads/${branch}`);
  }
}
