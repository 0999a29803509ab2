import { notFound } from '../errors.ts';
import { paginate } from '../paginate.ts';
import type { Route } from '../router.ts';
import { HTML_URL, repoJson, userJson } from '../serialize.ts';
import { APP_ID, APP_SLUG, INSTALLATION_ID, type World } from '../world.ts';
import { requireRepo } from './helpers.ts';

const PERMISSIONS = {
  checks: 'write',
  contents: 'write',
  issues: 'write',
  metadata: 'read',
  pull_requests: 'write',
};
const EVENTS = ['issues', 'issue_comment', 'pull_request', 'push'];

/** The App and its installation: what Probot's App authentication walks through. */
export function appRoutes(
  issueToken: (world: World) => { token: string; expiresAt: string },
): Route[] {
  return [
    {
      method: 'GET',
      path: '/app',
      auth: 'app',
      handler: ({ world }) => ({
        status: 200,
        body: {
          id: APP_ID,
          slug: APP_SLUG,
          node_id: Buffer.from(`Integration:${APP_ID}`).toString('base64'),
          client_id: 'Iv1.sandbox0000000000',
          owner: userJson(world, world.owner),
          name: 'incident-scribe',
          description: 'A GitHub-native incident scribe (sandbox)',
          external_url: 'https://github.com/apps/incident-scribe',
          html_url: `${HTML_URL}/apps/${APP_SLUG}`,
          created_at: world.createdAt,
          updated_at: world.createdAt,
          permissions: PERMISSIONS,
          events: EVENTS,
          installations_count: 1,
        },
      }),
    },
    {
      method: 'POST',
      path: '/app/installations/{installation_id}/access_tokens',
      auth: 'app',
      handler: (ctx) => {
        if (ctx.params.installation_id !== String(INSTALLATION_ID)) throw notFound();
        const { token, expiresAt } = issueToken(ctx.world);
        return {
          status: 201,
          body: {
            token,
            expires_at: expiresAt,
            permissions: PERMISSIONS,
            repository_selection: 'selected',
          },
        };
      },
    },
    {
      // The sandbox App has one installation, on the scenario's owner.
      method: 'GET',
      path: '/app/installations',
      auth: 'app',
      handler: (ctx) => paginate(ctx, [installationJson(ctx.world)], (i) => i),
    },
    {
      method: 'GET',
      path: '/installation/repositories',
      handler: (ctx) => {
        const page = paginate(ctx, [repoJson(ctx.world)], (r) => r);
        return {
          ...page,
          body: { total_count: 1, repository_selection: 'selected', repositories: page.body },
        };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}/installation',
      auth: 'app',
      handler: (ctx) => {
        requireRepo(ctx);
        return { status: 200, body: installationJson(ctx.world) };
      },
    },
    {
      method: 'GET',
      path: '/repos/{owner}/{repo}',
      handler: (ctx) => {
        requireRepo(ctx);
        return {
          status: 200,
          body: { ...repoJson(ctx.world), network_count: 0, subscribers_count: 0 },
        };
      },
    },
  ];
}

function installationJson(world: World) {
  const api = world.apiUrl;
  return {
    id: INSTALLATION_ID,
    // GitHub's schema wants the account with a user's and an enterprise's fields (allOf).
    account: {
      ...userJson(world, world.owner),
      name: world.owner,
      slug: world.owner,
      created_at: world.createdAt,
      updated_at: world.createdAt,
    },
    repository_selection: 'selected',
    access_tokens_url: `${api}/app/installations/${INSTALLATION_ID}/access_tokens`,
    repositories_url: `${api}/installation/repositories`,
    html_url: `${HTML_URL}/organizations/${world.owner}/settings/installations/${INSTALLATION_ID}`,
    app_id: APP_ID,
    app_slug: APP_SLUG,
    target_id: world.account(world.owner).id,
    target_type: 'Organization',
    permissions: PERMISSIONS,
    events: EVENTS,
    created_at: world.createdAt,
    updated_at: world.createdAt,
    single_file_name: null,
    suspended_by: null,
    suspended_at: null,
  };
}
