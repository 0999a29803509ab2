import { PERMISSIONS, type Permission } from '../config/schema.ts';

/** Who may do what, decided by the caller (from the collaborator-permission API) and passed in. */
export interface Access {
  /** May this login run commands that change the incident? */
  canAct(login: string): boolean;
  /**
   * May the commands of this comment change the incident? A comment refused once stays refused
   * until its author edits it with the permission: a later grant does not reach back.
   */
  canActIn?(login: string, commentId: number): boolean;
  /** Does this login have access to the repository at all (to hold a role)? Defaults to yes. */
  hasAccess?(login: string): boolean;
}

/** Whether a repository permission reaches a minimum (read < triage < write < maintain < admin). */
export function reaches(permission: Permission | 'none', minimum: Permission): boolean {
  return permission !== 'none' && PERMISSIONS.indexOf(permission) >= PERMISSIONS.indexOf(minimum);
}
