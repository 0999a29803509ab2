import { PERMISSIONS, type Permission } from '../config/schema.ts';

/** Who may do what, decided by the caller (from the collaborator-permission API) and passed in. */
export interface Access {
  /** May this login run commands that change the incident? */
  canAct(login: string): boolean;
  /** Does this login have access to the repository at all (to hold a role)? Defaults to yes. */
  hasAccess?(login: string): boolean;
}

/** Whether a repository permission reaches a minimum (read < triage < write < maintain < admin). */
export function reaches(permission: Permission | 'none', minimum: Permission): boolean {
  return permission !== 'none' && PERMISSIONS.indexOf(permission) >= PERMISSIONS.indexOf(minimum);
}
