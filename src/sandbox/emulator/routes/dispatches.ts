import { GitHubError, validationFailed } from '../errors.ts';
import type { Route } from '../router.ts';
import { envelope } from '../serialize.ts';
import { requireRepo, requireRole, stringField } from './helpers.ts';

/**
 * `POST /repos/{owner}/{repo}/dispatches`: someone with write access asks for a
 * `repository_dispatch` event (a relay posting alerts to the Action). GitHub answers 204 and
 * sends the event with `action` set to the `event_type`, on the default branch.
 */
export const dispatchRoutes: Route[] = [
  {
    method: 'POST',
    path: '/repos/{owner}/{repo}/dispatches',
    handler: (ctx) => {
      requireRepo(ctx);
      requireRole(ctx, 'write');
      const eventType = stringField(ctx, 'event_type');
      if (!eventType || eventType.length > 100) {
        throw validationFailed({ resource: 'Repository', field: 'event_type', code: 'invalid' });
      }
      const client = ctx.body.client_payload ?? {};
      if (typeof client !== 'object' || client === null || Array.isArray(client)) {
        throw validationFailed({
          resource: 'Repository',
          field: 'client_payload',
          code: 'invalid',
        });
      }
      // GitHub allows at most 10 top-level properties in client_payload.
      if (Object.keys(client).length > 10) {
        throw new GitHubError(422, 'No more than 10 properties are allowed; 11 were supplied.');
      }
      ctx.world.emit('repository_dispatch', {
        action: eventType,
        branch: ctx.world.defaultBranch,
        client_payload: client,
        ...envelope(ctx.world, ctx.caller.login),
      });
      return { status: 204 };
    },
  },
];
