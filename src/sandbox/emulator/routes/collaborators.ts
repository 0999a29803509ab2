import { notFound } from '../errors.ts';
import type { Role } from '../model.ts';
import type { Route } from '../router.ts';
import { userJson } from '../serialize.ts';
import { requireRepo } from './helpers.ts';

const FOLDED: Record<Role, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
};

/** Collaborator permission (maintain folds into write, triage into read) and team membership. */
export const collaboratorRoutes: Route[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}/collaborators/{username}/permission',
    handler: (ctx) => {
      requireRepo(ctx);
      const login = ctx.params.username ?? '';
      const account = ctx.world.accounts.get(login);
      if (!account) throw notFound();
      const role = ctx.world.roles.get(login);
      const rank = ['read', 'triage', 'write', 'maintain', 'admin'].indexOf(role ?? 'none');
      const permissions = {
        pull: rank >= 0,
        triage: rank >= 1,
        push: rank >= 2,
        maintain: rank >= 3,
        admin: rank >= 4,
      };
      return {
        status: 200,
        body: {
          permission: role ? FOLDED[role] : 'none',
          role_name: role ?? 'none',
          user: { ...userJson(ctx.world, login), permissions, role_name: role ?? 'none' },
        },
      };
    },
  },
  {
    method: 'GET',
    path: '/orgs/{org}/teams/{team_slug}/memberships/{username}',
    handler: (ctx) => {
      const { world } = ctx;
      const members = world.teams.get(`${ctx.params.org}/${ctx.params.team_slug}`);
      const login = ctx.params.username ?? '';
      if (!members?.includes(login)) throw notFound();
      return {
        status: 200,
        body: {
          url: `${world.apiUrl}/orgs/${ctx.params.org}/teams/${ctx.params.team_slug}/memberships/${login}`,
          role: 'member',
          state: 'active',
        },
      };
    },
  },
];
