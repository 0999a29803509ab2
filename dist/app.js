// src/github/octokit/rest-shapes.ts
function statusOf(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}
function answerOf(error) {
  const response = error.response;
  return { headers: response?.headers ?? {}, message: response?.data?.message ?? "" };
}
function secondaryLimitWait(error) {
  const status2 = statusOf(error);
  if (status2 !== 403 && status2 !== 429) return void 0;
  const { headers, message: message2 } = answerOf(error);
  const retryAfter = Number(headers["retry-after"]);
  if (!/secondary rate limit/i.test(message2) && !(retryAfter > 0)) return void 0;
  return (retryAfter > 0 ? retryAfter : 60) * 1e3;
}
function refusedOutright(error) {
  const status2 = statusOf(error);
  if (status2 === void 0 || status2 < 400 || status2 >= 500 || status2 === 429) return false;
  if (status2 !== 403) return true;
  const { headers, message: message2 } = answerOf(error);
  const limited = /rate limit/i.test(message2) || headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0;
  return !limited;
}
function toPull(data) {
  return {
    number: data.number,
    state: data.state === "closed" ? "closed" : "open",
    merged: Boolean(data.merged_at),
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    author: data.user?.login ?? "ghost",
    createdAt: data.created_at
  };
}
function toComment(data) {
  return {
    id: data.id,
    body: data.body ?? "",
    user: { login: data.user?.login ?? "ghost", type: data.user?.type ?? "User" },
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    htmlUrl: data.html_url
  };
}

// src/github/octokit/outage-budget.ts
var GitHubUnavailable = class extends Error {
  /** Answered to the webhook, so that GitHub records the delivery as failed. */
  status = 503;
};
function limitOutages(octokit, budget) {
  let failingSince;
  octokit.hook.wrap("request", async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      const begun = budget.now();
      const left = (failingSince ?? begun) + budget.giveUpAfterMs - begun;
      try {
        if (left <= 0) throw new Error("deadline reached");
        const answer2 = await request({
          ...options,
          request: { ...options.request, signal: AbortSignal.timeout(Math.ceil(left)) }
        });
        failingSince = void 0;
        return answer2;
      } catch (error) {
        if (error instanceof GitHubUnavailable) throw error;
        const status2 = statusOf(error);
        const cut2 = error.name === "TimeoutError" || left <= 0;
        if (!cut2 && !(status2 !== void 0 && status2 >= 500)) {
          if (status2 !== void 0) failingSince = void 0;
          throw error;
        }
        failingSince ??= begun;
        const once = options.request?.retries === 0;
        if (once && !cut2) throw error;
        const wait = 1e3 * 2 ** (attempt - 1);
        const elapsed = budget.now() - failingSince;
        if (cut2 || attempt >= budget.attempts || elapsed + wait > budget.retryForMs) {
          const what = cut2 ? "no answer" : `${status2}`;
          const gaveUp = new GitHubUnavailable(
            `GitHub unavailable: ${what} to ${options.method} ${options.url} after ${attempt} attempt(s) in ${Math.round(elapsed / 1e3)} s; gave up`
          );
          gaveUp.stack = gaveUp.message;
          throw gaveUp;
        }
        await budget.sleep(wait);
      }
    }
  });
}

// src/core/action-items/due-field.ts
var DEFAULT_DUE_FIELD = "Target date";
var DAY = /^\d{4}-\d{2}-\d{2}/;
function dueFieldValue(values, fieldName) {
  if (!values || fieldName === null) return void 0;
  const wanted = fieldName.trim().toLowerCase();
  const found = values.find(
    (v) => v.dataType === "date" && v.name?.trim().toLowerCase() === wanted
  );
  if (typeof found?.value !== "string" || !DAY.test(found.value)) return void 0;
  return found.value.slice(0, 10);
}
function readFieldValues(raw) {
  if (!Array.isArray(raw)) return void 0;
  return raw.flatMap((v) => {
    if (typeof v !== "object" || v === null) return [];
    const { issue_field_id, issue_field_name, data_type, value } = v;
    if (typeof issue_field_id !== "number" || typeof data_type !== "string") return [];
    return [
      {
        fieldId: issue_field_id,
        name: typeof issue_field_name === "string" ? issue_field_name : void 0,
        dataType: data_type,
        value: typeof value === "string" || typeof value === "number" ? value : null
      }
    ];
  });
}

// src/github/octokit/field-verbs.ts
function fieldVerbs({ octokit, repo, write }, cache) {
  return {
    orgIssueFields() {
      const key = repo.owner.toLowerCase();
      const known = cache?.get(key);
      if (known) return known;
      const reading = readFields();
      cache?.set(key, reading);
      reading.then((fields) => {
        if (fields === UNKNOWN) cache?.delete(key);
      });
      return reading;
    },
    setIssueFieldValue(issue2, fieldId, value) {
      return write(`set field ${fieldId} of #${issue2} to ${value}`, async () => {
        const { data } = await octokit.request(
          "POST /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values",
          { ...repo, issue_number: issue2, issue_field_values: [{ field_id: fieldId, value }] }
        );
        return readFieldValues(data) ?? [];
      }, []);
    },
    async clearIssueFieldValue(issue2, fieldId) {
      await write(
        `clear field ${fieldId} of #${issue2}`,
        async () => {
          try {
            await octokit.request(
              "DELETE /repos/{owner}/{repo}/issues/{issue_number}/issue-field-values/{issue_field_id}",
              { ...repo, issue_number: issue2, issue_field_id: fieldId }
            );
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        },
        void 0
      );
    }
  };
  async function readFields() {
    try {
      const { data } = await octokit.request("GET /orgs/{org}/issue-fields", { org: repo.owner });
      return (Array.isArray(data) ? data : []).flatMap((f) => {
        const { id, name, data_type } = f ?? {};
        return typeof id === "number" && typeof name === "string" && typeof data_type === "string" ? [{ id, name, dataType: data_type }] : [];
      });
    } catch (error) {
      const status2 = statusOf(error);
      if (status2 === 403 || status2 === 404 || status2 === 410) return [];
      return UNKNOWN;
    }
  }
}
var UNKNOWN = [];

// src/github/from-payload.ts
function issueFromPayload(issue2) {
  return {
    number: issue2.number,
    ...typeof issue2.id === "number" ? { id: issue2.id } : {},
    title: issue2.title,
    body: issue2.body ?? "",
    state: issue2.state === "closed" ? "closed" : "open",
    stateReason: issue2.state_reason ?? null,
    author: { login: issue2.user?.login ?? "ghost", type: issue2.user?.type ?? "User" },
    labels: (issue2.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter((name) => name !== ""),
    assignees: (issue2.assignees ?? []).flatMap((a) => a ? [a.login] : []),
    createdAt: issue2.created_at,
    closedAt: issue2.closed_at ?? null,
    htmlUrl: issue2.html_url,
    ...issue2.issue_field_values === void 0 ? {} : { fieldValues: readFieldValues(issue2.issue_field_values) ?? [] }
  };
}

// src/github/octokit/issue-list-verbs.ts
function issueListVerbs({ octokit, repo }) {
  return {
    async listIssuesByLabel(label2, options) {
      const found = [];
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: label2,
        state: options.state,
        ...options.since ? { since: options.since } : {},
        sort: "created",
        direction: "desc",
        per_page: 100
      });
      for await (const { data } of pages) {
        for (const issue2 of data) if (!issue2.pull_request) found.push(issue2);
        if (options.limit !== void 0 && found.length >= options.limit) break;
      }
      return found.slice(0, options.limit).map((i) => issueFromPayload(i));
    }
  };
}

// src/core/text/cap-body.ts
var MAX_BODY = 65535;
function firstOf(items, max) {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}
function andMore(more2, noun = "") {
  if (more2 <= 0) return "";
  return `and ${more2.toLocaleString("en-US")} more${noun ? ` ${noun}` : ""}`;
}
var CUT_NOTE = "\n\n\u2026 (cut here: GitHub takes at most 65,536 characters)";
function capBody(body) {
  if (body.length <= MAX_BODY) return body;
  let end = MAX_BODY - CUT_NOTE.length;
  const code2 = body.charCodeAt(end - 1);
  if (code2 >= 55296 && code2 <= 56319) end--;
  return `${body.slice(0, end)}${CUT_NOTE}`;
}

// src/github/timeline-cache.ts
var PAGE_SIZE = 100;
var TimelineCache = class {
  #entries = /* @__PURE__ */ new Map();
  #capacity;
  constructor(capacity = 200) {
    this.#capacity = capacity;
  }
  /** The whole timeline, reading only what the cache cannot vouch for. */
  async read(key, fetchPage, options = {}) {
    const known = this.#entries.get(key);
    const tail = known ? await readTail(known, fetchPage) : void 0;
    let items = tail ?? await readAll(fetchPage);
    const { changed, fetchComment } = options;
    if (known && tail && changed !== void 0 && fetchComment) {
      const firstRead = Math.floor((known.length - 1) / PAGE_SIZE) * PAGE_SIZE;
      const index = items.findIndex((item) => isComment(item, changed));
      if (index >= 0 && index < firstRead) {
        const fresh = await fetchComment(changed);
        if (fresh) items[index] = { ...items[index], ...fresh, event: "commented" };
        else items = await readAll(fetchPage);
      }
    }
    this.#remember(key, items);
    return items;
  }
  /** Keeps a comment this process just edited (or deleted, with `undefined`) in step. */
  patchComment(keyPrefix, commentId, fresh) {
    for (const [key, items] of this.#entries) {
      if (!key.startsWith(keyPrefix)) continue;
      const index = items.findIndex((item) => isComment(item, commentId));
      if (index < 0) continue;
      if (fresh) items[index] = { ...items[index], ...fresh, event: "commented" };
      else items.splice(index, 1);
    }
  }
  #remember(key, items) {
    this.#entries.delete(key);
    this.#entries.set(key, items);
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === void 0) break;
      this.#entries.delete(oldest);
    }
  }
};
async function readAll(fetchPage) {
  const items = [];
  for (let page = 1; ; page++) {
    const answer2 = await fetchPage(page);
    items.push(...answer2.items);
    if (!answer2.next || answer2.items.length === 0) return items;
  }
}
async function readTail(known, fetchPage) {
  if (known.length === 0) return void 0;
  const first = Math.floor((known.length - 1) / PAGE_SIZE) + 1;
  const start = (first - 1) * PAGE_SIZE;
  const read2 = [];
  for (let page = first; ; page++) {
    const answer2 = await fetchPage(page);
    read2.push(...answer2.items);
    if (!answer2.next || answer2.items.length === 0) break;
  }
  if (start === 0) return read2;
  const overlap = known.length - start;
  if (read2.length < overlap) return void 0;
  for (let i = 0; i < overlap; i++) {
    if (identity(read2[i]) !== identity(known[start + i]))
      return void 0;
  }
  return [...known.slice(0, start), ...read2];
}
function identity(item) {
  const extra = item;
  return [
    item.event ?? "",
    item.id ?? "",
    extra.node_id ?? "",
    item.created_at ?? "",
    item.label?.name ?? "",
    item.assignee?.login ?? "",
    extra.source?.issue?.number ?? ""
  ].join("|");
}
function isComment(item, id) {
  return item.event === "commented" && item.id === id;
}

// src/github/timeline-events.ts
function toIssueEvents(items) {
  return items.flatMap((item) => {
    const actor = person(item.actor ?? item.user);
    const at3 = item.created_at ?? "";
    switch (item.event) {
      case "commented":
        return [
          {
            kind: "commented",
            id: item.id ?? 0,
            actor: person(item.user ?? item.actor),
            at: at3,
            updatedAt: item.updated_at ?? at3,
            body: item.body ?? "",
            htmlUrl: item.html_url ?? ""
          }
        ];
      case "labeled":
      case "unlabeled":
        return item.label ? [{ kind: item.event, actor, at: at3, label: item.label.name }] : [];
      case "assigned":
      case "unassigned":
        return item.assignee ? [{ kind: item.event, actor, at: at3, assignee: item.assignee.login }] : [];
      case "closed":
        return [{ kind: "closed", actor, at: at3, stateReason: item.state_reason ?? null }];
      case "reopened":
        return [{ kind: "reopened", actor, at: at3 }];
      case "renamed":
        return item.rename ? [{ kind: "renamed", actor, at: at3, from: item.rename.from, to: item.rename.to }] : [];
      case "cross-referenced": {
        const source = item.source?.issue;
        if (!source) return [];
        return [
          {
            kind: "cross-referenced",
            actor,
            at: at3,
            source: {
              number: source.number,
              title: source.title,
              isPullRequest: source.pull_request !== void 0,
              url: source.html_url,
              repo: source.repository?.full_name ?? ""
            }
          }
        ];
      }
      default:
        return [];
    }
  });
}
function person(user2) {
  return { login: user2?.login ?? "ghost", type: user2?.type ?? "User" };
}

// src/github/octokit/issue-verbs.ts
var timelines = new TimelineCache();
function issueVerbs({ octokit, repo, write }) {
  const cachePrefix = `${octokit.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}`;
  return {
    async getIssue(issue2) {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issue2 });
      return issueFromPayload(data);
    },
    async listIssueTimeline(issue2, options) {
      const items = await timelines.read(
        `${cachePrefix}#${issue2}`,
        async (page) => {
          const { data, headers } = await octokit.rest.issues.listEventsForTimeline({
            ...repo,
            issue_number: issue2,
            per_page: PAGE_SIZE,
            page
          });
          return { items: data, next: /rel="next"/.test(headers.link ?? "") };
        },
        {
          changed: options?.changed,
          fetchComment: async (id) => {
            try {
              const { data } = await octokit.rest.issues.getComment({ ...repo, comment_id: id });
              return data;
            } catch (error) {
              if (statusOf(error) === 404) return void 0;
              throw error;
            }
          }
        }
      );
      return toIssueEvents(items);
    },
    async listIssueComments(issue2) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue2,
        per_page: 100
      });
      return comments.map(toComment);
    },
    createIssueComment(issue2, text3) {
      const body = capBody(text3);
      return write(
        `comment on #${issue2}`,
        async () => {
          const { data } = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: issue2,
            body
          });
          return toComment(data);
        },
        {
          id: 0,
          body,
          user: { login: "dry-run", type: "Bot" },
          createdAt: "",
          updatedAt: "",
          htmlUrl: ""
        }
      );
    },
    async updateIssueComment(commentId, body) {
      await write(
        `edit comment ${commentId}`,
        async () => {
          const { data } = await octokit.rest.issues.updateComment({
            ...repo,
            comment_id: commentId,
            body: capBody(body)
          });
          timelines.patchComment(cachePrefix, commentId, data);
        },
        void 0
      );
    },
    async deleteIssueComment(commentId) {
      await write(
        `delete comment ${commentId}`,
        async () => {
          try {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
            timelines.patchComment(cachePrefix, commentId, void 0);
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        },
        void 0
      );
    },
    async listIssueLabels(issue2) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: issue2,
        per_page: 100
      });
      return labels.map((l) => l.name);
    },
    async addLabels(issue2, labels) {
      if (labels.length === 0) return;
      await write(
        `label #${issue2} ${labels.join(", ")}`,
        () => octokit.rest.issues.addLabels({ ...repo, issue_number: issue2, labels }),
        void 0
      );
    },
    async removeLabel(issue2, label2) {
      await write(
        `unlabel #${issue2} ${label2}`,
        async () => {
          try {
            await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue2, name: label2 });
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        },
        void 0
      );
    },
    async addAssignees(issue2, logins) {
      if (logins.length === 0) return;
      await write(
        `assign #${issue2} to ${logins.join(", ")}`,
        () => octokit.rest.issues.addAssignees({ ...repo, issue_number: issue2, assignees: logins }),
        void 0
      );
    }
  };
}

// src/github/port.ts
var OutcomeUnknown = class extends Error {
  constructor(what, cause) {
    super(
      `${what}: no answer from GitHub (${cause instanceof Error ? cause.message : String(cause)})`,
      {
        cause
      }
    );
  }
};

// src/github/octokit/item-verbs.ts
function toCommit(data) {
  return {
    sha: data.sha,
    tree: data.tree.sha,
    message: data.message,
    at: data.committer.date ?? ""
  };
}
function toSummary(data) {
  return {
    number: data.number,
    id: data.id,
    title: data.title,
    body: data.body ?? "",
    state: data.state === "closed" ? "closed" : "open",
    stateReason: data.state_reason ?? null,
    author: data.user?.login ?? "ghost",
    assignees: (data.assignees ?? []).flatMap((a) => a ? [a.login] : []),
    labels: (data.labels ?? []).map((l) => typeof l === "string" ? l : l.name ?? "").filter((name) => name !== ""),
    htmlUrl: data.html_url,
    fieldValues: readFieldValues(data.issue_field_values) ?? []
  };
}
function itemVerbs({ octokit, repo, write }) {
  return {
    createIssue(issue2, { once = false } = {}) {
      const what = `open issue "${issue2.title.slice(0, 60)}"`;
      return write(
        what,
        async () => {
          try {
            const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
              ...repo,
              // Sent once: a retry after a lost answer would open a second issue.
              ...once ? { request: { retries: 0 } } : {},
              title: issue2.title,
              body: capBody(issue2.body),
              labels: issue2.labels,
              ...issue2.assignees.length > 0 ? { assignees: issue2.assignees } : {},
              ...issue2.type ? { type: issue2.type } : {},
              ...issue2.fieldValues?.length ? {
                issue_field_values: issue2.fieldValues.map((f) => ({
                  field_id: f.fieldId,
                  value: f.value
                }))
              } : {}
            });
            return toSummary(data);
          } catch (error) {
            if (once && !refusedOutright(error)) throw new OutcomeUnknown(what, error);
            throw error;
          }
        },
        {
          number: 0,
          id: 0,
          title: issue2.title,
          body: issue2.body,
          state: "open",
          stateReason: null,
          author: "dry-run",
          assignees: issue2.assignees,
          labels: issue2.labels,
          htmlUrl: "",
          fieldValues: []
        }
      );
    },
    async updateIssue(issue2, changes) {
      const { stateReason, ...rest } = changes;
      const what = changes.state === "closed" ? `close issue #${issue2} (${stateReason ?? "completed"})` : changes.type && Object.keys(changes).length === 1 ? `set the type of issue #${issue2} to ${changes.type}` : `edit issue #${issue2}`;
      await write(
        what,
        () => octokit.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
          ...repo,
          issue_number: issue2,
          ...rest,
          ...typeof changes.body === "string" ? { body: capBody(changes.body) } : {},
          ...stateReason ? { state_reason: stateReason } : {}
        }),
        void 0
      );
    },
    async listSubIssues(parent) {
      const items = await octokit.paginate(
        "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",
        {
          ...repo,
          issue_number: parent,
          per_page: 100
        }
      );
      return items.map(toSummary);
    },
    async addSubIssue(parent, childId) {
      await write(
        `link issue ${childId} under #${parent}`,
        async () => {
          try {
            await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues", {
              ...repo,
              issue_number: parent,
              sub_issue_id: childId
            });
          } catch (error) {
            const message2 = error.response?.data?.message;
            if (statusOf(error) === 422 && /duplicate sub-issues/i.test(message2 ?? "")) return;
            throw error;
          }
        },
        void 0
      );
    },
    async pullsOfCommit(sha) {
      const { data } = await octokit.request(
        "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
        {
          ...repo,
          commit_sha: sha,
          per_page: 100
        }
      );
      return data.map(toPull);
    },
    async releaseClaim(ref) {
      await write(
        `release ${ref}`,
        async () => {
          try {
            await octokit.rest.git.deleteRef({ ...repo, ref: ref.replace(/^refs\//, "") });
          } catch (error) {
            const status2 = statusOf(error);
            if (status2 !== 404 && status2 !== 422) throw error;
          }
        },
        void 0
      );
    },
    async refSha(ref) {
      try {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", {
          ...repo,
          ref: ref.replace(/^refs\//, "")
        });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    },
    moveClaim(ref, sha) {
      return write(
        `take over ${ref}`,
        async () => {
          try {
            await octokit.request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
              ...repo,
              ref: ref.replace(/^refs\//, ""),
              sha,
              force: false
            });
            return true;
          } catch (error) {
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true
      );
    },
    async readCommit(sha) {
      try {
        const { data } = await octokit.request(
          "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
          {
            ...repo,
            commit_sha: sha
          }
        );
        return toCommit(data);
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    },
    createCommit(commit) {
      return write(
        `make commit "${commit.message.slice(0, 60)}"`,
        async () => {
          const { data } = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
            ...repo,
            message: commit.message,
            tree: commit.tree,
            parents: commit.parents
          });
          return toCommit(data);
        },
        { sha: "dry-run", tree: commit.tree, message: commit.message, at: "" }
      );
    },
    claimRef(ref, sha) {
      return write(
        `claim ${ref}`,
        async () => {
          try {
            await octokit.rest.git.createRef({ ...repo, ref, sha });
            return true;
          } catch (error) {
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true
      );
    }
  };
}

// src/github/octokit/pull-verbs.ts
function pullVerbs({ octokit, repo, write }) {
  return {
    async findPull(head) {
      const { data } = await octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${head}`,
        state: "all",
        per_page: 100
      });
      const pull2 = data[0];
      return pull2 ? toPull(pull2) : void 0;
    },
    createPull(pull2) {
      return write(
        `open pull request ${pull2.head}`,
        async () => toPull(
          (await octokit.rest.pulls.create({ ...repo, ...pull2, body: capBody(pull2.body) })).data
        ),
        {
          number: 0,
          state: "open",
          merged: false,
          htmlUrl: "",
          headSha: "",
          headRef: pull2.head,
          author: "dry-run",
          createdAt: ""
        }
      );
    },
    async requestReviewers(pull2, logins) {
      if (logins.length === 0) return;
      await write(
        `request reviews on #${pull2} from ${logins.join(", ")}`,
        () => octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pull2, reviewers: logins }),
        void 0
      );
    },
    async listPullFiles(pull2) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pull2,
        per_page: 100
      });
      return files.filter((f) => f.status !== "removed").map((f) => f.filename);
    },
    async reportCheckRun(report, options) {
      const existing = options?.freshCommit ? void 0 : (await octokit.rest.checks.listForRef({
        ...repo,
        ref: report.headSha,
        check_name: report.name
      })).data.check_runs[0];
      const annotations = report.annotations.slice(0, 50).map((a) => ({
        path: a.path,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level,
        message: a.message,
        title: a.title
      }));
      const summary = capBody(report.summary);
      const output = { title: report.title, summary, annotations };
      const same2 = existing?.conclusion === report.conclusion && existing.output?.title === report.title && existing.output?.summary === summary;
      if (same2) return;
      await write(
        `check run ${report.name} on ${report.headSha.slice(0, 7)}`,
        async () => {
          if (existing) {
            await octokit.rest.checks.update({
              ...repo,
              check_run_id: existing.id,
              status: "completed",
              conclusion: report.conclusion,
              output
            });
          } else {
            await octokit.rest.checks.create({
              ...repo,
              name: report.name,
              head_sha: report.headSha,
              status: "completed",
              conclusion: report.conclusion,
              output
            });
          }
        },
        void 0
      );
    }
  };
}

// src/github/octokit/repo-verbs.ts
function repoVerbs({ octokit, repo, write }) {
  return {
    async readFile(path, { ref, from } = {}) {
      const source = from ?? repo;
      try {
        const response = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
          ...source,
          path,
          ...ref ? { ref } : {},
          mediaType: { format: "raw" }
        });
        return typeof response.data === "string" ? response.data : void 0;
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    },
    async permissionOf(login) {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login
        });
        const role = data.role_name ?? data.permission;
        return ["admin", "maintain", "write", "triage", "read"].includes(role) ? role : data.permission;
      } catch (error) {
        if (statusOf(error) === 404) return "none";
        throw error;
      }
    },
    async defaultBranch() {
      const { data } = await octokit.rest.repos.get({ ...repo });
      return data.default_branch;
    },
    async branchSha(branch) {
      try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    },
    createBranch(branch, sha) {
      return write(
        `create branch ${branch}`,
        async () => {
          try {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
            return true;
          } catch (error) {
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true
      );
    },
    async commitsOnlyOn(branch, base) {
      const list2 = (sha) => octokit.rest.repos.listCommits({ ...repo, sha, per_page: 100 }).then((r) => r.data);
      const [mine, theirs] = await Promise.all([list2(branch), list2(base)]);
      const shared = new Set(theirs.map((c) => c.sha));
      const commits = [];
      for (const commit of mine) {
        if (shared.has(commit.sha)) break;
        commits.push({
          sha: commit.sha,
          author: commit.author?.login ?? commit.commit.author?.name ?? "unknown",
          at: commit.commit.committer?.date ?? commit.commit.author?.date ?? ""
        });
      }
      return commits;
    },
    async fileSha(path, branch) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref: branch });
        return Array.isArray(data) ? void 0 : data.sha;
      } catch (error) {
        if (statusOf(error) === 404) return void 0;
        throw error;
      }
    },
    writeFile(branch, path, content, message2, sha) {
      return write(
        `commit ${path} to ${branch}`,
        async () => {
          const { data } = await octokit.rest.repos.createOrUpdateFileContents({
            ...repo,
            branch,
            path,
            message: message2,
            content: Buffer.from(content, "utf8").toString("base64"),
            ...sha ? { sha } : {}
          });
          return data.commit.sha ?? "";
        },
        ""
      );
    }
  };
}

// src/github/octokit/retry-secondary-limits.ts
var RETRIES = 2;
var wrapped = /* @__PURE__ */ new WeakSet();
function retrySecondaryLimits(octokit, sleep, log) {
  if (wrapped.has(octokit)) return;
  wrapped.add(octokit);
  octokit.hook.wrap("request", async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = secondaryLimitWait(error);
        if (wait === void 0 || attempt >= RETRIES) throw error;
        log(
          `secondary rate limit on ${options.method} ${options.url}; retrying in ${wait / 1e3} s`
        );
        await sleep(wait);
      }
    }
  });
}

// src/github/octokit-port.ts
var WriteBudgetExceeded = class extends Error {
};
function createOctokitPort(options) {
  const { octokit, repo } = options;
  let maxWrites = options.maxWrites ?? 100;
  const perMinute = options.writesPerMinute ?? 80;
  const now = options.now ?? (() => Date.now());
  const recent = [];
  const log = options.log ?? (() => {
  });
  const sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  let writes = 0;
  retrySecondaryLimits(octokit, sleep, log);
  async function write(what, perform, dryResult) {
    writes++;
    if (writes > maxWrites)
      throw new WriteBudgetExceeded(`write budget of ${maxWrites} exceeded at: ${what}`);
    if (options.dryRun) {
      log(`dry-run: would ${what}`);
      return dryResult;
    }
    await pace();
    return perform();
  }
  async function pace() {
    while (recent.length > 0 && now() - recent[0] >= 6e4) recent.shift();
    if (recent.length >= perMinute) {
      const wait = 6e4 - (now() - recent[0]);
      log(`pacing: ${perMinute} writes in a minute; waiting ${Math.ceil(wait / 1e3)} s`);
      await sleep(wait);
      recent.shift();
    }
    recent.push(now());
  }
  const context = { octokit, repo, write };
  return {
    repo,
    writes: () => writes,
    allowWrites: (extra) => {
      maxWrites += Math.max(0, extra);
    },
    selfLogin: options.selfLogin,
    ...repoVerbs(context),
    ...issueVerbs(context),
    ...issueListVerbs(context),
    ...pullVerbs(context),
    ...itemVerbs(context),
    ...fieldVerbs(context, options.issueFields)
  };
}

// src/github/payload-shape.ts
import { z } from "zod";
var user = z.object({ login: z.string(), type: z.string().optional() }).nullable();
var issue = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable().optional(),
  state: z.string().optional(),
  user: user.optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])).optional(),
  assignees: z.array(user).nullable().optional(),
  created_at: z.string(),
  closed_at: z.string().nullable().optional(),
  html_url: z.string()
});
var comment = z.object({
  id: z.number().int().positive(),
  body: z.string().nullable().optional()
});
var pull = z.object({
  number: z.number().int().positive(),
  merged: z.boolean().nullable().optional(),
  head: z.object({ sha: z.string(), ref: z.string() }),
  base: z.object({ ref: z.string() })
});
var repository = z.object({
  name: z.string().min(1),
  owner: z.object({ login: z.string().min(1) }),
  default_branch: z.string().optional()
});
var SHAPES = {
  issues: z.object({ action: z.string(), issue, repository }),
  issue_comment: z.object({ action: z.string(), issue, comment, repository }),
  pull_request: z.object({ action: z.string(), pull_request: pull, repository })
};
function malformedPayload(event, payload) {
  const shape = SHAPES[event];
  if (!shape) return void 0;
  const result3 = shape.safeParse(payload, { reportInput: true });
  if (result3.success) return void 0;
  const first = result3.error.issues[0];
  const where = first?.path.join(".") || "payload";
  return first?.code === "invalid_type" && first.input === void 0 ? `${where}: missing` : `${where}: not what GitHub sends`;
}
function repositoryOf(payload) {
  const result3 = repository.safeParse(payload?.repository);
  return result3.success ? { owner: result3.data.owner.login, repo: result3.data.name } : void 0;
}

// src/core/action-items/item-marker.ts
var ACTION_ITEM_MARKER = "action-item";
var DAY2 = /^\d{4}-\d{2}-\d{2}$/;
function readActionItemMarker(data) {
  if (!data) return void 0;
  const { incident, item, parent, due, severity, owner, title, removed } = data;
  if (typeof incident !== "string" || incident.length === 0 || incident.length > 100)
    return void 0;
  if (typeof item !== "string" || item.length === 0 || item.length > 100) return void 0;
  if (typeof parent !== "number" || !Number.isInteger(parent) || parent <= 0) return void 0;
  return {
    incident,
    item,
    parent,
    ...typeof due === "string" && DAY2.test(due) ? { due } : {},
    ...typeof severity === "string" && /^sev[1-9]$/i.test(severity) ? { severity } : {},
    ...typeof owner === "string" && owner.startsWith("@") ? { owner } : {},
    ...typeof title === "string" && title.length <= 256 ? { title } : {},
    ...removed === true ? { removed } : {}
  };
}

// src/core/commands/command-author.ts
function isBot(person2) {
  return person2.type === "Bot" || person2.login.endsWith("[bot]");
}
function takesCommandsFrom(person2, config, self) {
  const login = person2.login.toLowerCase();
  if (login === self.toLowerCase()) return false;
  if (!isBot(person2)) return true;
  return config.bots.allowedCommandsFrom.includes(login);
}
function isAllowedBot(login, config) {
  return login.endsWith("[bot]") && config.bots.allowedCommandsFrom.includes(login.toLowerCase());
}

// src/core/commands/find-command-lines.ts
import remarkParse from "remark-parse";
import { unified } from "unified";

// src/core/markdown/nesting.ts
function findDeepNesting(text3, max) {
  const open = [];
  let afterText = false;
  let line = 1;
  let at3 = 0;
  while (at3 <= text3.length) {
    let end = text3.indexOf("\n", at3);
    if (end < 0) end = text3.length;
    const shape = lineShape(text3, at3, end);
    if (shape.blank) {
      afterText = false;
    } else {
      if (!afterText || shape.firstIsMarker && shape.interrupts) {
        while (open.length > 0 && open.at(-1) > shape.indent) open.pop();
      }
      const code2 = shape.quotes === 0 && shape.indent - (open.at(-1) ?? 0) >= 4;
      const depth = open.length + (code2 ? 0 : shape.quotes + shape.items.length);
      if (depth > max) return { line, depth };
      if (!code2) {
        for (const column of shape.items) if (column > (open.at(-1) ?? -1)) open.push(column);
      }
      afterText = shape.text;
    }
    at3 = end + 1;
    line++;
  }
  return void 0;
}
function lineShape(text3, from, end) {
  const shape = {
    blank: true,
    indent: 0,
    quotes: 0,
    items: [],
    firstIsMarker: false,
    interrupts: false,
    text: false
  };
  let column = 0;
  let i = from;
  let indentSet = false;
  while (i < end) {
    const c = text3.charCodeAt(i);
    if (c === 32 || c === 13) {
      column++;
      i++;
      continue;
    }
    if (c === 9) {
      column += 4 - column % 4;
      i++;
      continue;
    }
    if (c === 62) {
      shape.blank = false;
      shape.quotes++;
      column++;
      i++;
      continue;
    }
    const marker = listMarkerLength(text3, i, end);
    if (!indentSet) {
      indentSet = true;
      shape.indent = column;
      if (marker > 0) {
        shape.firstIsMarker = true;
        const rest = firstNonSpace(text3, i + marker, end);
        shape.interrupts = rest < end && (marker === 1 || marker === 2 && text3.charCodeAt(i) === 49);
      }
    }
    shape.blank = false;
    if (marker === 0) {
      shape.text = true;
      break;
    }
    column += marker;
    i += marker;
    let spaces = 0;
    while (i < end && spaces < 5) {
      const s = text3.charCodeAt(i);
      if (s !== 32 && s !== 9) break;
      const width = s === 9 ? 4 - column % 4 : 1;
      spaces += width;
      column += width;
      i++;
    }
    shape.items.push(spaces === 0 || spaces > 4 ? column - spaces + 1 : column);
  }
  return shape;
}
function listMarkerLength(text3, i, end) {
  const c = text3.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return endsMarker(text3, i + 1, end) ? 1 : 0;
  let j = i;
  while (j < end && j - i < 9 && text3.charCodeAt(j) >= 48 && text3.charCodeAt(j) <= 57) j++;
  if (j === i) return 0;
  const mark2 = text3.charCodeAt(j);
  if (mark2 !== 46 && mark2 !== 41 || !endsMarker(text3, j + 1, end)) return 0;
  return j + 1 - i;
}
function endsMarker(text3, i, end) {
  if (i >= end) return true;
  const c = text3.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}
function firstNonSpace(text3, from, end) {
  let i = from;
  while (i < end) {
    const c = text3.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  return i;
}

// src/core/recent-map.ts
var RecentMap = class {
  #entries = /* @__PURE__ */ new Map();
  #maxEntries;
  #maxWeight;
  #weigh;
  #weight = 0;
  constructor(maxEntries, weight) {
    this.#maxEntries = maxEntries;
    this.#maxWeight = weight?.max ?? Number.POSITIVE_INFINITY;
    this.#weigh = weight?.of ?? (() => 0);
  }
  has(key) {
    return this.#entries.has(key);
  }
  /** The value, which moves to the back of the queue of what to forget. */
  get(key) {
    if (!this.#entries.has(key)) return void 0;
    const value = this.#entries.get(key);
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }
  set(key, value) {
    if (this.#entries.has(key)) this.#entries.delete(key);
    else this.#weight += this.#weigh(key);
    this.#entries.set(key, value);
    for (const [old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#weight <= this.#maxWeight) break;
      this.#entries.delete(old);
      this.#weight -= this.#weigh(old);
    }
  }
};

// src/core/commands/find-command-lines.ts
var MAX_COMMENT_NESTING = 50;
var processor = unified().use(remarkParse).use(function noEmphasisOrLinks() {
  const data = this.data();
  data.micromarkExtensions ??= [];
  data.micromarkExtensions.push({
    disable: { null: ["attention", "labelStartLink", "labelStartImage", "labelEnd"] }
  });
});
function findCommandLines(body) {
  return readCommandLines(body).lines;
}
var remembered = new RecentMap(2e4, {
  max: 16 * 1024 * 1024,
  of: (body) => body.length
});
function readCommandLines(body) {
  const known = remembered.get(body);
  if (known) return known;
  const found = read(body);
  remembered.set(body, found);
  return found;
}
function read(body) {
  if (!/^[ \t]*\//m.test(body)) return { lines: [] };
  const deep = findDeepNesting(body, MAX_COMMENT_NESTING);
  const text3 = deep ? body.slice(0, lineStart(body, deep.line)) : body;
  const lines = commandLinesOf(text3, processor.parse(text3));
  return deep ? { lines, tooDeep: deep } : { lines };
}
function commandLinesOf(text3, root) {
  const found = [];
  let hiddenUntil = -1;
  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (start < hiddenUntil) {
      hiddenUntil = Math.max(hiddenUntil, end);
      continue;
    }
    if (node.type === "paragraph") {
      for (const child of node.children) {
        if (child.type === "html") {
          if ((child.position?.start.offset ?? 0) < hiddenUntil) continue;
          hiddenUntil = Math.max(hiddenUntil, openHtmlEnd(text3, child));
        } else if (child.type === "text") {
          collectLineStarts(text3, child, hiddenUntil, found);
        }
      }
    } else if (node.type === "html") {
      hiddenUntil = Math.max(hiddenUntil, openHtmlEnd(text3, node));
    }
  }
  return found;
}
function collectLineStarts(text3, node, hiddenUntil, found) {
  const from = node.position?.start.offset ?? 0;
  const to = node.position?.end.offset ?? from;
  const firstLine = node.position?.start.line ?? 1;
  let line = firstLine;
  let at3 = from;
  while (at3 < to) {
    const atLineStart = at3 !== from || startsLine(text3, from);
    let first = at3;
    while (first < to && (text3.charCodeAt(first) === 32 || text3.charCodeAt(first) === 9)) first++;
    if (atLineStart && first < to && text3.charCodeAt(first) === 47 && first >= hiddenUntil) {
      let lineEnd2 = text3.indexOf("\n", first);
      if (lineEnd2 < 0) lineEnd2 = text3.length;
      found.push({ line, text: text3.slice(first, lineEnd2).replace(/\r$/, "").trimEnd() });
    }
    const next = text3.indexOf("\n", at3);
    if (next < 0 || next >= to) break;
    at3 = next + 1;
    line++;
  }
}
function startsLine(text3, at3) {
  let i = at3 - 1;
  while (i >= 0 && (text3.charCodeAt(i) === 32 || text3.charCodeAt(i) === 9)) i--;
  return i < 0 || text3.charCodeAt(i) === 10;
}
function openHtmlEnd(text3, node) {
  if (node.type !== "html") return -1;
  const from = node.position?.end.offset ?? text3.length;
  const opened = node.value.lastIndexOf("<!--");
  if (opened >= 0 && !node.value.includes("-->", opened + 4)) return endOf(text3, /-->/g, from);
  let last;
  for (const match of node.value.matchAll(HIDING_TAG)) last = match;
  if (!last) return -1;
  const closing = new RegExp(`</${last[1]}`, "gi");
  if (endOf(node.value, closing, last.index) <= node.value.length) return -1;
  return endOf(text3, closing, from);
}
var HIDING_TAG = /<(pre|code|textarea|script|style|xmp|template)(?=[\s/>]|$)/gi;
function endOf(text3, closing, from) {
  closing.lastIndex = from;
  const found = closing.exec(text3);
  return found ? found.index + found[0].length : text3.length + 1;
}
function lineStart(text3, line) {
  let at3 = 0;
  for (let n = 1; n < line && at3 >= 0; n++) at3 = text3.indexOf("\n", at3) + 1;
  return Math.max(0, at3);
}

// src/core/commands/command-names.ts
function commandNamesIn(body) {
  const names = /* @__PURE__ */ new Set();
  if (!body) return names;
  for (const { text: text3 } of findCommandLines(body)) {
    const name = /^\/([A-Za-z][\w-]{0,29})/.exec(text3)?.[1];
    if (name) names.add(name.toLowerCase());
  }
  return names;
}

// src/core/text/safe-text.ts
var ZERO_WIDTH_JOINER = "\u200D";
var AT_ENTITY = /&(?:#0*64|#x0*40|commat);?/gi;
var HIDDEN = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g
);
function quotable(text3) {
  return text3.replace(HIDDEN, "").replace(/<!--/g, "<! --");
}
function neutralizeMentions(text3) {
  return quotable(text3).replace(AT_ENTITY, "@").replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`);
}
function oneLine(text3) {
  return text3.replace(/\s+/g, " ").trim();
}
function capLength(text3, max) {
  const chars = Array.from(text3);
  if (chars.length <= max) return { text: text3, cut: false };
  return { text: `${chars.slice(0, max - 1).join("")}\u2026`, cut: true };
}
function safeInline(text3, max = 300) {
  return neutralizeMentions(capLength(oneLine(text3), max).text);
}
function fileInline(text3, max = 300) {
  return capLength(oneLine(quotable(text3)), max).text;
}
function quietLogin(login) {
  return `@${ZERO_WIDTH_JOINER}${login}`;
}

// src/core/config/duration.ts
var UNIT_MINUTES = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  week: 10080,
  weeks: 10080
};
var DURATION_PATTERN = new RegExp(
  `^(\\d{1,6}) ?(${Object.keys(UNIT_MINUTES).sort((a, b) => b.length - a.length).join("|")})$`
);
function parseDuration(text3) {
  const match = DURATION_PATTERN.exec(text3.trim().toLowerCase());
  return match ? Number(match[1]) * (UNIT_MINUTES[match[2]] ?? 0) : void 0;
}
function formatMinutesShort(total) {
  if (total % 10080 === 0 && total >= 10080) return plural(total / 10080, "week");
  if (total % 1440 === 0 && total >= 1440) return plural(total / 1440, "day");
  const hours = Math.floor(total / 60);
  const minutes2 = total % 60;
  if (hours === 0) return `${minutes2} min`;
  return minutes2 === 0 ? `${hours} h` : `${hours} h ${minutes2} min`;
}
function formatMinutesLong(total) {
  const days2 = Math.floor(total / 1440);
  const hours = Math.floor(total % 1440 / 60);
  const minutes2 = total % 60;
  const parts = [];
  if (days2) parts.push(plural(days2, "day"));
  if (hours) parts.push(plural(hours, "hour"));
  if (minutes2 || parts.length === 0) parts.push(plural(minutes2, "minute"));
  return parts.join(" ");
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

// src/core/config/schema.ts
import * as z2 from "zod";
var duration = z2.string().regex(DURATION_PATTERN, "expected a duration such as 15m, 4h, 1d or 1w").describe('A duration: a number and a unit (m, h, d, w), e.g. "15m" or "4h".');
var PERMISSIONS = ["read", "triage", "write", "maintain", "admin"];
var severityFields = {
  label: z2.string().min(1).max(50).describe("The issue label that declares this severity."),
  title: z2.string().min(1).max(40).describe("Short name, e.g. Critical."),
  meaning: z2.string().max(300).describe("What this severity means, shown in the status comment."),
  response: z2.string().max(200).describe("The expected response."),
  target_resolution: duration.describe("Target time from start to resolution."),
  update_every: duration.describe("How often a status update is due while the incident is open."),
  communication: z2.string().max(200).describe("Who is told, and where.")
};
var severityInput = z2.strictObject(severityFields).partial();
var DEFAULT_SEVERITIES = {
  sev1: {
    label: "sev1",
    title: "Critical",
    meaning: "Complete outage: all customers affected, revenue impact, data loss possible.",
    response: "Immediate, all hands on deck",
    target_resolution: "1h",
    update_every: "30m",
    communication: "Executive and customer alerts"
  },
  sev2: {
    label: "sev2",
    title: "High",
    meaning: "A major feature is unavailable or critical functionality is impaired.",
    response: "Urgent, senior engineers",
    target_resolution: "4h",
    update_every: "1h",
    communication: "Status page update"
  },
  sev3: {
    label: "sev3",
    title: "Medium",
    meaning: "Moderate impact on secondary features; a workaround exists.",
    response: "During business hours",
    target_resolution: "24h",
    update_every: "4h",
    communication: "Team notification"
  },
  sev4: {
    label: "sev4",
    title: "Low",
    meaning: "Minor or cosmetic issue; can wait for the next business day.",
    response: "Schedule for the next sprint",
    target_resolution: "1w",
    update_every: "1d",
    communication: "Ticket tracking only"
  }
};
var escalationLevel = z2.strictObject({
  // Written l2 or L2 alike; resolveConfig upper-cases it.
  level: z2.string().regex(/^[Ll][1-4]$/, "expected L1, L2, L3 or L4"),
  who: z2.string().min(1).max(200).describe("Who is called at this level: a role, @user or @org/team."),
  after: duration.optional().describe("Escalate to this level when unacknowledged this long.")
});
var timeZone = z2.string().refine(isTimeZone, { message: "expected an IANA time zone such as UTC or Europe/Berlin" });
var issueTypeName = z2.string().trim().min(1, "name an issue type of the organisation, such as Task (or null for none)").max(100).nullable();
var configSchema = z2.strictObject({
  severities: z2.record(z2.string().regex(/^sev[1-9]$/, "severity keys are sev1 to sev9"), severityInput).default({}).describe("Severity levels, most severe first. Keys sev1..sev4 override the defaults."),
  acknowledge_target: duration.default("15m").describe("Target time to acknowledge."),
  escalation: z2.array(escalationLevel).max(9).default([]).describe("The escalation path, L1 first."),
  incident_id: z2.string().regex(/\{number(:\d)?\}/, "the incident id format needs {number} or {number:N}").regex(/^[\w{}:.#/ -]+$/, "use letters, digits, spaces and - _ . # / : only").max(40).default("INC-{year}-{number:3}").describe(
    "Incident id from the issue: {year} of creation, {number} zero-padded to N digits."
  ),
  timezone: timeZone.default("UTC").describe("Times are shown in UTC and, if set, this zone."),
  labels: z2.strictObject({
    incident: z2.string().min(1).max(50).default("incident"),
    postmortem: z2.string().min(1).max(50).default("postmortem"),
    action_item: z2.string().min(1).max(50).default("action-item")
  }).prefault({}),
  postmortem: z2.strictObject({
    folder: z2.string().regex(
      // Relative, no "..", and not the repository root: the folder is all the scribe
      // may write, and every Markdown file in it is linted as a post-mortem.
      /^(?!\/)(?!\.?\/?$)(?!.*(^|\/)\.\.(\/|$))[\w./-]+$/,
      'expected a folder inside the repository, such as docs/postmortems (not ".", not ..)'
    ).default("docs/postmortems"),
    template: z2.string().nullable().default(null).describe("Path of a template in the repository; null uses the built-in one."),
    required_for: z2.array(z2.string()).default(["sev1", "sev2"]),
    blameless_terms: z2.array(z2.string().min(2).max(60)).default([
      "human error",
      "fault of",
      "should have known",
      "careless",
      "negligent",
      "blame"
    ])
  }).prefault({}),
  report: z2.strictObject({
    weekday: z2.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]).default("monday"),
    escalate_unacknowledged_after: duration.default("15m"),
    label: z2.string().min(1).max(50).default("action-items-report").describe("The label of the weekly report issues."),
    when_empty: z2.enum(["post", "skip"]).default("post").describe("With no action items at all: post a short report, or none."),
    reminders: z2.boolean().default(true).describe("Remind the owner of each overdue item, at most once a week."),
    remind_next_level_after: duration.default("7d").describe("Overdue this long, a reminder also names the next escalation level."),
    mention_escalation: z2.boolean().default(false).describe("Escalation comments and reminders ping the level they name.")
  }).prefault({}),
  action_items: z2.strictObject({
    due_field: z2.string().trim().min(1, "name a date issue field, such as Target date (or null for none)").max(100).nullable().default("Target date").describe(
      "The organisation's date issue field that holds an item's due date; null: none."
    ),
    max: z2.number().int().min(1).max(100, "at most 100: GitHub's limit of sub-issues per issue").default(100).describe("The most action items one incident may have; more are refused.")
  }).prefault({}),
  issue_types: z2.strictObject({
    incident: issueTypeName.default(null).describe(
      "The organisation's issue type set on an issue when it is declared an incident (such as Incident); null: none."
    ),
    action_item: issueTypeName.default("Task").describe("The organisation's issue type of action-item issues; null: none.")
  }).prefault({}),
  commands: z2.strictObject({
    permission: z2.enum(PERMISSIONS).default("write").describe("Minimum permission for commands that change state.")
  }).prefault({}),
  alerts: z2.strictObject({
    token_sha256: z2.string().regex(/^[0-9a-f]{64}$/i, "expected the SHA-256 of the token, 64 hex digits").nullable().default(null).describe("SHA-256 (hex) of the bearer token that may post alerts to this repository."),
    severity_label: z2.string().min(1).max(100).default("severity").describe("The alert label whose value picks the incident's severity."),
    severities: z2.record(
      z2.string().min(1).max(100),
      z2.string().regex(/^sev[1-9]$/i, "expected a severity id such as sev2")
    ).default({}).describe("Alert severity values to severity ids; added to the defaults."),
    default_severity: z2.string().regex(/^sev[1-9]$/i, "expected a severity id such as sev3").default("sev3").describe("The severity of an alert whose severity label is missing or unknown."),
    labels: z2.array(z2.string().min(1).max(100)).max(10).default([]).describe("Alert labels copied to the issue as `name:value` labels (e.g. service)."),
    recurrence_window: duration.default("7d").describe("An alert firing this soon after its incident closed is a recurrence.")
  }).prefault({}),
  bots: z2.strictObject({
    allowed_commands_from: z2.array(
      z2.string().regex(/^[\w.-]+\[bot\]$/, "expected a bot login such as deploy-bot[bot]")
    ).max(20).default([]).describe(
      "Bots whose slash commands count, with the commands permission; others are ignored."
    )
  }).prefault({})
}).superRefine((config, ctx) => {
  for (const [key, value] of Object.entries(config.severities)) {
    if (key in DEFAULT_SEVERITIES) continue;
    for (const field2 of ["label", "title", "target_resolution"]) {
      if (value[field2] === void 0) {
        ctx.addIssue({
          code: "custom",
          path: ["severities", key, field2],
          message: `a new severity needs ${field2}`
        });
      }
    }
  }
  for (const issue2 of contradictions(config)) ctx.addIssue({ code: "custom", ...issue2 });
  const ids = /* @__PURE__ */ new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(config.severities)]);
  const known = (id) => ids.has(id.toLowerCase());
  for (const [value, id] of Object.entries(config.alerts.severities)) {
    if (!known(id)) {
      ctx.addIssue({
        code: "custom",
        path: ["alerts", "severities", value],
        message: `"${id}" is not a severity (expected one of ${[...ids].sort().join(", ")})`
      });
    }
  }
  if (!known(config.alerts.default_severity)) {
    ctx.addIssue({
      code: "custom",
      path: ["alerts", "default_severity"],
      message: `"${config.alerts.default_severity}" is not a severity (expected one of ${[...ids].sort().join(", ")})`
    });
  }
});
function contradictions(config) {
  const found = [];
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(config.severities)])];
  const written = (id) => config.severities[id]?.label !== void 0;
  const labelOf = (id) => config.severities[id]?.label ?? DEFAULT_SEVERITIES[id]?.label ?? id;
  const incident = config.labels.incident.toLowerCase();
  const owner = /* @__PURE__ */ new Map();
  for (const id of ids.sort()) {
    const label2 = labelOf(id).toLowerCase();
    if (label2 === incident) {
      found.push({
        path: written(id) ? ["severities", id, "label"] : ["labels", "incident"],
        message: `the ${id} label "${labelOf(id)}" is also the incident label: give each its own label`
      });
    }
    const other = owner.get(label2);
    if (other !== void 0) {
      found.push({
        path: written(id) ? ["severities", id, "label"] : ["severities", other, "label"],
        message: `${other} ("${labelOf(other)}") and ${id} ("${labelOf(id)}") share a label (GitHub ignores case in labels): give each severity its own`
      });
    } else {
      owner.set(label2, id);
    }
  }
  const others = [
    [["labels", "postmortem"], config.labels.postmortem],
    [["labels", "action_item"], config.labels.action_item],
    [["report", "label"], config.report.label]
  ];
  const taken = /* @__PURE__ */ new Map([[incident, "the incident label"]]);
  for (const id of ids) taken.set(labelOf(id).toLowerCase(), `the ${id} label`);
  for (const [path, label2] of others) {
    const clash = taken.get(label2.toLowerCase());
    if (clash) {
      found.push({
        path,
        message: `"${label2}" is already ${clash} (GitHub ignores case in labels): give it its own`
      });
    } else taken.set(label2.toLowerCase(), `the ${path.join(".")} label`);
  }
  const levels = /* @__PURE__ */ new Map();
  config.escalation.forEach(({ level }, index) => {
    const upper = level.toUpperCase();
    const first = levels.get(upper);
    if (first !== void 0) {
      found.push({
        path: ["escalation", index, "level"],
        message: `${upper} is already escalation level ${first + 1}: give each level once`
      });
    } else levels.set(upper, index);
  });
  config.postmortem.required_for.forEach((wanted, index) => {
    if (!ids.includes(wanted.toLowerCase())) {
      found.push({
        path: ["postmortem", "required_for", index],
        message: `"${wanted}" is not a severity (expected one of ${ids.sort().join(", ")})`
      });
    }
  });
  return found;
}
function isTimeZone(zone) {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// src/core/config/config.ts
var DEFAULT_ALERT_SEVERITIES = {
  critical: "sev2",
  page: "sev2",
  warning: "sev3",
  info: "sev4"
};
function resolveConfig(parsed) {
  const ids = /* @__PURE__ */ new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(parsed.severities)]);
  const severities = [...ids].map((id) => {
    const base = DEFAULT_SEVERITIES[id] ?? {};
    const merged = { ...base, ...parsed.severities[id] };
    return {
      id,
      rank: Number(id.slice(3)),
      label: merged.label ?? id,
      // Texts only shown to people: written without pings, wherever they are rendered.
      title: neutralizeMentions(merged.title ?? id.toUpperCase()),
      meaning: neutralizeMentions(merged.meaning ?? ""),
      response: neutralizeMentions(merged.response ?? ""),
      targetResolutionMinutes: minutes(merged.target_resolution ?? "1w"),
      updateEveryMinutes: minutes(merged.update_every ?? "1d"),
      communication: neutralizeMentions(merged.communication ?? "")
    };
  }).sort((a, b) => a.rank - b.rank);
  return {
    severities,
    acknowledgeTargetMinutes: minutes(parsed.acknowledge_target),
    escalation: parsed.escalation.map((level) => ({
      level: level.level.toUpperCase(),
      who: level.who,
      afterMinutes: level.after === void 0 ? void 0 : minutes(level.after)
    })),
    incidentIdFormat: parsed.incident_id,
    timezone: parsed.timezone,
    labels: {
      incident: parsed.labels.incident,
      postmortem: parsed.labels.postmortem,
      actionItem: parsed.labels.action_item
    },
    postmortem: {
      folder: parsed.postmortem.folder.replace(/\/+$/, ""),
      template: parsed.postmortem.template,
      // Severity ids are lower case (sev1); the file may say SEV1.
      requiredFor: parsed.postmortem.required_for.map((id) => id.toLowerCase()),
      blamelessTerms: parsed.postmortem.blameless_terms
    },
    report: {
      weekday: parsed.report.weekday,
      escalateUnacknowledgedAfterMinutes: minutes(parsed.report.escalate_unacknowledged_after),
      label: parsed.report.label,
      whenEmpty: parsed.report.when_empty,
      reminders: parsed.report.reminders,
      remindNextLevelAfterMinutes: minutes(parsed.report.remind_next_level_after),
      mentionEscalation: parsed.report.mention_escalation
    },
    actionItems: { dueField: parsed.action_items.due_field, max: parsed.action_items.max },
    issueTypes: {
      incident: parsed.issue_types.incident,
      actionItem: parsed.issue_types.action_item
    },
    commands: { permission: parsed.commands.permission },
    bots: { allowedCommandsFrom: parsed.bots.allowed_commands_from.map((l) => l.toLowerCase()) },
    alerts: {
      tokenSha256: parsed.alerts.token_sha256?.toLowerCase() ?? null,
      severityLabel: parsed.alerts.severity_label,
      severityMap: Object.fromEntries(
        Object.entries({ ...DEFAULT_ALERT_SEVERITIES, ...parsed.alerts.severities }).map(
          ([value, id]) => [value.toLowerCase(), id.toLowerCase()]
        )
      ),
      defaultSeverity: parsed.alerts.default_severity.toLowerCase(),
      labels: parsed.alerts.labels,
      recurrenceWindowMinutes: minutes(parsed.alerts.recurrence_window)
    }
  };
}
function minutes(text3) {
  return parseDuration(text3) ?? 0;
}
function severityByLabel(config, label2) {
  const wanted = label2.toLowerCase();
  return config.severities.find((s) => s.label.toLowerCase() === wanted);
}
function findSeverity(config, idOrLabel) {
  const wanted = idOrLabel.toLowerCase();
  return config.severities.find((s) => s.id === wanted || s.label.toLowerCase() === wanted);
}

// src/core/markdown/marker.ts
var PREFIX = "<!-- incident-scribe:";
var SUFFIX = " -->";
var KIND = /^[a-z][a-z0-9-]{0,39}$/;
function renderMarker(kind, data = {}) {
  if (!KIND.test(kind)) throw new Error(`not a marker kind: ${kind}`);
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/--/g, "-\\u002d");
  return `${PREFIX}${kind} ${json}${SUFFIX}`;
}
function readAnyMarker(body) {
  if (!body?.startsWith(PREFIX)) return void 0;
  const newline = body.indexOf("\n");
  const line = (newline < 0 ? body : body.slice(0, newline)).replace(/\r$/, "");
  if (!line.endsWith(SUFFIX)) return void 0;
  const inner = line.slice(PREFIX.length, line.length - SUFFIX.length);
  const space = inner.indexOf(" ");
  if (space < 0) return void 0;
  const kind = inner.slice(0, space);
  const json = inner.slice(space + 1);
  if (!KIND.test(kind) || json.includes("--") || json.includes("<") || json.includes(">"))
    return void 0;
  try {
    const data = JSON.parse(json);
    return data && typeof data === "object" && !Array.isArray(data) ? { kind, data } : void 0;
  } catch {
    return void 0;
  }
}
function readMarker(body, kind) {
  const found = readAnyMarker(body);
  return found?.kind === kind ? found.data : void 0;
}
function positiveInteger(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : void 0;
}
function readReplyMarker(data) {
  const comment2 = positiveInteger(data?.comment);
  if (comment2 === void 0) return void 0;
  const line = positiveInteger(data?.line);
  return line === void 0 ? { comment: comment2 } : { comment: comment2, line };
}

// src/core/action-items/item-identity.ts
function sameItemId(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
function commandItemId(commentId, nth) {
  return nth === 1 ? `A${commentId}` : `A${commentId}.${nth}`;
}
function itemClaimRef(incident, item) {
  return `refs/incident-scribe/items/${refPart(incident)}/${refPart(item)}`;
}
function refPart(text3) {
  const lower = text3.trim().toLowerCase();
  const safe = lower.replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return safe === lower && safe !== "" ? safe : `${safe || "item"}-${fnv1a(lower)}`;
}
function fnv1a(text3) {
  let hash = 2166136261;
  for (let i = 0; i < text3.length; i++) {
    hash ^= text3.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

// src/core/action-items/render-action-reply.ts
var ACTION_REPLY_MARKER = "action-reply";
var ITEM_LIMIT_MARKER = "action-item-limit";
function renderActionReply(commentId, author, items) {
  const lines = items.map((item) => {
    const facts = [
      item.owner ? `owner ${quietLogin(item.owner.replace(/^@/, ""))}` : "no owner yet",
      item.due ? `due ${item.due}` : "no due date"
    ];
    return `- [#${item.number}](${item.url}) ${safeInline(item.description, 120)} (${facts.join(", ")})`;
  });
  const head = items.length === 1 ? `${quietLogin(author)}, action item filed:` : `${quietLogin(author)}, ${items.length} action items filed:`;
  return [
    renderMarker(ACTION_REPLY_MARKER, { comment: commentId }),
    neutralizeMentions(head),
    ...lines
  ].join("\n");
}
function renderItemLimit(incidentId2, needed, max) {
  const limit = max >= 100 ? `an issue holds at most ${max} sub-issues` : `this repository allows ${max} per incident (\`action_items.max\`)`;
  return [
    renderMarker(ITEM_LIMIT_MARKER, {}),
    `${incidentId2} would need ${needed} action items, and ${limit}, so no new item was filed. Merge some items, or track the rest elsewhere.`
  ].join("\n");
}

// src/core/postmortem/dates.ts
var MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
];
var MAX_DATE_TEXT = 64;
var ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?[ ]?(Z|UTC|[+-]\d{2}:?\d{2})?$/i;
function parseIsoTime(text3) {
  const trimmed = text3.trim();
  if (trimmed.length > MAX_DATE_TEXT) return void 0;
  const m = ISO_TIME.exec(trimmed);
  if (!m) return void 0;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m.slice(1, 7).map((part) => part === void 0 ? void 0 : Number(part));
  if (!validDay(year, month, day)) return void 0;
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  let offsetMinutes = 0;
  const zone = m[7]?.toUpperCase();
  if (zone && zone !== "Z" && zone !== "UTC") {
    const digits = zone.slice(1).replace(":", "");
    offsetMinutes = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * (zone[0] === "-" ? -1 : 1);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 6e4;
}
function parseDueDate(text3, incidentDate) {
  const trimmed = text3.trim();
  if (trimmed === "") return { ok: false, reason: "no due date" };
  const y = incidentDate?.slice(0, 4) ?? "2024";
  const unreadable = {
    ok: false,
    reason: `cannot read the due date "${trimmed.slice(0, 40)}"; write ${y}-01-30, Jan 30, 30 Jan ${y} or January 30, ${y}`
  };
  if (trimmed.length > MAX_DATE_TEXT) return unreadable;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [y2, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(y2, mo, d) ? { ok: true, date: isoDay(y2, mo, d) } : unreadable;
  }
  const parts = namedDate(trimmed);
  if (!parts) return unreadable;
  const { month, day } = parts;
  if (parts.year !== void 0) {
    return validDay(parts.year, month, day) ? { ok: true, date: isoDay(parts.year, month, day) } : unreadable;
  }
  if (incidentDate === void 0) {
    return {
      ok: false,
      reason: `the due date "${trimmed}" has no year, and the post-mortem names no incident date to take it from; add the year`
    };
  }
  const incidentYear = Number(incidentDate.slice(0, 4));
  let date = validDay(incidentYear, month, day) ? isoDay(incidentYear, month, day) : void 0;
  if (date === void 0 || date < incidentDate) {
    date = validDay(incidentYear + 1, month, day) ? isoDay(incidentYear + 1, month, day) : void 0;
  }
  return date === void 0 ? unreadable : { ok: true, date };
}
function namedDate(text3) {
  const tokens = text3.toLowerCase().replace(/[,.]/g, " ").split(" ").filter((token) => token !== "");
  if (tokens.length < 2 || tokens.length > 3) return void 0;
  const [a, b, c] = tokens;
  const year = c === void 0 ? void 0 : /^\d{4}$/.test(c) ? Number(c) : Number.NaN;
  if (Number.isNaN(year)) return void 0;
  const monthFirst = monthNumber(a);
  if (monthFirst !== void 0) {
    const day2 = dayNumber(b);
    return day2 === void 0 ? void 0 : { month: monthFirst, day: day2, year };
  }
  const monthSecond = monthNumber(b);
  const day = dayNumber(a);
  if (monthSecond === void 0 || day === void 0) return void 0;
  return { month: monthSecond, day, year };
}
function monthNumber(token) {
  if (token.length < 3) return void 0;
  const word = token === "sept" ? "sep" : token;
  const index = MONTHS.findIndex((name) => name === word || name.slice(0, 3) === word);
  return index < 0 ? void 0 : index + 1;
}
function dayNumber(token) {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token);
  return m ? Number(m[1]) : void 0;
}
function validDay(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function isoDay(year, month, day) {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function utcDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}
function utcClock(ms) {
  return new Date(ms).toISOString().slice(11, 16);
}
function longDate(day) {
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? "";
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${Number(day.slice(8, 10))}, ${day.slice(0, 4)}`;
}
function parseFullDate(text3) {
  const trimmed = text3.trim();
  if (trimmed.length > MAX_DATE_TEXT) return void 0;
  const time = parseIsoTime(trimmed);
  if (time !== void 0) return utcDay(time);
  const parts = namedDate(trimmed);
  if (!parts || parts.year === void 0 || !validDay(parts.year, parts.month, parts.day)) {
    return void 0;
  }
  return isoDay(parts.year, parts.month, parts.day);
}

// src/core/commands/text-args.ts
var MAX_ENTRY_CHARS = 500;
function splitUnescaped(text3, separator) {
  const parts = [];
  let current = "";
  for (let i = 0; i < text3.length; i++) {
    const char = text3[i];
    if (char === "\\" && text3[i + 1] === separator) {
      current += separator;
      i += 1;
    } else if (char === separator) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
function capEntry(text3, what) {
  const capped = capLength(text3, MAX_ENTRY_CHARS);
  return {
    text: capped.text,
    note: capped.cut ? `The ${what} was cut to ${MAX_ENTRY_CHARS} characters.` : void 0
  };
}
function joinNotes(...notes) {
  const present = notes.filter((note) => note !== void 0);
  return present.length === 0 ? void 0 : present.join(" ");
}

// src/core/commands/parse-action-args.ts
var OWNER = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?)$/;
var RELATIVE = /^\+(\d{1,3})([dw])$/i;
var MAX_TOKENS = 400;
function parseActionArgs(args, context) {
  const { line } = context;
  const invalid = (message2) => ({
    kind: "invalid",
    line,
    name: "action",
    message: message2
  });
  const usage = "Write /action <what to do> @owner due:<date>, e.g. /action Add a pool alert @bob due:Mar 10.";
  const tokens = args.split(/\s+/).filter((t) => t !== "");
  if (tokens.length === 0) return invalid(`Say what needs doing. ${usage}`);
  if (tokens.length > MAX_TOKENS) return invalid(`That action is too long. ${usage}`);
  let owner = null;
  let dueText;
  const takeOwner = () => {
    const last = tokens.at(-1);
    const match = OWNER.exec(last);
    if (owner === null && match) {
      owner = `@${match[1]}`;
      tokens.pop();
    }
  };
  takeOwner();
  const dueAt = tokens.findLastIndex((t) => t.toLowerCase().startsWith("due:"));
  if (dueAt >= 0) {
    dueText = [tokens[dueAt]?.slice(4) ?? "", ...tokens.slice(dueAt + 1)].join(" ").trim();
    tokens.splice(dueAt);
    takeOwner();
  }
  const description = tokens.join(" ");
  if (description === "") return invalid(`Say what needs doing. ${usage}`);
  let due = null;
  if (dueText !== void 0) {
    const day = context.commentAt.slice(0, 10);
    const relative = RELATIVE.exec(dueText);
    if (relative) {
      const days2 = Number(relative[1]) * (relative[2]?.toLowerCase() === "w" ? 7 : 1);
      due = new Date(Date.parse(`${day}T00:00:00Z`) + days2 * 864e5).toISOString().slice(0, 10);
    } else {
      const parsed = parseDueDate(dueText, day);
      if (!parsed.ok) {
        const reason = dueText === "" ? "due: needs a date" : `cannot read the due date "${dueText.slice(0, 40)}"`;
        return invalid(`${reason}; write due:2025-03-10, due:Mar 10, due:10 Mar 2025 or due:+7d.`);
      }
      due = parsed.date;
    }
  }
  const capped = capEntry(description, "action");
  return { kind: "action", line, description: capped.text, owner, due, note: capped.note };
}

// src/core/commands/command-types.ts
var TIMELINE_TAGS = [
  "start-time",
  "impact-detected",
  "response-initiated",
  "cause-identified",
  "impact-mitigated",
  "end-time"
];
var TAG_LABELS = {
  "start-time": "Start time",
  "impact-detected": "Impact detected",
  "response-initiated": "Response initiated",
  "cause-identified": "Cause identified",
  "impact-mitigated": "Impact mitigated",
  "end-time": "End time"
};
var STATUSES = [
  "investigating",
  "identified",
  "mitigating",
  "monitoring",
  "resolved"
];
var STATUS_LABELS = {
  investigating: "Investigating",
  identified: "In Progress - Identified",
  mitigating: "In Progress - Mitigating",
  monitoring: "In Progress - Monitoring",
  resolved: "Resolved"
};
function statusLabel(status2) {
  return STATUS_LABELS[status2 ?? "investigating"];
}
var ROLE_LABELS = {
  commander: "incident commander",
  lead: "tech lead",
  scribe: "scribe"
};
function changesState(command) {
  switch (command.kind) {
    case "timeline-note":
    case "ack":
    case "role":
    case "severity":
    case "status":
    case "action":
    case "postmortem":
      return true;
    default:
      return false;
  }
}

// src/core/commands/parse-when.ts
import { TZDate, tz } from "@date-fns/tz";
import { format } from "date-fns";

// src/core/time/format-time.ts
import { tzOffset } from "@date-fns/tz";
import { addMinutes } from "date-fns";
function formatClock(iso, zone, withDate) {
  const local = wallClock(iso, zone);
  return withDate ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(11, 16);
}
function dayIn(iso, zone) {
  return wallClock(iso, zone).slice(0, 10);
}
function wallClock(iso, zone) {
  const at3 = Date.parse(iso);
  const offset = zone === "UTC" ? 0 : tzOffset(zone, new Date(at3));
  return new Date(at3 + offset * 6e4).toISOString();
}
function formatInstant(iso, zone) {
  const utc = `${formatClock(iso, "UTC", true)} UTC`;
  if (zone === "UTC") return utc;
  const sameDay = dayIn(iso, "UTC") === dayIn(iso, zone);
  return `${utc} (${formatClock(iso, zone, !sameDay)} ${zone})`;
}
function formatUtc(iso) {
  return formatInstant(iso, "UTC");
}
function plusMinutes(at3, minutes2) {
  return addMinutes(new Date(at3), minutes2).toISOString();
}

// src/core/commands/parse-when.ts
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?: ?(utc|z))?$/i;
var TIME_ONLY = /^(\d{1,2}):(\d{2})(?: ?(utc|z))?$/i;
var MAX_WHEN = 40;
function acceptedTimes(timezone) {
  const zone = timezone === "UTC" ? "UTC" : `${timezone} time; add UTC for UTC`;
  return `YYYY-MM-DD HH:MM or HH:MM (24-hour, ${zone})`;
}
var FUTURE_TOLERANCE_MINUTES = 5;
function parseWhen(text3, timezone, writtenAt) {
  const read2 = readTime(text3, timezone);
  if (!read2.ok || read2.bare === void 0) return read2.ok ? { ok: true, at: read2.at } : read2;
  const { h, mi, zone } = read2.bare;
  const latest2 = Date.parse(writtenAt) + FUTURE_TOLERANCE_MINUTES * 6e4;
  const [y, mo, d] = dateIn(new Date(latest2).toISOString(), zone);
  const sameDay = named(toInstant(y, mo, d, h, mi, zone), timezone);
  if (!sameDay.ok || Date.parse(sameDay.at) <= latest2) return sameDay;
  const [py, pmo, pd] = dayBefore(y, mo, d);
  return named(toInstant(py, pmo, pd, h, mi, zone), timezone);
}
function parseEta(text3, timezone, commentAt) {
  const input = text3.trim();
  const minutes2 = input.length <= MAX_WHEN ? parseDuration(input) : void 0;
  if (minutes2 !== void 0) {
    return { ok: true, at: new Date(Date.parse(commentAt) + minutes2 * 6e4).toISOString() };
  }
  const read2 = readTime(input, timezone);
  if (!read2.ok) {
    return {
      ok: false,
      message: `${quote(input)} is not an ETA. Use a duration such as 30m or 2h, or ${acceptedTimes(timezone)}.`
    };
  }
  if (read2.bare === void 0) {
    if (Date.parse(read2.at) >= Date.parse(commentAt)) return { ok: true, at: read2.at };
    return {
      ok: false,
      message: `The ETA ${quote(input)} is already past (the comment was written ${formatInstant(commentAt, timezone)}).`
    };
  }
  const { h, mi, zone } = read2.bare;
  const [y, mo, d] = dateIn(commentAt, zone);
  const today = named(toInstant(y, mo, d, h, mi, zone), timezone);
  if (!today.ok || Date.parse(today.at) >= Date.parse(commentAt)) return today;
  const [ny, nmo, nd] = dayAfter(y, mo, d);
  const utc = zone === "UTC" && timezone !== "UTC" ? " UTC" : "";
  return {
    ok: false,
    message: `The ETA ${quote(input)} is ${formatInstant(today.at, timezone)}, already past (the comment was written ${formatInstant(commentAt, timezone)}). If you mean tomorrow, give the date: eta ${ny}-${pad2(nmo)}-${pad2(nd)} ${pad2(h)}:${pad2(mi)}${utc}.`
  };
}
function readTime(text3, timezone) {
  const input = text3.trim();
  const full = input.length <= MAX_WHEN ? DATE_TIME.exec(input) : null;
  if (full) {
    const [, y, mo, d, h, mi, utc] = full;
    const result3 = named(
      toInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), zoneOf(utc, timezone)),
      timezone
    );
    return result3.ok ? { ok: true, at: result3.at, bare: void 0 } : result3;
  }
  const short2 = input.length <= MAX_WHEN ? TIME_ONLY.exec(input) : null;
  if (short2) {
    const [, h, mi, utc] = short2;
    if (Number(h) > 23 || Number(mi) > 59) {
      return {
        ok: false,
        message: `${pad2(Number(h))}:${pad2(Number(mi))} is not a time of day (00:00 to 23:59). Use ${acceptedTimes(timezone)}.`
      };
    }
    return { ok: true, bare: { h: Number(h), mi: Number(mi), zone: zoneOf(utc, timezone) } };
  }
  return { ok: false, message: `${quote(input)} is not a time. Use ${acceptedTimes(timezone)}.` };
}
function dayBefore(y, mo, d) {
  const day = new Date(Date.UTC(y, mo - 1, d - 1));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}
function dayAfter(y, mo, d) {
  const day = new Date(Date.UTC(y, mo - 1, d + 1));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}
function named(result3, timezone) {
  return result3.ok ? result3 : { ok: false, message: `${result3.message} Use ${acceptedTimes(timezone)}.` };
}
function zoneOf(utc, timezone) {
  return utc ? "UTC" : timezone;
}
function dateIn(iso, zone) {
  const [y, mo, d] = format(new Date(iso), "yyyy-MM-dd", { in: tz(zone) }).split("-");
  return [Number(y), Number(mo), Number(d)];
}
function toInstant(y, mo, d, h, mi, zone) {
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const realDate = probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
  if (!realDate || y < 2e3 || y > 2999) {
    return { ok: false, message: `${y}-${pad2(mo)}-${pad2(d)} is not a date.` };
  }
  if (h > 23 || mi > 59) {
    return {
      ok: false,
      message: `${pad2(h)}:${pad2(mi)} is not a time of day (00:00 to 23:59).`
    };
  }
  const ms = zone === "UTC" ? Date.UTC(y, mo - 1, d, h, mi) : new TZDate(y, mo - 1, d, h, mi, zone).getTime();
  if (format(new Date(ms), "HH:mm", { in: tz(zone) }) !== `${pad2(h)}:${pad2(mi)}`) {
    return {
      ok: false,
      message: `${pad2(h)}:${pad2(mi)} does not exist on ${y}-${pad2(mo)}-${pad2(d)} in ${zone} (the clocks moved forward).`
    };
  }
  return { ok: true, at: new Date(ms).toISOString() };
}
function pad2(n) {
  return String(n).padStart(2, "0");
}
function quote(text3) {
  const shown = text3.length > MAX_WHEN ? `${text3.slice(0, MAX_WHEN)}\u2026` : text3;
  return `"${shown}"`;
}

// src/core/commands/parse-status-args.ts
function parseStatusArgs(args, context) {
  const { line } = context;
  const invalid = (message3) => ({
    kind: "invalid",
    line,
    name: "status",
    message: message3
  });
  const space = args.search(/\s/);
  const word = (space < 0 ? args : args.slice(0, space)).toLowerCase();
  const status2 = STATUSES.find((name) => name === word);
  if (!status2) {
    const shown = word === "" ? "A status" : `"${word.slice(0, 30)}" is not a status; it`;
    return invalid(`${shown} is one of: ${STATUSES.join(", ")}.`);
  }
  const [first = "", ...fields] = splitUnescaped(space < 0 ? "" : args.slice(space), "|");
  const messageParts = [first];
  let etaText;
  let rootCause;
  for (const field2 of fields) {
    const eta3 = valueAfter(field2, ["eta"]);
    const cause = valueAfter(field2, ["root cause", "cause"]);
    if (eta3 !== void 0) etaText = eta3;
    else if (cause !== void 0) rootCause = cause;
    else messageParts.push(field2);
  }
  const message2 = messageParts.join("|").trim();
  if (message2 === "") {
    return invalid(`Say what is happening: /status ${status2} <what we are doing>.`);
  }
  let eta2;
  if (etaText !== void 0) {
    const parsed = parseEta(etaText, context.timezone, context.commentAt);
    if (!parsed.ok) return invalid(parsed.message);
    eta2 = parsed.at;
  }
  if (rootCause !== void 0 && rootCause === "") {
    return invalid("Say what the root cause was: | root cause <what caused it>.");
  }
  const cappedMessage = capEntry(message2, "message");
  const cappedCause = rootCause === void 0 ? void 0 : capEntry(rootCause, "root cause");
  return {
    kind: "status",
    line,
    status: status2,
    message: cappedMessage.text,
    eta: eta2,
    rootCause: cappedCause?.text,
    note: joinNotes(cappedMessage.note, cappedCause?.note)
  };
}
function valueAfter(field2, names) {
  const trimmed = field2.trimStart();
  const lower = trimmed.slice(0, 12).toLowerCase();
  for (const name of names) {
    if (!lower.startsWith(name)) continue;
    const after = trimmed.slice(name.length);
    if (after !== "" && after[0] !== ":" && after[0] !== " ") continue;
    return after.replace(/^:/, "").trim();
  }
  return void 0;
}

// src/core/commands/parse-timeline-args.ts
var MAX_TAG_CHARS = 40;
var TAG_ALIASES = {
  start: "start-time",
  detected: "impact-detected",
  response: "response-initiated",
  cause: "cause-identified",
  mitigated: "impact-mitigated",
  end: "end-time"
};
function parseTimelineArgs(args, context) {
  const { line } = context;
  const invalid = (message2) => ({
    kind: "invalid",
    line,
    name: "timeline",
    message: message2
  });
  if (args === "") return { kind: "timeline-refresh", line };
  let rest = args;
  let tag;
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0 || close > MAX_TAG_CHARS) {
      return invalid(
        'A tag goes in square brackets at the start, as in "/timeline [impact mitigated] Rolled back". To start the text with "[", write "\\[".'
      );
    }
    const raw = rest.slice(1, close);
    tag = findTag(raw);
    if (!tag) return invalid(`There is no tag "[${raw}]". Tags: ${tagList()}.`);
    rest = rest.slice(close + 1);
  } else if (rest.startsWith("\\[")) {
    rest = rest.slice(1);
  }
  const parts = splitUnescaped(rest, "|");
  const whenText = parts.length > 1 ? parts.pop() : void 0;
  const text3 = parts.join("|").trim();
  if (text3 === "") {
    return invalid("Say what happened: /timeline <what happened> | <YYYY-MM-DD HH:MM>.");
  }
  let at3 = context.commentAt;
  let timeFrom = "comment";
  if (whenText !== void 0 && whenText.trim() === "") {
    return invalid(
      `Nothing follows the last "|": give a time, ${acceptedTimes(context.timezone)}, or leave out the "|" to use the time of the comment.`
    );
  }
  if (whenText !== void 0) {
    const when = parseWhen(whenText, context.timezone, context.writtenAt);
    if (!when.ok) return invalid(when.message);
    at3 = when.at;
    timeFrom = whenText.includes("-") ? "date-time" : "time";
    const latest2 = Date.parse(context.writtenAt) + FUTURE_TOLERANCE_MINUTES * 6e4;
    if (Date.parse(at3) > latest2) {
      return invalid(
        `"${whenText.trim()}" is ${formatInstant(at3, context.timezone)}, in the future: an event can be at most ${FUTURE_TOLERANCE_MINUTES} minutes after the comment. ${readIn(context.timezone)}`
      );
    }
  }
  const capped = capEntry(text3, "entry");
  return { kind: "timeline-note", line, text: capped.text, at: at3, timeFrom, tag, note: capped.note };
}
function readIn(timezone) {
  return timezone === "UTC" ? "Times are read in UTC." : `Times are read in ${timezone} time; add UTC after a time to give it in UTC.`;
}
function tagList() {
  return TIMELINE_TAGS.map((tag) => `[${TAG_LABELS[tag].toLowerCase()}]`).join(", ");
}
function findTag(raw) {
  const words = raw.toLowerCase().replace(/[-_]/g, " ").split(" ").filter(Boolean).join(" ");
  if (Object.hasOwn(TAG_ALIASES, words)) return TAG_ALIASES[words];
  return TIMELINE_TAGS.find((tag) => TAG_LABELS[tag].toLowerCase() === words);
}

// src/core/commands/parse-commands.ts
var MAX_COMMENT_CHARS = 64 * 1024;
var MAX_NAME_CHARS = 30;
var MAX_ARGS_CHARS = 2e3;
var ROLE_COMMANDS = { ic: "commander", lead: "lead", scribe: "scribe" };
function parseCommentCommands(event, config) {
  const edited = Date.parse(event.updatedAt) > Date.parse(event.at);
  const context = {
    author: event.actor.login,
    commentAt: event.at,
    writtenAt: edited ? event.updatedAt : event.at,
    config
  };
  const key = [context.author, context.commentAt, context.writtenAt, event.body].join("\0");
  let readings = remembered2.get(config);
  if (!readings) {
    readings = new RecentMap(MAX_REMEMBERED_READINGS);
    remembered2.set(config, readings);
  }
  const known = readings.get(key);
  if (known) return known;
  const parsed = parseCommands(event.body, context);
  readings.set(key, parsed);
  return parsed;
}
var remembered2 = /* @__PURE__ */ new WeakMap();
var MAX_REMEMBERED_READINGS = 2e4;
function parseCommands(body, context) {
  let text3 = body;
  let truncated = false;
  if (text3.length > MAX_COMMENT_CHARS) {
    truncated = true;
    text3 = text3.slice(0, MAX_COMMENT_CHARS);
    text3 = text3.slice(0, Math.max(0, text3.lastIndexOf("\n")));
  }
  const commands = [];
  const found = readCommandLines(text3);
  for (const { line: line2, text: lineText } of found.lines) {
    const command = parseLine(lineText, line2, context);
    if (command) commands.push(command);
  }
  if (!found.tooDeep) return { commands, truncated };
  const { line, depth } = found.tooDeep;
  const note = `This line nests quotes or lists ${depth} levels deep (more than ${MAX_COMMENT_NESTING}); commands from here on were not read.`;
  return { commands, truncated, stopped: { line, note } };
}
function parseLine(text3, line, context) {
  let end = 1;
  while (end < text3.length && end <= MAX_NAME_CHARS && isNameChar(text3.charCodeAt(end))) end += 1;
  if (end === 1 || end > MAX_NAME_CHARS) return void 0;
  if (end < text3.length && !/\s/.test(text3[end])) return void 0;
  const name = text3.slice(1, end).toLowerCase();
  const args = text3.slice(end).trim();
  const invalid = (message2) => ({ kind: "invalid", line, name, message: message2 });
  switch (name) {
    case "timeline":
      return parseTimelineArgs(args, {
        line,
        commentAt: context.commentAt,
        writtenAt: context.writtenAt,
        timezone: context.config.timezone
      });
    case "status":
      return parseStatusArgs(args, {
        line,
        commentAt: context.commentAt,
        timezone: context.config.timezone
      });
    case "ack": {
      if (args === "") return { kind: "ack", line, text: void 0, note: void 0 };
      const capped = capEntry(args, "note");
      return { kind: "ack", line, text: capped.text, note: capped.note };
    }
    case "ic":
    case "lead":
    case "scribe": {
      const role = ROLE_COMMANDS[name];
      const login = parseLogin(args, context.author);
      if (!login) return invalid(`Name one person: /${name} @user (or /${name} me).`);
      return { kind: "role", line, role, login };
    }
    case "severity": {
      const wanted = /^\d$/.test(args) ? `sev${args}` : args;
      const severity = wanted === "" ? void 0 : findSeverity(context.config, wanted);
      if (!severity) {
        const known = context.config.severities.map((s) => s.id).join(", ");
        const shown = args === "" ? "A severity" : `"${args.slice(0, 30)}" is not a severity here; it`;
        return invalid(`${shown} is one of: ${known}.`);
      }
      return { kind: "severity", line, severity: severity.id };
    }
    case "help":
      return { kind: "help", line };
    case "action":
      return parseActionArgs(args, { line, commentAt: context.commentAt });
    case "postmortem":
      return { kind: name, line, args: args.slice(0, MAX_ARGS_CHARS) };
    default:
      return { kind: "unknown", line, name };
  }
}
function isNameChar(code2) {
  return code2 >= 97 && code2 <= 122 || // a-z
  code2 >= 65 && code2 <= 90 || // A-Z
  code2 >= 48 && code2 <= 57 || // 0-9
  code2 === 45 || // -
  code2 === 95;
}
var LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
function parseLogin(args, author) {
  if (args === "" || /\s/.test(args)) return void 0;
  if (args.toLowerCase() === "me") return author;
  const login = args.startsWith("@") ? args.slice(1) : args;
  return LOGIN.test(login) && !login.endsWith("-") ? login : void 0;
}

// src/core/incident/incident-id.ts
function incidentId(format2, issue2) {
  const year = String(new Date(issue2.createdAt).getUTCFullYear());
  return format2.replaceAll("{year}", year).replace(
    /\{number(?::(\d))?\}/g,
    (_, width) => String(issue2.number).padStart(Number(width ?? 0), "0")
  );
}

// src/usecases/shared/own-comment.ts
function ownCommentsIn(events, self) {
  return events.flatMap(
    (e) => e.kind === "commented" && e.actor.login === self ? [
      {
        id: e.id,
        body: e.body,
        user: e.actor,
        createdAt: e.at,
        updatedAt: e.updatedAt,
        htmlUrl: e.htmlUrl
      }
    ] : []
  );
}
function findOwnComments(comments, self, kind, read2 = (data) => data) {
  return comments.filter((c) => c.user.login === self).flatMap((comment2) => {
    const raw = readMarker(comment2.body, kind);
    const data = raw ? read2(raw) : void 0;
    return data ? [{ comment: comment2, data }] : [];
  }).sort((a, b) => a.comment.id - b.comment.id);
}
async function ensureOwnComment(port, issue2, kind, text3, known) {
  const body = capBody(text3);
  const existing = findOwnComments(known.comments, known.self, kind)[0];
  if (existing) {
    if (existing.comment.body === body) return { comment: existing.comment, wrote: false };
    await port.updateIssueComment(existing.comment.id, body);
    return { comment: { ...existing.comment, body }, wrote: true };
  }
  const created = await port.createIssueComment(issue2, body);
  const recent = ownCommentsIn(await port.listIssueTimeline(issue2), known.self);
  const mine = findOwnComments(recent, known.self, kind);
  const [keep, ...extra] = mine;
  for (const duplicate of extra) await port.deleteIssueComment(duplicate.comment.id);
  if (keep && keep.comment.id !== created.id && keep.comment.body !== body) {
    await port.updateIssueComment(keep.comment.id, body);
  }
  return { comment: keep?.comment ?? created, wrote: true };
}
async function keepOldestReplies(port, issue2, self, kinds) {
  const comments = ownCommentsIn(await port.listIssueTimeline(issue2), self);
  const seen = /* @__PURE__ */ new Set();
  let deleted = 0;
  for (const kind of kinds) {
    for (const { comment: comment2, data } of findOwnComments(comments, self, kind, readReplyMarker)) {
      const key = `${kind}:${data.comment}:${data.line ?? ""}`;
      if (seen.has(key)) {
        await port.deleteIssueComment(comment2.id);
        deleted++;
      }
      seen.add(key);
    }
  }
  return deleted;
}

// src/core/action-items/render-item.ts
var ITEM_BLOCK_END = "<!-- incident-scribe:action-item-end -->";
var MAX_TITLE = 200;
var MAX_DESCRIPTION = 2e3;
function renderItemTitle(description) {
  return neutralizeMentions(capLength(oneLine(description), MAX_TITLE).text) || "Action item";
}
function itemMarker(wanted, incident, extra) {
  return {
    incident: incident.id,
    item: wanted.item,
    parent: incident.number,
    ...wanted.due ? { due: wanted.due } : {},
    ...incident.severity ? { severity: incident.severity.id } : {},
    ...wanted.owner ? { owner: wanted.owner } : {},
    title: extra.title
  };
}
function renderItemBlock(wanted, incident, source, options) {
  const severity = incident.severity ? ` \xB7 ${incident.severity.id.toUpperCase()} (${incident.severity.title})` : "";
  const description = escapeHtml(
    neutralizeMentions(capLength(wanted.description.trim(), MAX_DESCRIPTION).text)
  );
  const owner = wanted.owner ? `${quietLogin(wanted.owner.replace(/^@/, ""))}${options.assignable ? "" : " (not assignable here: someone needs to take it)"}` : "nobody yet: assign someone who will do it";
  const from = source.kind === "postmortem" ? `the post-mortem [${escapeLinkText(source.path)}](${source.url})` : `[a comment on the incident](${source.url})`;
  return [
    renderMarker(ACTION_ITEM_MARKER, { ...itemMarker(wanted, incident, { title: options.title }) }),
    `**Action item ${escapeHtml(neutralizeMentions(oneLine(wanted.item)))}** of [${incident.id}](${incident.url})${severity}`,
    "",
    description || "(no description)",
    "",
    `- Owner: ${owner}`,
    `- Due: ${wanted.due ?? "none set"}`,
    `- From: ${from}`,
    ITEM_BLOCK_END
  ].join("\n");
}
function replaceItemBlock(body, block) {
  if (body === void 0 || body === "") return block;
  const end = body.indexOf(ITEM_BLOCK_END);
  if (end < 0) return void 0;
  return block + body.slice(end + ITEM_BLOCK_END.length);
}
function escapeHtml(text3) {
  return text3.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeLinkText(text3) {
  return text3.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

// src/core/action-items/plan-item-sync.ts
function planItemSync(wanted, filed, mayRemove) {
  const taken = /* @__PURE__ */ new Set();
  const plans = [];
  const seenIds = [];
  for (const want of wanted) {
    if (seenIds.some((id) => sameItemId(id, want.item))) continue;
    seenIds.push(want.item);
    const byRef = filed.find((f) => !taken.has(f.number) && want.refs.includes(f.number));
    const match = byRef ?? filed.find((f) => !taken.has(f.number) && sameItemId(f.marker.item, want.item));
    if (!match) {
      plans.push({ kind: "create", wanted: want });
      continue;
    }
    taken.add(match.number);
    const changes = changesOf(want, match);
    plans.push(
      changes.length > 0 ? { kind: "update", wanted: { ...want, item: match.marker.item }, filed: match, changes } : { kind: "unchanged", wanted: { ...want, item: match.marker.item }, filed: match }
    );
  }
  for (const item of filed) {
    if (!taken.has(item.number) && mayRemove(item)) plans.push({ kind: "removed", filed: item });
  }
  return plans;
}
function changesOf(want, filed) {
  const changes = [];
  const marker = filed.marker;
  if (marker.title !== void 0 && marker.title !== renderItemTitle(want.description)) {
    changes.push("description");
  }
  if ((marker.owner ?? null)?.toLowerCase() !== (want.owner ?? null)?.toLowerCase()) {
    changes.push(`owner ${marker.owner ?? "none"} \u2192 ${want.owner ?? "none"}`);
  }
  if ((marker.due ?? null) !== want.due) {
    changes.push(`due date ${marker.due ?? "none"} \u2192 ${want.due ?? "none"}`);
  }
  return changes;
}

// src/core/action-items/render-item-notes.ts
function renderItemChanged(source, changes) {
  const where = source.kind === "postmortem" ? `the post-mortem [${source.path}](${source.url})` : `[the /action comment](${source.url})`;
  return neutralizeMentions(`Updated from ${where}: ${changes.join("; ")}.`);
}
function renderItemRemoved(source) {
  const what = source.kind === "postmortem" ? `This item is no longer in the post-mortem [${source.path}](${source.url}).` : "The /action comment that filed this item was deleted or no longer lists it.";
  return `${what} The issue stays as it is: close it as not planned if it is no longer needed.`;
}

// src/usecases/shared/open-issue-once.ts
var OPEN_ATTEMPTS = 3;
async function openIssueOnce(port, issue2, find2, giveUp = async () => {
}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await port.createIssue(issue2, { once: true });
    } catch (error) {
      if (!(error instanceof OutcomeUnknown)) {
        await giveUp().catch(() => {
        });
        throw error;
      }
      const opened = await find2();
      if (opened) return opened;
      if (attempt >= OPEN_ATTEMPTS) {
        await giveUp().catch(() => {
        });
        throw error.cause;
      }
      port.allowWrites(1);
    }
  }
}

// src/usecases/action-items/due-field-writes.ts
async function findDueField(port, config) {
  const name = config.actionItems.dueField?.trim().toLowerCase();
  if (!name) return void 0;
  const fields = await port.orgIssueFields();
  return fields.find((f) => f.dataType === "date" && f.name.trim().toLowerCase() === name);
}
async function writeDueField(port, config, filed, due, dueField) {
  const current = dueFieldValue(filed.fieldValues, config.actionItems.dueField);
  if (current === (due ?? void 0)) return;
  const field2 = await dueField();
  if (!field2) return;
  if (due) await port.setIssueFieldValue(filed.number, field2.id, due);
  else if (current !== void 0) await port.clearIssueFieldValue(filed.number, field2.id);
}

// src/usecases/action-items/item-claims.ts
import { randomUUID } from "node:crypto";
var CLAIM_STALE_AFTER_MINUTES = 30;
function itemClaims(port, options) {
  let claimSha;
  const commits = /* @__PURE__ */ new Map();
  const readCommit = (sha) => {
    let read2 = commits.get(sha);
    if (!read2) {
      read2 = port.readCommit(sha);
      commits.set(sha, read2);
    }
    return read2;
  };
  const ownClaim = () => {
    claimSha ??= (async () => {
      const head = await port.branchSha(options.defaultBranch);
      const base = head ? await readCommit(head) : void 0;
      if (!head || !base) return void 0;
      const message2 = claimMessage(
        options.items.map((item) => itemClaimRef(options.incident, item))
      );
      return (await port.createCommit({ tree: base.tree, parents: [head], message: message2 })).sha;
    })();
    return claimSha;
  };
  return {
    async claim(ref) {
      const sha = await ownClaim();
      return sha !== void 0 && port.claimRef(ref, sha);
    },
    async takeOverStale(ref) {
      const held = await port.refSha(ref);
      if (held === void 0) {
        port.allowWrites(1);
        return this.claim(ref);
      }
      const claim = await readCommit(held);
      const age = claim ? options.now.getTime() - Date.parse(claim.at) : Number.NaN;
      if (!claim || !(age >= CLAIM_STALE_AFTER_MINUTES * 6e4)) return false;
      port.allowWrites(2);
      const next = await port.createCommit({
        tree: claim.tree,
        parents: [held],
        message: `incident-scribe takes over the stale claim ${lastPart(ref)} (run ${randomUUID()})`
      });
      return port.moveClaim(ref, next.sha);
    }
  };
}
function claimMessage(refs) {
  const incident = refs[0]?.split("/").at(-2) ?? "";
  const names = refs.map(lastPart);
  const more2 = names.length > 20 ? ` and ${names.length - 20} more` : "";
  return `incident-scribe claims action items of ${incident}: ${names.slice(0, 20).join(", ")}${more2}`;
}
function lastPart(ref) {
  return ref.split("/").at(-1) ?? ref;
}

// src/usecases/action-items/link-orphans.ts
async function linkOrphans(port, config, request, results) {
  const missing = results.filter((r) => r.outcome === "claimed elsewhere");
  if (missing.length === 0) return;
  const issues = await port.listIssuesByLabel(config.labels.actionItem, { state: "all" });
  for (const r of missing) {
    const orphan = ownItemIssue(issues, request, r.item);
    if (!orphan) continue;
    await port.addSubIssue(request.incident.number, orphan.id);
    Object.assign(r, { number: orphan.number, url: orphan.htmlUrl, outcome: "created" });
  }
}
async function findOpenedItem(port, config, request, item) {
  const issues = await port.listIssuesByLabel(config.labels.actionItem, {
    state: "all",
    limit: 100
  });
  return ownItemIssue(issues, request, item);
}
function ownItemIssue(issues, request, item) {
  const { incident, self } = request;
  return issues.find((issue2) => {
    if (issue2.author.login !== self || issue2.id === void 0) return false;
    const marker = readActionItemMarker(readMarker(issue2.body, ACTION_ITEM_MARKER));
    return marker?.parent === incident.number && marker.incident === incident.id && sameItemId(marker.item, item);
  });
}

// src/usecases/action-items/sync-items.ts
var NEEDS_OWNER_LABEL = "needs-owner";
var MAX_ITEMS = 100;
async function syncItems(port, config, request) {
  const { incident, self } = request;
  const filed = (await port.listSubIssues(incident.number)).flatMap(
    (issue2) => filedItem(issue2, self, incident)
  );
  const plans = planItemSync(
    request.wanted,
    filed,
    (item) => item.marker.removed !== true ? request.speaksFor(item) : false
  );
  const creating = plans.filter((p) => p.kind === "create").length;
  const max = Math.min(config.actionItems.max, MAX_ITEMS);
  if (filed.length + creating > max) {
    return { ok: false, needed: filed.length + creating, max };
  }
  const creates = plans.flatMap((p) => p.kind === "create" ? [p.wanted] : []);
  const updating = plans.filter((p) => p.kind === "update" || p.kind === "removed").length;
  port.allowWrites(creating * 3 + (creating > 0 ? 1 : 0) + updating * 5);
  const claims = itemClaims(port, {
    incident: incident.id,
    items: creates.map((w) => w.item),
    defaultBranch: request.defaultBranch,
    now: request.now
  });
  let field2;
  const dueField = () => {
    field2 ??= findDueField(port, config);
    return field2;
  };
  const results = [];
  for (const plan of plans) {
    if (plan.kind === "create") {
      results.push(await create(port, config, request, plan.wanted, claims, dueField));
    } else if (plan.kind === "removed") {
      results.push(await remove(port, request, plan.filed));
    } else {
      results.push(await update(port, config, request, plan, dueField));
    }
  }
  if (results.some((r) => r.outcome === "claimed elsewhere")) {
    const now = (await port.listSubIssues(incident.number)).flatMap(
      (issue2) => filedItem(issue2, self, incident)
    );
    for (const r of results) {
      if (r.outcome !== "claimed elsewhere") continue;
      const found = now.find((f) => sameItemId(f.marker.item, r.item));
      if (found) Object.assign(r, { number: found.number, url: found.htmlUrl, outcome: "created" });
    }
    await linkOrphans(port, config, request, results);
    for (const [i, r] of results.entries()) {
      const wanted = creates.find((w) => w.item === r.item);
      if (r.outcome !== "claimed elsewhere" || !wanted) continue;
      const claim = itemClaimRef(incident.id, r.item);
      if (!await claims.takeOverStale(claim)) continue;
      port.allowWrites(2);
      results[i] = await fileClaimed(port, config, request, wanted, claim, dueField);
    }
  }
  return { ok: true, items: results };
}
function filedItem(issue2, self, incident) {
  if (issue2.author !== self) return [];
  const marker = readActionItemMarker(readMarker(issue2.body, ACTION_ITEM_MARKER));
  if (!marker || marker.parent !== incident.number) return [];
  return [{ ...issue2, marker }];
}
async function create(port, config, request, wanted, claims, dueField) {
  const claim = itemClaimRef(request.incident.id, wanted.item);
  if (!await claims.claim(claim)) return result(wanted, void 0, "claimed elsewhere");
  return fileClaimed(port, config, request, wanted, claim, dueField);
}
async function fileClaimed(port, config, request, wanted, claim, dueField) {
  const { incident } = request;
  const assignee = await assignableOwner(port, wanted.owner);
  const title = renderItemTitle(wanted.description);
  const body = renderItemBlock(wanted, incident, wanted.source ?? request.source, {
    assignable: assignee !== void 0 || isTeam(wanted.owner),
    title
  });
  const needsOwner = assignee === void 0 && !isTeam(wanted.owner);
  const field2 = wanted.due ? await dueField() : void 0;
  const issue2 = await openIssueOnce(
    port,
    {
      title,
      body,
      labels: [config.labels.actionItem, ...needsOwner ? [NEEDS_OWNER_LABEL] : []],
      assignees: assignee ? [assignee] : [],
      ...field2 && wanted.due ? { fieldValues: [{ fieldId: field2.id, value: wanted.due }] } : {},
      ...config.issueTypes.actionItem ? { type: config.issueTypes.actionItem } : {}
    },
    () => findOpenedItem(port, config, request, wanted.item),
    () => port.releaseClaim(claim)
  );
  await port.addSubIssue(incident.number, issue2.id);
  return result(wanted, issue2, "created");
}
async function update(port, config, request, plan, dueField) {
  const { filed, wanted } = plan;
  const changes = plan.kind === "update" ? plan.changes : [];
  const back = filed.marker.removed === true;
  const assignee = await (changes.some((c) => c.startsWith("owner")) || back ? assignableOwner(port, wanted.owner) : Promise.resolve(void 0));
  const ownerChanged = changes.some((c) => c.startsWith("owner"));
  const title = renderItemTitle(wanted.description);
  const titleIsOurs = filed.marker.title === void 0 || filed.title === filed.marker.title;
  const source = keptSource(filed.body) ?? wanted.source ?? request.source;
  const assignable = ownerChanged ? assignee !== void 0 || isTeam(wanted.owner) : !filed.labels.includes(NEEDS_OWNER_LABEL) || isTeam(wanted.owner);
  const block = renderItemBlock(wanted, request.incident, source, {
    assignable,
    title: titleIsOurs ? title : filed.marker.title ?? title
  });
  const body = replaceItemBlock(filed.body, block);
  const edits = {};
  if (body !== void 0 && body !== filed.body) edits.body = body;
  if (titleIsOurs && filed.title !== title) edits.title = title;
  if (Object.keys(edits).length === 0 && !back) return result(wanted, filed, "unchanged");
  if (Object.keys(edits).length > 0) await port.updateIssue(filed.number, edits);
  if (ownerChanged && assignee && !filed.assignees.some((a) => same(a, assignee))) {
    await port.addAssignees(filed.number, [assignee]);
  }
  if (ownerChanged) {
    const needsOwner = assignee === void 0 && !isTeam(wanted.owner);
    const has = filed.labels.includes(NEEDS_OWNER_LABEL);
    if (needsOwner && !has) await port.addLabels(filed.number, [NEEDS_OWNER_LABEL]);
    if (!needsOwner && has) await port.removeLabel(filed.number, NEEDS_OWNER_LABEL);
  }
  if ((filed.marker.due ?? null) !== wanted.due) {
    await writeDueField(port, config, filed, wanted.due, dueField);
  }
  if (changes.length > 0 || back) {
    await noteOnce(
      port,
      filed.number,
      renderItemChanged(
        wanted.source ?? request.source,
        back ? ["back in the source", ...changes] : changes
      )
    );
  }
  return result(wanted, filed, changes.length > 0 || back ? "updated" : "unchanged");
}
async function remove(port, request, filed) {
  const marker = renderMarker(ACTION_ITEM_MARKER, { ...filed.marker, removed: true });
  const start = filed.body.indexOf("<!-- incident-scribe:action-item ");
  const end = start < 0 ? -1 : filed.body.indexOf(" -->", start);
  if (start >= 0 && end >= 0) {
    const body = filed.body.slice(0, start) + marker + filed.body.slice(end + 4);
    await port.updateIssue(filed.number, { body });
  }
  await noteOnce(port, filed.number, renderItemRemoved(request.source));
  return {
    item: filed.marker.item,
    description: filed.title,
    number: filed.number,
    url: filed.htmlUrl,
    outcome: "removed"
  };
}
function keptSource(body) {
  const line = body.split("\n").find((l) => l.startsWith("- From: "));
  if (!line) return void 0;
  const link2 = /\]\(([^)\s]+)\)$/.exec(line);
  if (!link2) return void 0;
  const url = link2[1];
  if (line.includes("the post-mortem [")) {
    const path = /\[(.*)\]\(/.exec(line)?.[1]?.replace(/\\(.)/g, "$1") ?? "";
    return { kind: "postmortem", path, url };
  }
  return { kind: "command", url };
}
async function assignableOwner(port, owner) {
  if (!owner || isTeam(owner)) return void 0;
  const login = owner.replace(/^@/, "");
  return await port.permissionOf(login) === "none" ? void 0 : login;
}
function isTeam(owner) {
  return owner?.includes("/") === true;
}
function same(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function result(wanted, issue2, outcome) {
  return {
    item: wanted.item,
    description: wanted.description,
    number: issue2?.number,
    url: issue2?.htmlUrl,
    outcome
  };
}
async function noteOnce(port, issue2, body) {
  await port.createIssueComment(issue2, body);
  const self = await port.selfLogin();
  const text3 = capBody(body);
  const copies = (await port.listIssueComments(issue2)).filter(
    (c) => c.user.login === self && c.body === text3
  );
  for (const copy of copies.slice(1)) await port.deleteIssueComment(copy.id);
}

// src/usecases/action-items/file-command-items.ts
var COMMAND_ITEM = /^A\d+(\.\d+)?$/;
async function fileCommandItems(port, config, input) {
  const { issue: issue2, record: record3 } = input;
  const { self, timeline, events } = record3;
  const refused = new Set(timeline.rejected.map((r) => `${r.commentId}:${r.command.line}`));
  const wanted = [];
  for (const event of events) {
    if (event.kind !== "commented" || event.actor.login === self) continue;
    const { commands } = parseCommentCommands(event, config);
    let nth = 0;
    for (const command of commands) {
      if (command.kind !== "action") continue;
      nth += 1;
      if (refused.has(`${event.id}:${command.line}`)) continue;
      wanted.push({
        item: commandItemId(event.id, nth),
        description: command.description,
        owner: command.owner,
        due: command.due,
        refs: [],
        source: { kind: "command", url: event.htmlUrl },
        comment: event.id,
        author: event.actor.login
      });
    }
  }
  const severity = timeline.state.severity;
  const incident = {
    id: incidentId(config.incidentIdFormat, issue2),
    number: issue2.number,
    url: issue2.htmlUrl,
    severity: severity ? { id: severity.id, title: severity.title } : void 0
  };
  const synced = await syncItems(port, config, {
    incident,
    wanted,
    source: { kind: "command", url: issue2.htmlUrl },
    speaksFor: (item) => COMMAND_ITEM.test(item.marker.item),
    self,
    defaultBranch: input.defaultBranch,
    now: input.now
  });
  const comments = ownCommentsIn(events, self);
  if (!synced.ok) {
    await ensureOwnComment(
      port,
      issue2.number,
      ITEM_LIMIT_MARKER,
      renderItemLimit(incident.id, synced.needed, synced.max),
      { comments, self }
    );
    return "action items refused: over the limit";
  }
  const byComment = /* @__PURE__ */ new Map();
  for (const want of wanted) {
    const entry = byComment.get(want.comment) ?? { author: want.author, items: [], complete: true };
    byComment.set(want.comment, entry);
    const done = synced.items.find((r) => r.item === want.item);
    if (!done?.number || !done.url) {
      entry.complete = false;
      continue;
    }
    entry.items.push({
      number: done.number,
      url: done.url,
      description: want.description,
      owner: want.owner,
      due: want.due
    });
  }
  const replies = findOwnComments(comments, self, ACTION_REPLY_MARKER);
  let created = 0;
  for (const [commentId, entry] of byComment) {
    if (!entry.complete) continue;
    const body = renderActionReply(commentId, entry.author, entry.items);
    const existing = replies.find((r) => r.data.comment === commentId);
    if (!existing) {
      await port.createIssueComment(issue2.number, body);
      created++;
    } else if (existing.comment.body !== body)
      await port.updateIssueComment(existing.comment.id, body);
  }
  if (created > 0) await keepOldestReplies(port, issue2.number, self, [ACTION_REPLY_MARKER]);
  for (const reply of replies) {
    if (!byComment.has(Number(reply.data.comment))) await port.deleteIssueComment(reply.comment.id);
  }
  const counts = synced.items.map((r) => r.outcome);
  return `action items: ${summarize(counts)}`;
}
function summarize(outcomes) {
  if (outcomes.length === 0) return "none";
  const counts = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${n} ${o}`).join(", ");
}

// src/core/action-items/render-item-section.ts
var START = "<!-- incident-scribe-items -->";
var END = "<!-- /incident-scribe-items -->";
function itemStatus(item) {
  if (item.state === "open") return "open";
  return item.stateReason === "not_planned" ? "wont" : "done";
}
function renderItemSection(items, today) {
  if (items.length === 0) return void 0;
  const groups = { open: [], done: [], wont: [] };
  for (const item of items) groups[itemStatus(item)].push(item);
  const line = (item, what) => `- [#${item.number}](${item.url}) ${safeInline(item.title, 120)}: ${what}`;
  const lines = [
    ...groups.open.map(
      (i) => line(i, i.due ? `due ${i.due}${i.due < today ? " (**overdue**)" : ""}` : "no due date")
    ),
    ...groups.done.map((i) => line(i, "done")),
    ...groups.wont.map((i) => line(i, "won't do (accepted risk)"))
  ];
  const counts = `${groups.open.length} open, ${groups.done.length} done, ${groups.wont.length} won't do`;
  return [START, `**Action items** (${counts}):`, "", ...lines, END].join("\n");
}
function extractItemSection(body) {
  if (!body) return void 0;
  const start = body.indexOf(START);
  const end = start < 0 ? -1 : body.indexOf(END, start);
  return end < 0 ? void 0 : body.slice(start, end + END.length);
}
function replaceItemSection(body, section) {
  const current = extractItemSection(body);
  if (current !== void 0) return body.replace(current, () => section ?? "");
  if (section === void 0) return body;
  const footer = body.lastIndexOf("\nKept up to date by incident-scribe");
  if (footer < 0) return void 0;
  return `${body.slice(0, footer)}
${section}
${body.slice(footer)}`;
}

// src/core/report/resolve-due-date.ts
function resolveDueDate(sources) {
  return sources.dueField ?? sources.marker?.due;
}

// src/core/markdown/nodes.ts
function text(value) {
  return { type: "text", value };
}
function userText(value, max = 500) {
  return { type: "text", value: safeInline(value, max) };
}
function strong(...children) {
  return { type: "strong", children: children.map(phrasing) };
}
function emphasis(...children) {
  return { type: "emphasis", children: children.map(phrasing) };
}
function paragraph(...children) {
  return { type: "paragraph", children: children.map(phrasing) };
}
function field(label2, ...value) {
  return [strong(label2), text(": "), ...value.map(phrasing)];
}
function phrasing(child) {
  return typeof child === "string" ? text(child) : child;
}
function code(value) {
  return { type: "inlineCode", value };
}
function bulletList(items) {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map(
      (children) => ({
        type: "listItem",
        spread: false,
        children: [paragraph(...children)]
      })
    )
  };
}

// src/core/markdown/to-markdown.ts
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown as mdastToMarkdown } from "mdast-util-to-markdown";
function toMarkdown(tree) {
  return mdastToMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: "-",
    emphasis: "_",
    fence: "`",
    rule: "-",
    listItemIndent: "one"
  });
}

// src/core/timeline/timeline-draft.ts
function createDraft(config, selfLogin, repo) {
  return {
    config,
    selfLogin,
    repo,
    entries: [],
    severityLabels: /* @__PURE__ */ new Set(),
    severity: void 0,
    severitySetAt: void 0,
    roles: { commander: void 0, lead: void 0, scribe: void 0 },
    formerCommanders: /* @__PURE__ */ new Set(),
    statusUpdates: [],
    status: void 0,
    acknowledgedBy: void 0
  };
}
function addEntry(draft, entry) {
  draft.entries.push({
    at: entry.at,
    text: entry.text,
    actor: entry.actor,
    source: entry.source,
    kind: entry.kind,
    tag: entry.tag,
    status: entry.status,
    keys: [],
    url: entry.url,
    commentId: entry.commentId,
    falseAlarm: entry.falseAlarm ?? false
  });
}
function severityName(severity) {
  return severity.id.toUpperCase();
}
function changeSeverity(draft, next, at3, actor, source, commentId, url) {
  const previous = draft.severity;
  if (previous?.id === next?.id) return;
  draft.severity = next;
  draft.severitySetAt = next ? at3 : void 0;
  let text3;
  if (!next) text3 = `${previous ? severityName(previous) : "Severity"} removed; no severity set`;
  else if (!previous) text3 = `${severityName(next)} declared (${next.title})`;
  else
    text3 = `Severity changed from ${severityName(previous)} to ${severityName(next)} (${next.title})`;
  addEntry(draft, { at: at3, text: text3, actor, source, kind: "severity", commentId, url });
}

// src/core/timeline/capture-issue-event.ts
function captureIssueEvent(draft, event) {
  const actor = event.actor.login;
  const at3 = event.at;
  const isSelf = actor.toLowerCase() === draft.selfLogin.toLowerCase();
  switch (event.kind) {
    case "labeled":
    case "unlabeled": {
      const severity = severityByLabel(draft.config, event.label);
      if (!severity) return;
      if (event.kind === "labeled") {
        draft.severityLabels.add(severity.id);
        changeSeverity(draft, severity, at3, actor, "auto");
      } else {
        draft.severityLabels.delete(severity.id);
        if (draft.severity?.id !== severity.id) return;
        const remaining = draft.config.severities.find((s) => draft.severityLabels.has(s.id));
        changeSeverity(draft, remaining, at3, actor, "auto");
      }
      return;
    }
    case "assigned":
    case "unassigned": {
      const assignee = event.assignee;
      if (isSelf && event.kind === "assigned" && sameLogin(assignee, draft.roles.commander)) return;
      if (isSelf && event.kind === "unassigned" && draft.formerCommanders.has(assignee.toLowerCase()))
        return;
      const text3 = event.kind === "assigned" ? `Assigned @${assignee}` : `Unassigned @${assignee}`;
      addEntry(draft, { at: at3, text: text3, actor, source: "auto", kind: event.kind });
      return;
    }
    case "renamed":
      addEntry(draft, {
        at: at3,
        text: `Title changed to "${event.to}"`,
        actor,
        source: "auto",
        kind: "renamed"
      });
      return;
    case "cross-referenced": {
      const { source } = event;
      const what = source.isPullRequest ? "pull request" : "issue";
      const where = source.repo.toLowerCase() === draft.repo.toLowerCase() ? "" : source.repo;
      addEntry(draft, {
        at: at3,
        text: `Referenced in ${what} ${where}#${source.number}: ${source.title}`,
        actor,
        source: "auto",
        kind: "referenced",
        url: source.url
      });
      return;
    }
    case "closed": {
      const falseAlarm = event.stateReason === "not_planned";
      addEntry(draft, {
        at: at3,
        text: falseAlarm ? FALSE_ALARM : "Incident closed",
        actor,
        source: "auto",
        kind: "closed",
        falseAlarm
      });
      return;
    }
    case "reopened":
      if (draft.status?.status === "resolved") draft.status = void 0;
      addEntry(draft, { at: at3, text: "Incident reopened", actor, source: "auto", kind: "reopened" });
      return;
  }
}
var FALSE_ALARM = "Closed: false alarm";
function sameLogin(a, b) {
  return a !== void 0 && b !== void 0 && a.toLowerCase() === b.toLowerCase();
}

// src/core/timeline/metrics.ts
function computeMetrics(timeline, config) {
  const { moments, state } = timeline;
  const resolutionTarget = state.severity?.targetResolutionMinutes;
  if (state.falseAlarm) {
    return {
      moments,
      timeToAcknowledge: void 0,
      timeToMitigate: void 0,
      timeToResolve: void 0,
      duration: void 0,
      falseAlarm: true
    };
  }
  return {
    moments,
    timeToAcknowledge: measure(
      moments.detected,
      moments.acknowledged,
      config.acknowledgeTargetMinutes
    ),
    timeToMitigate: measure(moments.start, moments.mitigated, resolutionTarget),
    timeToResolve: measure(moments.start, moments.resolved, resolutionTarget),
    duration: measure(moments.start, moments.closed, void 0),
    falseAlarm: false
  };
}
function computeDeadlines(timeline, config, now) {
  const { moments, state } = timeline;
  const nowMs = now.getTime();
  const active = state.open && moments.resolved === void 0;
  const acknowledgeBy = plusMinutes2(moments.detected, config.acknowledgeTargetMinutes);
  const severity = state.severity;
  const resolveBy = severity ? plusMinutes2(moments.start, severity.targetResolutionMinutes) : void 0;
  const updateBase = state.lastStatusUpdateAt ?? state.severitySetAt ?? moments.start;
  const nextUpdateDue = severity && active ? plusMinutes2(updateBase, severity.updateEveryMinutes) : void 0;
  return {
    acknowledgeBy,
    acknowledgeOverdue: state.open && moments.acknowledged === void 0 && nowMs > Date.parse(acknowledgeBy),
    resolveBy,
    resolveOverdue: active && resolveBy !== void 0 && nowMs > Date.parse(resolveBy),
    nextUpdateDue,
    updateOverdue: nextUpdateDue !== void 0 && nowMs > Date.parse(nextUpdateDue),
    elapsedMinutes: minutesBetween(moments.start, moments.closed ?? now.toISOString())
  };
}
function describeMeasure(measure2) {
  const value = formatMinutesLong(measure2.minutes);
  const verdict = describeVerdict(measure2);
  return verdict ? `${value} (${verdict})` : value;
}
function describeVerdict(measure2) {
  const target = measure2.targetMinutes;
  if (target === void 0) return void 0;
  const over = measure2.minutes - target;
  const named2 = `the ${formatMinutesShort(target)} target`;
  return over <= 0 ? `within ${named2}` : `breached ${named2} by ${formatMinutesShort(over)}`;
}
function minutesBetween(from, to) {
  const floor = (iso) => Math.floor(Date.parse(iso) / 6e4);
  return Math.max(0, floor(to) - floor(from));
}
function measure(from, to, target) {
  return to === void 0 ? void 0 : { minutes: minutesBetween(from, to), targetMinutes: target };
}
function plusMinutes2(iso, minutes2) {
  return new Date(Date.parse(iso) + minutes2 * 6e4).toISOString();
}

// src/core/timeline/render-metrics.ts
var FALSE_ALARM_METRICS = "left out: closed as a false alarm (not planned)";
function renderMetrics(metrics, zone) {
  const { moments } = metrics;
  const at3 = (iso) => iso === void 0 ? "not yet" : formatInstant(iso, zone);
  const span2 = (measure2) => measure2 === void 0 ? "not yet known" : describeMeasure(measure2);
  const times = [
    field("Start", at3(moments.start)),
    field("Detected", at3(moments.detected)),
    field("Acknowledged", at3(moments.acknowledged)),
    field("Mitigated", at3(moments.mitigated)),
    field("Resolved", at3(moments.resolved)),
    field("Closed", at3(moments.closed))
  ];
  if (metrics.falseAlarm) return bulletList([...times, field("Metrics", FALSE_ALARM_METRICS)]);
  return bulletList([
    ...times,
    field("Time to acknowledge", span2(metrics.timeToAcknowledge)),
    field("Time to mitigate", span2(metrics.timeToMitigate)),
    field("Time to resolve", span2(metrics.timeToResolve)),
    field("Duration", span2(metrics.duration))
  ]);
}
function renderDeadlines(deadlines, zone, acknowledged) {
  const due = (iso, overdue) => overdue ? [text(`${formatInstant(iso, zone)} `), strong("overdue")] : [text(formatInstant(iso, zone))];
  const items = [];
  if (!acknowledged)
    items.push(
      field("Acknowledge by", ...due(deadlines.acknowledgeBy, deadlines.acknowledgeOverdue))
    );
  if (deadlines.resolveBy)
    items.push(field("Resolve by", ...due(deadlines.resolveBy, deadlines.resolveOverdue)));
  if (deadlines.nextUpdateDue) {
    items.push(
      field("Next status update due", ...due(deadlines.nextUpdateDue, deadlines.updateOverdue))
    );
  }
  return bulletList(items);
}

// src/core/timeline/timeline-types.ts
var MOMENT_LABELS = {
  start: "Start",
  detected: "Detected",
  acknowledged: "Acknowledged",
  "cause-identified": "Cause identified",
  mitigated: "Mitigated",
  resolved: "Resolved",
  closed: "Closed"
};
var PHASES = ["detection", "triage", "mitigation", "resolution", "post-incident"];
var PHASE_LABELS = {
  detection: "Detection",
  triage: "Triage",
  mitigation: "Mitigation",
  resolution: "Resolution",
  "post-incident": "Post-Incident"
};

// src/core/status/impact-of.ts
function impactOf(body) {
  const blocks = blocksOf(withoutHtmlComments(body));
  const sections = blocks.some((b) => b.heading);
  if (sections) {
    const at3 = blocks.findIndex((b) => b.heading && /impact/i.test(b.text));
    if (at3 >= 0) {
      const next = blocks[at3 + 1];
      return next && !next.heading && !isNoResponse(next.text) ? next.text : void 0;
    }
  }
  return blocks.find((b) => !b.heading && !isNoResponse(b.text))?.text;
}
var HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
function blocksOf(text3) {
  const blocks = [];
  let paragraph2 = [];
  let fence;
  const flush = () => {
    if (paragraph2.length > 0) blocks.push({ heading: false, text: paragraph2.join(" ") });
    paragraph2 = [];
  };
  for (const raw of text3.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== void 0) {
      if (fenceMark?.startsWith(fence)) fence = void 0;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    const heading4 = HEADING.exec(line);
    if (heading4) {
      flush();
      blocks.push({ heading: true, text: headingText(line.slice(heading4[0].length)) });
    } else if (line.trim() === "") {
      flush();
    } else {
      paragraph2.push(line.trim());
    }
  }
  flush();
  return blocks;
}
function headingText(text3) {
  const trimmed = text3.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === "#") end -= 1;
  const closed = end === 0 || trimmed[end - 1] === " " || trimmed[end - 1] === "	";
  return (closed ? trimmed.slice(0, end) : trimmed).trim();
}
function isNoResponse(text3) {
  return text3.trim().toLowerCase() === "_no response_";
}
function withoutHtmlComments(text3) {
  let out = "";
  let at3 = 0;
  for (; ; ) {
    const open = text3.indexOf("<!--", at3);
    if (open < 0) return out + text3.slice(at3);
    out += text3.slice(at3, open);
    const close = text3.indexOf("-->", open + 4);
    if (close < 0) return out;
    at3 = close + 3;
  }
}

// src/core/status/status-lines.ts
function statusLines(view, config) {
  const { severity, issue: issue2, state, deadlines, metrics } = view;
  const zone = config.timezone;
  const at3 = (iso) => formatInstant(iso, zone);
  const late = (iso) => formatMinutesShort(minutesBetween(iso, view.now.toISOString()));
  const active = state.open && metrics.moments.resolved === void 0;
  const sev = severity?.id.toUpperCase();
  const items = [
    field("Incident", `${view.id}: ${safeInline(issue2.title, 200)}`),
    severity ? field(
      "Severity",
      `${sev} (${severity.title})${severity.meaning ? `: ${severity.meaning}` : ""}`
    ) : field(
      "Severity",
      `none: add one of the labels ${config.severities.map((s) => s.label).join(", ")}`
    ),
    state.falseAlarm ? field("Status", FALSE_ALARM) : field(
      "Status",
      `${statusLabel(state.status?.status)} (phase: ${PHASE_LABELS[state.phase]})`
    )
  ];
  if (state.status) {
    items.push(
      field(
        "Latest update",
        userText(state.status.message, 300),
        text(` (${quietLogin(state.status.actor)}, ${at3(state.status.at)})`)
      )
    );
  } else if (state.open) {
    items.push(
      field("Latest update", "none yet (post one with ", code("/status <state> <update>"), ")")
    );
  }
  if (active) {
    const etaPassed = view.eta !== void 0 && view.now.getTime() > Date.parse(view.eta);
    items.push(
      field("ETA", view.eta ? `${at3(view.eta)}${etaPassed ? " (passed)" : ""}` : "not known yet")
    );
  }
  const impact = impactOf(issue2.body);
  items.push(
    field(
      "Impact",
      impact ? safeInline(impact, 300) : "not described yet: edit the issue description to say who is affected"
    ),
    state.roles.commander ? field("Commander", quietLogin(state.roles.commander)) : field("Commander", "none yet (assign one with ", code("/ic @user"), ")")
  );
  if (state.roles.lead) items.push(field("Tech lead", quietLogin(state.roles.lead)));
  if (state.roles.scribe) items.push(field("Scribe", quietLogin(state.roles.scribe)));
  const acknowledgedAt = metrics.moments.acknowledged;
  if (acknowledgedAt !== void 0) {
    const who = state.acknowledgedBy ? `by ${quietLogin(state.acknowledgedBy)} ` : "";
    items.push(field("Acknowledged", `${who}at ${at3(acknowledgedAt)}`));
  } else if (state.falseAlarm) {
  } else if (!active) {
    items.push(field("Acknowledged", `never (was due ${at3(deadlines.acknowledgeBy)})`));
  } else {
    const target = formatMinutesShort(config.acknowledgeTargetMinutes);
    const breach = deadlines.acknowledgeOverdue ? `: breached by ${late(deadlines.acknowledgeBy)}` : "";
    items.push(
      field("Acknowledge by", `${at3(deadlines.acknowledgeBy)}, ${target} after detection${breach}`)
    );
  }
  const measured = [
    ["Time to acknowledge", metrics.timeToAcknowledge],
    ["Time to mitigate", metrics.timeToMitigate],
    ["Time to resolve", metrics.timeToResolve],
    ["Duration", metrics.duration]
  ];
  for (const [label2, measure2] of measured) {
    if (measure2) items.push(field(label2, describeMeasure(measure2)));
  }
  if (metrics.falseAlarm) items.push(field("Metrics", FALSE_ALARM_METRICS));
  if (severity && active && deadlines.resolveBy) {
    const target = formatMinutesShort(severity.targetResolutionMinutes);
    const breach = deadlines.resolveOverdue ? `: breached by ${late(deadlines.resolveBy)}` : "";
    items.push(field("Resolve by", `${at3(deadlines.resolveBy)}, ${sev} target ${target}${breach}`));
  }
  if (severity && deadlines.nextUpdateDue) {
    const every = formatMinutesShort(severity.updateEveryMinutes);
    const overdue = deadlines.updateOverdue ? `: overdue by ${late(deadlines.nextUpdateDue)}` : "";
    items.push(
      field("Next update due", `${at3(deadlines.nextUpdateDue)}, every ${every}${overdue}`)
    );
  }
  if (severity && active) {
    const expected = [severity.response, severity.communication].filter(Boolean).join("; ");
    if (expected) items.push(field("Expected", expected));
  }
  if (config.escalation.length > 0) items.push(field("Escalation", escalationPath(config)));
  items.push(field("Last updated", at3(view.lastUpdatedAt)));
  return items;
}
function escalationPath(config) {
  return config.escalation.map(
    (l) => `${l.level} ${neutralizeMentions(l.who)}${l.afterMinutes === void 0 ? "" : ` after ${formatMinutesShort(l.afterMinutes)}`}`
  ).join(" \u2192 ");
}

// src/core/status/render-status-comment.ts
var STATUS_MARKER = "status";
function renderStatusComment(view, config) {
  const { severity } = view;
  const marker = {
    incident: view.id,
    severity: severity?.id ?? null,
    ...view.memory
  };
  marker.incident = view.id;
  marker.severity = severity?.id ?? null;
  delete marker.note;
  if (view.note) marker.note = view.note;
  const sev = severity?.id.toUpperCase();
  const items = statusLines(view, config);
  if (view.memory.escalated && view.memory.escalated.length > 0) {
    items.splice(-1, 0, field("Escalated", escalatedOf(view.memory.escalated, config)));
  }
  const tree = {
    type: "root",
    children: [
      {
        type: "html",
        value: renderMarker(STATUS_MARKER, marker)
      },
      heading(`Incident status: ${view.id}${severity ? ` \xB7 ${sev} ${severity.title}` : ""}`),
      bulletList(items)
    ]
  };
  if (view.note) tree.children.push({ type: "blockquote", children: [paragraph(view.note)] });
  if (view.itemsSection) tree.children.push({ type: "html", value: view.itemsSection });
  tree.children.push(
    paragraph(
      "Kept up to date by incident-scribe; edits to this comment are overwritten. Comment ",
      code("/help"),
      " for commands."
    )
  );
  return toMarkdown(tree);
}
function heading(value) {
  return { type: "heading", depth: 3, children: [text(value)] };
}
function escalatedOf(escalated, config) {
  return escalated.map((e) => {
    const who = config.escalation.find((l) => l.level === e.level)?.who;
    const named2 = who ? ` ${neutralizeMentions(who)}` : "";
    const access = e.noAccess ? " (no access to this repository)" : "";
    return `${e.level}${named2}${access} at ${formatInstant(e.at, config.timezone)}`;
  }).join("; ");
}
function currentEta(timeline) {
  if (!timeline.state.status) return void 0;
  return timeline.statusUpdates.findLast((u) => u.eta !== void 0)?.eta;
}
function lastChangeAt(timeline) {
  let latest2 = Date.parse(timeline.moments.start);
  for (const entry of timeline.entries) latest2 = Math.max(latest2, Date.parse(entry.at));
  return new Date(latest2).toISOString();
}

// src/usecases/action-items/show-items-in-status.ts
async function showItemsInStatus(port, incident, today, dueField) {
  const self = await port.selfLogin();
  const items = (await port.listSubIssues(incident)).flatMap((issue2) => {
    if (issue2.author !== self) return [];
    const marker = readActionItemMarker(readMarker(issue2.body, ACTION_ITEM_MARKER));
    if (!marker || marker.parent !== incident) return [];
    return [
      {
        number: issue2.number,
        url: issue2.htmlUrl,
        title: issue2.title,
        state: issue2.state,
        stateReason: issue2.stateReason,
        due: resolveDueDate({ marker, dueField: dueFieldValue(issue2.fieldValues, dueField) })
      }
    ];
  });
  const status2 = findOwnComments(await port.listIssueComments(incident), self, STATUS_MARKER)[0];
  if (!status2) return "no status comment";
  const body = replaceItemSection(status2.comment.body, renderItemSection(items, today));
  if (body === void 0 || body === status2.comment.body) return "item list unchanged";
  await port.updateIssueComment(status2.comment.id, body);
  return "item list updated";
}

// src/core/postmortem/front-matter.ts
import { load } from "js-yaml";

// src/core/config/locate-key.ts
import { EVENT_ID, getScalarValue, parseEvents } from "js-yaml";
function locateKey(text3, path) {
  return keyLocator(text3)(path);
}
function keyLocator(text3) {
  let events;
  try {
    events = parseEvents(text3, {});
  } catch {
    return () => void 0;
  }
  const root = { offset: -1, children: /* @__PURE__ */ new Map() };
  const stack = [];
  const child = (parent, key, offset) => {
    let node = parent.children.get(key);
    if (!node) {
      node = { offset, children: /* @__PURE__ */ new Map() };
      parent.children.set(key, node);
    } else if (node.offset < 0) node.offset = offset;
    return node;
  };
  const valueNode = () => {
    const top = stack.at(-1);
    if (!top) return root;
    if (top.kind === "seq") return child(top.node, String(top.index), -1);
    return top.key === void 0 ? void 0 : child(top.node, top.key, -1);
  };
  const leaveValue = () => {
    const top = stack.at(-1);
    if (!top) return;
    if (top.kind === "seq") top.index++;
    else top.key = void 0;
  };
  for (const event of events) {
    if (event.type === EVENT_ID.SCALAR) {
      const top = stack.at(-1);
      if (top?.kind === "map" && top.key === void 0) {
        top.key = getScalarValue(text3, event);
        child(top.node, top.key, event.valueStart);
        continue;
      }
      leaveValue();
    } else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const node = valueNode() ?? { offset: -1, children: /* @__PURE__ */ new Map() };
      if (event.start >= 0 && node.offset < 0) node.offset = event.start;
      stack.push({
        kind: event.type === EVENT_ID.MAPPING ? "map" : "seq",
        index: 0,
        key: void 0,
        node
      });
    } else if (event.type === EVENT_ID.POP) {
      if (stack.pop()) leaveValue();
    } else if (event.type === EVENT_ID.ALIAS) {
      leaveValue();
    }
  }
  const lineStarts = linesOf(text3);
  return (path) => {
    let node = root;
    let best = root.offset >= 0 ? root.offset : void 0;
    for (const key of path) {
      const next = node.children.get(String(key));
      if (!next) break;
      node = next;
      if (next.offset >= 0) best = next.offset;
    }
    return best === void 0 ? void 0 : toPosition(lineStarts, best);
  };
}
function linesOf(text3) {
  const starts = [0];
  for (let i = text3.indexOf("\n"); i >= 0; i = text3.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function toPosition(lineStarts, offset) {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

// src/core/postmortem/parse-document.ts
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse2 from "remark-parse";
import { unified as unified2 } from "unified";

// src/core/postmortem/check-parsable.ts
var MAX_MARKS_PER_BLOCK = 1e3;
var MAX_NESTING = 50;
function findUnparsable(text3) {
  const deep = findDeepNesting(text3, MAX_NESTING);
  if (deep) {
    return {
      line: deep.line,
      message: `this line nests quotes or lists ${deep.depth} levels deep; more than ${MAX_NESTING} cannot be checked`
    };
  }
  let line = 1;
  let blockStart = 1;
  let marks = 0;
  let at3 = 0;
  while (at3 <= text3.length) {
    const end = lineEnd(text3, at3);
    const first = firstNonSpace2(text3, at3, end);
    if (first === end) {
      marks = 0;
      blockStart = line + 1;
    } else {
      if (text3.charCodeAt(first) !== 124) marks += countMarks(text3, at3, end);
      if (marks > MAX_MARKS_PER_BLOCK) {
        return {
          line: blockStart,
          message: `the paragraph starting here holds more than ${MAX_MARKS_PER_BLOCK} brackets and emphasis marks ([ ] * _ ~); split it with blank lines so it can be checked`
        };
      }
    }
    at3 = end + 1;
    line++;
  }
  return void 0;
}
function lineEnd(text3, from) {
  const newline = text3.indexOf("\n", from);
  return newline < 0 ? text3.length : newline;
}
function firstNonSpace2(text3, from, end) {
  let i = from;
  while (i < end && isSpace(text3.charCodeAt(i))) i++;
  return i;
}
function countMarks(text3, from, end) {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = text3.charCodeAt(i);
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 126) n++;
  }
  return n;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 13;
}

// src/core/postmortem/sections.ts
var REFERENCE_SECTIONS = [
  { key: "metadata", title: "Metadata", names: ["metadata", "incident details", "details"] },
  { key: "summary", title: "Summary", names: ["summary", "executive summary", "tl dr", "tldr"] },
  { key: "impact", title: "Impact", names: ["impact", "customer impact", "business impact"] },
  {
    key: "root-cause",
    title: "Root Cause",
    names: ["root cause", "root causes", "root cause analysis", "cause", "causes"]
  },
  {
    key: "timeline",
    title: "Timeline (UTC)",
    names: ["timeline", "timeline utc", "incident timeline"]
  },
  { key: "detection", title: "Detection", names: ["detection"] },
  { key: "response", title: "Response", names: ["response", "incident response"] },
  { key: "went-well", title: "What Went Well", names: ["what went well", "went well"] },
  {
    key: "could-improve",
    title: "What Could Be Improved",
    names: [
      "what could be improved",
      "what could have gone better",
      "what went wrong",
      "what went badly",
      "what did not go well",
      "what didn t go well"
    ]
  },
  {
    key: "action-items",
    title: "Action Items",
    names: [
      "action items",
      "action item",
      "actions",
      "follow ups",
      "follow up actions",
      "followups",
      "remediation",
      "remediation items",
      "corrective actions"
    ]
  },
  {
    key: "lessons-learned",
    title: "Lessons Learned",
    names: ["lessons learned", "lessons", "learnings", "takeaways"]
  }
];
var BY_NAME = new Map(
  REFERENCE_SECTIONS.flatMap((spec) => spec.names.map((name) => [name, spec.key]))
);
function normalizeTitle(title) {
  const words = title.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
  while (words.length > 1 && /^\d+$/.test(words[0])) words.shift();
  return words.join(" ");
}
function sectionKeyOf(title) {
  return BY_NAME.get(normalizeTitle(title));
}
function sectionTitle(key) {
  return REFERENCE_SECTIONS.find((spec) => spec.key === key).title;
}

// src/core/postmortem/parse-document.ts
var MAX_POSTMORTEM_BYTES = 1024 * 1024;
var processor2 = unified2().use(remarkParse2).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);
function parseMarkdown(text3) {
  return processor2.parse(text3);
}
function readPostmortem(text3) {
  if (utf8Length(text3, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { text: text3, ok: false, rule: "file-size", line: void 0, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text3);
  if (unparsable) return { text: text3, ok: false, rule: "too-complex", ...unparsable };
  try {
    return { text: text3, ok: true, doc: parseDocument(text3) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message2 = `the file could not be checked: ${error.message}`;
    return { text: text3, ok: false, rule: "too-complex", line: void 0, message: message2 };
  }
}
function asRead(input) {
  return typeof input === "string" ? readPostmortem(input) : input;
}
function parseDocument(text3) {
  const root = parseMarkdown(text3);
  const first = root.children[0];
  return {
    root,
    yaml: first?.type === "yaml" ? first : void 0,
    sections: findSections(root)
  };
}
function findSections(root) {
  const sections = [];
  const open = [];
  root.children.forEach((node, index) => {
    if (node.type !== "heading") return;
    while (open.length > 0 && open.at(-1).heading.depth >= node.depth) {
      open.pop().end = index;
    }
    const title = plainText(node);
    const section = { heading: node, title, key: sectionKeyOf(title), index, end: -1 };
    sections.push(section);
    open.push(section);
  });
  for (const section of open) section.end = root.children.length;
  return sections;
}
function findSection(doc, key) {
  let best;
  for (const section of doc.sections) {
    if (section.key === key && (!best || section.heading.depth < best.heading.depth)) {
      best = section;
    }
  }
  return best;
}
function sectionContent(root, section) {
  return root.children.slice(section.index + 1, section.end);
}
function plainText(node) {
  const parts = [];
  const walk = (current) => {
    if (current.type === "text" || current.type === "inlineCode") parts.push(current.value);
    else if (current.type === "break") parts.push(" ");
    else if ("children" in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return parts.join("");
}
function utf8Length(text3, cap = Number.POSITIVE_INFINITY) {
  let bytes = 0;
  for (let i = 0; i < text3.length && bytes <= cap; i++) {
    const code2 = text3.charCodeAt(i);
    if (code2 < 128) bytes += 1;
    else if (code2 < 2048) bytes += 2;
    else if (code2 >= 55296 && code2 <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
var OVERSIZE_MESSAGE = "the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files";

// src/core/postmortem/bold-labels.ts
var MAX_LABEL = 40;
function findBoldLabels(root) {
  const found = [];
  root.children.forEach((node, index) => {
    if (node.type !== "paragraph") return;
    const [first, ...rest] = node.children;
    if (first?.type !== "strong") return;
    const strong2 = plainText(first).trim();
    const after = rest.map((child) => plainText(child)).join("");
    const colonInside = strong2.endsWith(":");
    if (!colonInside && !after.startsWith(":")) return;
    const label2 = (colonInside ? strong2.slice(0, -1) : strong2).trim();
    if (label2 === "" || label2.length > MAX_LABEL) return;
    const value = (colonInside ? after : after.slice(1)).trim();
    found.push({ label: label2, value, node, index });
  });
  return found;
}

// src/core/postmortem/metadata.ts
function metadataList(root, section) {
  return sectionContent(root, section).find((node) => node.type === "list");
}
function readMetadata(root, section) {
  const list2 = metadataList(root, section);
  if (!list2) return [];
  const items = [];
  for (const item of list2.children) {
    const paragraph2 = item.children[0];
    if (paragraph2?.type !== "paragraph") continue;
    const parsed = splitLabel(paragraph2.children);
    if (parsed) items.push({ ...parsed, item, paragraph: paragraph2 });
  }
  return items;
}
function splitLabel(children) {
  const [first, ...rest] = children;
  if (!first) return void 0;
  if (first.type === "strong") {
    const label2 = plainText(first).replace(/:\s*$/, "");
    const value = rest.map((node) => plainText(node)).join("").replace(/^\s*:?\s*/, "");
    return { label: normalizeTitle(label2), value: value.trim(), labelNodes: 1 };
  }
  if (first.type === "text") {
    const colon = first.value.indexOf(":");
    if (colon <= 0 || colon > 40) return void 0;
    const value = first.value.slice(colon + 1) + rest.map((node) => plainText(node)).join("");
    return {
      label: normalizeTitle(first.value.slice(0, colon)),
      value: value.trim(),
      labelNodes: 0
    };
  }
  return void 0;
}

// src/core/postmortem/front-matter.ts
var TIME_KEYS = [
  "start",
  "detected",
  "acknowledged",
  "mitigated",
  "resolved",
  "closed"
];
function readFrontMatter(yaml) {
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  let data;
  try {
    data = yaml.value.trim() === "" ? {} : load(yaml.value, { maxAliases: 0 });
  } catch (error) {
    const mark2 = error.mark;
    const reason = error.reason ?? String(error);
    return {
      ok: false,
      message: `the front matter is not valid YAML: ${reason}`,
      line: firstLine + (mark2?.line ?? 0),
      column: (mark2?.column ?? 0) + 1
    };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      message: "the front matter must be a YAML mapping of keys to values (id: ..., severity: ...)",
      line: firstLine,
      column: 1
    };
  }
  return { ok: true, data };
}
function frontMatterKeyPosition(yaml, key) {
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  const at3 = locateKey(yaml.value, [key]);
  return at3 ? { line: firstLine + at3.line - 1, column: at3.column } : { line: firstLine - 1, column: 1 };
}
function incidentDay(doc) {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    if (front.ok) {
      for (const key of TIME_KEYS) {
        const value = front.data[key];
        const ms = typeof value === "string" ? parseIsoTime(value) : void 0;
        if (ms !== void 0) return utcDay(ms);
      }
    }
  }
  const metadata = findSection(doc, "metadata");
  const date = (metadata ? readMetadata(doc.root, metadata).find((item) => item.label === "date")?.value : void 0) ?? // The SRE book's style: "**Date:** 2015-10-21" at the top.
  findBoldLabels(doc.root).find((label2) => normalizeTitle(label2.label) === "date")?.value;
  return date ? parseFullDate(date) : void 0;
}

// src/core/postmortem/table.ts
function readTable(node) {
  const [head, ...body] = node.children;
  return {
    node,
    headers: head ? head.children.map((cell) => plainText(cell).trim()) : [],
    rows: body.map((row2) => ({
      node: row2,
      line: row2.position?.start.line ?? 0,
      cells: row2.children,
      texts: row2.children.map((cell) => plainText(cell).trim())
    }))
  };
}
var COLUMN_NAMES = {
  id: ["id", "#", "no", "number", "ref"],
  description: ["description", "action", "action item", "task", "item", "what"],
  owner: ["owner", "assignee", "who", "owners", "assigned to", "responsible"],
  due: ["due", "due date", "deadline", "eta", "target date", "by when", "due by"],
  time: ["time", "time utc", "utc", "when", "timestamp", "date", "date time", "date and time"],
  event: ["event", "events", "what happened", "description", "action", "details"],
  actor: ["who", "by", "actor", "person"]
};
function mapColumns(headers, roles) {
  const result3 = {};
  const taken = /* @__PURE__ */ new Set();
  for (const role of roles) {
    const names = COLUMN_NAMES[role];
    const index = headers.findIndex(
      (header2, i) => !taken.has(i) && names.includes(headerKey(header2))
    );
    result3[role] = index;
    if (index >= 0) taken.add(index);
  }
  return result3;
}
function headerKey(header2) {
  const trimmed = header2.trim();
  return trimmed === "#" ? "#" : normalizeTitle(trimmed);
}

// src/core/postmortem/action-items.ts
var ROLES = ["id", "description", "owner", "due"];
function parseActionItems(input) {
  const read2 = asRead(input);
  if (!read2.ok) {
    const where = read2.line === void 0 ? "" : `line ${read2.line}: `;
    return { ok: false, message: `${where}${read2.message}` };
  }
  const doc = read2.doc;
  const found = findActionItemsTable(doc);
  if (!found) return { ok: true, found: false, items: [] };
  const items = readActionItemRows(found, incidentDay(doc)).map(
    ({ row: row2, dueText, dueResult, ...item }) => item
  );
  return { ok: true, found: true, items };
}
function findActionItemsTable(doc) {
  const section = findSection(doc, "action-items");
  const inSection = section ? sectionContent(doc.root, section).find((node) => node.type === "table") : void 0;
  if (inSection) return withColumns(readTable(inSection));
  for (const node of doc.root.children) {
    if (node.type !== "table") continue;
    const candidate = withColumns(readTable(node));
    if (candidate.columns.description >= 0 && candidate.columns.owner >= 0) return candidate;
  }
  return void 0;
}
function readActionItemRows(found, incident) {
  const { table: table2, columns } = found;
  const cell = (row2, index) => index < 0 ? "" : row2.texts[index] ?? "";
  return table2.rows.filter((row2) => row2.texts.some((text3) => text3 !== "")).map((row2, index) => {
    const owner = stripJoiners(cell(row2, columns.owner));
    const dueText = cell(row2, columns.due);
    const dueResult = parseDueDate(dueText, incident);
    return {
      id: columns.id < 0 ? String(index + 1) : cell(row2, columns.id),
      description: cell(row2, columns.description),
      owner: owner === "" ? null : owner,
      due: dueResult.ok ? dueResult.date : null,
      line: row2.line,
      fields: extraFields(table2, columns, row2),
      row: row2,
      dueText,
      dueResult
    };
  });
}
function withColumns(table2) {
  return { table: table2, columns: mapColumns(table2.headers, ROLES) };
}
function extraFields(table2, columns, row2) {
  const used = new Set(Object.values(columns));
  return Object.fromEntries(
    table2.headers.flatMap(
      (header2, index) => used.has(index) || header2 === "" ? [] : [[header2, row2.texts[index] ?? ""]]
    )
  );
}
function stripJoiners(text3) {
  return text3.replaceAll("\u200D", "").trim();
}

// src/core/action-items/items-from-postmortem.ts
var OWNER2 = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?)$/;
var MAX_REFS = 10;
function itemsFromPostmortem(text3, repo) {
  if (utf8Length(text3, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { ok: false, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text3);
  if (unparsable) return { ok: false, message: `line ${unparsable.line}: ${unparsable.message}` };
  const doc = parseDocument(text3);
  const issueUrl = issueLink(doc, repo);
  const table2 = findActionItemsTable(doc);
  if (!table2) return { ok: true, incidentIssue: issueUrl, items: [] };
  const items = readActionItemRows(table2, incidentDay(doc)).flatMap((row2) => {
    if (row2.description.trim() === "") return [];
    const owner = row2.owner ? OWNER2.exec(row2.owner.trim())?.[1] : void 0;
    return [
      {
        item: row2.id.trim() === "" ? String(row2.line) : row2.id.trim(),
        description: row2.description,
        owner: owner ? `@${owner}` : null,
        due: row2.due,
        refs: refsIn(row2.row.cells, repo)
      }
    ];
  });
  return { ok: true, incidentIssue: issueUrl, items };
}
function issueLink(doc, repo) {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    const value = front.ok ? front.data.issue : void 0;
    const number3 = typeof value === "string" ? issueNumberOf(value, repo) : void 0;
    if (number3 !== void 0) return number3;
  }
  const metadata = findSection(doc, "metadata");
  if (!metadata) return void 0;
  const item = readMetadata(doc.root, metadata).find((m) => m.label === "incident issue");
  return item ? issueNumberOf(item.value.replace(/^<|>$/g, ""), repo) : void 0;
}
function issueNumberOf(text3, repo) {
  const trimmed = text3.trim();
  const short2 = /^#(\d{1,9})$/.exec(trimmed);
  if (short2) return Number(short2[1]);
  const prefix = `https://github.com/${repo.owner}/${repo.repo}/issues/`.toLowerCase();
  if (!trimmed.toLowerCase().startsWith(prefix)) return void 0;
  const rest = /^(\d{1,9})(?:[#?].*)?$/.exec(trimmed.slice(prefix.length));
  return rest ? Number(rest[1]) : void 0;
}
function refsIn(cells, repo) {
  const refs = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (refs.size >= MAX_REFS) return;
    if (node.type === "link") {
      const n = issueNumberOf(node.url, repo);
      if (n !== void 0) refs.add(n);
    }
    if (node.type === "text" || node.type === "inlineCode") {
      for (const match of node.value.matchAll(/(?:^|[^\w&/])#(\d{1,9})\b/g)) {
        refs.add(Number(match[1]));
        if (refs.size >= MAX_REFS) return;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  for (const cell of cells) visit(cell);
  return [...refs];
}

// src/core/action-items/render-back-link.ts
var BACK_LINK_MARKER = "action-item-links";
var WORDS = {
  created: "filed",
  updated: "updated",
  unchanged: "unchanged",
  removed: "no longer in the post-mortem; left open"
};
function renderBackLink(incidentId2, items) {
  const lines = items.length === 0 ? ["The post-mortem lists no action items."] : items.map(
    (i) => `- [#${i.number}](${i.url}) ${safeInline(i.description, 120)} (${WORDS[i.outcome]})`
  );
  return [
    renderMarker(BACK_LINK_MARKER, { incident: incidentId2 }),
    `Action items of ${incidentId2}, as sub-issues of the incident:`,
    ...lines
  ].join("\n");
}

// src/core/postmortem/check-report.ts
var CHECK_NAME = "post-mortem";
var MAX_LINES = 100;
function checkReport(headSha, files) {
  const all = files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ...m })));
  const errors = all.filter((m) => m.severity === "error").length;
  const warnings = all.length - errors;
  const title = errors > 0 ? `${count(errors, "problem")} to fix${warnings ? `, ${count(warnings, "warning")}` : ""}` : warnings > 0 ? `Ready to review, ${count(warnings, "warning")}` : "Ready to review";
  const toWrite = files.filter((f) => f.toWrite.length > 0).map((f) => `Still to write in ${codeSpan(f.path)}: ${f.toWrite.map(plain).join(", ")}.`);
  const lines = all.slice(0, MAX_LINES).map(
    (m) => `- ${codeSpan(`${m.path}:${m.line}`)} ${m.severity === "error" ? "**error**" : "warning"} ${plain(m.message)} (${m.rule})`
  );
  const summary = all.length === 0 ? `Checked ${count(files.length, "post-mortem")}: every required section is written and every action item has an owner and a due date.` : [
    `Checked ${count(files.length, "post-mortem")}.`,
    "",
    ...toWrite.length > 0 ? [...toWrite, ""] : [],
    ...lines,
    all.length > MAX_LINES ? `- \u2026 and ${all.length - MAX_LINES} more` : ""
  ].join("\n").trimEnd();
  return {
    name: CHECK_NAME,
    headSha,
    conclusion: errors > 0 ? "failure" : "success",
    title,
    summary,
    annotations: all.map((m) => ({
      path: m.path,
      line: m.line,
      level: m.severity === "error" ? "failure" : "warning",
      message: neutralizeMentions(m.message),
      title: m.rule
    }))
  };
}
function sectionsToWrite(input, messages) {
  const unwritten = messages.filter((m) => m.rule === "prompts" || m.rule === "required-sections");
  if (unwritten.length === 0) return [];
  const read2 = asRead(input);
  if (!read2.ok) return [];
  const headings = read2.doc.sections.filter((s) => s.heading.depth >= 2).map((s) => ({
    title: s.title.trim(),
    depth: s.heading.depth,
    line: s.heading.position?.start.line ?? 0
  }));
  const titles = [];
  for (const m of unwritten) {
    if (m.rule === "required-sections" && !headings.some((h) => h.line === m.line)) continue;
    const before = headings.filter((h) => h.line <= m.line);
    const section = before.filter((h) => h.depth === 2).at(-1) ?? before.at(-1);
    if (section && !titles.includes(section.title)) titles.push(section.title);
  }
  return titles;
}
function plain(text3) {
  return neutralizeMentions(text3).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function codeSpan(text3) {
  let longest = 0;
  let run2 = 0;
  for (const char of text3) {
    run2 = char === "`" ? run2 + 1 : 0;
    longest = Math.max(longest, run2);
  }
  const fence = "`".repeat(longest + 1);
  const pad3 = text3.startsWith("`") || text3.endsWith("`") ? " " : "";
  return `${fence}${pad3}${text3.replace(/\n/g, " ")}${pad3}${fence}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// src/core/postmortem/lint-message.ts
function message(severity, rule, text3, at3) {
  return { line: at3?.line ?? 1, column: at3?.column ?? 1, severity, rule, message: text3 };
}
function startOf(node) {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };
}
function cellStart(cell) {
  const first = cell.children?.[0];
  return first?.position ? startOf(first) : startOf(cell);
}

// src/core/postmortem/positions.ts
var layouts = /* @__PURE__ */ new WeakMap();
function placeInText(node, offset, source) {
  const start = node.position?.start;
  if (!start) return { line: 1, column: 1 };
  const layout = layoutOf(node, source);
  if (!layout.verbatim) return { line: start.line, column: start.column };
  const starts = layout.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  const lineStart2 = starts[low];
  return {
    line: start.line + low,
    column: low === 0 ? start.column + offset : offset - lineStart2 + 1
  };
}
function layoutOf(node, source) {
  const cached2 = layouts.get(node);
  if (cached2) return cached2;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const verbatim = start !== void 0 && end !== void 0 && end - start === node.value.length && source.startsWith(node.value, start);
  const lineStarts = [0];
  if (verbatim) {
    for (let at3 = node.value.indexOf("\n"); at3 >= 0; at3 = node.value.indexOf("\n", at3 + 1)) {
      lineStarts.push(at3 + 1);
    }
  }
  const layout = { verbatim, lineStarts };
  layouts.set(node, layout);
  return layout;
}

// src/core/postmortem/confirm.ts
var CONFIRM = "CONFIRM:";
function lintDrafts(root, source) {
  const out = [];
  const walk = (node) => {
    if (node.type === "text") {
      for (let at3 = node.value.indexOf(CONFIRM); at3 >= 0; at3 = node.value.indexOf(CONFIRM, at3 + 1)) {
        if (startsLine2(node.value, at3)) {
          out.push(
            message(
              "warning",
              "drafts",
              `the scribe drafted this from the incident: check it, then delete "${CONFIRM}"`,
              placeInText(node, at3, source)
            )
          );
        }
      }
    } else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return out;
}
function startsLine2(value, at3) {
  let i = at3 - 1;
  while (i >= 0 && at3 - i <= 4 && (value[i] === " " || value[i] === ":" || value[i] === "	")) i--;
  return i < 0 || value[i] === "\n";
}

// src/core/postmortem/lint-action-items.ts
var LOGIN2 = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
var TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][\w.-]{0,99}$/;
var COLUMN_LABEL = {
  description: "Description",
  owner: "Owner",
  due: "Due Date"
};
function lintActionItems(doc, day, knownOwners, requireDue = true) {
  const found = findActionItemsTable(doc);
  const section = findSection(doc, "action-items");
  if (!found) {
    const messages = section ? [
      message(
        "error",
        "action-items-table",
        "the Action Items section has no table; write one with ID, Description, Owner and Due Date columns",
        startOf(section.heading)
      )
    ] : [];
    return { messages, found };
  }
  const out = [];
  const header2 = startOf(found.table.node);
  for (const role of ["description", "owner", "due"]) {
    if (found.columns[role] >= 0 || role === "due" && !requireDue) continue;
    const names = COLUMN_NAMES[role].map(titleCase).join(", ");
    out.push(
      message(
        "error",
        "action-items-table",
        `the Action Items table has no ${COLUMN_LABEL[role]} column (any of these headers works: ${names})`,
        header2
      )
    );
  }
  const rows = readActionItemRows(found, day);
  if (rows.length === 0) {
    out.push(
      message(
        "warning",
        "action-items-table",
        "there are no action items; add what would stop this from happening again",
        header2
      )
    );
  }
  const seen = /* @__PURE__ */ new Map();
  for (const item of rows) {
    out.push(...lintId(found, item, seen));
    if (found.columns.description >= 0 && item.description === "") {
      out.push(
        message(
          "error",
          "action-item-description",
          "this action item has no description",
          at(found, item, "description")
        )
      );
    }
    if (found.columns.owner >= 0) out.push(...lintOwner(found, item, knownOwners));
    if (found.columns.due >= 0) out.push(...lintDue(found, item, day));
  }
  return { messages: out, found };
}
function lintId(found, item, seen) {
  if (found.columns.id < 0) return [];
  if (item.id === "") {
    return [
      message("error", "action-item-id", "this action item has no ID", at(found, item, "id"))
    ];
  }
  const earlier = seen.get(item.id);
  if (earlier !== void 0) {
    return [
      message(
        "error",
        "action-item-id",
        `ID ${item.id} is also used on line ${earlier}; each action item becomes one issue, found by its ID`,
        at(found, item, "id")
      )
    ];
  }
  seen.set(item.id, item.line);
  return [];
}
function lintOwner(found, item, knownOwners) {
  const place = at(found, item, "owner");
  const owner = item.owner;
  if (owner === null) {
    return [message("error", "action-item-owner", "this action item has no owner", place)];
  }
  const shown = owner.length > 40 ? `${owner.slice(0, 39)}\u2026` : owner;
  if (owner.split("@").length > 2) {
    return [
      message(
        "error",
        "action-item-owner",
        `one owner per action item, not "${shown}"; split the item or pick who drives it`,
        place
      )
    ];
  }
  if (owner.length > 140 || !(LOGIN2.test(owner) || TEAM.test(owner))) {
    const bare = owner.length <= 140 && (LOGIN2.test(`@${owner}`) || TEAM.test(`@${owner}`));
    return [
      message(
        "error",
        "action-item-owner",
        bare ? `the owner "${shown}" is not a GitHub @login or @org/team; write @${owner}` : `the owner "${shown}" is not a GitHub @login or @org/team`,
        place
      )
    ];
  }
  if (knownOwners && !isKnown(knownOwners, owner)) {
    return [
      message(
        "error",
        "action-item-owner",
        `${owner} cannot be assigned: not a collaborator with access to this repository, or not a team of its organisation`,
        place
      )
    ];
  }
  return [];
}
function lintDue(found, item, day) {
  const place = at(found, item, "due");
  if (!item.dueResult.ok) {
    const reason = item.dueText === "" ? "this action item has no due date" : item.dueResult.reason;
    return [message("error", "action-item-due", reason, place)];
  }
  if (day !== void 0 && item.dueResult.date < day) {
    return [
      message(
        "error",
        "action-item-due",
        `due ${item.dueResult.date} is before the incident (${day})`,
        place
      )
    ];
  }
  return [];
}
function isKnown(known, owner) {
  if (typeof known === "function") return known(owner);
  const wanted = owner.toLowerCase();
  for (const entry of known) if (entry.toLowerCase() === wanted) return true;
  return false;
}
function at(found, item, role) {
  const index = found.columns[role];
  const cell = item.row.cells[index];
  return cell ? cellStart(cell) : startOf(item.row.node);
}
function titleCase(name) {
  return name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

// src/core/postmortem/lint-front-matter.ts
var REQUIRED_KEYS = ["id", "title", "severity", "status"];
var MUST_PRECEDE = {
  start: [],
  detected: ["start"],
  acknowledged: ["start", "detected"],
  mitigated: ["start", "detected"],
  resolved: ["start", "detected", "acknowledged", "mitigated"],
  closed: ["start", "detected", "acknowledged", "mitigated", "resolved"]
};
function lintFrontMatter(doc, config) {
  if (!doc.yaml) {
    return [
      message(
        "error",
        "front-matter",
        "no front matter: start the file with a YAML block between --- lines holding id, title, severity and status",
        void 0
      )
    ];
  }
  const yaml = doc.yaml;
  const front = readFrontMatter(yaml);
  if (!front.ok) return [message("error", "front-matter", front.message, front)];
  const data = front.data;
  const at3 = (key) => frontMatterKeyPosition(yaml, key);
  const out = [];
  for (const key of REQUIRED_KEYS) {
    const value = data[key];
    if (value === void 0 || value === null || String(value).trim() === "") {
      out.push(message("error", "front-matter", `the front matter has no ${key}`, at3(key)));
    } else if (typeof value !== "string" && typeof value !== "number") {
      out.push(message("error", "front-matter", `${key} must be a single value`, at3(key)));
    }
  }
  const severity = data.severity;
  if ((typeof severity === "string" || typeof severity === "number") && String(severity) !== "") {
    if (!findSeverity(config, String(severity))) {
      const known = config.severities.map((s) => s.id).join(", ");
      out.push(
        message(
          "error",
          "severity",
          `severity "${String(severity).slice(0, 40)}" is not one the configuration defines (${known})`,
          at3("severity")
        )
      );
    }
  }
  const times = /* @__PURE__ */ new Map();
  for (const key of TIME_KEYS) {
    const value = data[key];
    if (value === void 0 || value === null || value === "") continue;
    const ms = typeof value === "string" ? parseIsoTime(value) : void 0;
    if (ms === void 0) {
      out.push(
        message(
          "error",
          "front-matter",
          `${key} is not a time the scribe can read; write ISO 8601 in UTC, such as 2024-01-15T10:00:00Z`,
          at3(key)
        )
      );
    } else times.set(key, ms);
  }
  for (const key of TIME_KEYS) {
    const time = times.get(key);
    if (time === void 0) continue;
    const clash = MUST_PRECEDE[key].filter((earlier) => (times.get(earlier) ?? Number.NEGATIVE_INFINITY) > time).at(-1);
    if (clash) {
      out.push(message("error", "times-ordered", `${key} comes before ${clash}`, at3(key)));
    }
  }
  const duration2 = data.duration_minutes;
  if (duration2 !== void 0 && duration2 !== null && !(typeof duration2 === "number" && Number.isInteger(duration2) && duration2 >= 0)) {
    out.push(
      message(
        "error",
        "front-matter",
        "duration_minutes must be a whole number of minutes",
        at3("duration_minutes")
      )
    );
  }
  return out;
}

// src/core/postmortem/lint-language.ts
function lintBlameless(root, source, terms) {
  const wanted = [...new Set(terms.map((term) => term.toLowerCase().trim()))].filter(
    (term) => term !== ""
  );
  if (wanted.length === 0) return [];
  const out = [];
  const visit = (node) => {
    if (node.type === "text") {
      const lower = node.value.toLowerCase();
      for (const term of wanted) {
        for (let at3 = lower.indexOf(term); at3 >= 0; at3 = lower.indexOf(term, at3 + term.length)) {
          if (!isWholeWord(lower, at3, term.length)) continue;
          out.push(
            message(
              "warning",
              "blameless-language",
              `"${node.value.slice(at3, at3 + term.length)}" assigns blame; describe what the system or the process allowed instead`,
              placeInText(node, at3, source)
            )
          );
        }
      }
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
function isWholeWord(text3, at3, length) {
  return !isLetter(text3.charCodeAt(at3 - 1)) && !isLetter(text3.charCodeAt(at3 + length));
}
function isLetter(code2) {
  return code2 >= 97 && code2 <= 122 || code2 >= 48 && code2 <= 57 || code2 === 95 || code2 > 127;
}

// src/core/postmortem/prompts.ts
var TODO = "TODO:";
var MAX_PLACEHOLDER = 80;
function findPrompts(root, source) {
  const prompts = [];
  const walk = (node) => {
    if (node.type === "text") promptsInText(node, source, prompts);
    else if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return prompts.sort((a, b) => a.line - b.line || a.column - b.column);
}
function hasPrompt(text3) {
  return findTodo(text3, 0) >= 0 || findPlaceholder(text3, 0) !== void 0;
}
function promptsInText(node, source, found) {
  const value = node.value;
  for (let at3 = findTodo(value, 0); at3 >= 0; at3 = findTodo(value, at3 + TODO.length)) {
    found.push({ ...placeInText(node, at3, source), text: excerpt(value, at3) });
  }
  for (let hit = findPlaceholder(value, 0); hit; hit = findPlaceholder(value, hit.end)) {
    found.push({ ...placeInText(node, hit.start, source), text: value.slice(hit.start, hit.end) });
  }
}
function findTodo(value, from) {
  let at3 = value.indexOf(TODO, from);
  while (at3 > 0 && isWordChar(value.charCodeAt(at3 - 1))) at3 = value.indexOf(TODO, at3 + 1);
  return at3;
}
function findPlaceholder(value, from) {
  for (let open = value.indexOf("[", from); open >= 0; open = value.indexOf("[", open + 1)) {
    const first = value.charCodeAt(open + 1);
    if (first < 65 || first > 90) continue;
    const limit = Math.min(value.length, open + 1 + MAX_PLACEHOLDER);
    for (let i = open + 1; i < limit; i++) {
      const c = value.charCodeAt(i);
      if (c === 93) return { start: open, end: i + 1 };
      if (c === 91 || c === 10) break;
    }
  }
  return void 0;
}
function excerpt(value, at3) {
  const window = value.slice(at3, at3 + 81);
  const newline = window.indexOf("\n");
  const line = (newline < 0 ? window : window.slice(0, newline)).trim();
  return line.length > 80 ? `${line.slice(0, 79)}\u2026` : line;
}
function isWordChar(code2) {
  return code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122 || code2 === 95;
}

// src/core/postmortem/lint-sections.ts
var DEFAULT_REQUIRED_SECTIONS = REFERENCE_SECTIONS.map((s) => s.title);
function sectionsOf(templateText) {
  const headings = parseMarkdown(templateText).children.flatMap(
    (node) => node.type === "heading" ? [{ depth: node.depth, title: plainText(node).trim() }] : []
  );
  const second = headings.filter((h) => h.depth === 2);
  return (second.length > 0 ? second : headings.slice(1)).map((h) => h.title);
}
function lintRequiredSections(doc, required) {
  const out = [];
  let labels;
  for (const title of required) {
    const section = lookUp(doc, title);
    if (!section) {
      labels ??= findBoldLabels(doc.root);
      const label2 = labelFor(labels, title);
      if (label2 && !labelIsEmpty(doc, label2)) continue;
      if (label2) {
        out.push(
          message(
            "error",
            "required-sections",
            `the "${label2.label}" section is empty`,
            startOf(label2.node)
          )
        );
        continue;
      }
      out.push(
        message("error", "required-sections", `the "${title}" section is missing`, void 0)
      );
    } else if (isEmpty(doc, section)) {
      out.push(
        message(
          "error",
          "required-sections",
          `the "${section.title}" section is empty`,
          startOf(section.heading)
        )
      );
    }
  }
  return out;
}
function lintPrompts(doc, source) {
  return findPrompts(doc.root, source).map(
    (prompt) => message("error", "prompts", `still to write: ${prompt.text}`, prompt)
  );
}
function labelFor(labels, title) {
  const key = sectionKeyOf(title);
  const wanted = normalizeTitle(title);
  return labels.find(
    (l) => key ? sectionKeyOf(l.label) === key : normalizeTitle(l.label) === wanted
  );
}
function labelIsEmpty(doc, label2) {
  if (label2.value !== "") return false;
  const next = doc.root.children[label2.index + 1];
  if (!next || next.type === "heading" || next.type === "html") return true;
  const [first] = next.type === "paragraph" ? next.children : [];
  return first?.type === "strong";
}
function lookUp(doc, title) {
  const key = sectionKeyOf(title);
  if (key) return findSection(doc, key);
  const wanted = normalizeTitle(title);
  return doc.sections.find((section) => normalizeTitle(section.title) === wanted);
}
function isEmpty(doc, section) {
  return sectionContent(doc.root, section).every((node) => node.type === "html");
}
function templateRules(templateText) {
  const read2 = readPostmortem(templateText);
  const table2 = read2.ok ? findActionItemsTable(read2.doc) : void 0;
  return {
    requiredSections: sectionsOf(templateText),
    requireDue: !table2 || table2.columns.due >= 0
  };
}

// src/core/postmortem/lint-tables.ts
var PERSON_COLUMNS = /* @__PURE__ */ new Set([...COLUMN_NAMES.owner, ...COLUMN_NAMES.actor]);
function lintTables(root, source) {
  const out = [];
  const visit = (node) => {
    if (node.type === "table") lintTable(node, source, out);
    else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}
function lintTable(table2, source, out) {
  const [head, ...body] = table2.children;
  const width = head?.children.length ?? 0;
  const people = new Set(
    (head?.children ?? []).flatMap(
      (cell, index) => PERSON_COLUMNS.has(headerKey(plainText(cell))) ? [index] : []
    )
  );
  for (const row2 of body) {
    const cells = row2.children.length;
    if (cells > width) {
      out.push(
        message(
          "error",
          "table-ragged",
          `this row has ${cellCount(cells)} but the header has ${width}; GitHub drops the extra cells (write a | inside a cell as \\|)`,
          startOf(row2.children[width] ?? row2)
        )
      );
    } else if (cells < width) {
      out.push(
        message(
          "warning",
          "table-ragged",
          `this row has ${cellCount(cells)} but the header has ${width}; the missing ones read as empty`,
          startOf(row2)
        )
      );
    }
    row2.children.forEach((cell, index) => {
      htmlIn(cell, out);
      if (!people.has(index)) mentionsIn(cell, source, out);
    });
  }
}
function cellCount(n) {
  return n === 1 ? "1 cell" : `${n} cells`;
}
function htmlIn(cell, out) {
  const visit = (node) => {
    if (node.type === "html") {
      const tag = node.value.length > 30 ? `${node.value.slice(0, 29)}\u2026` : node.value;
      out.push(
        message(
          "warning",
          "cell-html",
          `HTML in a table cell (${tag}); cells are copied as plain text, so it is dropped`,
          startOf(node)
        )
      );
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}
function mentionsIn(cell, source, out) {
  const visit = (node) => {
    if (node.type === "text") {
      for (const at3 of mentionOffsets(node.value)) {
        const name = node.value.slice(at3, at3 + 40).split(/[^@\w/-]/)[0];
        out.push(
          message(
            "warning",
            "cell-mention",
            `${name} in a table cell would notify them when the scribe copies the cell into an issue; name people without @ outside the Owner and Who columns`,
            placeInText(node, at3, source)
          )
        );
      }
    } else if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}
function mentionOffsets(text3) {
  const found = [];
  for (let at3 = text3.indexOf("@"); at3 >= 0; at3 = text3.indexOf("@", at3 + 1)) {
    const next = text3.charCodeAt(at3 + 1);
    const before = at3 > 0 ? text3.charCodeAt(at3 - 1) : 32;
    if (isAlnum(next) && !isAlnum(before) && before !== 95 && before !== 46) found.push(at3);
  }
  return found;
}
function isAlnum(code2) {
  return code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 90 || code2 >= 97 && code2 <= 122;
}

// src/core/postmortem/lint-timeline.ts
var CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(?:UTC|Z))?$/i;
function lintTimeline(doc, day) {
  const section = findSection(doc, "timeline");
  if (!section) return [];
  const node = sectionContent(doc.root, section).find((n) => n.type === "table");
  if (!node) return [];
  const table2 = readTable(node);
  const { time } = mapColumns(table2.headers, ["time"]);
  const column = Math.max(time, 0);
  const out = [];
  let currentDay = day === void 0 ? 0 : parseIsoTime(day);
  let previous;
  for (const row2 of table2.rows) {
    const text3 = row2.texts[column] ?? "";
    const cell = row2.cells[column];
    const place = cell ? cellStart(cell) : startOf(row2.node);
    if (hasPrompt(text3)) continue;
    if (text3 === "") {
      out.push(message("error", "timeline-chronological", "this timeline row has no time", place));
      continue;
    }
    const ms = readTime2(text3, currentDay);
    if (ms === void 0) {
      out.push(
        message(
          "error",
          "timeline-chronological",
          `cannot read the time "${text3.slice(0, 40)}"; write 10:05, or 2024-01-15 10:05 when the date changes`,
          place
        )
      );
      continue;
    }
    if (ms.dated) currentDay = Date.parse(`${utcDay(ms.value)}T00:00:00Z`);
    if (previous && ms.value < previous.ms) {
      out.push(
        message(
          "error",
          "timeline-chronological",
          `${text3} comes before ${previous.text} on line ${previous.line}; keep the rows in time order, and write the date when the incident crosses midnight`,
          place
        )
      );
    }
    previous = { ms: ms.value, text: text3, line: row2.line };
  }
  return out;
}
function readTime2(text3, currentDay) {
  if (text3.length > 64) return void 0;
  const clock = CLOCK.exec(text3);
  if (clock) {
    const [hours, minutes2, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (hours > 23 || minutes2 > 59 || seconds > 59) return void 0;
    return { value: currentDay + ((hours * 60 + minutes2) * 60 + seconds) * 1e3, dated: false };
  }
  const full = parseIsoTime(text3);
  return full === void 0 ? void 0 : { value: full, dated: true };
}

// src/core/postmortem/lint.ts
function lintPostmortem(input, options) {
  const read2 = asRead(input);
  if (!read2.ok) {
    const at3 = read2.line === void 0 ? void 0 : { line: read2.line, column: 1 };
    return [message("error", read2.rule, read2.message, at3)];
  }
  try {
    return lintParsed(read2.text, read2.doc, options);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [
      message("error", "too-complex", `the file could not be checked: ${error.message}`, void 0)
    ];
  }
}
function lintParsed(text3, doc, options) {
  const day = incidentDay(doc);
  const actionItems2 = lintActionItems(doc, day, options.knownOwners, options.requireDue ?? true);
  const messages = [
    ...lintFrontMatter(doc, options.config),
    ...lintRequiredSections(doc, options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS),
    ...lintPrompts(doc, text3),
    ...lintDrafts(doc.root, text3),
    ...lintTimeline(doc, day),
    ...actionItems2.messages,
    ...lintTables(doc.root, text3),
    ...lintBlameless(doc.root, text3, options.config.postmortem.blamelessTerms)
  ];
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/core/postmortem/location.ts
var MAX_SLUG = 60;
var MAX_ID_SLUG = 40;
function postmortemLocation(folder, incident) {
  const id = idSlug(incident.id);
  const day = new Date(incident.start).toISOString().slice(0, 10);
  const slug = slugify(incident.title, MAX_SLUG) || "post-mortem";
  const prefix = tidyFolder(folder);
  const stem = `${prefix ? `${prefix}/` : ""}${day}-${id}-`;
  return { branch: postmortemBranch(incident.id), path: `${stem}${slug}.md`, stem };
}
function postmortemBranch(incidentId2) {
  return `postmortem/${idSlug(incidentId2)}`;
}
function idSlug(incidentId2) {
  return slugify(incidentId2, MAX_ID_SLUG) || "incident";
}
function tidyFolder(folder) {
  return folder.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
}
function inFolder(folder, path) {
  const prefix = tidyFolder(folder);
  return (prefix === "" || path.startsWith(`${prefix}/`)) && path.toLowerCase().endsWith(".md");
}
var LETTERS = {
  \u00DF: "ss",
  \u00E6: "ae",
  \u0153: "oe",
  \u00F8: "o",
  \u0142: "l",
  \u0111: "d",
  \u00FE: "th"
};
function slugify(text3, max) {
  const ascii = text3.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[ßæœøłđþ]/g, (letter) => LETTERS[letter] ?? "");
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}

// src/usecases/postmortem/check-postmortem.ts
var MAX_OWNER_LOOKUPS = 20;
var LOGIN3 = /^[A-Za-z0-9-]{1,39}$/;
function postmortemFiles(config, paths) {
  return paths.filter((p) => inFolder(config.postmortem.folder, p));
}
async function checkPostmortemPull(port, config, pull2) {
  const paths = postmortemFiles(config, await port.listPullFiles(pull2.number));
  if (paths.length === 0) return "ignored: no post-mortem in this pull request";
  const template = config.postmortem.template ? await port.readFile(config.postmortem.template) : void 0;
  await checkPostmortemFiles(port, config, {
    headSha: pull2.headSha,
    files: paths.map((path) => ({ path })),
    template
  });
  return "post-mortem checked";
}
async function checkPostmortemFiles(port, config, input) {
  const rules = input.template ? templateRules(input.template) : void 0;
  const texts = [];
  for (const file of input.files) {
    if (file.read) {
      texts.push({ path: file.path, read: file.read });
      continue;
    }
    const text3 = file.text ?? await port.readFile(file.path, { ref: input.headSha }) ?? "";
    texts.push({ path: file.path, read: readPostmortem(text3) });
  }
  const logins = /* @__PURE__ */ new Map();
  for (const { read: read2 } of texts) {
    const parsed = parseActionItems(read2);
    for (const item of parsed.ok ? parsed.items : []) {
      const login = item.owner?.replace(/^@/, "") ?? "";
      if (LOGIN3.test(login)) logins.set(login.toLowerCase(), login);
    }
  }
  const access = /* @__PURE__ */ new Map();
  for (const [key, login] of [...logins].slice(0, MAX_OWNER_LOOKUPS)) {
    access.set(key, await port.permissionOf(login) !== "none");
  }
  const knownOwners = (owner) => access.get(owner.replace(/^@/, "").toLowerCase()) !== false;
  const files = texts.map(({ path, read: read2 }) => {
    const messages = lintPostmortem(read2, {
      config,
      knownOwners,
      ...rules ?? {}
    });
    return { path, messages, toWrite: sectionsToWrite(read2, messages) };
  });
  await port.reportCheckRun(checkReport(input.headSha, files), {
    freshCommit: input.freshCommit === true
  });
}

// src/usecases/action-items/sync-merged-postmortem.ts
var MAX_FILES = 5;
async function syncMergedPostmortem(port, config, input) {
  const outcomes = [];
  const paths = postmortemFiles(config, input.paths).slice(0, MAX_FILES);
  if (paths.length === 0) return "ignored: no post-mortem";
  const self = await port.selfLogin();
  for (const path of paths) {
    const text3 = await port.readFile(path, { ref: input.defaultBranch });
    if (text3 === void 0) continue;
    outcomes.push(
      (await syncPostmortemItems(port, config, { ...input, path, text: text3, self })).outcome
    );
  }
  return `action items: ${outcomes.join("; ") || "none"}`;
}
async function syncPostmortemItems(port, config, input) {
  const { path, self } = input;
  const read2 = itemsFromPostmortem(input.text, port.repo);
  if (!read2.ok || read2.incidentIssue === void 0) {
    return {
      outcome: `${path}: ${read2.ok ? "names no incident issue" : read2.message}`,
      filed: false
    };
  }
  const issue2 = await readIncident(port, read2.incidentIssue);
  if (!issue2 || !isIncident(config, issue2)) {
    return { outcome: `${path}: #${read2.incidentIssue} is not an incident`, filed: false };
  }
  const incident = incidentOf(config, issue2);
  const url = `https://github.com/${port.repo.owner}/${port.repo.repo}/blob/${encodeURIComponent(input.defaultBranch)}/${path.split("/").map(encodeURIComponent).join("/")}`;
  const synced = await syncItems(port, config, {
    incident,
    wanted: read2.items,
    source: { kind: "postmortem", path, url },
    speaksFor: () => true,
    self,
    defaultBranch: input.defaultBranch,
    now: input.now
  });
  if (synced.ok) {
    await showItemsInStatus(port, incident.number, input.today, config.actionItems.dueField);
  }
  const counted = synced.ok ? summarize2(synced.items.map((i) => i.outcome)) : "over the limit";
  if (input.pull === void 0) {
    return { outcome: `${path}: ${synced.ok ? counted : `refused, ${counted}`}`, filed: synced.ok };
  }
  const own = (await port.listIssueComments(input.pull)).filter((c) => c.user.login === self);
  if (!synced.ok) {
    await ensureOwnComment(
      port,
      input.pull,
      ITEM_LIMIT_MARKER,
      renderItemLimit(incident.id, synced.needed, synced.max),
      { comments: own, self }
    );
    return { outcome: `${path}: refused, over the limit`, filed: false };
  }
  if (synced.items.some((i) => i.outcome === "claimed elsewhere")) {
    return { outcome: `${path}: filed by another delivery`, filed: true };
  }
  const listed3 = synced.items.flatMap(
    (i) => i.number && i.url && i.outcome !== "claimed elsewhere" ? [{ number: i.number, url: i.url, description: i.description, outcome: i.outcome }] : []
  );
  const changedNothing = synced.items.every((i) => i.outcome === "unchanged");
  if (!changedNothing || findOwnComments(own, self, BACK_LINK_MARKER).length === 0) {
    await ensureOwnComment(
      port,
      input.pull,
      BACK_LINK_MARKER,
      renderBackLink(incident.id, listed3),
      {
        comments: own,
        self
      }
    );
  }
  return { outcome: `${path}: ${counted}`, filed: true };
}
async function readIncident(port, number3) {
  try {
    return await port.getIssue(number3);
  } catch {
    return void 0;
  }
}
function isIncident(config, issue2) {
  const labels = issue2.labels.map((l) => l.toLowerCase());
  return labels.includes(config.labels.incident.toLowerCase());
}
function incidentOf(config, issue2) {
  const labels = issue2.labels.map((l) => l.toLowerCase());
  const severity = config.severities.find((s) => labels.includes(s.label.toLowerCase()));
  return {
    id: incidentId(config.incidentIdFormat, issue2),
    number: issue2.number,
    url: issue2.htmlUrl,
    severity: severity ? { id: severity.id, title: severity.title } : void 0
  };
}
function summarize2(outcomes) {
  if (outcomes.length === 0) return "no items";
  const counts = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${n} ${o}`).join(", ");
}

// src/core/alerts/alert-types.ts
var ALERT_SOURCES = ["alertmanager", "grafana", "generic"];

// src/core/alerts/alert-schemas.ts
import * as z3 from "zod";
var MAX_TEXT = 1e4;
var text2 = z3.string().max(MAX_TEXT);
var kv = z3.record(z3.string().max(200), text2);
var status = z3.enum(["firing", "resolved"]);
var alertmanagerPayload = z3.object({
  version: z3.literal("4"),
  groupKey: z3.string().min(1).max(2e3),
  status,
  receiver: text2.optional(),
  groupLabels: kv.default({}),
  commonLabels: kv.default({}),
  commonAnnotations: kv.default({}),
  externalURL: text2.optional(),
  truncatedAlerts: z3.number().int().nonnegative().optional(),
  alerts: z3.array(z3.unknown()).max(1e4)
});
var sourceAlert = z3.object({
  status,
  labels: kv.default({}),
  annotations: kv.default({}),
  startsAt: text2.optional(),
  endsAt: text2.optional(),
  generatorURL: text2.optional(),
  fingerprint: z3.string().min(1).max(200),
  dashboardURL: text2.optional(),
  panelURL: text2.optional(),
  silenceURL: text2.optional()
});
var grafanaPayload = z3.object({
  groupKey: z3.string().min(1).max(2e3),
  status,
  receiver: text2.optional(),
  title: text2.optional(),
  message: text2.optional(),
  groupLabels: kv.default({}),
  commonLabels: kv.default({}),
  commonAnnotations: kv.default({}),
  externalURL: text2.optional(),
  alerts: z3.array(z3.unknown()).max(1e4)
});
var genericAlert = z3.object({
  fingerprint: z3.string().min(1).max(200),
  status,
  title: z3.string().min(1).max(MAX_TEXT),
  severity: z3.string().max(100).optional(),
  description: text2.optional(),
  url: text2.optional(),
  labels: kv.default({})
});
var genericPayload = z3.union([
  z3.object({ alerts: z3.array(z3.unknown()).min(1).max(1e4) }),
  z3.object({ fingerprint: z3.unknown() }).passthrough()
]);

// src/core/alerts/parse-alerts.ts
function parseAlerts(source, payload) {
  if (source === "generic") return parseGeneric(payload);
  const schema = source === "alertmanager" ? alertmanagerPayload : grafanaPayload;
  const top = schema.safeParse(payload);
  if (!top.success) return refuse(source, top.error);
  const skipped = [];
  const alerts = [];
  top.data.alerts.forEach((raw, index) => {
    const read2 = sourceAlert.safeParse(raw);
    if (!read2.success) {
      skipped.push(`alerts[${index}]: ${problem(read2.error)}`);
      return;
    }
    const a = read2.data;
    alerts.push({
      fingerprint: a.fingerprint,
      status: a.status,
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt,
      url: a.generatorURL
    });
  });
  const data = top.data;
  const first = alerts[0];
  const annotations = { ...data.commonAnnotations };
  const dashboard = top.data.alerts[0]?.dashboardURL;
  if (annotations.dashboard === void 0 && typeof dashboard === "string" && dashboard) {
    annotations.dashboard = dashboard;
  }
  const labels = { ...data.groupLabels, ...data.commonLabels };
  const title = annotations.summary ?? labels.alertname ?? ("title" in data ? data.title : void 0) ?? first?.labels.alertname ?? "Alert";
  const description = annotations.description ?? ("message" in data ? data.message : void 0) ?? void 0;
  if (alerts.length === 0) return { ok: true, alerts: { groups: [], skipped } };
  const group = {
    source,
    key: data.groupKey,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    title,
    description,
    labels,
    annotations,
    url: data.externalURL,
    alerts
  };
  return { ok: true, alerts: { groups: [group], skipped } };
}
function parseGeneric(payload) {
  const top = genericPayload.safeParse(payload);
  if (!top.success) return refuse("generic", top.error);
  const list2 = "alerts" in top.data ? top.data.alerts : [payload];
  const skipped = [];
  const byKey = /* @__PURE__ */ new Map();
  list2.forEach((raw, index) => {
    const read2 = genericAlert.safeParse(raw);
    if (!read2.success) {
      skipped.push(
        `${"alerts" in top.data ? `alerts[${index}]` : "the alert"}: ${problem(read2.error)}`
      );
      return;
    }
    const a = read2.data;
    const labels = a.severity === void 0 ? a.labels : { ...a.labels, severity: a.severity };
    const alert = {
      fingerprint: a.fingerprint,
      status: a.status,
      labels,
      annotations: {},
      startsAt: void 0,
      url: a.url
    };
    const known = byKey.get(a.fingerprint);
    if (known) {
      known.alerts = [alert];
      known.status = a.status;
      return;
    }
    byKey.set(a.fingerprint, {
      source: "generic",
      key: a.fingerprint,
      status: a.status,
      title: a.title,
      description: a.description,
      labels,
      annotations: {},
      url: a.url,
      alerts: [alert]
    });
  });
  return { ok: true, alerts: { groups: [...byKey.values()], skipped } };
}
function refuse(source, error) {
  return { ok: false, message: `not a ${SHAPES2[source]} payload: ${problem(error)}` };
}
var SHAPES2 = {
  alertmanager: "Alertmanager webhook (version 4)",
  grafana: "Grafana alerting webhook",
  generic: "generic alert"
};
function problem(error) {
  const first = error.issues[0];
  if (!first) return "invalid";
  const path = first.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`);
  const where = path.join("").replace(/^\./, "");
  return `${where || "payload"}: ${first.message}`.slice(0, 300);
}

// src/usecases/shared/write-failures.ts
var WriteFailures = class {
  failed = [];
  #log;
  constructor(log) {
    this.#log = log;
  }
  /** Runs one independent step; when it throws, logs one line, records it, and carries on. */
  async attempt(what, step) {
    try {
      return await step();
    } catch (error) {
      this.failed.push(what);
      this.#log(`${what} failed: ${describe(error)}`);
      return void 0;
    }
  }
  /** Throws `EventIncomplete` naming every failed step, when there was one. */
  settle(outcome) {
    if (this.failed.length > 0) throw new EventIncomplete(outcome, this.failed);
    return outcome;
  }
};
var EventIncomplete = class extends Error {
  outcome;
  failed;
  constructor(outcome, failed) {
    super(`${outcome}; failed: ${failed.join(", ")}`);
    this.name = "EventIncomplete";
    this.outcome = outcome;
    this.failed = failed;
  }
};
function independently(failures, what, step) {
  return failures ? failures.attempt(what, step) : step();
}
function describe(error) {
  const status2 = error?.status;
  const message2 = error instanceof Error ? error.message : String(error);
  const line = message2.split("\n")[0]?.slice(0, 300) ?? "";
  return typeof status2 === "number" ? `${status2} ${line}` : line;
}

// src/usecases/alerts/ingest-alerts.ts
import { createHash } from "node:crypto";

// src/core/alerts/alert-marker.ts
var ALERT_MARKER = "alert";
var ALERT_ACTIVITY_MARKER = "alert-activity";
var HASH = /^[0-9a-f]{64}$/;
function readAlertIssueMarker(data) {
  if (typeof data?.group !== "string" || !HASH.test(data.group)) return void 0;
  const recurrenceOf = positiveInteger(data.recurrenceOf);
  return {
    group: data.group,
    source: typeof data.source === "string" ? data.source.slice(0, 20) : "unknown",
    ...recurrenceOf ? { recurrenceOf } : {}
  };
}
function readAlertActivity(data) {
  if (typeof data?.group !== "string" || !HASH.test(data.group)) return void 0;
  const fired = typeof data.fired === "number" && Number.isSafeInteger(data.fired) ? data.fired : 0;
  const time = (v) => typeof v === "string" && !Number.isNaN(Date.parse(v)) ? v : void 0;
  const last = time(data.last);
  const resolved = time(data.resolved);
  return {
    group: data.group,
    fired: Math.max(0, fired),
    ...last ? { last } : {},
    ...resolved ? { resolved } : {}
  };
}

// src/core/alerts/map-alert.ts
function alertSeverity(group, config) {
  const { severityLabel, severityMap, defaultSeverity } = config.alerts;
  const value = group.labels[severityLabel] ?? group.alerts[0]?.labels[severityLabel];
  const id = value === void 0 ? void 0 : severityMap[value.trim().toLowerCase()];
  return findSeverity(config, id ?? defaultSeverity) ?? findSeverity(config, defaultSeverity) ?? config.severities.at(-1);
}
var MAX_LABEL2 = 50;
function alertIssueLabels(group, config) {
  const labels = [alertSeverity(group, config).label, config.labels.incident];
  for (const name of config.alerts.labels) {
    const value = group.labels[name] ?? group.alerts[0]?.labels[name];
    if (value === void 0) continue;
    const label2 = quotable(`${name}:${value}`).replace(/\s+/g, " ").trim().slice(0, MAX_LABEL2);
    if (label2 && !label2.includes(",")) labels.push(label2);
  }
  return [...new Set(labels)];
}

// src/core/alerts/plan-activity.ts
var SAME_NOTIFICATION_MS = 6e4;
function planActivity(before, notification) {
  const { group, status: status2, now, openedAt } = notification;
  const current = before ?? { group, fired: 0 };
  const at3 = now.toISOString();
  if (status2 === "resolved") {
    if (current.resolved !== void 0) return void 0;
    return { ...current, resolved: at3 };
  }
  const previous = Date.parse(current.last ?? openedAt);
  if (now.getTime() - previous < SAME_NOTIFICATION_MS && current.resolved === void 0) {
    return void 0;
  }
  const { resolved: _, ...rest } = current;
  return { ...rest, fired: current.fired + 1, last: at3 };
}

// src/core/alerts/render-alert-activity.ts
function renderAlertActivity(activity, config) {
  const zone = config.timezone;
  const lines = [];
  if (activity.fired > 0 && activity.last) {
    const times = activity.fired === 1 ? "once" : `${activity.fired} times`;
    lines.push(
      `**Alert fired again**, ${times} since this incident opened; last at ${formatInstant(activity.last, zone)}.`
    );
  }
  if (activity.resolved) {
    lines.push(
      `**Alert resolved** at ${formatInstant(activity.resolved, zone)}: the source reports every alert of the group resolved. The incident stays open until someone closes it.`
    );
  }
  const data = { ...activity };
  return `${renderMarker(ALERT_ACTIVITY_MARKER, data)}
${lines.join("\n\n")}
`;
}

// src/core/alerts/render-alert-issue.ts
var MAX_LISTED = 20;
var MAX_LABELS = 8;
function renderAlertTitle(group) {
  return safeInline(group.title.replace(/</g, "\u2039").replace(/>/g, "\u203A"), 120) || "Alert";
}
function renderAlertIssue(group, options) {
  const { config } = options;
  const severity = alertSeverity(group, config);
  const marker = {
    group: options.groupHash,
    source: group.source,
    ...options.recurrenceOf ? { recurrenceOf: options.recurrenceOf } : {}
  };
  const value = group.labels[config.alerts.severityLabel];
  const fields = [
    field("Incident", alertText(group.title, 200)),
    field(
      "Severity",
      `${severity.id.toUpperCase()} (${severity.title})`,
      ...value === void 0 ? [" (no ", code(config.alerts.severityLabel), " label on the alert)"] : [
        " from the alert\u2019s ",
        code(config.alerts.severityLabel),
        " label: ",
        userText(value, 50)
      ]
    ),
    field("Status", "Investigating"),
    field(
      "Impact",
      group.description ? alertText(group.description, 1e3) : "not described by the alert"
    ),
    field("Commander", "none yet (assign one with ", code("/ic @user"), ")"),
    field("Updates", `Will post every ${formatMinutesLong(severity.updateEveryMinutes)}`)
  ];
  const links = linkFields(group);
  const content = [
    paragraph(
      group.description ? alertText(group.description, 1e3) : alertText(group.title, 200)
    ),
    { type: "heading", depth: 3, children: [text("Initial Alert")] },
    bulletList([...fields, ...links])
  ];
  if (options.recurrenceOf) {
    content.push(
      paragraph(
        `Recurrence of #${options.recurrenceOf}: the same alert fired within ${formatMinutesLong(config.alerts.recurrenceWindowMinutes)} of that incident\u2019s close.`
      )
    );
  }
  const firing = group.alerts.filter((a) => a.status === "firing");
  const { shown, more: more2 } = firstOf(firing, MAX_LISTED);
  content.push(
    paragraph(
      `Opened by incident-scribe from ${SOURCE_NAMES[group.source]} at ${formatInstant(options.now.toISOString(), config.timezone)}; ${firing.length} alert${firing.length === 1 ? "" : "s"} firing:`
    ),
    bulletList([
      ...shown.map((alert) => {
        const labels = Object.entries(alert.labels).slice(0, MAX_LABELS);
        const item = [
          code(safeInline(alert.labels.alertname ?? alert.fingerprint, 100)),
          ...labels.filter(([k]) => k !== "alertname").flatMap(([k, v]) => [text(" "), userText(`${k}=${v}`, 100)])
        ];
        const since = alert.startsAt && !Number.isNaN(Date.parse(alert.startsAt));
        if (since) item.push(text(`, since ${formatInstant(alert.startsAt, "UTC")}`));
        return item;
      }),
      ...more2 > 0 ? [[text(andMore(more2, "alerts"))]] : []
    ])
  );
  const markdown = toMarkdown({ type: "root", children: content });
  return capBody(`${renderMarker(ALERT_MARKER, { ...marker })}
${markdown}`);
}
var SOURCE_NAMES = {
  alertmanager: "Alertmanager",
  grafana: "Grafana",
  generic: "an alert"
};
function linkFields(group) {
  const a = group.annotations;
  const candidates = [
    ["Runbook", a.runbook_url ?? a.runbook],
    ["Dashboard", a.dashboard_url ?? a.dashboard ?? a.grafana_url],
    ["Source", group.url ?? group.alerts[0]?.url]
  ];
  return candidates.flatMap(([label2, raw]) => {
    const url = webLink(raw);
    return url ? [field(label2, link(url))] : [];
  });
}
function webLink(raw) {
  if (!raw || raw.length > 2e3) return void 0;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function link(url) {
  return { type: "link", url, children: [userText(url, 200)] };
}
function alertText(value, max) {
  return userText(value.replace(/</g, "\u2039").replace(/>/g, "\u203A"), max);
}

// src/core/config/validate-config.ts
import { load as load2 } from "js-yaml";
var CONFIG_PATH = ".github/incident-scribe.yml";
function validateConfig(raw, source = { file: CONFIG_PATH, text: void 0 }) {
  const input = stripExtends(raw ?? {});
  const parsed = configSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, config: resolveConfig(parsed.data) };
  const locate = source.text === void 0 ? void 0 : keyLocator(source.text);
  const problems = parsed.error.issues.flatMap((issue2) => {
    const keys = issue2.code === "unrecognized_keys" ? issue2.keys : [void 0];
    return keys.map((unknownKey) => {
      const path = unknownKey === void 0 ? issue2.path : [...issue2.path, unknownKey];
      const at3 = locate?.(path);
      return {
        file: source.file,
        line: at3?.line,
        column: at3?.column,
        key: path.join(".") || "(top level)",
        message: unknownKey === void 0 ? describe2(keyMessage(issue2), issue2.code, issue2.input) : "unknown key (check the spelling; see docs/configuration.md)"
      };
    });
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems };
}
function parseYamlDocument(text3, file) {
  try {
    return {
      ok: true,
      value: text3.trim() === "" ? {} : load2(text3, { filename: file, maxAliases: 0 })
    };
  } catch (error) {
    const mark2 = error.mark;
    const reason = error.reason ?? String(error);
    return {
      ok: false,
      problem: {
        file,
        line: mark2 ? mark2.line + 1 : void 0,
        column: mark2 ? mark2.column + 1 : void 0,
        key: "(syntax)",
        message: `not valid YAML: ${reason}`
      }
    };
  }
}
function formatProblem(problem2) {
  const where = problem2.line === void 0 ? problem2.file : `${problem2.file}:${problem2.line}:${problem2.column ?? 1}`;
  return `${where} ${problem2.key}: ${problem2.message}`;
}
function stripExtends(raw) {
  if (raw && typeof raw === "object" && !Array.isArray(raw) && "_extends" in raw) {
    const { _extends, ...rest } = raw;
    return rest;
  }
  return raw;
}
function keyMessage(issue2) {
  return issue2.code === "invalid_key" ? issue2.issues?.[0]?.message ?? issue2.message : issue2.message;
}
function describe2(message2, code2, input) {
  if (code2 === "invalid_type" && input === void 0) return "missing value";
  const text3 = message2.replace(/^Invalid (input|option): /, "");
  const shown = typeof input === "string" || typeof input === "number" || typeof input === "boolean" ? JSON.stringify(input) : void 0;
  return shown === void 0 || shown.length > 60 ? text3 : `${text3}, got ${shown}`;
}

// src/core/config/render-config-error.ts
var CONFIG_ERROR_MARKER = "config-error";
var MAX_PROBLEMS = 50;
var MAX_LINE = 300;
function renderConfigError(problems) {
  const tree = {
    type: "root",
    children: [
      { type: "html", value: renderMarker(CONFIG_ERROR_MARKER) },
      {
        type: "paragraph",
        children: [
          {
            type: "strong",
            children: [{ type: "text", value: "incident-scribe did nothing here" }]
          },
          {
            type: "text",
            value: ": its configuration is invalid. Fix it and label or comment again."
          }
        ]
      },
      {
        type: "code",
        lang: "text",
        value: problemLines(problems).join("\n")
      },
      {
        type: "paragraph",
        children: [
          { type: "text", value: "Check it locally with " },
          { type: "inlineCode", value: "npx scribe config .github/incident-scribe.yml" },
          { type: "text", value: "; every key is described in docs/configuration.md." }
        ]
      }
    ]
  };
  return toMarkdown(tree);
}
function problemLines(problems) {
  const { shown, more: more2 } = firstOf(problems, MAX_PROBLEMS);
  const lines = shown.map((p) => neutralizeMentions(capLength(formatProblem(p), MAX_LINE).text));
  return more2 > 0 ? [...lines, `\u2026 ${andMore(more2, "problems (the command below lists them all)")}`] : lines;
}

// src/core/incident/decide-severity.ts
function decideSeverity(config, input) {
  const present = input.labels.map((label2) => ({ label: label2, severity: severityByLabel(config, label2) })).filter((x) => x.severity !== void 0).sort((a, b) => a.severity.rank - b.severity.rank);
  if (present.length === 0) {
    return input.previous === void 0 ? void 0 : { severity: void 0, remove: [], note: void 0 };
  }
  const changes = present.filter((p) => p.severity.id !== input.previous);
  const candidates = input.previous === void 0 || changes.length === 0 ? present : changes;
  const winner = candidates[0];
  const losers = present.filter((p) => p !== winner).map((p) => p.label);
  const note = candidates.length > 1 ? `Several severity labels were set (${candidates.map((p) => p.label).join(", ")}): kept ${winner.label}, the most severe, and removed ${losers.join(", ")}.` : void 0;
  return { severity: winner.severity, remove: losers, note };
}

// src/core/status/status-marker.ts
var LOGIN4 = /^[a-z0-9](?:[a-z0-9-]{0,38})(?:\[bot\])?$/;
var DECISIONS = /* @__PURE__ */ new Set(["act", "access", "none"]);
var INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
function readStatusMarker(data) {
  if (!data) return void 0;
  const { incident, severity, note, people, refused, judgedAt, typed } = data;
  if (typeof incident !== "string" || incident.length === 0 || incident.length > 100)
    return void 0;
  if (severity !== null && !(typeof severity === "string" && /^sev[1-9]$/.test(severity)))
    return void 0;
  const marker = { ...data, incident, severity };
  delete marker.note;
  delete marker.people;
  delete marker.refused;
  delete marker.judgedAt;
  delete marker.typed;
  if (typeof note === "string" && note.length <= 1e3) marker.note = note;
  if (people && typeof people === "object" && !Array.isArray(people)) {
    const valid = Object.entries(people).filter(
      (entry) => LOGIN4.test(entry[0]) && typeof entry[1] === "string" && DECISIONS.has(entry[1])
    );
    if (valid.length > 0) marker.people = Object.fromEntries(valid);
  }
  if (Array.isArray(refused)) {
    const ids = refused.map(positiveInteger).filter((id) => id !== void 0);
    if (ids.length > 0) marker.refused = ids;
  }
  if (typeof judgedAt === "string" && INSTANT.test(judgedAt)) marker.judgedAt = judgedAt;
  if (typeof typed === "string" && typed.length > 0 && typed.length <= 100) marker.typed = typed;
  return marker;
}

// src/core/alerts/alert-entries.ts
function alertEntries(comment2, self) {
  const activity = readAlertActivity(readMarker(comment2.body, ALERT_ACTIVITY_MARKER));
  if (!activity) return [];
  const entries = [];
  const base = { actor: self, source: "auto", kind: "note", url: comment2.url };
  if (activity.fired > 0 && activity.last) {
    const times = activity.fired === 1 ? "once" : `${activity.fired} times`;
    entries.push({ ...base, at: activity.last, text: `Alert fired again (${times})` });
  }
  if (activity.resolved) {
    entries.push({
      ...base,
      at: activity.resolved,
      text: "Alert resolved (reported by the source)"
    });
  }
  return entries;
}

// src/core/timeline/apply-command.ts
function applyCommand(draft, command, comment2) {
  const base = {
    actor: comment2.author,
    source: "command",
    commentId: comment2.id,
    url: comment2.url
  };
  switch (command.kind) {
    case "timeline-note":
      addEntry(draft, {
        ...base,
        at: command.at,
        text: command.text,
        kind: "note",
        tag: command.tag
      });
      return;
    case "ack": {
      if (!draft.acknowledgedBy) draft.acknowledgedBy = comment2.author;
      const text3 = command.text ? `Acknowledged: ${command.text}` : "Acknowledged";
      addEntry(draft, { ...base, at: comment2.at, text: text3, kind: "ack" });
      return;
    }
    case "role": {
      const previous = draft.roles[command.role];
      if (sameLogin(previous, command.login)) return;
      draft.roles[command.role] = command.login;
      if (command.role === "commander") {
        if (previous) draft.formerCommanders.add(previous.toLowerCase());
        draft.formerCommanders.delete(command.login.toLowerCase());
      }
      const role = ROLE_LABELS[command.role];
      const text3 = previous ? `@${command.login} takes over as ${role} from @${previous}` : `@${command.login} is ${role}`;
      addEntry(draft, { ...base, at: comment2.at, text: text3, kind: "role" });
      return;
    }
    case "severity": {
      const severity = findSeverity(draft.config, command.severity);
      changeSeverity(
        draft,
        severity,
        comment2.at,
        comment2.author,
        "command",
        comment2.id,
        comment2.url
      );
      return;
    }
    case "status": {
      const update2 = {
        at: comment2.at,
        actor: comment2.author,
        status: command.status,
        message: command.message,
        eta: command.eta,
        rootCause: command.rootCause,
        commentId: comment2.id,
        line: command.line,
        url: comment2.url
      };
      draft.statusUpdates.push(update2);
      draft.status = update2;
      const text3 = `${STATUS_LABELS[command.status]}: ${command.message}`;
      addEntry(draft, { ...base, at: comment2.at, text: text3, kind: "status", status: command.status });
      return;
    }
    case "action": {
      const text3 = `Action item: ${command.description}`;
      addEntry(draft, { ...base, at: comment2.at, text: text3, kind: "action" });
      return;
    }
    default:
      return;
  }
}

// src/core/timeline/derive-moments.ts
function deriveMoments(all, issue2) {
  const restart = restartAfterFalseAlarm(all);
  const entries = restart ? all.filter((e) => Date.parse(e.at) >= Date.parse(restart.at)) : all;
  const opened = restart ?? entries.find((e) => e.kind === "opened");
  const tagged = (tag) => entries.filter((e) => e.tag === tag);
  const statuses = (status2) => entries.filter((e) => e.status === status2);
  const start = earliest([opened, ...tagged("start-time")]);
  const detected = earliest(tagged("impact-detected")) ?? opened;
  const acknowledged = earliest([
    ...entries.filter((e) => e.kind === "ack"),
    ...tagged("response-initiated")
  ]);
  const causeIdentified = earliest(tagged("cause-identified")) ?? earliest(statuses("identified"));
  const mitigating = earliest(statuses("mitigating"));
  const mitigated = earliest(tagged("impact-mitigated")) ?? earliest(statuses("monitoring"));
  const reopened = latest(entries.filter((e) => e.kind === "reopened"));
  const sinceReopen = (list2) => reopened ? list2.filter((e) => Date.parse(e.at) >= Date.parse(reopened.at)) : list2;
  const closedEntry = issue2.state === "closed" ? latest(sinceReopen(entries.filter((e) => e.kind === "closed"))) : void 0;
  const closedAt = closedEntry?.at ?? (issue2.state === "closed" ? issue2.closedAt ?? void 0 : void 0);
  const stated = latest(sinceReopen(tagged("end-time"))) ?? latest(sinceReopen(statuses("resolved")));
  const afterClose = stated && closedEntry && Date.parse(stated.at) > Date.parse(closedEntry.at);
  const closeResolves = closedEntry?.falseAlarm ? void 0 : closedEntry;
  const resolved = (afterClose ? closeResolves : stated) ?? closeResolves;
  mark(start, "start");
  mark(detected, "detected");
  mark(acknowledged, "acknowledged");
  mark(causeIdentified, "cause-identified");
  mark(mitigated, "mitigated");
  mark(resolved, "resolved");
  mark(closedEntry, "closed");
  return {
    start: start?.at ?? issue2.createdAt,
    detected: detected?.at ?? start?.at ?? issue2.createdAt,
    acknowledged: acknowledged?.at,
    causeIdentified: causeIdentified?.at,
    mitigationStarted: earliest([causeIdentified, mitigating])?.at,
    mitigated: mitigated?.at,
    resolved: resolved?.at ?? (closedEntry?.falseAlarm ? void 0 : closedAt),
    closed: closedAt
  };
}
function phaseBoundaries(moments) {
  const begins = {
    detection: moments.start,
    triage: moments.acknowledged,
    mitigation: moments.mitigationStarted,
    // Restoring service without a "monitoring" step still ends mitigation.
    resolution: moments.mitigated ?? (moments.resolved !== moments.closed ? moments.resolved : void 0),
    "post-incident": moments.closed
  };
  const boundaries = [];
  for (const phase of PHASES) {
    const at3 = begins[phase];
    const previous = boundaries.at(-1);
    if (at3 === void 0 || previous && Date.parse(at3) < Date.parse(previous.at)) continue;
    boundaries.push({ phase, at: at3 });
  }
  return boundaries;
}
function currentPhase(moments) {
  return phaseBoundaries(moments).at(-1)?.phase ?? "detection";
}
function restartAfterFalseAlarm(entries) {
  let restart;
  let falseAlarm = false;
  for (const entry of entries) {
    if (entry.kind === "closed") falseAlarm = entry.falseAlarm === true;
    else if (entry.kind === "reopened" && falseAlarm) {
      restart = entry;
      falseAlarm = false;
    }
  }
  return restart;
}
function mark(entry, moment) {
  if (entry && !entry.keys.includes(moment)) entry.keys.push(moment);
}
function earliest(list2) {
  let best;
  for (const entry of list2) {
    if (entry && (!best || Date.parse(entry.at) < Date.parse(best.at))) best = entry;
  }
  return best;
}
function latest(list2) {
  let best;
  for (const entry of list2) {
    if (entry && (!best || Date.parse(entry.at) >= Date.parse(best.at))) best = entry;
  }
  return best;
}

// src/core/timeline/build-timeline.ts
function buildTimeline(issue2, events, config, selfLogin, access) {
  const draft = createDraft(config, selfLogin, repoOf(issue2.htmlUrl));
  const rejected = [];
  const notes = [];
  const helpAsked = /* @__PURE__ */ new Set();
  addEntry(draft, {
    at: issue2.createdAt,
    text: `Issue opened: ${originalTitle(issue2, events)}`,
    actor: issue2.author.login,
    source: "auto",
    kind: "opened"
  });
  const ordered = inTimeOrder(events);
  const parsedComments = /* @__PURE__ */ new Map();
  for (const event of ordered) {
    if (event.kind === "commented" && takesCommandsFrom(event.actor, config, selfLogin))
      parsedComments.set(event, parseCommentCommands(event, config));
  }
  const permitted = (command, author, commentId) => !changesState(command) || (access.canActIn?.(author, commentId) ?? access.canAct(author));
  const start = earliestStart(issue2.createdAt, parsedComments, permitted);
  for (const event of ordered) {
    if (event.kind !== "commented") {
      captureIssueEvent(draft, event);
      continue;
    }
    if (event.actor.login === selfLogin) {
      for (const entry of alertEntries({ body: event.body, url: event.htmlUrl }, selfLogin))
        addEntry(draft, entry);
      continue;
    }
    const parsed = parsedComments.get(event);
    if (!parsed) continue;
    const author = event.actor.login;
    const comment2 = { id: event.id, author, at: event.at, url: event.htmlUrl };
    if (parsed.truncated) {
      notes.push({
        commentId: event.id,
        author,
        line: event.body.slice(0, MAX_COMMENT_CHARS).split("\n").length,
        note: `The comment is longer than ${MAX_COMMENT_CHARS / 1024} KB; commands from this line on were not read.`
      });
    }
    if (parsed.stopped) notes.push({ commentId: event.id, author, ...parsed.stopped });
    for (const parsedCommand of parsed.commands) {
      const command = beforeStart(parsedCommand, start, config.timezone) ?? parsedCommand;
      const reject = (reason) => rejected.push({ commentId: event.id, author, reason, command });
      if (command.kind === "unknown" || command.kind === "invalid") reject(command.kind);
      else if (!permitted(command, author, event.id)) reject("not-permitted");
      else if (command.kind === "role" && access.hasAccess && !access.hasAccess(command.login))
        reject("no-access");
      else {
        if (command.kind === "help") helpAsked.add(event.id);
        applyCommand(draft, command, comment2);
        if ("note" in command && command.note) {
          notes.push({ commentId: event.id, author, line: command.line, note: command.note });
        }
      }
    }
  }
  const entries = inTimeOrder(draft.entries);
  const moments = deriveMoments(entries, issue2);
  return {
    incident: { number: issue2.number, title: issue2.title, url: issue2.htmlUrl },
    entries,
    moments,
    state: stateOf(draft, issue2, entries, moments),
    statusUpdates: draft.statusUpdates,
    rejected,
    notes,
    helpAsked: [...helpAsked]
  };
}
function earliestStart(createdAt, parsedComments, permitted) {
  let start = Date.parse(createdAt);
  for (const [event, parsed] of parsedComments) {
    if (event.kind !== "commented") continue;
    for (const command of parsed.commands) {
      if (command.kind !== "timeline-note" || command.tag !== "start-time") continue;
      if (!permitted(command, event.actor.login, event.id)) continue;
      start = Math.min(start, Date.parse(command.at));
    }
  }
  return new Date(start).toISOString();
}
function beforeStart(command, start, zone) {
  if (command.kind !== "timeline-note" || command.tag === "start-time") return void 0;
  if (Date.parse(command.at) >= Date.parse(start)) return void 0;
  return {
    kind: "invalid",
    line: command.line,
    name: "timeline",
    message: `${formatInstant(command.at, zone)} is before the incident started (${formatInstant(start, zone)}). If it happened on another day, give the date; if the incident started then, tag the entry [start].`
  };
}
function stateOf(draft, issue2, entries, moments) {
  const givenCause = [...draft.statusUpdates].reverse().find((u) => u.rootCause)?.rootCause;
  const causeEntry = entries.find((e) => e.keys.includes("cause-identified"));
  return {
    open: issue2.state === "open",
    severity: draft.severity,
    severitySetAt: draft.severitySetAt,
    phase: currentPhase(moments),
    status: draft.status,
    roles: { ...draft.roles },
    // Whoever set the acknowledged moment: a `/ack`, or a `[response initiated]` event.
    acknowledgedBy: entries.find((e) => e.keys.includes("acknowledged"))?.actor ?? draft.acknowledgedBy,
    lastStatusUpdateAt: draft.statusUpdates.at(-1)?.at,
    rootCause: givenCause ?? causeText(draft, causeEntry),
    falseAlarm: issue2.state === "closed" && issue2.stateReason === "not_planned"
  };
}
function causeText(draft, entry) {
  if (entry?.kind === "note") return entry.text;
  return draft.statusUpdates.find(
    (u) => u.commentId === entry?.commentId && u.status === "identified"
  )?.message;
}
function inTimeOrder(items) {
  const times = items.map((item) => Date.parse(item.at));
  if (times.every((ms, i) => i === 0 || times[i - 1] <= ms)) return [...items];
  return items.map((item, index) => ({ item, index, ms: times[index] })).sort((a, b) => a.ms - b.ms || a.index - b.index).map(({ item }) => item);
}
function originalTitle(issue2, events) {
  let first;
  for (const event of events) {
    if (event.kind !== "renamed") continue;
    const ms = Date.parse(event.at);
    if (!first || ms < first.ms) first = { from: event.from, ms };
  }
  return first ? first.from : issue2.title;
}
function repoOf(htmlUrl) {
  const parts = htmlUrl.split("/");
  return parts.length >= 5 ? `${parts[3]}/${parts[4]}` : "";
}

// src/core/timeline/issue-as-of-events.ts
function issueAsOfEvents(issue2, events) {
  const labels = lastWord(
    issue2.labels,
    events,
    (e) => e.kind === "labeled" || e.kind === "unlabeled" ? [e.label, e.kind === "labeled"] : void 0
  );
  const assignees = lastWord(
    issue2.assignees,
    events,
    (e) => e.kind === "assigned" || e.kind === "unassigned" ? [e.assignee, e.kind === "assigned"] : void 0
  );
  return { ...issue2, labels, assignees };
}
function lastWord(start, events, says) {
  const present = new Map(start.map((name) => [name.toLowerCase(), name]));
  const ordered = events.map((event, index) => ({ event, index, ms: Date.parse(event.at) })).sort((a, b) => a.ms - b.ms || a.index - b.index);
  for (const { event } of ordered) {
    const said2 = says(event);
    if (!said2) continue;
    const [name, on] = said2;
    if (on) present.set(name.toLowerCase(), present.get(name.toLowerCase()) ?? name);
    else present.delete(name.toLowerCase());
  }
  return [...present.values()];
}

// src/core/timeline/render-incident-state.ts
var ROLES2 = ["commander", "lead", "scribe"];
function renderIncidentState(state) {
  const person2 = (login) => login ? quietLogin(login) : "not assigned";
  const lines = [
    field(
      "Severity",
      state.severity ? `${severityName(state.severity)} (${state.severity.title})` : "not set"
    ),
    field("Phase", PHASE_LABELS[state.phase]),
    field("Status", state.falseAlarm ? FALSE_ALARM : statusLabel(state.status?.status)),
    ...ROLES2.map((role) => field(capitalise(ROLE_LABELS[role]), person2(state.roles[role]))),
    field(
      "Acknowledged by",
      state.acknowledgedBy ? quietLogin(state.acknowledgedBy) : "nobody yet"
    )
  ];
  return paragraph(...lines.flatMap((line, index) => index === 0 ? line : [text("\n"), ...line]));
}
function capitalise(words) {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// src/core/timeline/render-phase-gantt.ts
function renderPhaseGantt(moments, lastEventAt) {
  const boundaries = phaseBoundaries(moments);
  if (boundaries.length < 2) return void 0;
  const stamp = (iso) => formatClock(iso, "UTC", true).replace(" ", "T");
  const first = boundaries[0]?.at;
  const lastAt = moments.closed ?? lastEventAt;
  const manyDays = Date.parse(lastAt) - Date.parse(first) > 864e5;
  const lines = [
    "gantt",
    "  title Incident phases (UTC)",
    "  dateFormat YYYY-MM-DDTHH:mm",
    `  axisFormat ${manyDays ? "%m-%d %H:%M" : "%H:%M"}`
  ];
  boundaries.forEach((boundary, index) => {
    const label2 = PHASE_LABELS[boundary.phase];
    const next = boundaries[index + 1];
    if (next) {
      lines.push(`  ${label2} : ${stamp(boundary.at)}, ${stamp(next.at)}`);
    } else if (boundary.phase === "post-incident") {
      lines.push(`  Closed : milestone, ${stamp(boundary.at)}, 0m`);
    } else {
      const end = Date.parse(lastEventAt) > Date.parse(boundary.at) ? stamp(lastEventAt) : "1m";
      lines.push(`  ${label2} (ongoing) : active, ${stamp(boundary.at)}, ${end}`);
    }
  });
  return { type: "code", lang: "mermaid", value: lines.join("\n") };
}

// src/core/markdown/table-lines.ts
var remembered3 = new RecentMap(2e4);
function tableLines(header2, rows, align) {
  const headKey = JSON.stringify([header2, align]);
  const missing = rows.filter(({ key }) => !remembered3.has(key));
  const known = remembered3.has(headKey) && missing.length === 0;
  const [head1, head2, ...lines] = known ? remembered3.get(headKey).split("\n") : serialise(
    header2,
    missing.map(({ row: row2 }) => row2),
    align
  );
  const fresh = new Map(missing.map(({ key }, i) => [key, lines[i]]));
  const out = rows.map(({ key }) => fresh.get(key) ?? remembered3.get(key));
  for (const [key, line] of fresh) remembered3.set(key, line);
  if (!known) remembered3.set(headKey, `${head1}
${head2}`);
  return { head: [head1, head2], rows: out };
}
function serialise(header2, rows, align) {
  const table2 = { type: "table", align, children: [header2, ...rows] };
  const lines = toMarkdown({ type: "root", children: [table2] }).replace(/\n$/, "").split("\n");
  if (lines.length !== rows.length + 2) throw new Error("a table row serialised to several lines");
  return lines;
}

// src/core/timeline/render-timeline-table.ts
function renderTimelineTable(entries, zone, only) {
  const zones = zone === "UTC" ? ["UTC"] : ["UTC", zone];
  const header2 = row([...zones.map((z4) => [text(`Time (${z4})`)]), [text("Event")]]);
  const indexes = only ? [...only] : entries.map((_, i) => i);
  const rows = indexes.map((i) => {
    const entry = entries[i];
    const before = entries[i - 1];
    const times = zones.map((z4, column) => {
      const local = wallClock(entry.at, z4);
      const newDay = !before || wallClock(before.at, z4).slice(0, 10) !== local.slice(0, 10);
      const clock = newDay ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(11, 16);
      const linked = column === 0 && entry.url !== void 0 && entry.source === "command";
      const shown2 = linked && entry.url ? { type: "link", url: entry.url, children: [text(clock)] } : text(clock);
      return [shown2];
    });
    const shown = row([...times, eventCell(entry)]);
    return { key: JSON.stringify(shown), row: shown };
  });
  return tableLines(header2, rows, [...zones.map(() => null), null]);
}
function eventCell(entry) {
  const cell = [];
  if (entry.keys.length > 0) {
    cell.push(strong(entry.keys.map((key) => MOMENT_LABELS[key]).join(" \xB7 ")), text(" \xB7 "));
  } else if (entry.tag) {
    cell.push(emphasis(`[${TAG_LABELS[entry.tag].toLowerCase()}]`), text(" "));
  }
  cell.push(userText(entry.text), text(` \u2014 ${quietLogin(entry.actor)}`));
  return cell;
}
function row(cells) {
  return {
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  };
}

// src/core/timeline/render-timeline-comment.ts
var MAX_TIMELINE_COMMENT_CHARS = 6e4;
function renderTimelineComment(timeline, options) {
  const zone = options.config.timezone;
  let shown = fitting(timeline, options);
  let table2 = renderTimelineTable(shown, zone);
  for (; ; ) {
    const markdown = assemble(timeline, shown, table2, options);
    const excess = markdown.length - MAX_TIMELINE_COMMENT_CHARS;
    if (excess <= 0 || !shown.some((entry) => entry.keys.length === 0)) return markdown;
    shown = dropOldest(shown, table2.rows, excess);
    table2 = renderTimelineTable(shown, zone);
  }
}
var OMISSION_NOTE_CHARS = 160;
var MEASURE_CHUNK = 256;
function fitting(timeline, options) {
  const entries = timeline.entries;
  const zone = options.config.timezone;
  const empty = renderTimelineTable([], zone);
  const frame = assemble(timeline, entries, empty, options).length;
  const keyIndexes = entries.flatMap((entry, i) => entry.keys.length > 0 ? [i] : []);
  const keyRows = renderTimelineTable(entries, zone, keyIndexes).rows;
  let left = MAX_TIMELINE_COMMENT_CHARS - frame - lineLengths(keyRows);
  const ordinary = entries.flatMap((entry, i) => entry.keys.length === 0 ? [i] : []);
  let cut2 = ordinary.length;
  while (cut2 > 0) {
    const chunk = ordinary.slice(Math.max(0, cut2 - MEASURE_CHUNK), cut2);
    const lines = renderTimelineTable(entries, zone, chunk).rows;
    let i = lines.length;
    while (i > 0 && left - ((lines[i - 1]?.length ?? 0) + 1) >= 0) {
      i -= 1;
      left -= (lines[i]?.length ?? 0) + 1;
    }
    cut2 -= lines.length - i;
    if (i > 0) break;
  }
  if (cut2 === 0) return entries;
  left -= OMISSION_NOTE_CHARS;
  const rows = renderTimelineTable(entries, zone, ordinary.slice(cut2)).rows;
  let k = 0;
  while (left < 0 && k < rows.length) {
    left += (rows[k]?.length ?? 0) + 1;
    k += 1;
  }
  const kept = new Set(ordinary.slice(cut2 + k));
  return entries.filter((entry, i) => entry.keys.length > 0 || kept.has(i));
}
function lineLengths(lines) {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}
function dropOldest(shown, lines, excess) {
  let left = excess;
  return shown.filter((entry, i) => {
    if (left <= 0 || entry.keys.length > 0) return true;
    left -= (lines[i]?.length ?? 0) + 1;
    return false;
  });
}
var TABLE_SLOT = "<!-- incident-scribe:timeline-table -->";
function assemble(timeline, entries, table2, options) {
  const { config, now } = options;
  const zone = config.timezone;
  const metrics = computeMetrics(timeline, config);
  const children = [
    { type: "html", value: renderMarker("timeline", { incident: options.incidentId }) },
    heading2(3, `Timeline of ${options.incidentId}`),
    renderIncidentState(timeline.state),
    { type: "html", value: TABLE_SLOT }
  ];
  const omitted = timeline.entries.length - entries.length;
  if (omitted > 0) {
    children.push(
      paragraph(
        emphasis(
          `${omitted} earlier ${omitted === 1 ? "entry is" : "entries are"} left out to fit GitHub's comment size limit; the issue's history has them all.`
        )
      )
    );
  }
  children.push(heading2(4, "Metrics"), renderMetrics(metrics, zone));
  if (timeline.state.open) {
    const deadlines = computeDeadlines(timeline, config, now);
    children.push(
      heading2(4, "Deadlines"),
      renderDeadlines(deadlines, zone, timeline.moments.acknowledged !== void 0)
    );
  }
  const lastEventAt = timeline.entries.at(-1)?.at ?? timeline.moments.start;
  const gantt = renderPhaseGantt(timeline.moments, lastEventAt);
  if (gantt) children.push(heading2(4, "Phases"), gantt);
  const zones = zone === "UTC" ? "UTC" : `UTC and ${zone}`;
  children.push(
    paragraph(
      emphasis(
        `Times in ${zones}. Rebuilt from this issue's history on every change; add an event with "/timeline <what happened> | <HH:MM>", or see "/help".`
      )
    )
  );
  const rest = toMarkdown({ type: "root", children });
  return rest.replace(TABLE_SLOT, () => [...table2.head, ...table2.rows].join("\n"));
}
function heading2(depth, value) {
  return { type: "heading", depth, children: [text(value)] };
}

// src/core/escalation/render-escalation.ts
function escalationMarker(level) {
  return `escalation-${level.toLowerCase()}`;
}
function updateOverdueMarker(due) {
  return `update-overdue-${Math.floor(Date.parse(due) / 6e4)}`;
}
var MENTIONABLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;
function escalationWho(who, config) {
  return config.report.mentionEscalation && MENTIONABLE.test(who) ? who : neutralizeMentions(who);
}
function renderEscalation(step, context, config) {
  const { level } = step;
  const sev = context.severity ? ` (${context.severity.id.toUpperCase()})` : "";
  const waited = formatMinutesShort(
    Math.round((Date.parse(step.dueAt) - Date.parse(context.detected)) / 6e4)
  );
  const children = [
    {
      type: "html",
      value: renderMarker(escalationMarker(level.level), {
        level: level.level,
        noAccess: context.noAccess
      })
    },
    paragraph(
      strong(`Escalated to ${level.level}: ${escalationWho(level.who, config)}`),
      text(
        `. ${context.incidentId}${sev} is not acknowledged ${waited} after it was detected (target ${formatMinutesShort(config.acknowledgeTargetMinutes)}). Acknowledge with `
      ),
      code("/ack"),
      text(".")
    )
  ];
  if (context.noAccess) {
    children.push(
      paragraph(
        text(
          `${neutralizeMentions(level.who)} has no access to this repository: fix the escalation path in .github/incident-scribe.yml.`
        )
      )
    );
  }
  if (context.next) {
    children.push(
      paragraph(
        text(
          `Next: ${context.next.level.level} ${neutralizeMentions(context.next.level.who)} at ${formatInstant(context.next.dueAt, config.timezone)} if still unacknowledged.`
        )
      )
    );
  }
  return toMarkdown({ type: "root", children });
}
function renderUpdateOverdue(due, context, config) {
  const to = context.commander ? `${config.report.mentionEscalation ? `@${context.commander}` : quietLogin(context.commander)} (commander)` : "No commander yet";
  const every = context.severity ? ` (every ${formatMinutesShort(context.severity.updateEveryMinutes)} for ${context.severity.id.toUpperCase()})` : "";
  return toMarkdown({
    type: "root",
    children: [
      { type: "html", value: renderMarker(updateOverdueMarker(due), { due }) },
      paragraph(
        text(
          `${to}: a status update was due at ${formatInstant(due, config.timezone)}${every}. Post one with `
        ),
        code("/status <status> <message>"),
        text(".")
      )
    ]
  });
}

// src/usecases/escalation/escalated-in.ts
var LEVELS = ["L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9"];
function escalatedIn(comments, self) {
  const escalated = LEVELS.flatMap((level) => {
    const found = findOwnComments(
      comments,
      self,
      escalationMarker(level),
      (data) => data.level === level ? data : void 0
    )[0];
    if (!found) return [];
    return [
      {
        level,
        at: found.comment.createdAt,
        ...found.data.noAccess === true ? { noAccess: true } : {}
      }
    ];
  });
  return escalated.length > 0 ? { escalated } : {};
}

// src/usecases/incident/apply-commands.ts
async function applyCommands(port, config, issue2, timeline, comment2, context) {
  const actor = { login: context.self, type: "Bot" };
  const at3 = context.at;
  const made = [];
  const refused = new Set(
    timeline.rejected.filter((r) => r.commentId === comment2.id).map((r) => r.command.line)
  );
  const { commands } = parseCommentCommands(comment2, config);
  let labels = issue2.labels;
  let assignees = issue2.assignees;
  for (const command of commands.filter((c) => !refused.has(c.line))) {
    if (command.kind === "role" && command.role === "commander" && !includes(assignees, command.login)) {
      await port.addAssignees(issue2.number, [command.login]);
      made.push({ kind: "assigned", actor, at: at3, assignee: command.login });
      assignees = [...assignees, command.login];
    }
    if (command.kind === "severity") {
      const severity = findSeverity(config, command.severity);
      if (!severity) continue;
      if (!includes(labels, severity.label)) {
        await port.addLabels(issue2.number, [severity.label]);
        made.push({ kind: "labeled", actor, at: at3, label: severity.label });
      }
      for (const other of config.severities.filter((s) => s !== severity)) {
        if (!includes(labels, other.label)) continue;
        await port.removeLabel(issue2.number, other.label);
        made.push({ kind: "unlabeled", actor, at: at3, label: other.label });
      }
      labels = [
        ...labels.filter(
          (l) => !config.severities.some((s) => s.label.toLowerCase() === l.toLowerCase())
        ),
        severity.label
      ];
    }
  }
  return { issue: { ...issue2, labels, assignees }, made };
}
function includes(list2, value) {
  return list2.some((item) => item.toLowerCase() === value.toLowerCase());
}

// src/core/commands/access.ts
function reaches(permission, minimum) {
  return permission !== "none" && PERMISSIONS.indexOf(permission) >= PERMISSIONS.indexOf(minimum);
}

// src/core/timeline/logins-to-check.ts
function loginsToCheck(events, config, self = "") {
  const logins = /* @__PURE__ */ new Map();
  const add = (login) => logins.set(login.toLowerCase(), logins.get(login.toLowerCase()) ?? login);
  for (const event of events) {
    if (event.kind !== "commented" || !takesCommandsFrom(event.actor, config, self)) continue;
    const { commands } = parseCommentCommands(event, config);
    for (const command of commands) {
      if (changesState(command)) add(event.actor.login);
      if (command.kind === "role") add(command.login);
    }
  }
  return [...logins.values()];
}

// src/usecases/incident/resolve-access.ts
async function resolveAccess(port, config, events, known) {
  const people = { ...known?.people };
  const refused = new Set(known?.refused ?? []);
  const judgedAt = known?.judgedAt ? Date.parse(known.judgedAt) : Number.NEGATIVE_INFINITY;
  const asked = /* @__PURE__ */ new Set();
  const self = await port.selfLogin();
  const ask = async (login) => {
    if (asked.has(login.toLowerCase())) return;
    asked.add(login.toLowerCase());
    if (isAllowedBot(login, config)) {
      people[login.toLowerCase()] = "act";
      return;
    }
    const permission = await port.permissionOf(login);
    const decision2 = reaches(permission, config.commands.permission) ? "act" : "access";
    people[login.toLowerCase()] = permission === "none" ? "none" : decision2;
  };
  const unjudged = /* @__PURE__ */ new Set();
  let latest2;
  for (const event of events) {
    if (event.kind !== "commented" || !takesCommandsFrom(event.actor, config, self)) continue;
    const written = Math.max(Date.parse(event.at), Date.parse(event.updatedAt));
    latest2 = latest2 === void 0 ? written : Math.max(latest2, written);
    if (written <= judgedAt) continue;
    const { commands } = parseCommentCommands(event, config);
    if (!commands.some(changesState)) continue;
    unjudged.add(event.id);
    await ask(event.actor.login);
  }
  for (const login of loginsToCheck(events, config, self)) {
    if (people[login.toLowerCase()] === void 0) await ask(login);
  }
  const decision = (login) => people[login.toLowerCase()];
  return {
    access: {
      canAct: (login) => decision(login) === "act",
      canActIn: (login, commentId) => {
        if (unjudged.has(commentId)) return decision(login) === "act";
        return !refused.has(commentId);
      },
      hasAccess: (login) => decision(login) !== "none"
    },
    people,
    // Moved on only when a command was judged: comments without one need no judgement, and
    // the status comment is not rewritten for them.
    judgedAt: unjudged.size > 0 && latest2 !== void 0 ? new Date(latest2).toISOString().replace(".000Z", "Z") : known?.judgedAt
  };
}

// src/core/timeline/render-help.ts
var COMMAND_NAMES = [
  "timeline",
  "ack",
  "ic",
  "lead",
  "scribe",
  "severity",
  "status",
  "action",
  "postmortem",
  "help"
];
function helpLines(config) {
  const severities = config.severities.map((s) => s.id).join(", ");
  return [
    { syntax: "/timeline", does: "show or refresh the timeline comment" },
    { syntax: "/timeline <what happened>", does: "add an event at the time of your comment" },
    {
      syntax: "/timeline <what happened> | <YYYY-MM-DD> <HH:MM>",
      does: 'add an event at that time (GitLab syntax); "| <HH:MM>" alone means its latest occurrence before your comment'
    },
    {
      syntax: "/timeline [impact mitigated] <what happened> | <HH:MM>",
      does: `tag the event with one of ${tagList()}`
    },
    { syntax: "/ack", does: "acknowledge the incident: you are responding" },
    { syntax: "/ic @user", does: 'name the incident commander (also assigned); "me" for yourself' },
    { syntax: "/lead @user", does: "name the tech lead" },
    { syntax: "/scribe @user", does: "name the scribe" },
    { syntax: "/severity sev1", does: `set the severity (${severities})` },
    {
      syntax: "/status <state> <update> | eta <when> | root cause <text>",
      does: "post a status update; state is investigating, identified, mitigating, monitoring or resolved; eta and root cause are optional"
    },
    {
      syntax: "/action <what to do> @owner due:<date>",
      does: "file an action item as a sub-issue of this incident; owner and due date optional (due:2025-03-10, due:Mar 10, due:+7d)"
    },
    {
      syntax: "/postmortem",
      does: `draft the post-mortem pull request now, or get its link${closingOpens(config)}`
    },
    { syntax: "/help", does: "this list" }
  ];
}
function renderHelp(config, commentId, extra = []) {
  const children = [
    { type: "html", value: renderMarker("help", { comment: commentId }) },
    paragraph("Incident commands, one per line at the start of a line:"),
    helpList([...helpLines(config), ...extra]),
    paragraph(
      `Times are ${timesIn(config)}. Commands that change the incident need ${config.commands.permission} permission on this repository. Quoted lines and code blocks are never commands.`
    )
  ];
  return toMarkdown({ type: "root", children });
}
function helpList(lines) {
  return bulletList(lines.map((line) => [code(line.syntax), text(`: ${line.does}`)]));
}
function commandNames(names = COMMAND_NAMES) {
  return names.flatMap((name, index) => [...index === 0 ? [] : [text(", ")], code(`/${name}`)]);
}
function timesIn(config) {
  return config.timezone === "UTC" ? "in UTC" : `in ${config.timezone} (add UTC after a time to give it in UTC)`;
}
function closingOpens(config) {
  const ids = config.postmortem.requiredFor;
  if (ids.length === 0) return " (closing never opens one: no severity requires it)";
  const list2 = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(", ")} or ${ids.at(-1)}`;
  return ` (also done by closing a ${list2})`;
}

// src/core/timeline/render-command-reply.ts
function describeRejection(rejected, config) {
  const { command } = rejected;
  switch (rejected.reason) {
    case "unknown":
      return "not a command I know.";
    case "invalid":
      return command.kind === "invalid" ? command.message : "not understood.";
    case "not-permitted":
      return `changing the incident needs ${config.commands.permission} permission on this repository.`;
    case "no-access": {
      if (command.kind !== "role") return "that person has no access to this repository.";
      return `@${command.login} has no access to this repository, so cannot be ${ROLE_LABELS[command.role]}.`;
    }
  }
}
function renderCommandReply(timeline, commentId, config) {
  const rejected = timeline.rejected.filter((r) => r.commentId === commentId);
  const notes = timeline.notes.filter((n) => n.commentId === commentId);
  const author = rejected[0]?.author ?? notes[0]?.author;
  if (author === void 0) return void 0;
  const children = [
    { type: "html", value: renderMarker("command-reply", { comment: commentId }) }
  ];
  if (rejected.length > 0) {
    children.push(
      paragraph(
        `${quietLogin(author)}, ${plural2(rejected.length)} in your comment changed nothing:`
      ),
      bulletList(shortened(rejectionItems(rejected, config), "lines changed nothing"))
    );
  }
  if (notes.length > 0) {
    children.push(
      paragraph(rejected.length > 0 ? "Also:" : `${quietLogin(author)}, noted with a change:`),
      bulletList(
        shortened(
          notes.map((n) => lineItem([n.line], [], n.note)),
          "lines noted with a change"
        )
      )
    );
  }
  if (rejected.some((r) => r.reason === "unknown")) {
    children.push(
      paragraph(
        "Valid commands: ",
        ...commandNames(),
        text(". Write "),
        code("/help"),
        text(" for how to use them.")
      )
    );
  } else if (rejected.some((r) => r.reason === "invalid")) {
    children.push(
      paragraph(
        text("Edit your comment to fix it (the scribe reads it again), or write "),
        code("/help"),
        text(" for the syntax.")
      )
    );
  }
  return toMarkdown({ type: "root", children });
}
var MAX_ITEMS2 = 20;
var MAX_LINES2 = 30;
var MAX_NAMES = 10;
function shortened(items, what) {
  const { shown, more: more2 } = firstOf(items, MAX_ITEMS2);
  return more2 > 0 ? [...shown, [text(`\u2026 ${andMore(more2, what)}.`)]] : shown;
}
function plural2(count2) {
  return count2 === 1 ? "a command" : `${count2} commands`;
}
function rejectionItems(rejected, config) {
  const items = [];
  const unpermitted = rejected.filter((r) => r.reason === "not-permitted");
  for (const r of rejected) {
    if (r.reason !== "not-permitted") {
      items.push(lineItem([r.command.line], [nameOf(r)], describeRejection(r, config)));
    } else if (r === unpermitted[0]) {
      items.push(
        lineItem(
          unpermitted.map((u) => u.command.line),
          [...new Set(unpermitted.map(nameOf))],
          describeRejection(r, config)
        )
      );
    }
  }
  return items;
}
function nameOf(rejected) {
  const { command } = rejected;
  if (command.kind === "unknown" || command.kind === "invalid") return command.name;
  if (command.kind === "role")
    return { commander: "ic", lead: "lead", scribe: "scribe" }[command.role];
  return command.kind === "timeline-note" || command.kind === "timeline-refresh" ? "timeline" : command.kind;
}
function lineItem(lines, names, message2) {
  const someNames = firstOf(names, MAX_NAMES);
  const codes = [
    ...someNames.shown.flatMap((name, index) => [
      ...index === 0 ? [] : [text(", ")],
      code(`/${capLength(name, 40).text}`)
    ]),
    ...someNames.more > 0 ? [text(` ${andMore(someNames.more)}`)] : []
  ];
  const someLines = firstOf(lines, MAX_LINES2);
  const numbers = [someLines.shown.join(", "), andMore(someLines.more)].filter(Boolean).join(" ");
  const head = lines.length === 1 ? [text(`Line ${lines[0]}`), ...codes.length > 0 ? [text(", "), ...codes] : []] : [text(`Lines ${numbers} (`), ...codes, text(")")];
  return [...head, text(": "), userText(message2, 600)];
}

// src/core/timeline/render-status-update.ts
function renderStatusUpdate(timeline, update2, options) {
  const zone = options.config.timezone;
  const lines = [
    field("Incident", userText(`${options.incidentId}: ${timeline.incident.title}`)),
    field("Status", STATUS_LABELS[update2.status])
  ];
  if (update2.status === "resolved") {
    const cause = update2.rootCause ?? timeline.state.rootCause;
    const severity = timeline.state.severity;
    const required = severity !== void 0 && options.config.postmortem.requiredFor.includes(severity.id);
    const { closed, start } = timeline.moments;
    lines.push(
      field("Update", userText(update2.message)),
      // Duration is start to close everywhere; before the close, say what is known so far.
      closed ? field("Duration", formatMinutesLong(minutesBetween(start, closed))) : field("Time to resolve", formatMinutesLong(minutesBetween(start, update2.at))),
      field(
        "Root Cause",
        cause ? userText(cause) : required ? "to be found in the post-mortem" : "not given"
      ),
      field("Action Items", ...actionItems(options, required))
    );
  } else {
    const severity = timeline.state.severity;
    const next = severity ? `${formatInstant(plus(update2.at, severity.updateEveryMinutes), zone)} (every ${formatMinutesShort(severity.updateEveryMinutes)})` : "when there is news (no severity set, so no cadence)";
    lines.push(
      field("Update", userText(update2.message)),
      field("Next Update", next),
      field("ETA", eta(timeline, update2, zone))
    );
  }
  const children = [
    {
      type: "html",
      value: renderMarker("status-update", {
        incident: options.incidentId,
        comment: update2.commentId,
        line: update2.line
      })
    },
    paragraph(...lines.flatMap((parts, index) => index === 0 ? parts : [text("\n"), ...parts]))
  ];
  return toMarkdown({ type: "root", children });
}
function eta(timeline, update2, zone) {
  if (update2.eta) return formatInstant(update2.eta, zone);
  const upTo = timeline.statusUpdates.slice(0, timeline.statusUpdates.indexOf(update2) + 1);
  const given = upTo.findLast((u) => u.eta !== void 0)?.eta;
  if (!given) return "not known yet";
  const passed = Date.parse(given) < Date.parse(update2.at) ? " (passed)" : "";
  return `${formatInstant(given, zone)}, as last given${passed}`;
}
function actionItems(options, required) {
  if (!options.actionItems && required)
    return [text("in the post-mortem, opened as a pull request when this issue closes")];
  if (!options.actionItems)
    return [text("no post-mortem required; comment "), code("/postmortem"), text(" to draft one")];
  const link2 = {
    type: "link",
    url: options.actionItems.url,
    children: [text(options.actionItems.text)]
  };
  return [link2];
}
function plus(iso, minutes2) {
  return new Date(Date.parse(iso) + minutes2 * 6e4).toISOString();
}

// src/usecases/incident/sync-replies.ts
var REPLY_KINDS = ["status-update", "command-reply", "help"];
async function syncReplies(port, config, timeline, context) {
  const wanted = /* @__PURE__ */ new Map();
  for (const update2 of timeline.statusUpdates) {
    wanted.set(
      `status-update:${update2.commentId}:${update2.line}`,
      renderStatusUpdate(timeline, update2, { incidentId: context.incidentId, config })
    );
  }
  const answered = new Set([...timeline.rejected, ...timeline.notes].map((r) => r.commentId));
  for (const commentId of answered) {
    const reply = renderCommandReply(timeline, commentId, config);
    if (reply) wanted.set(`command-reply:${commentId}`, reply);
  }
  for (const commentId of timeline.helpAsked) {
    wanted.set(`help:${commentId}`, renderHelp(config, commentId));
  }
  let writes = 0;
  const existing = /* @__PURE__ */ new Map();
  for (const kind of REPLY_KINDS) {
    const own = findOwnComments(context.comments, context.self, kind, readReplyMarker);
    for (const { comment: comment2, data } of own) {
      const key = kind === "status-update" ? `${kind}:${data.comment}:${data.line}` : `${kind}:${data.comment}`;
      if (existing.has(key) || !wanted.has(key)) {
        await port.deleteIssueComment(comment2.id);
        writes++;
      } else {
        existing.set(key, comment2);
      }
    }
  }
  let created = 0;
  for (const [key, body] of wanted) {
    const comment2 = existing.get(key);
    if (!comment2) {
      await port.createIssueComment(context.issue, body);
      created++;
    } else if (comment2.body !== body && key.split(":")[1] === String(context.trigger)) {
      await port.updateIssueComment(comment2.id, body);
    } else continue;
    writes++;
  }
  if (created > 0)
    writes += await keepOldestReplies(port, context.issue, context.self, REPLY_KINDS);
  return writes;
}

// src/usecases/incident/refresh-incident.ts
var TIMELINE_MARKER = "timeline";
async function refreshIncident(port, config, request) {
  let issue2 = request.issue;
  if (!decideSeverity(config, { labels: issue2.labels }) && !issue2.labels.includes(config.labels.incident)) {
    return { outcome: "not-an-incident" };
  }
  const self = await port.selfLogin();
  const events = await port.listIssueTimeline(issue2.number, { changed: request.commentId });
  const comments = ownCommentsIn(events, self);
  const before = findOwnComments(comments, self, STATUS_MARKER, readStatusMarker)[0]?.data;
  const writesBefore = port.writes();
  const decision = await settleLabels(port, config, issue2, before);
  if (!decision) return { outcome: "not-an-incident" };
  issue2 = decision.issue;
  const typed = await settleIssueType(port, config, issue2.number, before, request.failures);
  const trigger = events.find((e) => e.kind === "commented" && e.id === request.commentId);
  const { access, people, judgedAt } = await resolveAccess(port, config, events, before);
  let timeline = buildTimeline(issue2, events, config, self, access);
  if (trigger?.kind === "commented" && trigger.actor.login !== self) {
    const applied = await applyCommands(
      port,
      config,
      issueAsOfEvents(issue2, events),
      timeline,
      trigger,
      { self, at: request.now.toISOString() }
    );
    issue2 = applied.issue;
    if (applied.made.length > 0) {
      timeline = buildTimeline(issue2, [...events, ...applied.made], config, self, access);
    }
  }
  const id = incidentId(config.incidentIdFormat, issue2);
  const severity = request.addedLabel !== void 0 || !before ? decision.severity : timeline.state.severity;
  const changed = before !== void 0 && before.severity !== (severity?.id ?? null);
  const current = { ...timeline, state: { ...timeline.state, severity } };
  const status2 = renderStatusComment(
    {
      id,
      issue: issue2,
      severity,
      state: current.state,
      deadlines: computeDeadlines(current, config, request.now),
      metrics: computeMetrics(current, config),
      eta: currentEta(current),
      lastUpdatedAt: lastChangeAt(current),
      now: request.now,
      note: decision.note ?? (changed ? void 0 : before?.note),
      memory: {
        ...memoryOf(people, timeline, judgedAt),
        ...escalatedIn(comments, self),
        ...typed ? { typed } : {}
      },
      // Written by the action-item sync; carried over as it is.
      itemsSection: extractItemSection(
        findOwnComments(comments, self, STATUS_MARKER)[0]?.comment.body
      )
    },
    config
  );
  const { failures } = request;
  await independently(
    failures,
    "status comment",
    () => ensureOwnComment(port, issue2.number, STATUS_MARKER, status2, { comments, self })
  );
  for (const stale of findOwnComments(comments, self, CONFIG_ERROR_MARKER)) {
    await independently(
      failures,
      "configuration-error comment",
      () => port.deleteIssueComment(stale.comment.id)
    );
  }
  const asked = trigger?.kind === "commented" && commandNamesIn(trigger.body).has("timeline");
  if (asked || findOwnComments(comments, self, TIMELINE_MARKER).length > 0) {
    const body = renderTimelineComment(timeline, { incidentId: id, config, now: request.now });
    await independently(
      failures,
      "timeline comment",
      () => ensureOwnComment(port, issue2.number, TIMELINE_MARKER, body, { comments, self })
    );
  }
  await independently(
    failures,
    "replies",
    () => syncReplies(port, config, timeline, {
      issue: issue2.number,
      incidentId: id,
      comments,
      self,
      trigger: request.commentId
    })
  );
  const outcome = port.writes() > writesBefore ? "updated" : "unchanged";
  return { outcome, record: { events, self, people, timeline } };
}
function memoryOf(people, timeline, judgedAt) {
  const refused = [
    ...new Set(
      timeline.rejected.filter((r) => r.reason === "not-permitted").map((r) => r.commentId)
    )
  ].sort((a, b) => a - b);
  return {
    ...people && Object.keys(people).length > 0 ? { people } : {},
    ...refused.length > 0 ? { refused } : {},
    ...judgedAt ? { judgedAt } : {}
  };
}
async function settleIssueType(port, config, issue2, before, failures) {
  const wanted = config.issueTypes.incident;
  const done = typeof before?.typed === "string" ? before.typed : void 0;
  if (!wanted || done === wanted) return done;
  const set = await independently(failures, "issue type", async () => {
    await port.updateIssue(issue2, { type: wanted });
    return wanted;
  });
  return set ?? done;
}
async function settleLabels(port, config, issue2, before) {
  const previous = before ? before.severity : void 0;
  let labels = issue2.labels;
  let decision = decideSeverity(config, { labels, previous });
  if (before && decision && (decision.remove.length > 0 || !labels.includes(config.labels.incident))) {
    labels = await port.listIssueLabels(issue2.number);
    decision = decideSeverity(config, { labels, previous });
  }
  if (!decision) return void 0;
  for (const label2 of decision.remove) await port.removeLabel(issue2.number, label2);
  if (!labels.includes(config.labels.incident))
    await port.addLabels(issue2.number, [config.labels.incident]);
  const kept = labels.filter((l) => !decision.remove.includes(l));
  return {
    ...decision,
    issue: {
      ...issue2,
      labels: kept.includes(config.labels.incident) ? kept : [...kept, config.labels.incident]
    }
  };
}

// src/usecases/alerts/ingest-alerts.ts
var MAX_NEW_INCIDENTS = 20;
function groupHash(key) {
  return createHash("sha256").update(key, "utf8").digest("hex");
}
async function ingestAlerts(port, config, request) {
  const { now, failures } = request;
  const self = await port.selfLogin();
  const openByGroup = async () => byGroup(await listed(port, config, "open"), self);
  let open = await openByGroup();
  let closed;
  port.allowWrites(request.groups.length * 6);
  const outcomes = [];
  let opened = 0;
  let base;
  for (const group of request.groups) {
    const hash = groupHash(group.key);
    const done = await failures.attempt(`alert group ${hash.slice(0, 12)}`, async () => {
      const existing = open.get(hash);
      if (existing) return notify(port, config, existing, hash, group, now, self, failures);
      if (group.status === "resolved") return { group: hash, outcome: "no open incident" };
      if (opened >= MAX_NEW_INCIDENTS) {
        return { group: hash, outcome: "refused: too many new incidents in one payload" };
      }
      closed ??= byGroup(
        await listed(
          port,
          config,
          "closed",
          plusMinutes3(now, -config.alerts.recurrenceWindowMinutes)
        ),
        self
      );
      const previous = closed.get(hash);
      base ??= await request.baseSha();
      const claim = claimRef(hash, previous?.number, now, config.alerts.recurrenceWindowMinutes);
      if (!base || !await port.claimRef(claim, base)) {
        open = await openByGroup();
        const winner = open.get(hash);
        if (winner) return notify(port, config, winner, hash, group, now, self, failures);
        return { group: hash, outcome: "claimed by another delivery" };
      }
      opened++;
      const created = await openIssueOnce(
        port,
        {
          title: renderAlertTitle(group),
          body: renderAlertIssue(group, {
            config,
            groupHash: hash,
            recurrenceOf: previous?.number,
            now
          }),
          labels: alertIssueLabels(group, config),
          assignees: []
        },
        async () => {
          open = await openByGroup();
          return open.get(hash);
        },
        // Given back, so the alert's next notification can open the incident.
        () => port.releaseClaim(claim)
      );
      const issue2 = await port.getIssue(created.number);
      open.set(hash, issue2);
      await refreshIncident(port, config, { issue: issue2, now, failures });
      return { group: hash, outcome: "opened", issue: created.number };
    });
    outcomes.push(done ?? { group: hash, outcome: "unchanged" });
  }
  return outcomes;
}
async function notify(port, config, issue2, hash, group, now, self, failures) {
  const comments = ownCommentsIn(await port.listIssueTimeline(issue2.number), self);
  const before = findOwnComments(comments, self, ALERT_ACTIVITY_MARKER, readAlertActivity).find(
    (c) => c.data.group === hash
  )?.data;
  const after = planActivity(before, {
    group: hash,
    status: group.status,
    now,
    openedAt: issue2.createdAt
  });
  if (!after) return { group: hash, outcome: "unchanged", issue: issue2.number };
  await ensureOwnComment(
    port,
    issue2.number,
    ALERT_ACTIVITY_MARKER,
    renderAlertActivity(after, config),
    { comments, self }
  );
  if (findOwnComments(comments, self, TIMELINE_MARKER).length > 0) {
    await refreshIncident(port, config, { issue: issue2, now, failures });
  }
  return {
    group: hash,
    outcome: group.status === "resolved" ? "resolved" : "fired again",
    issue: issue2.number
  };
}
function listed(port, config, state, since) {
  return port.listIssuesByLabel(config.labels.incident, { state, ...since ? { since } : {} });
}
function byGroup(issues, self) {
  const found = /* @__PURE__ */ new Map();
  for (const issue2 of issues) {
    if (issue2.author.login !== self) continue;
    const marker = readAlertIssueMarker(readMarker(issue2.body, ALERT_MARKER));
    if (marker && !found.has(marker.group)) found.set(marker.group, issue2);
  }
  return found;
}
function claimRef(hash, previous, now, windowMinutes) {
  const generation = previous === void 0 ? `w${Math.floor(now.getTime() / (Math.max(1, windowMinutes) * 6e4))}` : `after-${previous}`;
  return `refs/incident-scribe/alerts/${hash.slice(0, 40)}/${generation}`;
}
function plusMinutes3(now, minutes2) {
  return new Date(now.getTime() + minutes2 * 6e4).toISOString();
}

// src/usecases/alerts/dispatched-alert.ts
var ALERT_EVENT_TYPE = "alert";
async function dispatchedAlert(payload, action, deps) {
  if (action !== ALERT_EVENT_TYPE) return `ignored: repository_dispatch.${action.slice(0, 50)}`;
  const client = payload.client_payload ?? {};
  const source = typeof client.source === "string" ? client.source : "";
  if (!ALERT_SOURCES.includes(source)) {
    return `refused: client_payload.source must be ${ALERT_SOURCES.join(", ")}`;
  }
  const parsed = parseAlerts(source, client.payload);
  if (!parsed.ok) return `refused: client_payload.payload is ${parsed.message}`;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return "refused: invalid configuration";
  const repository2 = payload.repository;
  const failures = new WriteFailures(deps.log);
  const groups = await ingestAlerts(deps.port, loaded.config, {
    groups: parsed.alerts.groups,
    now: deps.now(),
    baseSha: () => deps.port.branchSha(repository2?.default_branch ?? "main"),
    failures
  });
  return failures.settle(describe3(groups, parsed.alerts.skipped));
}
function describe3(groups, skipped) {
  const done = groups.map((g) => `${g.outcome}${g.issue ? ` #${g.issue}` : ""}`).join(", ");
  const more2 = skipped.length > 3 ? `; and ${skipped.length - 3} more` : "";
  const left = skipped.length > 0 ? `; skipped ${skipped.slice(0, 3).join("; ")}${more2}` : "";
  return `alerts: ${done || "none"}${left}`;
}

// src/core/escalation/plan-escalation.ts
function escalationSchedule(config, detected) {
  const steps = [];
  let previous = detected;
  config.escalation.forEach((level, index) => {
    if (index === 0) return;
    const dueAt = level.afterMinutes !== void 0 ? plusMinutes(detected, level.afterMinutes) : plusMinutes(previous, config.report.escalateUnacknowledgedAfterMinutes);
    steps.push({ level, dueAt });
    previous = dueAt;
  });
  return steps;
}
function planEscalation(timeline, deadlines, config, now, done) {
  const { moments, state } = timeline;
  const active = state.open && moments.resolved === void 0;
  const waiting = active && moments.acknowledged === void 0;
  const schedule = waiting ? escalationSchedule(config, moments.detected) : [];
  const due = schedule.filter((s) => Date.parse(s.dueAt) <= now.getTime());
  const overdueUpdate = active && deadlines.updateOverdue && deadlines.nextUpdateDue ? deadlines.nextUpdateDue : void 0;
  return {
    escalate: due.filter((s) => !done.levels.has(s.level.level)),
    next: schedule.find((s) => Date.parse(s.dueAt) > now.getTime()),
    updateOverdue: overdueUpdate && !done.updatesFlagged.has(overdueUpdate) ? overdueUpdate : void 0
  };
}

// src/usecases/escalation/escalate-incident.ts
var USER = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;
async function escalateIncident(port, config, request) {
  const { issue: issue2, record: record3, now } = request;
  const { timeline, self } = record3;
  const comments = ownCommentsIn(record3.events, self);
  const levels = new Set(
    config.escalation.map((l) => l.level).filter((level) => findOwnComments(comments, self, escalationMarker(level)).length > 0)
  );
  const deadlines = computeDeadlines(timeline, config, now);
  const due = deadlines.nextUpdateDue;
  const updatesFlagged = new Set(
    due && findOwnComments(comments, self, updateOverdueMarker(due)).length > 0 ? [due] : []
  );
  const plan = planEscalation(timeline, deadlines, config, now, { levels, updatesFlagged });
  let posted = 0;
  const id = incidentId(config.incidentIdFormat, issue2);
  for (const step of plan.escalate) {
    const user2 = USER.exec(step.level.who)?.[1];
    const noAccess = user2 !== void 0 && await port.permissionOf(user2) === "none";
    const body = renderEscalation(
      step,
      {
        incidentId: id,
        severity: timeline.state.severity,
        detected: timeline.moments.detected,
        next: plan.next,
        noAccess
      },
      config
    );
    await ensureOwnComment(port, issue2.number, escalationMarker(step.level.level), body, {
      comments,
      self
    });
    posted++;
  }
  if (plan.updateOverdue && request.flagUpdates) {
    const body = renderUpdateOverdue(
      plan.updateOverdue,
      { commander: timeline.state.roles.commander, severity: timeline.state.severity },
      config
    );
    await ensureOwnComment(port, issue2.number, updateOverdueMarker(plan.updateOverdue), body, {
      comments,
      self
    });
    posted++;
  }
  return posted;
}

// src/usecases/postmortem/open-postmortem.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/incident/impact-from-body.ts
function impactFromBody(body) {
  const lines = withoutComments(body).split("\n");
  const headings = lines.flatMap((line, index) => {
    const title = headingTitle(line);
    return title === void 0 ? [] : [{ index, title }];
  });
  if (headings.length === 0) return firstParagraph(lines);
  const at3 = headings.findIndex((h) => /\bimpact\b/i.test(h.title));
  const found = headings[at3];
  if (!found) return void 0;
  const end = headings[at3 + 1]?.index ?? lines.length;
  const text3 = lines.slice(found.index + 1, end).map((line) => line.trim()).filter((line) => line !== "" && line !== "_No response_").join(" ");
  return text3 === "" ? void 0 : text3;
}
function headingTitle(line) {
  const match = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
  if (!match) return void 0;
  return match[2].replace(/[ \t]#+[ \t]*$/, "").trim();
}
function firstParagraph(lines) {
  const start = lines.findIndex((line) => line.trim() !== "" && line.trim() !== "_No response_");
  if (start < 0) return void 0;
  let end = start;
  while (end < lines.length && lines[end].trim() !== "") end++;
  return lines.slice(start, end).map((line) => line.trim()).join(" ");
}
function withoutComments(body) {
  let out = "";
  let from = 0;
  for (; ; ) {
    const open = body.indexOf("<!--", from);
    if (open < 0) return out + body.slice(from);
    out += body.slice(from, open);
    const close = body.indexOf("-->", open + 4);
    if (close < 0) return out;
    from = close + 3;
  }
}

// src/core/postmortem/drafts-from-timeline.ts
var MAX_CAUSES = 5;
function draftsFromTimeline(timeline, issue2, severity, durationMinutes) {
  return {
    summary: summaryOf(timeline, severity, durationMinutes),
    impact: impactFromBody(issue2.body),
    rootCause: causesOf(timeline),
    detection: detectionOf(timeline)
  };
}
function summaryOf(timeline, severity, durationMinutes) {
  const { moments, entries } = timeline;
  const level = severity ? `a ${severity.id.toUpperCase()} (${severity.title}) incident` : "an incident";
  const end = moments.closed ?? moments.resolved;
  const lasted = durationMinutes !== null && end ? ` that lasted ${formatMinutesLong(Math.max(0, Math.round(durationMinutes)))}, ${span(moments.start, end)}` : `, from ${at2(moments.start, void 0)} UTC`;
  const sentences = [`${timeline.incident.title}: ${level}${lasted}.`];
  const detected = entries.find((e) => e.keys.includes("detected"));
  if (detected) {
    const how = detected.kind === "opened" ? "opened the incident issue" : `reported: ${detected.text}`;
    sentences.push(`@${detected.actor} ${how} at ${at2(detected.at, moments.start)}.`);
  }
  const acknowledged = entries.find((e) => e.keys.includes("acknowledged"));
  if (acknowledged)
    sentences.push(
      `@${acknowledged.actor} acknowledged it at ${at2(acknowledged.at, moments.start)}.`
    );
  const mitigated = entries.find((e) => e.keys.includes("mitigated"));
  if (mitigated)
    sentences.push(
      `Mitigated at ${at2(mitigated.at, moments.start)}: ${sentence(said(timeline, mitigated))}`
    );
  const resolved = entries.find((e) => e.keys.includes("resolved") && e.kind !== "closed");
  if (resolved)
    sentences.push(
      `Resolved at ${at2(resolved.at, moments.start)}: ${sentence(said(timeline, resolved))}`
    );
  return sentences.join(" ");
}
function causesOf(timeline) {
  const causes = [];
  for (const update2 of timeline.statusUpdates) {
    if (update2.rootCause)
      causes.push({ at: update2.at, actor: update2.actor, text: update2.rootCause });
  }
  for (const entry of timeline.entries) {
    if (entry.tag === "cause-identified" || entry.status === "identified") {
      causes.push({ at: entry.at, actor: entry.actor, text: said(timeline, entry) });
    }
  }
  const seen = /* @__PURE__ */ new Set();
  return causes.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).filter((cause) => {
    const key = cause.text.trim().toLowerCase();
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_CAUSES).map(
    (cause) => `${cause.text.trim().replace(/\.$/, "")} (@${cause.actor}, ${at2(cause.at, timeline.moments.start)} UTC).`
  );
}
function detectionOf(timeline) {
  const detected = timeline.entries.find((e) => e.keys.includes("detected"));
  if (!detected) return void 0;
  const when = `${at2(detected.at, timeline.moments.start)} UTC`;
  const late = minutesBetween(timeline.moments.start, detected.at);
  const after = late > 0 ? `, ${formatMinutesLong(late)} after the start` : "";
  return detected.kind === "opened" ? `Detected at ${when}${after}, when @${detected.actor} opened the incident issue.` : `Detected at ${when}${after}: ${sentence(detected.text)} (@${detected.actor})`;
}
function said(timeline, entry) {
  if (entry.kind !== "status") return entry.text;
  const update2 = timeline.statusUpdates.find(
    (u) => u.commentId === entry.commentId && u.status === entry.status && u.at === entry.at
  );
  return update2?.message ?? entry.text;
}
function sentence(text3) {
  const trimmed = text3.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
function at2(iso, start) {
  const ms = parseIsoTime(iso);
  if (ms === void 0) return iso;
  const startMs = start ? parseIsoTime(start) : void 0;
  return startMs !== void 0 && utcDay(startMs) === utcDay(ms) ? utcClock(ms) : `${utcDay(ms)} ${utcClock(ms)}`;
}
function span(startIso, endIso) {
  const start = parseIsoTime(startIso);
  const end = parseIsoTime(endIso);
  if (start === void 0 || end === void 0) return `from ${startIso} to ${endIso}`;
  return utcDay(start) === utcDay(end) ? `from ${utcClock(start)} to ${utcClock(end)} UTC on ${utcDay(start)}` : `from ${utcDay(start)} ${utcClock(start)} to ${utcDay(end)} ${utcClock(end)} UTC`;
}

// src/core/postmortem/facts-from-timeline.ts
function factsFromTimeline(timeline, issue2, config, context) {
  const { moments, state } = timeline;
  const metrics = computeMetrics(timeline, config);
  const severity = state.severity ?? config.severities[config.severities.length - 1];
  const response = [
    ["Time to acknowledge", metrics.timeToAcknowledge],
    ["Time to mitigate", metrics.timeToMitigate],
    ["Time to resolve", metrics.timeToResolve]
  ].map(
    ([name, measure2]) => `${name}: ${measure2 ? describeMeasure(measure2) : "not recorded"}`
  );
  const detection = [
    `Detected: ${moments.detected === moments.start ? "when the issue was opened" : `at ${moments.detected}`}`,
    `Time from start to detection: ${formatMinutesLong(minutesBetween(moments.start, moments.detected))}`
  ];
  const people = /* @__PURE__ */ new Set();
  for (const entry of timeline.entries) {
    if (entry.actor && entry.actor !== context.self && !entry.actor.endsWith("[bot]"))
      people.add(entry.actor);
  }
  return {
    id: context.id,
    title: issue2.title,
    severity: { id: severity?.id ?? "sev4", title: severity?.title ?? "Low" },
    status: "draft",
    times: {
      start: moments.start,
      detected: moments.detected,
      acknowledged: moments.acknowledged ?? null,
      mitigated: moments.mitigated ?? null,
      resolved: moments.resolved ?? null,
      closed: moments.closed ?? null
    },
    durationMinutes: metrics.duration?.minutes ?? null,
    commander: state.roles.commander ?? null,
    issueUrl: issue2.htmlUrl,
    timeline: timeline.entries.map((e) => ({ at: e.at, text: e.text, actor: e.actor })),
    detection,
    response,
    actionItems: context.actionItems ?? [],
    contributors: [...people].sort(),
    drafts: draftsFromTimeline(timeline, issue2, severity, metrics.duration?.minutes ?? null)
  };
}

// src/core/postmortem/fill-template.ts
import { dump } from "js-yaml";

// src/core/postmortem/fill-nodes.ts
var LOGIN5 = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
var TEAM2 = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][\w.-]{0,99}$/;
function safeText(value, max = 300) {
  return { type: "text", value: fileInline(value, max) };
}
function personText(name) {
  const bare = name.trim().replace(/^@\u200d?/, "");
  if (bare.length <= 140 && (LOGIN5.test(bare) || TEAM2.test(bare))) {
    return { type: "text", value: `@${bare}` };
  }
  return safeText(name, 60);
}
function tableOf(headers, align, rows) {
  const row2 = (cells) => ({
    type: "tableRow",
    children: headers.map((_, i) => ({
      type: "tableCell",
      children: [...cells[i] ?? []]
    }))
  });
  return {
    type: "table",
    align: headers.map((_, i) => align?.[i] ?? null),
    children: [row2(headers.map((h) => [{ type: "text", value: h }])), ...rows.map(row2)]
  };
}
function listOf(lines) {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: lines.map((line) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [safeText(line)] }]
    }))
  };
}
function ensureSection(root, key, appended) {
  const existing = findSections(root).filter((s) => s.key === key).sort((a, b) => a.heading.depth - b.heading.depth)[0];
  if (existing) return existing;
  const title = sectionTitle(key);
  root.children.push({ type: "heading", depth: 2, children: [{ type: "text", value: title }] });
  appended.push(title);
  return findSections(root).at(-1);
}
function placeInSection(root, section, type, nodes) {
  for (let i = section.index + 1; i < section.end; i++) {
    if (root.children[i]?.type === type) {
      root.children.splice(i, 1, ...nodes);
      return;
    }
  }
  let at3 = section.index + 1;
  while (at3 < section.end && root.children[at3]?.type !== "heading") at3++;
  root.children.splice(at3, 0, ...nodes);
}
function firstInSection(root, section, type) {
  for (let i = section.index + 1; i < section.end; i++) {
    const node = root.children[i];
    if (node?.type === type) return node;
  }
  return void 0;
}
function promptParagraph(question) {
  return { type: "paragraph", children: [{ type: "text", value: `TODO: ${question}` }] };
}

// src/core/postmortem/fill-metadata.ts
function fillMetadata(root, facts, appended) {
  const fields = metadataFields(facts);
  let section = ensureSection(root, "metadata", appended);
  if (!metadataList(root, section)) {
    placeInSection(root, section, "list", [
      { type: "list", ordered: false, spread: false, children: [] }
    ]);
    section = ensureSection(root, "metadata", appended);
  }
  const list2 = metadataList(root, section);
  if (!list2) return;
  const items = readMetadata(root, section);
  for (const field2 of fields) {
    if (!field2.value) continue;
    const item = items.find((candidate) => field2.names.includes(candidate.label));
    if (item) {
      setItemValue(item, field2.value);
    } else {
      list2.children.push(newItem(field2.label, field2.value));
    }
  }
}
function setItemValue(item, value) {
  const label2 = item.paragraph.children.slice(0, item.labelNodes);
  const plainLabel = item.labelNodes === 0 ? labelPrefix(item.paragraph.children[0]) : void 0;
  const separator = labelEndsWithColon(label2) ? " " : ": ";
  item.paragraph.children = plainLabel === void 0 ? [...label2, { type: "text", value: separator }, ...value] : [{ type: "text", value: `${plainLabel}: ` }, ...value];
}
function metadataFields(facts) {
  const firstTime = TIME_KEYS.map((key) => facts.times[key]).map((value) => value ? parseIsoTime(value) : void 0).find((ms) => ms !== void 0);
  const url = isWebUrl(facts.issueUrl) ? facts.issueUrl : void 0;
  return [
    { label: "Incident ID", names: ["incident id", "id"], value: [safeText(facts.id, 60)] },
    {
      label: "Date",
      names: ["date", "incident date"],
      value: firstTime === void 0 ? void 0 : [{ type: "text", value: longDate(utcDay(firstTime)) }]
    },
    {
      label: "Duration",
      names: ["duration"],
      value: facts.durationMinutes === null ? void 0 : [
        {
          type: "text",
          value: formatMinutesLong(Math.max(0, Math.round(facts.durationMinutes)))
        }
      ]
    },
    {
      label: "Severity",
      names: ["severity"],
      value: [safeText(`${facts.severity.id.toUpperCase()} (${facts.severity.title})`, 60)]
    },
    {
      label: "Incident Commander",
      names: ["incident commander", "commander", "ic"],
      value: facts.commander ? [personText(facts.commander)] : void 0
    },
    {
      label: "Incident Issue",
      names: ["incident issue", "issue", "github issue"],
      value: url ? [{ type: "link", url, children: [{ type: "text", value: url }] }] : void 0
    },
    {
      label: "Contributors",
      names: ["contributors", "responders", "participants"],
      value: facts.contributors.length === 0 ? void 0 : joined(facts.contributors.map((login) => personText(login)))
    }
  ];
}
function joined(nodes) {
  return nodes.flatMap(
    (node, i) => i === 0 ? [node] : [{ type: "text", value: ", " }, node]
  );
}
function newItem(label2, value) {
  return {
    type: "listItem",
    spread: false,
    children: [
      {
        type: "paragraph",
        children: [
          { type: "strong", children: [{ type: "text", value: label2 }] },
          { type: "text", value: ": " },
          ...value
        ]
      }
    ]
  };
}
function labelEndsWithColon(label2) {
  const last = label2.at(-1);
  return last?.type === "strong" && last.children.at(-1)?.type === "text" ? /:\s*$/.test(last.children.at(-1).value) : false;
}
function labelPrefix(node) {
  if (node?.type !== "text") return void 0;
  const colon = node.value.indexOf(":");
  return colon > 0 ? node.value.slice(0, colon) : void 0;
}
function isWebUrl(url) {
  return /^https?:\/\/[^\s<>"'`]{1,2000}$/.test(url);
}

// src/core/postmortem/fill-drafts.ts
var AFFECTED_LABELS = [
  "customers affected",
  "users affected",
  "customer impact",
  "who was affected"
];
function fillDrafts(root, drafts) {
  if (!drafts) return [];
  const filled = [];
  const put = (key, lines, place = placeParagraphs) => {
    const section = sectionOf(root, key);
    if (section && lines.length > 0 && place(root, section, lines)) filled.push(section.title);
  };
  put("summary", drafts.summary ? [drafts.summary] : []);
  put("impact", drafts.impact ? [drafts.impact] : [], placeImpact);
  put("root-cause", drafts.rootCause ?? []);
  put("detection", drafts.detection ? [drafts.detection] : []);
  return filled;
}
function sectionOf(root, key) {
  return findSections(root).filter((s) => s.key === key).sort((a, b) => a.heading.depth - b.heading.depth)[0];
}
function draftParagraph(line) {
  return { type: "paragraph", children: [safeText(`${CONFIRM} ${line}`, 1e3)] };
}
function ownRange(root, section) {
  let to = section.index + 1;
  while (to < section.end && root.children[to]?.type !== "heading") to++;
  return { from: section.index + 1, to };
}
function startsWith(node, prefix) {
  return node?.type === "paragraph" && plainText(node).trimStart().startsWith(prefix);
}
function placeParagraphs(root, section, lines) {
  const { from, to } = ownRange(root, section);
  const nodes = lines.map(draftParagraph);
  const own = [];
  for (let i = from; i < to; i++) if (startsWith(root.children[i], CONFIRM)) own.push(i);
  if (own.length > 0) {
    for (const i of own.reverse()) root.children.splice(i, 1);
    root.children.splice(own.at(-1), 0, ...nodes);
    return true;
  }
  for (let i = from; i < to; i++) {
    if (startsWith(root.children[i], "TODO:")) {
      root.children.splice(i, 1, ...nodes);
      return true;
    }
  }
  const empty = root.children.slice(from, to).every((node) => node.type === "html");
  if (!empty) return false;
  root.children.splice(to, 0, ...nodes);
  return true;
}
function placeImpact(root, section, lines) {
  const item = readMetadata(root, section).find(
    (candidate) => AFFECTED_LABELS.includes(candidate.label)
  );
  if (!item) return placeParagraphs(root, section, lines);
  if (!item.value.startsWith("TODO:") && !item.value.startsWith(CONFIRM)) return false;
  setItemValue(item, [safeText(`${CONFIRM} ${lines.join(" ")}`, 1e3)]);
  return true;
}

// src/core/postmortem/fill-tables.ts
var TIMELINE_HEADERS = ["Time", "Event", "Who"];
var ACTION_HEADERS = ["ID", "Description", "Owner", "Due Date"];
var EXAMPLE_START = "<!-- Example action item";
function fillTimeline(root, facts, appended) {
  const section = ensureSection(root, "timeline", appended);
  const existing = firstInSection(root, section, "table");
  if (facts.timeline.length === 0) {
    if (!existing && section.end === section.index + 1) {
      placeInSection(root, section, "paragraph", [
        promptParagraph("what happened, and when (UTC)")
      ]);
    }
    return;
  }
  const { headers, align } = headerFor(existing, ["time", "event"], TIMELINE_HEADERS);
  const roles = mapColumns(headers, ["time", "event", "actor"]);
  const rows = sortedRows(facts.timeline);
  const startDay = dayOf(facts.times.start) ?? dayOf(rows[0]?.at ?? null);
  const oneDay = rows.every((row2) => dayOf(row2.at) === startDay);
  const firstDay = oneDay ? startDay : void 0;
  const cells = rows.map((row2) => {
    const cellsOf = headers.map(() => []);
    cellsOf[roles.time] = [{ type: "text", value: timeCell(row2.at, firstDay) }];
    const event = [safeText(namesWithoutAt(row2.text), 500)];
    if (row2.actor && roles.actor >= 0) cellsOf[roles.actor] = [personText(row2.actor)];
    else if (row2.actor)
      event.push({ type: "text", value: " (" }, personText(row2.actor), {
        type: "text",
        value: ")"
      });
    cellsOf[roles.event] = event;
    return cellsOf;
  });
  placeInSection(root, section, "table", [tableOf(headers, align, cells)]);
}
function fillActionItems(root, facts, appended) {
  let section = ensureSection(root, "action-items", appended);
  const existing = firstInSection(root, section, "table");
  const { headers, align } = headerFor(existing, ["description", "owner"], ACTION_HEADERS);
  const roles = mapColumns(headers, ["id", "description", "owner", "due"]);
  const rows = facts.actionItems.map((item) => actionCells(item, headers, roles));
  placeInSection(root, section, "table", [tableOf(headers, align, rows)]);
  section = ensureSection(root, "action-items", appended);
  for (let i = section.end - 1; i > section.index; i--) {
    const node = root.children[i];
    if (node?.type === "html" && node.value.startsWith(EXAMPLE_START)) root.children.splice(i, 1);
  }
  if (rows.length === 0) {
    section = ensureSection(root, "action-items", appended);
    const table2 = firstInSection(root, section, "table");
    root.children.splice(root.children.indexOf(table2) + 1, 0, exampleComment(headers, roles));
  }
}
function actionCells(item, headers, roles) {
  const cells = headers.map(() => []);
  const link2 = item.issue ? {
    type: "link",
    url: item.issue.url,
    children: [{ type: "text", value: `#${item.issue.number}` }]
  } : void 0;
  if (roles.id >= 0) cells[roles.id] = [link2 ?? safeText(item.id, 20)];
  cells[roles.description] = [safeText(namesWithoutAt(item.description), 500)];
  if (item.owner) cells[roles.owner] = [personText(item.owner)];
  if (roles.due >= 0 && item.due && /^\d{4}-\d{2}-\d{2}$/.test(item.due)) {
    cells[roles.due] = [{ type: "text", value: item.due }];
  }
  return cells;
}
function exampleComment(headers, roles) {
  const example = {
    id: "1",
    description: "Alert when the connection pool is more than 80% used",
    owner: "@login or @org/team",
    due: "Jan 30"
  };
  const cells = headers.map(() => []);
  for (const role of ["id", "description", "owner", "due"]) {
    if (roles[role] >= 0) cells[roles[role]] = [{ type: "text", value: example[role] }];
  }
  const row2 = toMarkdown({ type: "root", children: [tableOf(headers, null, [cells])] }).trimEnd().split("\n").at(-1);
  return {
    type: "html",
    value: `${EXAMPLE_START}: copy the row into the table above, one row per action; the owner is one @login or @org/team, the due date a date such as 2024-01-30 or Jan 30.
${row2}
-->`
  };
}
function headerFor(table2, needed, fallback) {
  if (table2) {
    const view = readTable(table2);
    const roles = mapColumns(view.headers, needed);
    if (needed.every((role) => roles[role] >= 0))
      return { headers: view.headers, align: table2.align };
  }
  return { headers: fallback, align: null };
}
function sortedRows(rows) {
  return rows.map((row2, index) => ({ row: row2, index, ms: parseIsoTime(row2.at) ?? Number.POSITIVE_INFINITY })).sort((a, b) => a.ms - b.ms || a.index - b.index).map(({ row: row2 }) => row2);
}
function dayOf(iso) {
  const ms = iso ? parseIsoTime(iso) : void 0;
  return ms === void 0 ? void 0 : utcDay(ms);
}
function timeCell(at3, firstDay) {
  const ms = parseIsoTime(at3);
  if (ms === void 0) return safeText(at3, 40).value;
  return utcDay(ms) === firstDay ? utcClock(ms) : `${utcDay(ms)} ${utcClock(ms)}`;
}
function namesWithoutAt(text3) {
  let out = "";
  let from = 0;
  for (const at3 of mentionOffsets(text3)) {
    out += text3.slice(from, at3);
    from = at3 + 1;
  }
  return out + text3.slice(from);
}

// src/core/postmortem/fill-template.ts
function fillTemplate(template, facts) {
  if (utf8Length(template, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { ok: false, error: "the post-mortem template is larger than 1 MB" };
  }
  const unparsable = findUnparsable(template);
  if (unparsable) {
    return {
      ok: false,
      error: `the post-mortem template, line ${unparsable.line}: ${unparsable.message}`
    };
  }
  const root = parseMarkdown(template);
  const first = root.children[0];
  let extra = {};
  if (first?.type === "yaml") {
    const front = readFrontMatter(first);
    if (!front.ok) {
      return {
        ok: false,
        error: `the post-mortem template's front matter is broken (line ${front.line}, column ${front.column}): ${front.message}`
      };
    }
    extra = front.data;
    root.children.shift();
  }
  const appended = [];
  setTitle(root, facts);
  fillMetadata(root, facts, appended);
  fillTimeline(root, facts, appended);
  fillFigures(
    root,
    "detection",
    facts.detection,
    "how was the incident detected, and how long after it started?",
    appended
  );
  fillFigures(
    root,
    "response",
    facts.response,
    "how long it took to acknowledge, mitigate and resolve",
    appended
  );
  fillActionItems(root, facts, appended);
  const drafted = fillDrafts(root, facts.drafts);
  return {
    ok: true,
    markdown: `---
${frontMatter(facts, extra)}---

${toMarkdown(root)}`,
    appendedSections: appended,
    filled: filledParts(facts),
    drafted
  };
}
function filledParts(facts) {
  const figures = [
    facts.detection.length > 0 ? "Detection" : void 0,
    facts.response.length > 0 ? "Response" : void 0
  ].filter((name) => name !== void 0);
  return [
    "the front matter",
    "Metadata",
    facts.timeline.length > 0 ? "Timeline" : void 0,
    figures.length > 0 ? `the ${figures.join(" and ")} figures` : void 0,
    facts.actionItems.length > 0 ? "Action Items" : void 0
  ].filter((part) => part !== void 0);
}
function frontMatter(facts, extra) {
  const times = Object.fromEntries(TIME_KEYS.map((key) => [key, isoOrNull(facts.times[key])]));
  const data = {
    id: oneLine(facts.id),
    title: fileInline(facts.title, 200),
    severity: facts.severity.id,
    status: oneLine(facts.status) || "draft",
    ...times,
    duration_minutes: facts.durationMinutes === null ? null : Math.max(0, Math.round(facts.durationMinutes)),
    commander: facts.commander ? facts.commander.replace(/^@/, "") : null,
    issue: isWebUrl(facts.issueUrl) ? facts.issueUrl : null
  };
  const rest = Object.fromEntries(Object.entries(extra).filter(([key]) => !(key in data)));
  return dump({ ...data, ...rest }, { lineWidth: -1, noRefs: true });
}
function isoOrNull(value) {
  const ms = value ? parseIsoTime(value) : void 0;
  return ms === void 0 ? null : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
function setTitle(root, facts) {
  const children = [safeText(`Post-mortem: ${facts.id} ${facts.title}`, 200)];
  const heading4 = root.children.find((node) => node.type === "heading" && node.depth === 1);
  if (heading4?.type === "heading") heading4.children = children;
  else root.children.unshift({ type: "heading", depth: 1, children });
}
function fillFigures(root, key, lines, question, appended) {
  const section = ensureSection(root, key, appended);
  if (lines.length > 0) placeInSection(root, section, "list", [listOf(lines)]);
  else if (section.end === section.index + 1) {
    placeInSection(root, section, "paragraph", [promptParagraph(question)]);
  }
}

// src/core/postmortem/render-notice.ts
var NOTICE_TEXT = {
  draft: ["Post-mortem draft: ", ""],
  merged: ["The post-mortem of this incident was merged: ", ". It is not drafted again."],
  closed: [
    "The post-mortem draft of this incident was closed without merging: ",
    ". Reopen it to go on with it; the scribe does not draft a second one."
  ]
};
function readDraftMemory(data) {
  const { head, draft } = data ?? {};
  if (typeof head !== "string" || !/^[0-9a-f]{40}$/.test(head)) return void 0;
  if (typeof draft !== "string" || !/^[0-9a-f]{64}$/.test(draft)) return void 0;
  return { head, draft };
}
function renderPostmortemNotice(notice) {
  const memory = notice.kind === "draft" ? notice.memory : void 0;
  const children = [
    {
      type: "html",
      value: renderMarker("postmortem-link", { incident: notice.id, ...memory ?? {} })
    }
  ];
  if (notice.kind === "error") {
    children.push({
      type: "paragraph",
      children: [
        {
          type: "strong",
          children: [{ type: "text", value: `No post-mortem drafted for ${notice.id}` }]
        },
        { type: "text", value: `: ${safeInline(notice.message, 400)}. Fix it, then comment ` },
        { type: "inlineCode", value: "/postmortem" },
        { type: "text", value: "." }
      ]
    });
  } else {
    const [before, after] = NOTICE_TEXT[notice.kind];
    children.push({
      type: "paragraph",
      children: [
        { type: "text", value: before },
        { type: "link", url: notice.url, children: [{ type: "text", value: `#${notice.number}` }] },
        {
          type: "text",
          value: notice.kind === "draft" ? `. Answer its TODO questions in ${notice.path}; the post-mortem check says what is left.` : after
        }
      ]
    });
  }
  return toMarkdown({ type: "root", children });
}
function renderNewEvents(id, entries) {
  const children = [
    { type: "html", value: renderMarker("postmortem-news", { incident: id }) }
  ];
  if (entries.length === 0) {
    children.push({
      type: "paragraph",
      children: [{ type: "text", value: `Nothing new on ${id} since this draft was opened.` }]
    });
  } else {
    children.push(
      {
        type: "paragraph",
        children: [
          {
            type: "text",
            value: `People have pushed to this draft, so the scribe leaves the file alone. New on ${id} since the scribe last wrote it:`
          }
        ]
      },
      {
        type: "list",
        ordered: false,
        spread: false,
        children: entries.map((e) => ({
          type: "listItem",
          spread: false,
          children: [
            {
              type: "paragraph",
              children: [
                {
                  type: "text",
                  value: `${formatUtc(e.at)}: ${safeInline(e.text, 300)} (${quietLogin(e.actor)})`
                }
              ]
            }
          ]
        }))
      }
    );
  }
  return toMarkdown({ type: "root", children });
}
function renderPostmortemAnswer(answer2) {
  return toMarkdown({
    type: "root",
    children: [
      { type: "html", value: renderMarker("postmortem-answer", { comment: answer2.comment }) },
      {
        type: "paragraph",
        children: [
          {
            type: "text",
            value: `${quietLogin(answer2.asker)}, the post-mortem of ${answer2.id} was ${answer2.merged ? "merged" : "closed without merging"} in `
          },
          {
            type: "link",
            url: answer2.url,
            children: [{ type: "text", value: `#${answer2.number}` }]
          },
          {
            type: "text",
            value: answer2.merged ? "; it is not drafted again." : "; reopen it to go on with it."
          }
        ]
      }
    ]
  });
}

// src/core/postmortem/render-pull-body.ts
var POSTMORTEM_MARKER = "postmortem";
function renderPullBody(input) {
  const tree = {
    type: "root",
    children: [
      {
        type: "html",
        value: renderMarker(POSTMORTEM_MARKER, { incident: input.id, issue: input.issueNumber })
      },
      {
        type: "paragraph",
        children: [
          { type: "text", value: "Post-mortem of " },
          {
            type: "link",
            url: input.issueUrl,
            children: [{ type: "text", value: `${input.id}: ${safeInline(input.title, 200)}` }]
          },
          { type: "text", value: ", drafted by incident-scribe from the incident issue." }
        ]
      },
      {
        type: "paragraph",
        children: [
          { type: "text", value: `The scribe filled ${sentenceList(input.filled)} in ` },
          { type: "inlineCode", value: input.path },
          ...input.drafted.length > 0 ? [
            {
              type: "text",
              value: `, and drafted ${sentenceList(input.drafted)} from what the incident said: each `
            },
            { type: "inlineCode", value: "CONFIRM:" },
            { type: "text", value: " is its draft for you to check" }
          ] : [],
          { type: "text", value: ". Every " },
          { type: "inlineCode", value: "TODO:" },
          { type: "text", value: " is a question for you; the " },
          { type: "inlineCode", value: "post-mortem" },
          { type: "text", value: " check fails until none is left." }
        ]
      }
    ]
  };
  if (input.appendedSections.length > 0) {
    tree.children.push({
      type: "paragraph",
      children: [
        {
          type: "text",
          value: `The template had no ${input.appendedSections.join(", ")} section${input.appendedSections.length === 1 ? "" : "s"}; the scribe added ${input.appendedSections.length === 1 ? "it" : "them"} at the end.`
        }
      ]
    });
  }
  if (input.selfCheck.length > 0) {
    tree.children.push(
      {
        type: "paragraph",
        children: [{ type: "text", value: "The draft itself needs attention:" }]
      },
      list(shortList(input.selfCheck))
    );
  }
  tree.children.push(
    { type: "heading", depth: 3, children: [{ type: "text", value: "Review checklist" }] },
    {
      type: "list",
      ordered: false,
      spread: false,
      children: [
        "Blameless: it describes systems and conditions, not who slipped",
        "The root cause is explained, not only what triggered it",
        "Every action item has an owner and a due date",
        "The timeline matches the dashboards and chat logs"
      ].map((item) => ({
        type: "listItem",
        checked: false,
        spread: false,
        children: [
          { type: "paragraph", children: [{ type: "text", value: item }] }
        ]
      }))
    }
  );
  return toMarkdown(tree);
}
function sentenceList(items) {
  return items.length <= 1 ? items[0] ?? "nothing" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function shortList(items) {
  const { shown, more: more2 } = firstOf(items, 20);
  return more2 > 0 ? [...shown, `\u2026 ${andMore(more2)}: the post-mortem check lists them all.`] : shown;
}
function list(items) {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: "listItem",
      spread: false,
      children: [{ type: "paragraph", children: [{ type: "text", value: safeInline(item, 300) }] }]
    }))
  };
}

// src/usecases/postmortem/reviewers-of.ts
async function reviewersOf(port, config, timeline, canAct, self) {
  const seen = /* @__PURE__ */ new Set();
  const candidates = [];
  const { commander, ...others } = timeline.state.roles;
  const commanding = timeline.entries.filter((e) => e.source === "command").map((e) => e.actor);
  for (const login of [commander, ...Object.values(others), ...commanding]) {
    if (!login || login === self || login.endsWith("[bot]") || !canAct(login)) continue;
    if (seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    candidates.push(login);
  }
  if (reaches(config.commands.permission, "write")) return candidates;
  const reviewers = [];
  for (const login of candidates) {
    const permission = await port.permissionOf(login);
    if (reaches(permission, "write")) reviewers.push(login);
  }
  return reviewers;
}

// src/usecases/postmortem/write-draft.ts
async function writeDraft(port, config, d) {
  if (!d.pull) {
    const base = await port.branchSha(d.defaultBranch);
    if (!base) throw new Error(`the default branch ${d.defaultBranch} does not exist`);
    if (await port.createBranch(d.branch, base)) {
      const { sha: sha2, fresh: fresh2 } = await commitOrFind(port, d, d.path, void 0);
      return {
        path: d.path,
        takenOver: false,
        headSha: sha2,
        draftedAt: void 0,
        wrote: true,
        fresh: fresh2
      };
    }
  }
  const commits = await port.commitsOnlyOn(d.branch, d.defaultBranch);
  const takenOver = commits.some((c) => c.author !== d.self);
  const draftedAt = commits.find((c) => c.author === d.self)?.at;
  let path = d.path;
  let current = takenOver ? void 0 : await port.readFile(path, { ref: d.branch });
  if ((takenOver || current === void 0) && d.pull) {
    const files = postmortemFiles(config, await port.listPullFiles(d.pull.number));
    const earlier = files.find((f) => f.startsWith(d.stem)) ?? (files.length === 1 ? files[0] : void 0);
    if (earlier && earlier !== path) {
      path = earlier;
      if (!takenOver) current = await port.readFile(path, { ref: d.branch });
    }
  }
  if (takenOver)
    return { path, takenOver, headSha: void 0, draftedAt, wrote: false, fresh: false };
  if (current === d.markdown) {
    const head = d.pull?.headSha ?? commits[0]?.sha ?? await port.branchSha(d.branch);
    return { path, takenOver, headSha: head, draftedAt, wrote: false, fresh: false };
  }
  const fileSha = current === void 0 ? void 0 : await port.fileSha(path, d.branch);
  const { sha, fresh } = await commitOrFind(port, d, path, fileSha);
  return { path, takenOver, headSha: sha, draftedAt, wrote: true, fresh };
}
async function commitOrFind(port, d, path, fileSha) {
  try {
    return {
      sha: await port.writeFile(d.branch, path, d.markdown, d.message, fileSha),
      fresh: true
    };
  } catch (error) {
    if (await port.readFile(path, { ref: d.branch }) !== d.markdown) throw error;
    return { sha: await port.branchSha(d.branch) ?? "", fresh: false };
  }
}

// src/usecases/postmortem/open-postmortem.ts
var NOTICE_MARKER = "postmortem-link";
var NEWS_MARKER = "postmortem-news";
var ANSWER_MARKER = "postmortem-answer";
async function openPostmortem(port, config, input) {
  const { issue: issue2 } = input;
  const { events, self, people, timeline } = input.record;
  const comments = ownCommentsIn(events, self);
  const canAct = (login) => people[login.toLowerCase()] === "act";
  const id = incidentId(config.incidentIdFormat, issue2);
  const where = postmortemLocation(config.postmortem.folder, {
    id,
    title: issue2.title,
    start: timeline.moments.start
  });
  const notice = (state) => independently(
    input.failures,
    "post-mortem notice",
    () => ensureOwnComment(port, issue2.number, NOTICE_MARKER, renderPostmortemNotice(state), {
      comments,
      self
    })
  );
  const existing = await port.findPull(where.branch);
  if (existing && existing.state === "closed") {
    const kind = existing.merged ? "merged" : "closed";
    await notice({ kind, id, url: existing.htmlUrl, number: existing.number });
    if (input.askedIn)
      await answer(port, issue2.number, comments, self, id, input.askedIn, existing);
    return `post-mortem already ${existing.merged ? "merged" : "closed"}`;
  }
  const templatePath = config.postmortem.template;
  const template = templatePath ? await port.readFile(templatePath) : await input.builtInTemplate();
  if (template === void 0) {
    const message2 = `the template ${templatePath} does not exist on the default branch`;
    await notice({ kind: "error", id, message: message2 });
    return "refused: template missing";
  }
  const actionItems2 = await filedItems(port, issue2.number, self, timeline);
  const facts = factsFromTimeline(timeline, issue2, config, { id, self, actionItems: actionItems2 });
  const filled = fillTemplate(template, facts);
  if (!filled.ok) {
    await notice({ kind: "error", id, message: filled.error });
    return "refused: template broken";
  }
  const draftRead = readPostmortem(filled.markdown);
  const selfCheck = lintPostmortem(draftRead, { config }).filter((m) => m.severity === "error" && m.rule !== "prompts" && m.rule !== "required-sections").map((m) => `line ${m.line}: ${m.message}`);
  const digest = createHash2("sha256").update(filled.markdown).digest("hex");
  const memory = findOwnComments(comments, self, NOTICE_MARKER, readDraftMemory)[0]?.data;
  if (existing && memory?.head === existing.headSha && memory.draft === digest) {
    return "post-mortem found";
  }
  const draft = await writeDraft(port, config, {
    branch: where.branch,
    path: where.path,
    stem: where.stem,
    markdown: filled.markdown,
    message: `Draft post-mortem of ${id}`,
    defaultBranch: input.defaultBranch,
    self,
    pull: existing
  });
  const pull2 = existing ?? await openPull(port, config, {
    title: `Post-mortem: ${id} ${safeInline(issue2.title, 200)}`,
    body: renderPullBody({
      id,
      title: issue2.title,
      issueUrl: issue2.htmlUrl,
      issueNumber: issue2.number,
      path: draft.path,
      appendedSections: filled.appendedSections,
      filled: filled.filled,
      drafted: filled.drafted,
      selfCheck
    }),
    head: where.branch,
    base: input.defaultBranch,
    reviewers: await reviewersOf(port, config, timeline, canAct, self)
  });
  const headSha = draft.headSha ?? (draft.takenOver ? void 0 : pull2.headSha);
  let checked = false;
  if (headSha) {
    await independently(input.failures, "post-mortem check run", async () => {
      await checkPostmortemFiles(port, config, {
        headSha,
        files: [{ path: draft.path, read: draftRead }],
        ...templatePath ? { template } : {},
        freshCommit: draft.fresh && headSha === draft.headSha
      });
      checked = true;
    });
  }
  await notice({
    kind: "draft",
    id,
    url: pull2.htmlUrl,
    number: pull2.number,
    path: draft.path,
    ...checked && headSha ? { memory: { head: headSha, draft: digest } } : {}
  });
  if (draft.takenOver) {
    const since = draft.draftedAt ?? pull2.createdAt;
    const news = timeline.entries.filter((e) => recordedAt(e, events) > Date.parse(since));
    if (news.length > 0) {
      const own = (await port.listIssueComments(pull2.number)).filter((c) => c.user.login === self);
      await ensureOwnComment(port, pull2.number, NEWS_MARKER, renderNewEvents(id, news), {
        comments: own,
        self
      });
    }
  }
  if (!existing) return "post-mortem opened";
  return draft.takenOver ? "post-mortem left to people" : "post-mortem found";
}
async function answer(port, issue2, comments, self, id, asked, pull2) {
  const answered = findOwnComments(comments, self, ANSWER_MARKER, readReplyMarker).some(
    (c) => c.data.comment === asked.comment
  );
  if (answered) return;
  await port.createIssueComment(
    issue2,
    renderPostmortemAnswer({
      id,
      comment: asked.comment,
      asker: asked.by,
      url: pull2.htmlUrl,
      number: pull2.number,
      merged: pull2.merged
    })
  );
  await keepOldestReplies(port, issue2, self, [ANSWER_MARKER]);
}
async function openPull(port, config, p) {
  let pull2;
  try {
    pull2 = await port.createPull({ title: p.title, body: p.body, head: p.head, base: p.base });
  } catch (error) {
    const other = await port.findPull(p.head);
    if (!other) throw error;
    return other;
  }
  await port.addLabels(pull2.number, [config.labels.postmortem]);
  await port.requestReviewers(
    pull2.number,
    p.reviewers.filter((login) => login.toLowerCase() !== pull2.author.toLowerCase())
  );
  return pull2;
}
async function filedItems(port, issue2, self, timeline) {
  if (!timeline.entries.some((e) => e.kind === "action")) return [];
  return (await port.listSubIssues(issue2)).flatMap((item) => {
    if (item.author !== self) return [];
    const marker = readActionItemMarker(readMarker(item.body, ACTION_ITEM_MARKER));
    if (!marker || marker.parent !== issue2 || marker.removed) return [];
    return [
      {
        id: marker.item,
        description: marker.title ?? item.title,
        owner: marker.owner ?? null,
        due: marker.due ?? null,
        issue: { number: item.number, url: item.htmlUrl }
      }
    ];
  });
}
function recordedAt(entry, events) {
  const source = events.find((e) => e.kind === "commented" && e.id === entry.commentId);
  return Date.parse(source?.kind === "commented" ? source.updatedAt : entry.at);
}

// src/usecases/report-config-problems.ts
async function reportConfigProblems(port, issue2, problems) {
  const self = await port.selfLogin();
  const comments = await port.listIssueComments(issue2);
  await ensureOwnComment(port, issue2, CONFIG_ERROR_MARKER, renderConfigError(problems), {
    comments,
    self
  });
}

// src/usecases/escalation/escalation-sweep.ts
async function escalationSweep(port, config, now) {
  const open = await port.listIssuesByLabel(config.labels.incident, { state: "open" });
  let escalated = 0;
  const failed = [];
  for (const issue2 of open) {
    try {
      escalated += await sweepIncident(port, config, issue2, now);
    } catch (error) {
      failed.push(`#${issue2.number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const outcome = `${open.length} open incident${open.length === 1 ? "" : "s"}; ${escalated} escalation comment${escalated === 1 ? "" : "s"}${failed.length > 0 ? `; failed ${failed.join("; ")}` : ""}`;
  if (failed.length > 0 && failed.length === open.length) throw new Error(outcome);
  return { outcome, escalated };
}
async function sweepIncident(port, config, issue2, now) {
  const { record: record3 } = await refreshIncident(port, config, { issue: issue2, now });
  if (!record3) return 0;
  const posted = await escalateIncident(port, config, { issue: issue2, record: record3, now, flagUpdates: true });
  if (posted > 0) await refreshIncident(port, config, { issue: issue2, now });
  return posted;
}

// src/core/report/iso-week.ts
import { addDays, formatISO, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";
function isoWeekOf(day) {
  const date = dayDate(day);
  const week = String(getISOWeek(date)).padStart(2, "0");
  return {
    label: `${getISOWeekYear(date)}-W${week}`,
    monday: formatISO(startOfISOWeek(date), { representation: "date" })
  };
}
function weeksEndingWith(day, count2) {
  const labels = [];
  for (let back = count2 - 1; back >= 0; back--) {
    labels.push(isoWeekOf(shiftDay(day, -7 * back)).label);
  }
  return labels;
}
function shiftDay(day, days2) {
  return formatISO(addDays(dayDate(day), days2), { representation: "date" });
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);
}
function dayDate(day) {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y, m - 1, d);
}

// src/core/report/build-report.ts
var DUE_SOON_DAYS = 7;
var TREND_WEEKS = 8;
function buildReport(input) {
  const { config, now } = input;
  const nowIso = now.toISOString();
  const today = dayIn(nowIso, config.timezone);
  const since = new Date(now.getTime() - 7 * 864e5).toISOString();
  const inWeek = (iso) => iso !== null && iso > since && iso <= nowIso;
  const week = isoWeekOf(today);
  const open = input.items.filter((i) => i.state === "open");
  const overdue = [];
  const dueSoon = [];
  const attention = [];
  for (const item of open) {
    const owner = item.marker?.owner;
    if (!item.marker) attention.push({ item, reason: "no marker" });
    else if (!owner && !item.due) attention.push({ item, reason: "no owner or due date" });
    else if (!owner) attention.push({ item, reason: "no owner" });
    else if (!item.due) attention.push({ item, reason: "no due date" });
    if (!item.due) continue;
    const days2 = daysBetween(item.due, today);
    if (days2 > 0) {
      const severity = item.marker?.severity?.toLowerCase();
      overdue.push({ item, due: item.due, daysOverdue: days2, owner, severity });
    } else if (-days2 <= DUE_SOON_DAYS) {
      dueSoon.push({ item, due: item.due, daysLeft: Math.abs(days2) });
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.item.number - b.item.number);
  dueSoon.sort((a, b) => a.daysLeft - b.daysLeft || a.item.number - b.item.number);
  attention.sort((a, b) => a.item.number - b.item.number);
  const closedThisWeek = input.items.filter((i) => i.state === "closed" && inWeek(i.closedAt));
  const wontDo = closedThisWeek.filter((i) => i.stateReason === "not_planned");
  const done = closedThisWeek.filter((i) => i.stateReason !== "not_planned");
  const denominator = done.length + overdue.length;
  const weekIncidents = [...input.incidents].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const incidents = weekIncidents.filter((i) => !i.falseAlarm);
  const point = {
    week: week.label,
    overdue: overdue.length,
    ...meanOf(
      "mtta",
      incidents.map((i) => i.timeToAcknowledge?.minutes)
    ),
    ...meanOf(
      "mttr",
      incidents.map((i) => i.timeToResolve?.minutes)
    )
  };
  const byWeek = new Map(input.history.map((p) => [p.week, p]));
  byWeek.set(week.label, point);
  const trend = weeksEndingWith(today, TREND_WEEKS).map((w) => byWeek.get(w) ?? { week: w });
  return {
    week,
    now: nowIso,
    today,
    since,
    totalItems: input.items.length,
    overdue,
    groups: groupByOwner(overdue, config),
    dueSoon,
    attention,
    done,
    wontDo,
    completionRate: denominator === 0 ? void 0 : Math.round(100 * done.length / denominator),
    incidents,
    falseAlarms: weekIncidents.filter((i) => i.falseAlarm),
    breaches: incidents.flatMap(breachesOf),
    point,
    trend
  };
}
function groupByOwner(overdue, config) {
  const rank = (severity) => config.severities.find((s) => s.id === severity)?.rank ?? Number.MAX_SAFE_INTEGER;
  const owners = /* @__PURE__ */ new Map();
  for (const entry of overdue) {
    const key = entry.owner?.toLowerCase();
    owners.set(key, [...owners.get(key) ?? [], entry]);
  }
  return [...owners.entries()].sort(([a], [b]) => a === void 0 ? 1 : b === void 0 ? -1 : a.localeCompare(b)).map(([, entries]) => {
    const severities = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      severities.set(entry.severity, [...severities.get(entry.severity) ?? [], entry]);
    }
    return {
      owner: entries[0]?.owner,
      bySeverity: [...severities.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([severity, items]) => ({ severity, items }))
    };
  });
}
function breachesOf(incident) {
  const measures = [
    ["acknowledge", incident.timeToAcknowledge],
    ["mitigate", incident.timeToMitigate],
    ["resolve", incident.timeToResolve]
  ];
  return measures.flatMap(([measure2, value]) => {
    if (!value || value.targetMinutes === void 0) return [];
    const over = value.minutes - value.targetMinutes;
    return over > 0 ? [{ incident, measure: measure2, overMinutes: over }] : [];
  });
}
function meanOf(key, values) {
  const known = values.filter((v) => v !== void 0);
  if (known.length === 0) return {};
  return { [key]: Math.round(known.reduce((a, b) => a + b, 0) / known.length) };
}

// src/core/report/plan-reminders.ts
var MAX_REMINDERS_PER_RUN = 50;
function planReminders(overdue, remindedThisWeek, config) {
  if (!config.report.reminders) return [];
  const done = new Set(remindedThisWeek);
  const afterDays = config.report.remindNextLevelAfterMinutes / 1440;
  const next = config.escalation.find((l, index) => index > 0 || l.level !== "L1");
  return overdue.filter((e) => e.owner !== void 0 && e.item.state === "open" && !done.has(e.item.number)).slice(0, MAX_REMINDERS_PER_RUN).map((entry) => ({
    entry,
    nextLevel: entry.daysOverdue >= afterDays ? next : void 0
  }));
}

// src/core/report/render-reminder.ts
var REMINDER_MARKER = "reminder";
var MENTIONABLE2 = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;
function renderReminder(reminder, context, config) {
  const { entry, nextLevel } = reminder;
  const owner = entry.owner ?? "";
  const who = MENTIONABLE2.test(owner) ? owner : neutralizeMentions(owner);
  const days2 = `${entry.daysOverdue} day${entry.daysOverdue === 1 ? "" : "s"}`;
  const lines = [
    renderMarker(REMINDER_MARKER, { week: context.week }),
    `${who}, this action item was due on ${entry.due} and is ${days2} overdue.`,
    "",
    "Close it when it is done, or close it as not planned if it will not be done."
  ];
  if (nextLevel) {
    const level = config.report.mentionEscalation && MENTIONABLE2.test(nextLevel.who) ? nextLevel.who : neutralizeMentions(nextLevel.who);
    lines.push("", `Overdue for ${days2}: escalated to ${nextLevel.level} ${level}.`);
  }
  if (context.reportUrl) lines.push("", `Weekly report: ${context.reportUrl}`);
  return `${lines.join("\n")}
`;
}

// src/core/report/render-charts.ts
function overdueBySeverityPie(overdue, config) {
  if (overdue.length === 0) return void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const entry of overdue) {
    const known = config.severities.find((s) => s.id === entry.severity);
    const name = known ? known.id.toUpperCase() : "no severity";
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rank = (name) => name === "no severity" ? 99 : Number(name.slice(3));
  const slices = [...counts.entries()].sort(([a], [b]) => rank(a) - rank(b));
  const lines = ["pie showData", "  title Overdue action items by severity"];
  for (const [name, count2] of slices) lines.push(`  "${name}" : ${count2}`);
  return mermaid(lines);
}
function trendCharts(trend) {
  const charts = [];
  const reported = trend.filter((p) => "overdue" in p);
  if (reported.length >= 2) {
    charts.push(
      mermaid([
        "xychart-beta",
        '  title "Open overdue action items"',
        `  x-axis [${reported.map((p) => short(p.week)).join(", ")}]`,
        '  y-axis "items"',
        `  line [${reported.map((p) => "overdue" in p ? p.overdue : 0).join(", ")}]`
      ])
    );
  }
  const timed = reported.filter((p) => "mttr" in p && "mtta" in p);
  if (timed.length >= 2) {
    charts.push(
      mermaid([
        "xychart-beta",
        '  title "MTTA and MTTR (minutes)"',
        `  x-axis [${timed.map((p) => short(p.week)).join(", ")}]`,
        '  y-axis "minutes"',
        `  line [${timed.map((p) => "mtta" in p ? p.mtta : 0).join(", ")}]`,
        `  line [${timed.map((p) => "mttr" in p ? p.mttr : 0).join(", ")}]`
      ])
    );
  }
  return charts;
}
function short(week) {
  return week.slice(5);
}
function mermaid(lines) {
  return { type: "code", lang: "mermaid", value: lines.join("\n") };
}

// src/core/report/report-marker.ts
var REPORT_MARKER = "weekly-report";
var WEEK = /^\d{4}-W\d{2}$/;
var MAX_REMINDED = 1e4;
function readReportMarker(data) {
  if (!data) return void 0;
  const { week, overdue, mtta, mttr, reminded } = data;
  if (typeof week !== "string" || !WEEK.test(week)) return void 0;
  if (!isCount(overdue)) return void 0;
  const numbers = Array.isArray(reminded) ? reminded.filter((n) => isCount(n) && n > 0).slice(0, MAX_REMINDED) : [];
  return {
    week,
    overdue,
    ...isCount(mtta) ? { mtta } : {},
    ...isCount(mttr) ? { mttr } : {},
    reminded: numbers
  };
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

// src/core/report/render-report.ts
function reportTitle(week) {
  return `Action items report: ${week}`;
}
var MAX_BODY2 = 6e4;
var ROW_CAPS = [200, 50, 10];
function renderReport(report, config, reminded) {
  const marker = { ...report.point, reminded };
  let body = "";
  for (const cap of ROW_CAPS) {
    body = toMarkdown(reportTree(report, config, marker, cap));
    if (body.length <= MAX_BODY2) return body;
  }
  return toMarkdown({
    type: "root",
    children: [
      html(marker),
      heading3(2, reportTitle(report.week.label)),
      paragraph(`${report.overdue.length} overdue items: too many to list here.`)
    ]
  });
}
function reportTree(report, config, marker, cap) {
  const zone = config.timezone;
  const children = [html(marker), heading3(2, reportTitle(report.week.label))];
  children.push(paragraph(summaryLine(report, zone)));
  if (report.totalItems === 0) {
    children.push(paragraph("Nothing overdue: no action items are filed in this repository."));
  }
  children.push(heading3(3, `Overdue (${report.overdue.length})`));
  if (report.overdue.length === 0) children.push(paragraph("Nothing overdue."));
  let shown = 0;
  for (const group of report.groups) {
    const count2 = group.bySeverity.reduce((n, s) => n + s.items.length, 0);
    if (shown >= cap) break;
    children.push(paragraph(strong(ownerName(group.owner)), text(` (${count2})`)));
    const rows = [];
    for (const { severity, items } of group.bySeverity) {
      for (const entry of items) {
        if (shown >= cap) break;
        shown++;
        rows.push([
          [text(severityName2(severity))],
          itemLink(entry.item),
          [text(entry.due)],
          [text(days(entry.daysOverdue))]
        ]);
      }
    }
    children.push(table(["Severity", "Item", "Due", "Overdue by"], rows));
  }
  more(children, report.overdue.length - shown);
  const pie = overdueBySeverityPie(report.overdue, config);
  if (pie) children.push(pie);
  children.push(heading3(3, `Due in the next 7 days (${report.dueSoon.length})`));
  if (report.dueSoon.length === 0) children.push(paragraph("Nothing."));
  else
    children.push(
      table(
        ["Item", "Owner", "Due"],
        report.dueSoon.slice(0, cap).map((e) => [
          itemLink(e.item),
          [text(ownerName(e.item.marker?.owner))],
          [text(e.daysLeft === 0 ? `${e.due} (today)` : `${e.due} (in ${days(e.daysLeft)})`)]
        ])
      )
    );
  more(children, report.dueSoon.length - cap);
  if (report.attention.length > 0) {
    children.push(heading3(3, `Needs attention (${report.attention.length})`));
    children.push(
      bulletList(
        report.attention.slice(0, cap).map((a) => [...itemLink(a.item), text(`: ${reasonText(a.reason)}`)])
      )
    );
    more(children, report.attention.length - cap);
  }
  children.push(heading3(3, "Closed in the last 7 days"));
  const closed = [
    [strong("Done"), text(`: ${report.done.length}`), ...listed2(report.done, cap)],
    [strong("Won\u2019t do"), text(`: ${report.wontDo.length}`), ...listed2(report.wontDo, cap)],
    [
      strong("Completion rate"),
      text(
        report.completionRate === void 0 ? ": nothing was due" : `: ${report.completionRate}% (done \xF7 done + still overdue)`
      )
    ]
  ];
  children.push(bulletList(closed));
  children.push(...incidentSection(report, cap));
  children.push(...trendSection(report));
  children.push(
    paragraph(
      "Kept up to date by incident-scribe; edits to this issue are overwritten when the report runs again this week."
    )
  );
  return { type: "root", children };
}
function summaryLine(report, zone) {
  const parts = [
    `${report.overdue.length} overdue`,
    `${report.dueSoon.length} due in the next 7 days`,
    `${report.attention.length} need attention`,
    `${report.incidents.length} incident${report.incidents.length === 1 ? "" : "s"} this week`
  ];
  return `As of ${formatInstant(report.now, zone)}: ${parts.join(" \xB7 ")}.`;
}
function incidentSection(report, cap) {
  const out = [
    heading3(3, `Incidents in the last 7 days (${report.incidents.length})`)
  ];
  if (report.incidents.length === 0) out.push(paragraph("None."));
  else {
    out.push(
      table(
        ["Incident", "Severity", "Acknowledge", "Mitigate", "Resolve"],
        report.incidents.slice(0, cap).map((i) => [
          incidentLink(i),
          [text(severityName2(i.severity))],
          [text(measureText(i.timeToAcknowledge, i.open))],
          [text(measureText(i.timeToMitigate, i.open))],
          [text(measureText(i.timeToResolve, i.open))]
        ])
      )
    );
    more(out, report.incidents.length - cap);
  }
  if (report.breaches.length > 0) {
    out.push(paragraph(strong(`Breaches (${report.breaches.length})`)));
    out.push(
      bulletList(
        report.breaches.slice(0, cap).map((b) => [
          ...incidentLink(b.incident),
          text(`: time to ${b.measure} over its target by ${formatMinutesShort(b.overMinutes)}`)
        ])
      )
    );
  }
  if (report.falseAlarms.length > 0) {
    out.push(
      paragraph(
        strong(`False alarms (${report.falseAlarms.length})`),
        text(": closed as not planned, left out of the metrics")
      )
    );
    out.push(bulletList(report.falseAlarms.slice(0, cap).map((i) => incidentLink(i))));
  }
  return out;
}
function trendSection(report) {
  const out = [heading3(3, "Last 8 weeks")];
  const cell = (n, unit = "") => n === void 0 ? "\u2013" : `${n}${unit}`;
  out.push(
    table(
      ["Week", "Open overdue", "MTTA", "MTTR"],
      report.trend.map((p) => [
        [text(p.week)],
        [text(cell("overdue" in p ? p.overdue : void 0))],
        [text("mtta" in p && p.mtta !== void 0 ? formatMinutesShort(p.mtta) : "\u2013")],
        [text("mttr" in p && p.mttr !== void 0 ? formatMinutesShort(p.mttr) : "\u2013")]
      ])
    )
  );
  out.push(...trendCharts(report.trend));
  return out;
}
function measureText(measure2, open) {
  if (!measure2) return open ? "not yet" : "\u2013";
  const value = formatMinutesShort(measure2.minutes);
  if (measure2.targetMinutes === void 0) return value;
  const over = measure2.minutes > measure2.targetMinutes;
  return `${value} ${over ? "\u2717" : "\u2713"} (target ${formatMinutesShort(measure2.targetMinutes)})`;
}
function listed2(items, cap) {
  if (items.length === 0) return [];
  const out = [text(" (")];
  items.slice(0, Math.min(cap, 20)).forEach((item, index) => {
    if (index > 0) out.push(text(", "));
    out.push({ type: "link", url: item.url, children: [text(`#${item.number}`)] });
  });
  if (items.length > Math.min(cap, 20)) out.push(text(", \u2026"));
  out.push(text(")"));
  return out;
}
function itemLink(item) {
  return [
    { type: "link", url: item.url, children: [text(`#${item.number}`)] },
    text(" "),
    userText(item.title, 120)
  ];
}
function incidentLink(incident) {
  return [
    { type: "link", url: incident.url, children: [text(incident.id)] },
    text(" "),
    userText(incident.title, 120)
  ];
}
function reasonText(reason) {
  return {
    "no marker": "not filed by incident-scribe, or its marker is damaged: owner and due date unknown",
    "no owner": "no owner",
    "no due date": "no due date",
    "no owner or due date": "no owner and no due date"
  }[reason];
}
function ownerName(owner) {
  return owner ? neutralizeMentions(owner) : "No owner";
}
function severityName2(severity) {
  return severity ? severity.toUpperCase() : "\u2013";
}
function days(n) {
  return `${n} day${n === 1 ? "" : "s"}`;
}
function more(children, hidden) {
  if (hidden > 0) children.push(paragraph(`\u2026 and ${hidden} more.`));
}
function heading3(depth, value) {
  return { type: "heading", depth, children: [text(value)] };
}
function html(marker) {
  return { type: "html", value: renderMarker(REPORT_MARKER, { ...marker }) };
}
function table(header2, rows) {
  const row2 = (cells) => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  });
  return {
    type: "table",
    align: header2.map(() => null),
    children: [row2(header2.map((h) => [text(h)])), ...rows.map(row2)]
  };
}

// src/usecases/report/measure-incidents.ts
async function measureIncidents(port, config, self, window) {
  const touched = await port.listIssuesByLabel(config.labels.incident, {
    state: "all",
    since: window.since
  });
  const inWindow = (iso) => iso !== null && iso > window.since && iso <= window.now;
  const incidents = [];
  for (const issue2 of touched) {
    if (!inWindow(issue2.createdAt) && !inWindow(issue2.closedAt)) continue;
    const events = await port.listIssueTimeline(issue2.number);
    const known = findOwnComments(
      ownCommentsIn(events, self),
      self,
      STATUS_MARKER,
      readStatusMarker
    )[0]?.data;
    const { access } = await resolveAccess(port, config, events, known);
    const timeline = buildTimeline(issue2, events, config, self, access);
    const metrics = computeMetrics(timeline, config);
    incidents.push({
      number: issue2.number,
      id: incidentId(config.incidentIdFormat, issue2),
      title: issue2.title,
      url: issue2.htmlUrl,
      severity: timeline.state.severity?.id,
      open: issue2.state === "open",
      falseAlarm: metrics.falseAlarm,
      openedAt: issue2.createdAt,
      timeToAcknowledge: metrics.timeToAcknowledge,
      timeToMitigate: metrics.timeToMitigate,
      timeToResolve: metrics.timeToResolve
    });
  }
  return incidents;
}

// src/usecases/report/read-items.ts
async function readItems(port, config, self, since) {
  const label2 = config.labels.actionItem;
  const open = await port.listIssuesByLabel(label2, { state: "open" });
  const closed = await port.listIssuesByLabel(label2, { state: "closed", since });
  return [...open, ...closed].map((issue2) => toItem(issue2, self, config.actionItems.dueField));
}
function toItem(issue2, self, dueField = DEFAULT_DUE_FIELD) {
  const trusted = issue2.author.login === self;
  const marker = trusted ? readActionItemMarker(readMarker(issue2.body, ACTION_ITEM_MARKER)) : void 0;
  return {
    number: issue2.number,
    title: issue2.title,
    url: issue2.htmlUrl,
    state: issue2.state,
    stateReason: issue2.stateReason,
    closedAt: issue2.closedAt,
    marker,
    due: resolveDueDate({ marker, dueField: dueFieldValue(issue2.fieldValues, dueField) })
  };
}

// src/usecases/report/weekly-report.ts
var REPORTS_READ = 100;
async function weeklyReport(port, config, now) {
  const self = await port.selfLogin();
  const since = new Date(now.getTime() - 7 * 864e5).toISOString();
  const reports = await readReports(port, config, self);
  const items = await readItems(port, config, self, since);
  const incidents = await measureIncidents(port, config, self, { since, now: now.toISOString() });
  const report = buildReport({
    items,
    incidents,
    now,
    config,
    history: reports.map((r) => r.marker)
  });
  const week = report.week.label;
  const current = reports.filter((r) => r.marker.week === week && r.issue.title === reportTitle(week)).sort((a, b) => a.issue.number - b.issue.number)[0];
  if (items.length === 0 && config.report.whenEmpty === "skip" && !current) {
    return {
      outcome: "no action items: no report (report.when_empty: skip)",
      overdueCount: 0,
      reportUrl: void 0,
      markdown: void 0
    };
  }
  const remindedBefore = current?.marker.reminded ?? [];
  const reminders = planReminders(report.overdue, remindedBefore, config);
  const reminded = [
    .../* @__PURE__ */ new Set([...remindedBefore, ...reminders.map((r) => r.entry.item.number)])
  ].sort((a, b) => a - b);
  const body = renderReport(report, config, reminded);
  const written = await writeReport(port, config, report, body, current, self);
  if (!written.keep) {
    return result2("a concurrent run wrote this week\u2019s report first", report, written.issue, body);
  }
  for (const old of reports) {
    if (old.issue.state !== "open" || old.issue.number === written.issue.number) continue;
    await port.createIssueComment(
      old.issue.number,
      `Superseded by the report of ${week}: ${written.issue.htmlUrl}
`
    );
    await port.updateIssue(old.issue.number, { state: "closed", stateReason: "completed" });
  }
  let sent = 0;
  for (const reminder of reminders) {
    try {
      await port.createIssueComment(
        reminder.entry.item.number,
        renderReminder(reminder, { week, reportUrl: written.issue.htmlUrl || void 0 }, config)
      );
      sent++;
    } catch {
    }
  }
  const what = `${written.created ? "opened" : written.changed ? "updated" : "unchanged"} ${reportTitle(week)}; ${report.overdue.length} overdue; ${sent} reminder${sent === 1 ? "" : "s"}`;
  return result2(what, report, written.issue, body);
}
function result2(outcome, report, issue2, body) {
  return {
    outcome,
    overdueCount: report.overdue.length,
    reportUrl: issue2.htmlUrl || void 0,
    markdown: body
  };
}
async function readReports(port, config, self) {
  const issues = await port.listIssuesByLabel(config.report.label, {
    state: "all",
    limit: REPORTS_READ
  });
  return issues.flatMap((issue2) => {
    if (issue2.author.login !== self) return [];
    const marker = readReportMarker(readMarker(issue2.body, REPORT_MARKER));
    return marker ? [{ issue: issue2, marker }] : [];
  });
}
async function writeReport(port, config, report, body, current, self) {
  const week = report.week.label;
  if (current) {
    const changed = current.issue.body !== body || current.issue.state !== "open";
    if (changed) {
      await port.updateIssue(current.issue.number, {
        body,
        ...current.issue.state === "open" ? {} : { state: "open" }
      });
    }
    return { issue: current.issue, created: false, changed, keep: true };
  }
  const thisWeek = async () => (await readReports(port, config, self)).filter((r) => r.marker.week === week && r.issue.title === reportTitle(week)).sort((a, b) => a.issue.number - b.issue.number)[0]?.issue;
  const opened = await openIssueOnce(
    port,
    { title: reportTitle(week), body, labels: [config.report.label], assignees: [] },
    thisWeek
  );
  const created = { number: opened.number, htmlUrl: opened.htmlUrl };
  if (created.number === 0) return { issue: created, created: true, changed: true, keep: true };
  const first = await thisWeek();
  if (first && first.number !== created.number) {
    await port.updateIssue(created.number, { state: "closed", stateReason: "not_planned" });
    return { issue: first, created: false, changed: false, keep: false };
  }
  return { issue: created, created: true, changed: true, keep: true };
}

// src/usecases/scheduled-jobs.ts
var SCHEDULED_JOBS = {
  "weekly-report": async (port, config, now) => {
    const report = await weeklyReport(port, config, now);
    return {
      outcome: report.outcome,
      outputs: {
        "overdue-count": String(report.overdueCount),
        "report-url": report.reportUrl ?? ""
      },
      ...report.markdown === void 0 ? {} : { summary: report.markdown }
    };
  },
  "escalation-sweep": async (port, config, now) => {
    const sweep = await escalationSweep(port, config, now);
    return { outcome: sweep.outcome, outputs: { escalated: String(sweep.escalated) } };
  }
};
var JOB_NAMES = Object.keys(SCHEDULED_JOBS);
function isJobName(name) {
  return typeof name === "string" && Object.hasOwn(SCHEDULED_JOBS, name);
}

// src/usecases/handle-event.ts
var HANDLED_EVENTS = [
  "issues",
  "issue_comment",
  "pull_request",
  "push",
  "schedule",
  "workflow_dispatch",
  "repository_dispatch"
];
var ISSUE_ACTIONS = [
  "opened",
  "edited",
  "labeled",
  "unlabeled",
  "assigned",
  "unassigned",
  "closed",
  "reopened"
];
var PULL_ACTIONS = ["opened", "synchronize", "reopened"];
var SEVERITY_LIKE = /^sev\d$/i;
async function handleEvent(event, deps) {
  const { payload } = event;
  const action = String(payload.action ?? "");
  const sender = payload.sender;
  if (event.name === "repository_dispatch") return dispatchedAlert(payload, action, deps);
  const fromBot = sender?.type === "Bot" || (sender?.login ?? "").endsWith("[bot]");
  if (fromBot) {
    if (event.name !== "issues" && event.name !== "issue_comment") return "ignored: sent by a bot";
    if ((sender?.login ?? "") === await deps.port.selfLogin())
      return "ignored: sent by the scribe itself";
  }
  if (event.name === "pull_request") return handlePullRequest(payload, action, deps);
  if (event.name === "schedule" || event.name === "workflow_dispatch") {
    return (await runScheduled(jobOf(payload), deps)).outcome;
  }
  if (event.name === "push") return handlePush(payload, deps);
  if (event.name !== "issues" && event.name !== "issue_comment") return `ignored: ${event.name}`;
  const raw = payload.issue;
  if (!raw || raw.pull_request) return "ignored: not an issue";
  if (event.name === "issues" && !ISSUE_ACTIONS.includes(action))
    return `ignored: issues.${action}`;
  if (isActionItem(raw)) return itemEvent(event.name, action, raw, deps);
  const comment2 = payload.comment;
  if (event.name === "issue_comment" && !mentionsCommands(comment2?.body, payload.changes)) {
    return "ignored: no command";
  }
  const issue2 = issueFromPayload(raw);
  const changedLabel = action === "labeled" || action === "unlabeled" ? payload.label?.name : void 0;
  const labels = changedLabel === void 0 ? issue2.labels : [...issue2.labels, changedLabel];
  if (!mayConcernIncident(labels, deps.cachedConfig?.())) return "ignored: not an incident";
  const loaded = await deps.loadConfig();
  if (!loaded.ok) {
    if (brokenConfigConcerns(labels))
      await reportConfigProblems(deps.port, issue2.number, loaded.problems);
    return "refused: invalid configuration";
  }
  const config = loaded.config;
  if (fromBot && event.name === "issue_comment") {
    if (!isAllowedBot(sender?.login ?? "", config))
      return "ignored: a bot not listed in bots.allowed_commands_from";
    if (readAnyMarker(comment2?.body)) return "ignored: a bot's copy of the scribe's comment";
  }
  const failures = new WriteFailures(deps.log);
  const { outcome, record: record3 } = await refreshIncident(deps.port, config, {
    issue: issue2,
    now: deps.now(),
    addedLabel: action === "labeled" ? payload.label?.name : void 0,
    commentId: comment2?.id,
    sender: sender?.login,
    failures
  });
  if (!record3) return failures.settle(outcome);
  const escalated = await failures.attempt(
    "escalation",
    () => escalateIncident(deps.port, config, { issue: issue2, record: record3, now: deps.now(), flagUpdates: false })
  );
  if (escalated) {
    await failures.attempt(
      "status after escalation",
      () => refreshIncident(deps.port, config, { issue: issue2, now: deps.now() })
    );
  }
  const repository2 = payload.repository;
  const defaultBranch = repository2?.default_branch ?? "main";
  let result3 = outcome;
  if (event.name === "issue_comment" && touchesActions(comment2?.body, payload.changes)) {
    const filed = await failures.attempt(
      "action items",
      () => fileCommandItems(deps.port, config, { issue: issue2, record: record3, defaultBranch, now: deps.now() })
    );
    result3 = `${result3}; ${filed ?? "action items not filed"}`;
    const today = deps.now().toISOString().slice(0, 10);
    const shown = await failures.attempt(
      "action items in the status comment",
      () => showItemsInStatus(deps.port, issue2.number, today, config.actionItems.dueField)
    );
    result3 = `${result3}; ${shown ?? "status comment not updated"}`;
  }
  const draft = async (askedIn) => await failures.attempt(
    "post-mortem",
    () => openPostmortem(deps.port, config, {
      issue: issue2,
      defaultBranch,
      builtInTemplate: deps.builtInTemplate,
      askedIn,
      record: record3,
      failures
    })
  ) ?? "post-mortem not drafted";
  if (event.name === "issues" && action === "closed" && requiresPostmortem(config, issue2)) {
    return failures.settle(`${result3}; ${await draft()}`);
  }
  if (event.name === "issue_comment" && action !== "deleted" && commandNamesIn(comment2?.body).has("postmortem")) {
    const mayDraft = record3.people[(sender?.login ?? "").toLowerCase()] === "act";
    const asker = { comment: comment2?.id ?? 0, by: sender?.login ?? "" };
    return failures.settle(`${result3}; ${mayDraft ? await draft(asker) : "/postmortem refused"}`);
  }
  return failures.settle(result3);
}
async function handlePullRequest(payload, action, deps) {
  const pull2 = payload.pull_request;
  const repository2 = payload.repository;
  const defaultBranch = repository2?.default_branch ?? "main";
  const merged = action === "closed" && pull2.merged === true && pull2.base.ref === defaultBranch;
  if (!PULL_ACTIONS.includes(action) && !merged) return `ignored: pull_request.${action}`;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return "refused: invalid configuration";
  if (merged) {
    const paths = await deps.port.listPullFiles(pull2.number);
    return syncMergedPostmortem(deps.port, loaded.config, {
      pull: pull2.number,
      paths,
      defaultBranch,
      today: deps.now().toISOString().slice(0, 10),
      now: deps.now()
    });
  }
  return checkPostmortemPull(deps.port, loaded.config, {
    number: pull2.number,
    headSha: pull2.head.sha,
    headRef: pull2.head.ref
  });
}
function mayConcernIncident(labels, known) {
  if (labels.length === 0) return false;
  if (!known) return true;
  if (!known.ok) return brokenConfigConcerns(labels);
  const config = known.config;
  return labels.some(
    (l) => severityByLabel(config, l) !== void 0 || l.toLowerCase() === config.labels.incident.toLowerCase()
  );
}
function brokenConfigConcerns(labels) {
  return labels.some((l) => SEVERITY_LIKE.test(l) || l === "incident");
}
async function handlePush(payload, deps) {
  const repository2 = payload.repository;
  const defaultBranch = repository2?.default_branch ?? "main";
  if (payload.ref !== `refs/heads/${defaultBranch}`) return "ignored: push to another branch";
  const commits = payload.commits ?? [];
  const paths = [...new Set(commits.flatMap((c) => [...c.added ?? [], ...c.modified ?? []]))];
  if (paths.length === 0) return "ignored: push changes no file";
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return "refused: invalid configuration";
  if (postmortemFiles(loaded.config, paths).length === 0) return "ignored: no post-mortem";
  const pulls = await deps.port.pullsOfCommit(String(payload.after ?? ""));
  if (pulls.some((p) => p.merged)) return "ignored: merged by a pull request";
  return syncMergedPostmortem(deps.port, loaded.config, {
    paths,
    defaultBranch,
    today: deps.now().toISOString().slice(0, 10),
    now: deps.now()
  });
}
function requiresPostmortem(config, issue2) {
  if (issue2.stateReason === "not_planned") return false;
  return config.severities.some(
    (s) => config.postmortem.requiredFor.includes(s.id) && issue2.labels.some((l) => l.toLowerCase() === s.label.toLowerCase())
  );
}
async function itemEvent(name, action, raw, deps) {
  if (name !== "issues" || action !== "closed" && action !== "reopened")
    return "ignored: an action item";
  const marker = readActionItemMarker(readAnyMarker(raw.body)?.data);
  if (!marker) return "ignored: an action item";
  const today = deps.now().toISOString().slice(0, 10);
  const cached2 = deps.cachedConfig?.();
  const dueField = cached2?.ok ? cached2.config.actionItems.dueField : DEFAULT_DUE_FIELD;
  return showItemsInStatus(deps.port, marker.parent, today, dueField);
}
function isActionItem(raw) {
  if (raw.user?.type !== "Bot" || readAnyMarker(raw.body)?.kind !== ACTION_ITEM_MARKER)
    return false;
  return !issueFromPayload(raw).labels.some((l) => SEVERITY_LIKE.test(l));
}
function touchesActions(body, changes) {
  const before = changes?.body?.from;
  return [body, before].some(
    (text3) => typeof text3 === "string" && commandNamesIn(text3).has("action")
  );
}
function mentionsCommands(body, changes) {
  const before = changes?.body?.from;
  return [body, before].some(
    (text3) => typeof text3 === "string" && findCommandLines(text3).length > 0
  );
}
function jobOf(payload) {
  const inputs = payload.inputs;
  const job = payload.job ?? inputs?.job;
  return typeof job === "string" ? job : void 0;
}
async function runScheduled(job, deps) {
  if (!isJobName(job)) {
    const named2 = job === void 0 ? "no job given" : `unknown job "${job}"`;
    return { outcome: `refused: ${named2} (expected ${JOB_NAMES.join(" or ")})`, outputs: {} };
  }
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { outcome: "refused: invalid configuration", outputs: {} };
  return { ...await SCHEDULED_JOBS[job](deps.port, loaded.config, deps.now()), job };
}

// src/adapters/shared/built-in-template.ts
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function builtInPostmortemTemplate() {
  cached ??= find(dirname(fileURLToPath(import.meta.url)), 5);
  return cached;
}
async function find(dir, levels) {
  try {
    return await readFile(join(dir, "templates", "postmortem.md"), "utf8");
  } catch (error) {
    const parent = dirname(dir);
    if (levels === 0 || parent === dir)
      throw new Error(`templates/postmortem.md not found above ${dir}: ${String(error)}`);
    return find(parent, levels - 1);
  }
}

// src/adapters/probot/alerts-route.ts
import { createHash as createHash3, timingSafeEqual } from "node:crypto";
var ALERTS_PREFIX = "/alerts/";
var ALERT_BODY_LIMIT = 4 * 1024 * 1024;
var ALERT_ANSWER_WITHIN_MS = 8e3;
var REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
function alertsRoute(deps) {
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(ALERTS_PREFIX)) return false;
    const answer2 = await receive(req, url, deps);
    if (!res.headersSent) {
      const headers = { "content-type": "application/json" };
      if (answer2.status === 401) headers["www-authenticate"] = "Bearer";
      res.writeHead(answer2.status, headers).end(JSON.stringify(answer2.body));
    }
    return true;
  };
}
async function receive(req, url, deps) {
  const deadline = performance.now() + (deps.answerWithinMs ?? ALERT_ANSWER_WITHIN_MS);
  const refuse2 = (status2, error) => {
    deps.log(`alert refused (${status2}): ${error}`);
    return { status: status2, body: { error } };
  };
  const source = url.pathname.slice(ALERTS_PREFIX.length);
  if (!ALERT_SOURCES.includes(source)) {
    drain(req);
    return refuse2(
      404,
      `unknown alert source "${source.slice(0, 40)}": use /alerts/alertmanager, /alerts/grafana or /alerts/generic`
    );
  }
  if (req.method !== "POST") {
    drain(req);
    return refuse2(405, "alerts are sent with POST");
  }
  const repository2 = url.searchParams.get("repo") ?? "";
  if (!REPO.test(repository2)) {
    drain(req);
    return refuse2(400, "missing or malformed repository: add ?repo=owner/name");
  }
  const token = bearer(req.headers.authorization);
  if (!token) {
    drain(req);
    return refuse2(401, 'missing token: send "Authorization: Bearer <token>"');
  }
  const raw = await readBody(req, ALERT_BODY_LIMIT);
  if (raw === "too large") {
    return refuse2(413, `payload over the limit of ${ALERT_BODY_LIMIT} bytes`);
  }
  let payload;
  try {
    payload = JSON.parse(raw.toString("utf8"));
  } catch {
    return refuse2(400, "the body is not valid JSON");
  }
  const parsed = parseAlerts(source, payload);
  if (!parsed.ok) return refuse2(422, parsed.message);
  const [owner = "", repo = ""] = repository2.split("/");
  let installation;
  try {
    installation = await deps.installationOf(owner, repo);
  } catch (error) {
    if (error.status === 404)
      return refuse2(404, `incident-scribe is not installed on ${repository2}`);
    return refuse2(502, "GitHub did not answer; try again");
  }
  const { port, defaultBranch } = await deps.portFor(installation, { owner, repo });
  let loaded;
  try {
    loaded = await deps.loadConfig(port);
  } catch {
    return refuse2(502, "GitHub did not answer; try again");
  }
  if (!loaded.ok) {
    return refuse2(422, `${repository2}: .github/incident-scribe.yml is invalid; run scribe config`);
  }
  const config = loaded.config;
  if (!config.alerts.tokenSha256) {
    return refuse2(403, `alerts are not enabled for ${repository2}: set alerts.token_sha256`);
  }
  if (!sameHash(token, config.alerts.tokenSha256)) {
    return refuse2(401, `wrong token for ${repository2}`);
  }
  const failures = new WriteFailures(deps.log);
  const work = ingestAlerts(port, config, {
    groups: parsed.alerts.groups,
    now: deps.now(),
    baseSha: async () => port.branchSha(await defaultBranch()),
    failures
  }).then(
    (groups) => {
      const summary = groups.map((g) => `${g.group.slice(0, 12)} ${g.outcome}`).join(", ");
      deps.log(`alert ${source} ${repository2}: ${summary || "no alert"}`);
      return groups;
    },
    (error) => {
      deps.log(`alert ${source} ${repository2} failed: ${error.message}`);
      throw error;
    }
  );
  const late = /* @__PURE__ */ Symbol("late");
  const within = Math.max(0, deadline - performance.now());
  let timer;
  const result3 = await Promise.race([
    work.catch(() => void 0),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(late), within);
    })
  ]);
  clearTimeout(timer);
  const skipped = parsed.alerts.skipped.slice(0, 20);
  if (result3 === late) return { status: 202, body: { status: "processing", skipped } };
  if (result3 === void 0 || failures.failed.length > 0) {
    return { status: 503, body: { error: "GitHub refused some writes; send it again", skipped } };
  }
  return {
    status: 202,
    body: {
      status: "done",
      groups: result3.map((g) => ({ outcome: g.outcome, ...g.issue ? { issue: g.issue } : {} })),
      skipped
    }
  };
}
function bearer(header2) {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header2 ?? "");
  return match?.[1];
}
function sameHash(token, expectedHex) {
  const actual = createHash3("sha256").update(token, "utf8").digest();
  const expected = Buffer.from(expectedHex, "hex");
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}
function readBody(req, limit) {
  const already = req.rawBody;
  if (already !== void 0) {
    const body = Buffer.isBuffer(already) ? already : Buffer.from(already);
    return Promise.resolve(body.length > limit ? "too large" : body);
  }
  if (Number(req.headers["content-length"]) > limit) {
    drain(req);
    return Promise.resolve("too large");
  }
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : "too large"));
    req.on("error", () => resolve("too large"));
  });
}
function drain(req) {
  req.resume();
}

// src/usecases/config/load-config.ts
var MAX_EXTENDS = 5;
async function loadConfig(port, shared = (_at, read2) => read2()) {
  const sources = [];
  const read2 = (at4) => readAt(port, at4, sources, shared);
  let at3 = { ...port.repo, path: CONFIG_PATH };
  let text3 = await read2(at3);
  if (text3 === void 0 && port.repo.repo !== ".github") {
    at3 = { owner: port.repo.owner, repo: ".github", path: CONFIG_PATH };
    text3 = await read2(at3);
  }
  if (text3 === void 0) return { ...validateConfig({}), sources };
  const chain = [];
  for (let depth = 0; text3 !== void 0; depth++) {
    const file = displayName(at3, port.repo);
    const document = parseYamlDocument(text3, file);
    if (!document.ok) return { ok: false, problems: [document.problem], sources };
    const value = isRecord(document.value) ? document.value : {};
    chain.push({ file, text: text3, value });
    const base = value._extends;
    if (base === void 0) break;
    const target = typeof base === "string" ? parseExtends(base, at3) : void 0;
    const reason = !target ? "invalid" : depth + 1 >= MAX_EXTENDS || sources.includes(label(target)) ? "loop" : void 0;
    if (reason || !target)
      return {
        ok: false,
        problems: [extendsProblem(file, text3, base, reason ?? "invalid")],
        sources
      };
    at3 = target;
    text3 = await read2(at3);
    if (text3 === void 0)
      return {
        ok: false,
        problems: [extendsProblem(file, chain.at(-1)?.text ?? "", base, "missing")],
        sources
      };
  }
  const merged = chain.map((c) => c.value).reduceRight(deepMerge, {});
  const result3 = validateConfig(merged, {
    file: chain[0]?.file ?? CONFIG_PATH,
    text: chain[0]?.text
  });
  if (result3.ok) return { ...result3, sources };
  const problems = result3.problems.map((problem2) => {
    const path = problem2.key.split(".");
    const owner = chain.find((c) => hasPath(c.value, path)) ?? chain[0];
    if (!owner || owner === chain[0]) return problem2;
    const relocated = validateConfig(merged, { file: owner.file, text: owner.text });
    return relocated.ok ? problem2 : relocated.problems.find((p) => p.key === problem2.key) ?? problem2;
  });
  return { ok: false, problems, sources };
}
function deepMerge(base, over) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? deepMerge(under, value) : value;
  }
  return merged;
}
function hasPath(value, path) {
  let at3 = value;
  for (const key of path) {
    if (!isRecord(at3) && !Array.isArray(at3)) return false;
    if (!(key in at3)) return false;
    at3 = at3[key];
  }
  return true;
}
function readAt(port, at3, sources, shared) {
  sources.push(label(at3));
  const sameRepo = at3.owner === port.repo.owner && at3.repo === port.repo.repo;
  if (sameRepo) return port.readFile(at3.path);
  return shared(at3, () => port.readFile(at3.path, { from: { owner: at3.owner, repo: at3.repo } }));
}
function parseExtends(value, from) {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::([\w./-]+\.ya?ml))?$/.exec(value.trim());
  if (!match || match[3]?.includes("..")) return void 0;
  return { owner: match[1] ?? from.owner, repo: match[2], path: match[3] ?? CONFIG_PATH };
}
var EXTENDS_MESSAGES = {
  invalid: 'expected "repo", "owner/repo" or "owner/repo:path/file.yml"',
  loop: `_extends goes deeper than ${MAX_EXTENDS} files or loops back on itself`,
  missing: "was not found or cannot be read"
};
function extendsProblem(file, text3, value, reason) {
  const line = text3.split("\n").findIndex((l) => l.startsWith("_extends"));
  const message2 = reason === "missing" ? `the base configuration "${String(value)}" ${EXTENDS_MESSAGES.missing}` : EXTENDS_MESSAGES[reason];
  return {
    file,
    line: line < 0 ? void 0 : line + 1,
    column: line < 0 ? void 0 : 1,
    key: "_extends",
    message: message2
  };
}
function displayName(at3, home) {
  return at3.owner === home.owner && at3.repo === home.repo ? at3.path : label(at3);
}
function label(at3) {
  return `${at3.owner}/${at3.repo}:${at3.path}`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/adapters/probot/config-cache.ts
var ConfigCache = class {
  #entries = /* @__PURE__ */ new Map();
  #settled = /* @__PURE__ */ new Map();
  /** Files of other repositories by "owner/repo:path"; undefined when absent. */
  #shared = /* @__PURE__ */ new Map();
  /** The repository's configuration: cached, or loaded once even under concurrent events. */
  load(port) {
    return this.get(
      `${port.repo.owner}/${port.repo.repo}`,
      () => loadConfig(port, (at3, read2) => this.#readShared(`${at3.owner}/${at3.repo}:${at3.path}`, read2))
    );
  }
  /** The cached configuration of a repository, loading it once even under concurrent events. */
  get(repository2, load3) {
    let entry = this.#entries.get(repository2);
    if (!entry) {
      const loading = load3();
      entry = loading;
      this.#entries.set(repository2, loading);
      loading.then(
        (loaded) => {
          if (this.#entries.get(repository2) === loading) this.#settled.set(repository2, loaded);
        },
        // A failed read (GitHub down, say) is not an answer worth keeping.
        () => this.#entries.delete(repository2)
      );
    }
    return entry;
  }
  /** The configuration already known for a repository, without reading anything. */
  peek(repository2) {
    return this.#settled.get(repository2);
  }
  /** Drops every entry that read one of these files: "owner/repo:path". */
  async invalidate(changedFiles) {
    const changed = new Set(changedFiles);
    for (const file of changed) this.#shared.delete(file);
    let dropped = 0;
    for (const [repository2, entry] of this.#entries) {
      const sources = await entry.then((e) => e.sources).catch(() => []);
      if (sources.some((s) => changed.has(s))) {
        this.#entries.delete(repository2);
        this.#settled.delete(repository2);
        dropped++;
      }
    }
    return dropped;
  }
  #readShared(file, read2) {
    let text3 = this.#shared.get(file);
    if (!text3) {
      text3 = read2();
      this.#shared.set(file, text3);
      text3.catch(() => this.#shared.delete(file));
    }
    return text3;
  }
};
function filesChangedByPush(payload) {
  const repo = payload.repository;
  if (!repo?.full_name || payload.ref !== `refs/heads/${repo.default_branch}`) return [];
  const paths = (payload.commits ?? []).flatMap((c) => [
    ...c.added ?? [],
    ...c.modified ?? [],
    ...c.removed ?? []
  ]);
  return [...new Set(paths)].map((path) => `${repo.full_name}:${path}`);
}

// src/adapters/probot/app.ts
var APP_OUTAGE_BUDGET = { retryForMs: 8e3, giveUpAfterMs: 3e4, attempts: 4 };
var handled = new Set(HANDLED_EVENTS);
function createApp(options = {}) {
  return (app, appOptions) => {
    const cache = new ConfigCache();
    const issueFields = /* @__PURE__ */ new Map();
    const budget = () => ({
      ...APP_OUTAGE_BUDGET,
      now: () => performance.now(),
      sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      ...options.outage
    });
    let self;
    const selfLogin = () => {
      self ??= app.auth().then((octokit) => octokit.rest.apps.getAuthenticated()).then(({ data }) => `${data?.slug ?? "incident-scribe"}[bot]`);
      self.catch(() => {
        self = void 0;
      });
      return self;
    };
    const installations = /* @__PURE__ */ new Map();
    const installationOf = (owner, repo) => {
      const key = `${owner}/${repo}`.toLowerCase();
      let known = installations.get(key);
      if (!known) {
        known = app.auth().then((octokit) => octokit.rest.apps.getRepoInstallation({ owner, repo })).then(({ data }) => data.id);
        installations.set(key, known);
        known.catch(() => installations.delete(key));
      }
      return known;
    };
    const route = alertsRoute({
      installationOf,
      portFor: async (installationId, repo) => {
        const octokit = await app.auth(installationId);
        limitOutages(octokit, budget());
        const log = (message2) => app.log.info(message2);
        const port = createOctokitPort({
          octokit,
          repo,
          selfLogin,
          dryRun: options.dryRun,
          sleep: options.sleep,
          log
        });
        const defaultBranch = async () => (await octokit.rest.repos.get({ ...repo })).data.default_branch;
        return { port, defaultBranch };
      },
      loadConfig: (port) => cache.load(port),
      now: options.clock ?? (() => /* @__PURE__ */ new Date()),
      log: (message2) => app.log.info(message2),
      answerWithinMs: options.alertAnswerWithinMs
    });
    try {
      appOptions?.addHandler(route);
    } catch {
    }
    app.on("push", async (context) => {
      const dropped = await cache.invalidate(filesChangedByPush(context.payload));
      if (dropped > 0)
        context.log.info(`configuration changed: dropped ${dropped} cached repositories`);
    });
    app.onAny(async (event) => {
      const context = event;
      if (!handled.has(context.name)) return;
      const payload = context.payload;
      const log = (message2) => context.log.info(message2);
      const where = `${context.name}.${String(payload.action ?? "").slice(0, 50)} ${context.id}`;
      const repo = repositoryOf(payload);
      const malformed = repo ? malformedPayload(context.name, payload) : "repository: missing";
      if (!repo || malformed) {
        if (payload.repository !== void 0)
          log(`${where}: ignored: malformed payload (${malformed})`);
        return;
      }
      limitOutages(context.octokit, budget());
      const port = createOctokitPort({
        octokit: context.octokit,
        repo,
        selfLogin,
        dryRun: options.dryRun,
        sleep: options.sleep,
        log,
        issueFields
      });
      const outcome = await handleEvent(
        { name: context.name, payload },
        {
          port,
          loadConfig: () => cache.load(port),
          cachedConfig: () => cache.peek(`${repo.owner}/${repo.repo}`),
          now: options.clock ?? (() => /* @__PURE__ */ new Date()),
          builtInTemplate: builtInPostmortemTemplate,
          log
        }
      );
      log(`${where}: ${outcome}`);
    });
  };
}

// src/adapters/probot/server.ts
import { createServer } from "node:http";
import { createNodeMiddleware, createProbot, run } from "probot";

// src/adapters/probot/app-octokit.ts
import { ProbotOctokit } from "probot";
var AppOctokit = ProbotOctokit.defaults((instance) => ({
  ...instance,
  retry: { ...instance.retry, enabled: false }
}));

// src/adapters/probot/quiet-log.ts
import { getTransformStream } from "@probot/pino";
import { pino } from "pino";
async function quietLog(env) {
  const logFormat = env.LOG_FORMAT ? env.LOG_FORMAT === "pretty" ? "pretty" : "json" : env.NODE_ENV === "production" ? "json" : "pretty";
  const transform = await getTransformStream({
    logFormat,
    logLevelInString: env.LOG_LEVEL_IN_STRING === "true",
    ...env.SENTRY_DSN ? { sentryDsn: env.SENTRY_DSN } : {}
  });
  transform.pipe(process.stdout);
  return pino(
    {
      level: env.LOG_LEVEL || "info",
      name: "probot",
      messageKey: env.LOG_MESSAGE_KEY || "msg",
      serializers: { err: quietError, error: quietError, event: quietEvent }
    },
    transform
  );
}
var MAX_MESSAGE = 500;
var MAX_STACK = 2e3;
function quietError(error) {
  if (!(error instanceof Error)) return typeof error === "string" ? cut(error, MAX_MESSAGE) : error;
  const status2 = error.status;
  return {
    type: error.name,
    message: cut(error.message, MAX_MESSAGE),
    ...typeof status2 === "number" ? { status: status2 } : {},
    // A refused request (a 4xx: a wrong signature, bad JSON) is not a bug here: no stack.
    ...error.stack && !(typeof status2 === "number" && status2 < 500) ? { stack: cut(error.stack, MAX_STACK) } : {},
    ...error instanceof AggregateError ? { errors: error.errors.slice(0, 5).map(quietError) } : {}
  };
}
function quietEvent(event) {
  const { id, name } = event ?? {};
  const short2 = (value) => typeof value === "string" ? cut(value, 100) : void 0;
  return { id: short2(id), name: short2(name) };
}
function cut(text3, max) {
  return text3.length > max ? `${text3.slice(0, max)}\u2026 (${text3.length} characters)` : text3;
}

// src/adapters/probot/server.ts
var WEBHOOK_BODY_LIMIT = 4 * 1024 * 1024;
var PUSH_BODY_LIMIT = 25 * 1024 * 1024;
function bodyLimitFor(event) {
  return event === "push" ? PUSH_BODY_LIMIT : WEBHOOK_BODY_LIMIT;
}
async function startAppServer(appFn, env = process.env) {
  if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH)) {
    await run(appFn, { Octokit: AppOctokit });
    return void 0;
  }
  const log = await quietLog(env);
  const probot = createProbot({ env, overrides: { log, Octokit: AppOctokit } });
  const webhooksPath = env.WEBHOOK_PATH || "/api/github/webhooks";
  const middleware = await createNodeMiddleware(appFn, { probot, webhooksPath });
  const server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/ping") {
      res.writeHead(200, { "content-type": "text/plain" }).end("PONG");
      return;
    }
    const alert = (path ?? "").startsWith(ALERTS_PREFIX);
    if (!alert && (req.method !== "POST" || path !== webhooksPath)) {
      res.writeHead(404).end();
      return;
    }
    const event = header(req, "x-github-event");
    const limit = alert ? ALERT_BODY_LIMIT : bodyLimitFor(event);
    const refuse2 = (reason) => {
      log.warn(`webhook ${delivery(req)} (${event ?? "no event"}) refused: ${reason}`);
      res.writeHead(413, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: `Payload too large: ${reason}` }));
      let discarded = 0;
      req.on("data", (chunk) => {
        discarded += chunk.length;
        if (discarded > PUSH_BODY_LIMIT) req.destroy();
      });
      req.resume();
    };
    readBody2(req, limit, refuse2).then((body) => {
      if (!body) return;
      Object.assign(req, { body: {}, rawBody: body });
      void middleware(req, res, () => res.writeHead(404).end());
    });
  });
  const port = env.PORT ? Number(env.PORT) : 3e3;
  const host = env.HOST || "localhost";
  await new Promise((resolve) => server.listen(port, host, resolve));
  const bound = server.address();
  const shown = bound.family === "IPv6" ? `[${bound.address}]` : bound.address;
  log.info(`Listening on http://${shown}:${bound.port}`);
  return server;
}
function readBody2(req, limit, refuse2) {
  const declared = Number(req.headers["content-length"]);
  const over = (size) => `${size} bytes is over the limit of ${limit} bytes`;
  if (declared > limit) {
    refuse2(over(declared));
    return Promise.resolve(void 0);
  }
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.pause();
      req.removeAllListeners("data");
      refuse2(`${over(size)} (so far)`);
      resolve(void 0);
    });
    req.on("end", () => resolve(size <= limit ? Buffer.concat(chunks) : void 0));
    req.on("error", () => resolve(void 0));
  });
}
function header(req, name) {
  const value = req.headers[name];
  return typeof value === "string" ? value.slice(0, 100) : void 0;
}
function delivery(req) {
  return header(req, "x-github-delivery") ?? "without an id";
}

// src/main/probot.ts
await startAppServer(createApp());
