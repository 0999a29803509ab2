import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  DEFAULT_DUE_FIELD,
  STATUS_MARKER,
  addLeadingZeros,
  buildTimeline,
  bulletList,
  capBody,
  computeDeadlines,
  computeMetrics,
  constructFrom,
  dayIn,
  dueFieldValue,
  ensureOwnComment,
  escalationMarker,
  findOwnComments,
  formatInstant,
  getISOWeek,
  getISOWeekYear,
  incidentId,
  openIssueOnce,
  ownCommentsIn,
  paragraph,
  plusMinutes,
  readMarker,
  readStatusMarker,
  refreshIncident,
  renderEscalation,
  renderItemSection,
  renderMarker,
  renderUpdateOverdue,
  replaceItemSection,
  resolveAccess,
  startOfISOWeek,
  strong,
  text,
  toDate,
  toMarkdown,
  updateOverdueMarker,
  userText
} from "./cli-chunk-54WDPUY3.js";
import {
  MAX_POSTMORTEM_BYTES,
  OVERSIZE_MESSAGE,
  findActionItemsTable,
  findSection,
  findUnparsable,
  incidentDay,
  parseDocument,
  readActionItemRows,
  readFrontMatter,
  readMetadata,
  utf8Length
} from "./cli-chunk-NHBQGAPF.js";
import {
  capLength,
  formatMinutesShort,
  neutralizeMentions,
  oneLine,
  quietLogin,
  safeInline
} from "./cli-chunk-4Y27CR7S.js";

// src/core/action-items/item-marker.ts
var ACTION_ITEM_MARKER = "action-item";
var DAY = /^\d{4}-\d{2}-\d{2}$/;
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
    ...typeof due === "string" && DAY.test(due) ? { due } : {},
    ...typeof severity === "string" && /^sev[1-9]$/i.test(severity) ? { severity } : {},
    ...typeof owner === "string" && owner.startsWith("@") ? { owner } : {},
    ...typeof title === "string" && title.length <= 256 ? { title } : {},
    ...removed === true ? { removed } : {}
  };
}

