import { PERMISSIONS, type Permission } from '../config/schema.ts';

/** Who may do what, decided by the caller (from the collaborator-permission API) and passed in. */
export interface Access {
  /** May this login run commands that change the incident? */
  canAct(login: string): boolean;
  /** Does this login have access to the repository at all (to hold a role)? Defaults to yes. */
  hasAccess?(login: string): boolean;
}

/** Access from looked-up permissions: acting needs `minimum`; any permission counts as access. */
export function accessFromPermissions(
  permissions: ReadonlyMap<string, Permission | 'none'>,
  minimum: Permission,
): Access {
  // Logins are case-insensitive on GitHub; compare them lowercased.
  const byLogin = new Map([...permissions].map(([login, p]) => [login.toLowerCase(), p]));
  const rank = (login: string): number => {
    const permission = byLogin.get(login.toLowerCase()) ?? 'none';
    return permission === 'none' ? -1 : PERMISSIONS.indexOf(permission);
  };
  return {
    canAct: (login) => rank(login) >= PERMISSIONS.indexOf(minimum),
    hasAccess: (login) => rank(login) >= 0,
  };
}
