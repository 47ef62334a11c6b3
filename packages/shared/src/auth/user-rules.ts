import type { Role } from '../roles/permissions.ts';

// Who may manage which users (docs/security.md, Users), once: the server refuses by it, the web
// offers only what it allows.

/** A login: 2–64 letters, digits, dot, dash or underscore; unique in any case. */
export const LOGIN_PATTERN = /^[A-Za-z0-9._-]{2,64}$/;

/** The roles that belong to a branch (the others are company-wide and have none). */
export const BRANCH_ROLES: readonly Role[] = ['branch_manager', 'account_manager', 'operations'];

/** The roles a user administrator of `actorRole` may give, create, change or deactivate. */
export function manageableRoles(actorRole: string): readonly Role[] {
  if (actorRole === 'admin') return ['admin', 'branch_manager', 'account_manager', 'operations', 'analyst'];
  // A branch manager runs the staff of their own branch, never a peer, an analyst or an administrator.
  if (actorRole === 'branch_manager') return ['account_manager', 'operations'];
  return [];
}

/** Whether an administrator of `actor` may manage a user of `role` in `branch` (a branch name or null). */
export function mayManageUser(
  actor: { role: string; branch: string | null },
  target: { role: string; branch: string | null },
): boolean {
  if (!manageableRoles(actor.role).includes(target.role as Role)) return false;
  return actor.role === 'admin' || (actor.branch !== null && actor.branch === target.branch);
}
