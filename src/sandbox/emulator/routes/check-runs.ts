import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { CheckRunRecord } from '../model.ts';
import type { Route, RouteContext } from '../router.ts';
import { HTML_URL, userJson } from '../serialize.ts';
import { APP_ID, APP_SLUG } from '../world.ts';
import { resolveRef } from './contents.ts';
import { intParam, requireRepo, stringField } from './helpers.ts';

const R = '/repos/{owner}/{repo}';

/** Check runs: create, update, list for a ref. Only the app (or the Actions token) writes them. */
export const checkRoutes: Route[] = [
  { method: 'POST', path: `${R}/check-runs`, handler: createCheckRun },
  { method: 'PATCH', path: `${R}/check-runs/{check_run_id}`, handler: updateCheckRun },
  {
    method: 'GET',
    path: `${R}/commits/{ref}/check-runs`,
    handler: (ctx) => {
      requireRepo(ctx);
      const sha = resolveRef(ctx.world, ctx.params.ref ?? '');
      const name = ctx.query.get('check_name');
      const runs = ctx.world.checkRuns.filter(
        (run) => run.headSha === sha && (!name || run.name === name),
      );
      return {
        status: 200,
        body: { total_count: runs.length, check_runs: runs.map((r) => checkRunJson(ctx, r)) },
      };
    },
  },
];

function requireApp(ctx: RouteContext): void {
  if (ctx.caller.kind === 'user') {
    throw new GitHubError(403, 'You must authenticate via a GitHub App.');
  }
}

function applyFields(ctx: RouteContext, run: CheckRunRecord): void {
  const b = ctx.body;
  const now = ctx.world.clock.iso();
  if (typeof b.status === 'string') run.status = b.status as CheckRunRecord['status'];
  if (typeof b.conclusion === 'string') {
    run.conclusion = b.conclusion;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.completedAt === null) {
    run.completedAt = stringField(ctx, 'completed_at') ?? now;
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw validationFailed({ resource: 'CheckRun', code: 'missing_field', field: 'conclusion' });
  }
  if (typeof b.details_url === 'string') run.detailsUrl = b.details_url;
  if (typeof b.external_id === 'string') run.externalId = b.external_id;
  const output = b.output as Record<string, unknown> | undefined;
  if (output) {
    run.output.title = typeof output.title === 'string' ? output.title : run.output.title;
    run.output.summary = typeof output.summary === 'string' ? output.summary : run.output.summary;
    run.output.text = typeof output.text === 'string' ? output.text : run.output.text;
    const annotations = Array.isArray(output.annotations) ? output.annotations : [];
    if (annotations.length > 50) {
      throw validationFailed({
        resource: 'CheckRun',
        code: 'custom',
        field: 'output.annotations',
        message: 'at most 50 annotations per request',
      });
    }
    run.output.annotations.push(...(annotations as Record<string, unknown>[]));
  }
}

function createCheckRun(ctx: RouteContext) {
  requireRepo(ctx);
  requireApp(ctx);
  const headSha = stringField(ctx, 'head_sha') ?? '';
  if (!ctx.world.commits.has(headSha)) {
    throw validationFailed({ resource: 'CheckRun', code: 'invalid', field: 'head_sha' });
  }
  const run: CheckRunRecord = {
    id: ctx.world.nextId('check'),
    name: stringField(ctx, 'name') ?? '',
    headSha,
    status: 'queued',
    conclusion: null,
    startedAt: stringField(ctx, 'started_at') ?? ctx.world.clock.iso(),
    completedAt: null,
    externalId: '',
    detailsUrl: null,
    output: { title: null, summary: null, text: null, annotations: [] },
    app: ctx.caller.login,
  };
  applyFields(ctx, run);
  ctx.world.checkRuns.push(run);
  return { status: 201, body: checkRunJson(ctx, run) };
}

function updateCheckRun(ctx: RouteContext) {
  requireRepo(ctx);
  requireApp(ctx);
  const id = intParam(ctx, 'check_run_id');
  const run = ctx.world.checkRuns.find((r) => r.id === id);
  if (!run) throw notFound();
  applyFields(ctx, run);
  return { status: 200, body: checkRunJson(ctx, run) };
}

function checkRunJson(ctx: RouteContext, run: CheckRunRecord) {
  const { world } = ctx;
  const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: Buffer.from(`CheckRun:${run.id}`).toString('base64'),
    external_id: run.externalId,
    url: `${api}/check-runs/${run.id}`,
    html_url: `${HTML_URL}/${world.owner}/${world.repo}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${api}/check-runs/${run.id}/annotations`,
    },
    name: run.name,
    check_suite: { id: 800000 + run.id },
    app: {
      id: APP_ID,
      slug: APP_SLUG,
      node_id: Buffer.from(`Integration:${APP_ID}`).toString('base64'),
      owner: userJson(world, world.owner),
      name: APP_SLUG,
      description: null,
      external_url: `${HTML_URL}/apps/${APP_SLUG}`,
      html_url: `${HTML_URL}/apps/${APP_SLUG}`,
      created_at: world.createdAt,
      updated_at: world.createdAt,
      permissions: {},
      events: [],
    },
    pull_requests: [],
  };
}
