import type { Permission } from '../../src/core/config/schema.ts';
import type { IssueEvent } from '../../src/core/incident/issue.ts';
import type { GitHubPort, IssueComment, RepoRef } from '../../src/github/port.ts';

async function unmodelled(): Promise<never> {
  throw new Error(
    'memoryPort does not model branches, pull requests, checks or action items: use the sandbox',
  );
}

/**
 * An in-memory GitHubPort for use-case tests: files, comments and labels kept in maps, and
 * every call counted, so tests assert on the resulting state and on the number of requests.
 */
export function memoryPort(options: { files?: Record<string, string>; self?: string } = {}) {
  const files = new Map(Object.entries(options.files ?? {}));
  const comments = new Map<number, IssueComment[]>();
  const labels = new Map<number, Set<string>>();
  const events = new Map<number, IssueEvent[]>();
  const calls: string[] = [];
  let nextId = 1000;
  const self = options.self ?? 'incident-scribe[bot]';
  const repo: RepoRef = { owner: 'acme', repo: 'shop' };

  const port: GitHubPort = {
    repo,
    allowWrites: () => {},
    writes: () => calls.filter((c) => /^(create|update|delete|add|remove)/.test(c)).length,
    async readFile(path, { from } = {}) {
      const key = `${(from ?? repo).owner}/${(from ?? repo).repo}:${path}`;
      calls.push(`readFile ${key}`);
      return files.get(key);
    },
    async selfLogin() {
      return self;
    },
    async permissionOf(): Promise<Permission | 'none'> {
      calls.push('permissionOf');
      return 'write';
    },
    async getIssue() {
      throw new Error('memoryPort: getIssue is not modelled; use the sandbox');
    },
    async listIssueTimeline(issue) {
      calls.push(`listIssueTimeline ${issue}`);
      // Comments only: tests that need label or close events add them to `events`.
      const commented = (comments.get(issue) ?? []).map(
        (c): IssueEvent => ({
          kind: 'commented',
          id: c.id,
          actor: c.user,
          at: c.createdAt,
          updatedAt: c.updatedAt,
          body: c.body,
          htmlUrl: c.htmlUrl,
        }),
      );
      return [...(events.get(issue) ?? []), ...commented];
    },
    async listIssueComments(issue) {
      calls.push(`listIssueComments ${issue}`);
      return [...(comments.get(issue) ?? [])];
    },
    async createIssueComment(issue, body) {
      calls.push(`createIssueComment ${issue}`);
      const comment: IssueComment = {
        id: nextId++,
        body,
        user: { login: self, type: 'Bot' },
        createdAt: '2024-01-15T10:15:00Z',
        updatedAt: '2024-01-15T10:15:00Z',
        htmlUrl: '',
      };
      comments.set(issue, [...(comments.get(issue) ?? []), comment]);
      return comment;
    },
    async updateIssueComment(id, body) {
      calls.push(`updateIssueComment ${id}`);
      for (const list of comments.values()) {
        const found = list.find((c) => c.id === id);
        if (found) found.body = body;
      }
    },
    async deleteIssueComment(id) {
      calls.push(`deleteIssueComment ${id}`);
      for (const [issue, list] of comments)
        comments.set(
          issue,
          list.filter((c) => c.id !== id),
        );
    },
    async listIssueLabels(issue) {
      calls.push(`listIssueLabels ${issue}`);
      return [...(labels.get(issue) ?? [])];
    },
    async addLabels(issue, names) {
      calls.push(`addLabels ${issue} ${names.join(',')}`);
      labels.set(issue, new Set([...(labels.get(issue) ?? []), ...names]));
    },
    async removeLabel(issue, name) {
      calls.push(`removeLabel ${issue} ${name}`);
      labels.get(issue)?.delete(name);
    },
    async addAssignees(issue, logins) {
      calls.push(`addAssignees ${issue} ${logins.join(',')}`);
    },
    // Branches, pull requests and checks are the sandbox's to model, not this port's.
    branchSha: unmodelled,
    createBranch: unmodelled,
    commitsOnlyOn: unmodelled,
    defaultBranch: unmodelled,
    fileSha: unmodelled,
    writeFile: unmodelled,
    findPull: unmodelled,
    createPull: unmodelled,
    requestReviewers: unmodelled,
    listPullFiles: unmodelled,
    reportCheckRun: unmodelled,
    createIssue: unmodelled,
    updateIssue: unmodelled,
    listSubIssues: unmodelled,
    addSubIssue: unmodelled,
    claimRef: unmodelled,
    releaseClaim: unmodelled,
    refSha: unmodelled,
    moveClaim: unmodelled,
    readCommit: unmodelled,
    createCommit: unmodelled,
    orgIssueFields: unmodelled,
    setIssueFieldValue: unmodelled,
    clearIssueFieldValue: unmodelled,
    listIssuesByLabel: unmodelled,
    pullsOfCommit: unmodelled,
  };
  return { port, files, comments, labels, events, calls };
}