// src/core/action-items/item-identity.ts
function sameItemId(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
function itemClaimRef(incident, item) {
  return `refs/incident-scribe/items/${refPart(incident)}/${refPart(item)}`;
}
function refPart(text2) {
  const lower = text2.trim().toLowerCase();
  const safe = lower.replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return safe === lower && safe !== "" ? safe : `${safe || "item"}-${fnv1a(lower)}`;
}
function fnv1a(text2) {
  let hash = 2166136261;
  for (let i = 0; i < text2.length; i++) {
    hash ^= text2.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

// src/core/action-items/render-action-reply.ts
var ITEM_LIMIT_MARKER = "action-item-limit";
function renderItemLimit(incidentId2, needed, max) {
  const limit = max >= 100 ? `an issue holds at most ${max} sub-issues` : `this repository allows ${max} per incident (\`action_items.max\`)`;
  return [
    renderMarker(ITEM_LIMIT_MARKER, {}),
    `${incidentId2} would need ${needed} action items, and ${limit}, so no new item was filed. Merge some items, or track the rest elsewhere.`
  ].join("\n");
}

// node_modules/date-fns/addDays.js
function addDays(date, amount, options) {
  const _date = toDate(date, options?.in);
  if (isNaN(amount)) return constructFrom(options?.in || date, NaN);
  if (!amount) return _date;
  _date.setDate(_date.getDate() + amount);
  return _date;
}

// node_modules/date-fns/formatISO.js
function formatISO(date, options) {
  const date_ = toDate(date, options?.in);
  if (isNaN(+date_)) {
    throw new RangeError("Invalid time value");
  }
  const format = options?.format ?? "extended";
  const representation = options?.representation ?? "complete";
  let result3 = "";
  let tzOffset = "";
  const dateDelimiter = format === "extended" ? "-" : "";
  const timeDelimiter = format === "extended" ? ":" : "";
  if (representation !== "time") {
    const day = addLeadingZeros(date_.getDate(), 2);
    const month = addLeadingZeros(date_.getMonth() + 1, 2);
    const year = addLeadingZeros(date_.getFullYear(), 4);
    result3 = `${year}${dateDelimiter}${month}${dateDelimiter}${day}`;
  }
  if (representation !== "date") {
    const offset = date_.getTimezoneOffset();
    if (offset !== 0) {
      const absoluteOffset = Math.abs(offset);
      const hourOffset = addLeadingZeros(Math.trunc(absoluteOffset / 60), 2);
      const minuteOffset = addLeadingZeros(absoluteOffset % 60, 2);
      const sign = offset < 0 ? "+" : "-";
      tzOffset = `${sign}${hourOffset}:${minuteOffset}`;
    } else {
      tzOffset = "Z";
    }
    const hour = addLeadingZeros(date_.getHours(), 2);
    const minute = addLeadingZeros(date_.getMinutes(), 2);
    const second = addLeadingZeros(date_.getSeconds(), 2);
    const separator = result3 === "" ? "" : "T";
    const time = [hour, minute, second].join(timeDelimiter);
    result3 = `${result3}${separator}${time}${tzOffset}`;
  }
  return result3;
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
function escapeHtml(text2) {
  return text2.replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeLinkText(text2) {
  return text2.replace(/[[\]\\]/g, (c) => `\\${c}`);
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
  const field = await dueField();
  if (!field) return;
  if (due) await port.setIssueFieldValue(filed.number, field.id, due);
  else if (current !== void 0) await port.clearIssueFieldValue(filed.number, field.id);
}

// src/usecases/action-items/item-claims.ts
import { randomUUID } from "node:crypto";
var CLAIM_STALE_AFTER_MINUTES = 30;
function itemClaims(port, options) {
  let claimSha;
  const commits = /* @__PURE__ */ new Map();
  const readCommit = (sha) => {
    let read = commits.get(sha);
    if (!read) {
      read = port.readCommit(sha);
      commits.set(sha, read);
    }
    return read;
  };
  const ownClaim = () => {
    claimSha ??= (async () => {
      const head = await port.branchSha(options.defaultBranch);
      const base = head ? await readCommit(head) : void 0;
      if (!head || !base) return void 0;
      const message = claimMessage(
        options.items.map((item) => itemClaimRef(options.incident, item))
      );
      return (await port.createCommit({ tree: base.tree, parents: [head], message })).sha;
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
  return issues.find((issue) => {
    if (issue.author.login !== self || issue.id === void 0) return false;
    const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
    return marker?.parent === incident.number && marker.incident === incident.id && sameItemId(marker.item, item);
  });
}

// src/usecases/action-items/sync-items.ts
var NEEDS_OWNER_LABEL = "needs-owner";
var MAX_ITEMS = 100;
async function syncItems(port, config, request) {
  const { incident, self } = request;
  const filed = (await port.listSubIssues(incident.number)).flatMap(
    (issue) => filedItem(issue, self, incident)
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
  let field;
  const dueField = () => {
    field ??= findDueField(port, config);
    return field;
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
      (issue) => filedItem(issue, self, incident)
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
function filedItem(issue, self, incident) {
  if (issue.author !== self) return [];
  const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
  if (!marker || marker.parent !== incident.number) return [];
  return [{ ...issue, marker }];
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
  const field = wanted.due ? await dueField() : void 0;
  const issue = await openIssueOnce(
    port,
    {
      title,
      body,
      labels: [config.labels.actionItem, ...needsOwner ? [NEEDS_OWNER_LABEL] : []],
      assignees: assignee ? [assignee] : [],
      ...field && wanted.due ? { fieldValues: [{ fieldId: field.id, value: wanted.due }] } : {},
      ...config.issueTypes.actionItem ? { type: config.issueTypes.actionItem } : {}
    },
    () => findOpenedItem(port, config, request, wanted.item),
    () => port.releaseClaim(claim)
  );
  await port.addSubIssue(incident.number, issue.id);
  return result(wanted, issue, "created");
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
  const link = /\]\(([^)\s]+)\)$/.exec(line);
  if (!link) return void 0;
  const url = link[1];
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
function result(wanted, issue, outcome) {
  return {
    item: wanted.item,
    description: wanted.description,
    number: issue?.number,
    url: issue?.htmlUrl,
    outcome
  };
}
async function noteOnce(port, issue, body) {
  await port.createIssueComment(issue, body);
  const self = await port.selfLogin();
  const text2 = capBody(body);
  const copies = (await port.listIssueComments(issue)).filter(
    (c) => c.user.login === self && c.body === text2
  );
  for (const copy of copies.slice(1)) await port.deleteIssueComment(copy.id);
}

// src/core/report/resolve-due-date.ts
function resolveDueDate(sources) {
  return sources.dueField ?? sources.marker?.due;
}

// src/usecases/action-items/show-items-in-status.ts
async function showItemsInStatus(port, incident, today, dueField) {
  const self = await port.selfLogin();
  const items = (await port.listSubIssues(incident)).flatMap((issue) => {
    if (issue.author !== self) return [];
    const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
    if (!marker || marker.parent !== incident) return [];
    return [
      {
        number: issue.number,
        url: issue.htmlUrl,
        title: issue.title,
        state: issue.state,
        stateReason: issue.stateReason,
        due: resolveDueDate({ marker, dueField: dueFieldValue(issue.fieldValues, dueField) })
      }
    ];
  });
  const status = findOwnComments(await port.listIssueComments(incident), self, STATUS_MARKER)[0];
  if (!status) return "no status comment";
  const body = replaceItemSection(status.comment.body, renderItemSection(items, today));
  if (body === void 0 || body === status.comment.body) return "item list unchanged";
  await port.updateIssueComment(status.comment.id, body);
  return "item list updated";
}

// src/core/action-items/items-from-postmortem.ts
var OWNER = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?)$/;
var MAX_REFS = 10;
function itemsFromPostmortem(text2, repo) {
  if (utf8Length(text2, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { ok: false, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text2);
  if (unparsable) return { ok: false, message: `line ${unparsable.line}: ${unparsable.message}` };
  const doc = parseDocument(text2);
  const issueUrl = issueLink(doc, repo);
  const table2 = findActionItemsTable(doc);
  if (!table2) return { ok: true, incidentIssue: issueUrl, items: [] };
  const items = readActionItemRows(table2, incidentDay(doc)).flatMap((row) => {
    if (row.description.trim() === "") return [];
    const owner = row.owner ? OWNER.exec(row.owner.trim())?.[1] : void 0;
    return [
      {
        item: row.id.trim() === "" ? String(row.line) : row.id.trim(),
        description: row.description,
        owner: owner ? `@${owner}` : null,
        due: row.due,
        refs: refsIn(row.row.cells, repo)
      }
    ];
  });
  return { ok: true, incidentIssue: issueUrl, items };
}
function issueLink(doc, repo) {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    const value = front.ok ? front.data.issue : void 0;
    const number = typeof value === "string" ? issueNumberOf(value, repo) : void 0;
    if (number !== void 0) return number;
  }
  const metadata = findSection(doc, "metadata");
  if (!metadata) return void 0;
  const item = readMetadata(doc.root, metadata).find((m) => m.label === "incident issue");
  return item ? issueNumberOf(item.value.replace(/^<|>$/g, ""), repo) : void 0;
}
function issueNumberOf(text2, repo) {
  const trimmed = text2.trim();
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

// src/usecases/action-items/sync-merged-postmortem.ts
async function syncPostmortemItems(port, config, input) {
  const { path, self } = input;
  const read = itemsFromPostmortem(input.text, port.repo);
  if (!read.ok || read.incidentIssue === void 0) {
    return {
      outcome: `${path}: ${read.ok ? "names no incident issue" : read.message}`,
      filed: false
    };
  }
  const issue = await readIncident(port, read.incidentIssue);
  if (!issue || !isIncident(config, issue)) {
    return { outcome: `${path}: #${read.incidentIssue} is not an incident`, filed: false };
  }
  const incident = incidentOf(config, issue);
  const url = `https://github.com/${port.repo.owner}/${port.repo.repo}/blob/${encodeURIComponent(input.defaultBranch)}/${path.split("/").map(encodeURIComponent).join("/")}`;
  const synced = await syncItems(port, config, {
    incident,
    wanted: read.items,
    source: { kind: "postmortem", path, url },
    speaksFor: () => true,
    self,
    defaultBranch: input.defaultBranch,
    now: input.now
  });
  if (synced.ok) {
    await showItemsInStatus(port, incident.number, input.today, config.actionItems.dueField);
  }
  const counted = synced.ok ? summarize(synced.items.map((i) => i.outcome)) : "over the limit";
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
  const listed2 = synced.items.flatMap(
    (i) => i.number && i.url && i.outcome !== "claimed elsewhere" ? [{ number: i.number, url: i.url, description: i.description, outcome: i.outcome }] : []
  );
  const changedNothing = synced.items.every((i) => i.outcome === "unchanged");
  if (!changedNothing || findOwnComments(own, self, BACK_LINK_MARKER).length === 0) {
    await ensureOwnComment(
      port,
      input.pull,
      BACK_LINK_MARKER,
      renderBackLink(incident.id, listed2),
      {
        comments: own,
        self
      }
    );
  }
  return { outcome: `${path}: ${counted}`, filed: true };
}
async function readIncident(port, number) {
  try {
    return await port.getIssue(number);
  } catch {
    return void 0;
  }
}
function isIncident(config, issue) {
  const labels = issue.labels.map((l) => l.toLowerCase());
  return labels.includes(config.labels.incident.toLowerCase());
}
function incidentOf(config, issue) {
  const labels = issue.labels.map((l) => l.toLowerCase());
  const severity = config.severities.find((s) => labels.includes(s.label.toLowerCase()));
  return {
    id: incidentId(config.incidentIdFormat, issue),
    number: issue.number,
    url: issue.htmlUrl,
    severity: severity ? { id: severity.id, title: severity.title } : void 0
  };
}
function summarize(outcomes) {
  if (outcomes.length === 0) return "no items";
  const counts = /* @__PURE__ */ new Map();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${n} ${o}`).join(", ");
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
  const { issue, record, now } = request;
  const { timeline, self } = record;
  const comments = ownCommentsIn(record.events, self);
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
  const id = incidentId(config.incidentIdFormat, issue);
  for (const step of plan.escalate) {
    const user = USER.exec(step.level.who)?.[1];
    const noAccess = user !== void 0 && await port.permissionOf(user) === "none";
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
    await ensureOwnComment(port, issue.number, escalationMarker(step.level.level), body, {
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
    await ensureOwnComment(port, issue.number, updateOverdueMarker(plan.updateOverdue), body, {
      comments,
      self
    });
    posted++;
  }
  return posted;
}

// src/usecases/escalation/escalation-sweep.ts
async function escalationSweep(port, config, now) {
  const open = await port.listIssuesByLabel(config.labels.incident, { state: "open" });
  let escalated = 0;
  const failed = [];
  for (const issue of open) {
    try {
      escalated += await sweepIncident(port, config, issue, now);
    } catch (error) {
      failed.push(`#${issue.number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const outcome = `${open.length} open incident${open.length === 1 ? "" : "s"}; ${escalated} escalation comment${escalated === 1 ? "" : "s"}${failed.length > 0 ? `; failed ${failed.join("; ")}` : ""}`;
  if (failed.length > 0 && failed.length === open.length) throw new Error(outcome);
  return { outcome, escalated };
}
async function sweepIncident(port, config, issue, now) {
  const { record } = await refreshIncident(port, config, { issue, now });
  if (!record) return 0;
  const posted = await escalateIncident(port, config, { issue, record, now, flagUpdates: true });
  if (posted > 0) await refreshIncident(port, config, { issue, now });
  return posted;
}

// src/core/report/iso-week.ts
function isoWeekOf(day) {
  const date = dayDate(day);
  const week = String(getISOWeek(date)).padStart(2, "0");
  return {
    label: `${getISOWeekYear(date)}-W${week}`,
    monday: formatISO(startOfISOWeek(date), { representation: "date" })
  };
}
function weeksEndingWith(day, count) {
  const labels = [];
  for (let back = count - 1; back >= 0; back--) {
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
  return measures.flatMap(([measure, value]) => {
    if (!value || value.targetMinutes === void 0) return [];
    const over = value.minutes - value.targetMinutes;
    return over > 0 ? [{ incident, measure, overMinutes: over }] : [];
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
var MENTIONABLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;
function renderReminder(reminder, context, config) {
  const { entry, nextLevel } = reminder;
  const owner = entry.owner ?? "";
  const who = MENTIONABLE.test(owner) ? owner : neutralizeMentions(owner);
  const days2 = `${entry.daysOverdue} day${entry.daysOverdue === 1 ? "" : "s"}`;
  const lines = [
    renderMarker(REMINDER_MARKER, { week: context.week }),
    `${who}, this action item was due on ${entry.due} and is ${days2} overdue.`,
    "",
    "Close it when it is done, or close it as not planned if it will not be done."
  ];
  if (nextLevel) {
    const level = config.report.mentionEscalation && MENTIONABLE.test(nextLevel.who) ? nextLevel.who : neutralizeMentions(nextLevel.who);
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
  for (const [name, count] of slices) lines.push(`  "${name}" : ${count}`);
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
var MAX_BODY = 6e4;
var ROW_CAPS = [200, 50, 10];
function renderReport(report, config, reminded) {
  const marker = { ...report.point, reminded };
  let body = "";
  for (const cap of ROW_CAPS) {
    body = toMarkdown(reportTree(report, config, marker, cap));
    if (body.length <= MAX_BODY) return body;
  }
  return toMarkdown({
    type: "root",
    children: [
      html(marker),
      heading(2, reportTitle(report.week.label)),
      paragraph(`${report.overdue.length} overdue items: too many to list here.`)
    ]
  });
}
function reportTree(report, config, marker, cap) {
  const zone = config.timezone;
  const children = [html(marker), heading(2, reportTitle(report.week.label))];
  children.push(paragraph(summaryLine(report, zone)));
  if (report.totalItems === 0) {
    children.push(paragraph("Nothing overdue: no action items are filed in this repository."));
  }
  children.push(heading(3, `Overdue (${report.overdue.length})`));
  if (report.overdue.length === 0) children.push(paragraph("Nothing overdue."));
  let shown = 0;
  for (const group of report.groups) {
    const count = group.bySeverity.reduce((n, s) => n + s.items.length, 0);
    if (shown >= cap) break;
    children.push(paragraph(strong(ownerName(group.owner)), text(` (${count})`)));
    const rows = [];
    for (const { severity, items } of group.bySeverity) {
      for (const entry of items) {
        if (shown >= cap) break;
        shown++;
        rows.push([
          [text(severityName(severity))],
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
  children.push(heading(3, `Due in the next 7 days (${report.dueSoon.length})`));
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
    children.push(heading(3, `Needs attention (${report.attention.length})`));
    children.push(
      bulletList(
        report.attention.slice(0, cap).map((a) => [...itemLink(a.item), text(`: ${reasonText(a.reason)}`)])
      )
    );
    more(children, report.attention.length - cap);
  }
  children.push(heading(3, "Closed in the last 7 days"));
  const closed = [
    [strong("Done"), text(`: ${report.done.length}`), ...listed(report.done, cap)],
    [strong("Won\u2019t do"), text(`: ${report.wontDo.length}`), ...listed(report.wontDo, cap)],
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
    heading(3, `Incidents in the last 7 days (${report.incidents.length})`)
  ];
  if (report.incidents.length === 0) out.push(paragraph("None."));
  else {
    out.push(
      table(
        ["Incident", "Severity", "Acknowledge", "Mitigate", "Resolve"],
        report.incidents.slice(0, cap).map((i) => [
          incidentLink(i),
          [text(severityName(i.severity))],
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
  const out = [heading(3, "Last 8 weeks")];
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
function measureText(measure, open) {
  if (!measure) return open ? "not yet" : "\u2013";
  const value = formatMinutesShort(measure.minutes);
  if (measure.targetMinutes === void 0) return value;
  const over = measure.minutes > measure.targetMinutes;
  return `${value} ${over ? "\u2717" : "\u2713"} (target ${formatMinutesShort(measure.targetMinutes)})`;
}
function listed(items, cap) {
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
function severityName(severity) {
  return severity ? severity.toUpperCase() : "\u2013";
}
function days(n) {
  return `${n} day${n === 1 ? "" : "s"}`;
}
function more(children, hidden) {
  if (hidden > 0) children.push(paragraph(`\u2026 and ${hidden} more.`));
}
function heading(depth, value) {
  return { type: "heading", depth, children: [text(value)] };
}
function html(marker) {
  return { type: "html", value: renderMarker(REPORT_MARKER, { ...marker }) };
}
function table(header, rows) {
  const row = (cells) => ({
    type: "tableRow",
    children: cells.map((children) => ({ type: "tableCell", children }))
  });
  return {
    type: "table",
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)]
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
  for (const issue of touched) {
    if (!inWindow(issue.createdAt) && !inWindow(issue.closedAt)) continue;
    const events = await port.listIssueTimeline(issue.number);
    const known = findOwnComments(
      ownCommentsIn(events, self),
      self,
      STATUS_MARKER,
      readStatusMarker
    )[0]?.data;
    const { access } = await resolveAccess(port, config, events, known);
    const timeline = buildTimeline(issue, events, config, self, access);
    const metrics = computeMetrics(timeline, config);
    incidents.push({
      number: issue.number,
      id: incidentId(config.incidentIdFormat, issue),
      title: issue.title,
      url: issue.htmlUrl,
      severity: timeline.state.severity?.id,
      open: issue.state === "open",
      falseAlarm: metrics.falseAlarm,
      openedAt: issue.createdAt,
      timeToAcknowledge: metrics.timeToAcknowledge,
      timeToMitigate: metrics.timeToMitigate,
      timeToResolve: metrics.timeToResolve
    });
  }
  return incidents;
}

// src/usecases/report/read-items.ts
async function readItems(port, config, self, since) {
  const label = config.labels.actionItem;
  const open = await port.listIssuesByLabel(label, { state: "open" });
  const closed = await port.listIssuesByLabel(label, { state: "closed", since });
  return [...open, ...closed].map((issue) => toItem(issue, self, config.actionItems.dueField));
}
function toItem(issue, self, dueField = DEFAULT_DUE_FIELD) {
  const trusted = issue.author.login === self;
  const marker = trusted ? readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER)) : void 0;
  return {
    number: issue.number,
    title: issue.title,
    url: issue.htmlUrl,
    state: issue.state,
    stateReason: issue.stateReason,
    closedAt: issue.closedAt,
    marker,
    due: resolveDueDate({ marker, dueField: dueFieldValue(issue.fieldValues, dueField) })
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
function result2(outcome, report, issue, body) {
  return {
    outcome,
    overdueCount: report.overdue.length,
    reportUrl: issue.htmlUrl || void 0,
    markdown: body
  };
}
async function readReports(port, config, self) {
  const issues = await port.listIssuesByLabel(config.report.label, {
    state: "all",
    limit: REPORTS_READ
  });
  return issues.flatMap((issue) => {
    if (issue.author.login !== self) return [];
    const marker = readReportMarker(readMarker(issue.body, REPORT_MARKER));
    return marker ? [{ issue, marker }] : [];
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
async function runScheduled(job, deps) {
  if (!isJobName(job)) {
    const named = job === void 0 ? "no job given" : `unknown job "${job}"`;
    return { outcome: `refused: ${named} (expected ${JOB_NAMES.join(" or ")})`, outputs: {} };
  }
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { outcome: "refused: invalid configuration", outputs: {} };
  return { ...await SCHEDULED_JOBS[job](deps.port, loaded.config, deps.now()), job };
}

export {
  syncPostmortemItems,
  runScheduled
};
