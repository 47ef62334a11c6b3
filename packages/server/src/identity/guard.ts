import { may, PERMISSION_WORDS, type Permission } from '@cornerstone/shared/roles/permissions';
import { Authorized } from 'type-graphql';
import { AppError } from '../platform/graphql/errors.ts';
import type { AppUser } from './user.entity.ts';

// Roles are checked one way: by the shared permission table, in the guard (`@Allowed(…)`)
// or, where a service decides, here. The refusal names the permission so a client words it in its
// own language (`extensions.permission`).

/** The refusal of an action the user's role may not do. */
export const refused = (action: Permission) =>
  new AppError('FORBIDDEN', `Your role may not ${PERMISSION_WORDS[action].en}`, { permission: action });

/** Throws FORBIDDEN unless the user's role may do `action`. */
export function requirePermission(user: Pick<AppUser, 'role'>, action: Permission): void {
  if (!may(user.role, action)) throw refused(action);
}

/**
 * The guard of a query or mutation: a signed-in user whose role has `action` (the schema's auth
 * checker asks `requirePermission`, so a refusal names the permission as a service's does).
 */
export const Allowed = (action: Permission): MethodDecorator & PropertyDecorator & ClassDecorator =>
  Authorized(action);
