import { passwordProblem } from '@cornerstone/shared/auth/password-policy';
import {
  BRANCH_ROLES,
  LOGIN_PATTERN,
  manageableRoles,
  mayManageUser,
} from '@cornerstone/shared/auth/user-rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';
import { auditInTransaction } from './audit/audit.service.ts';
import { Branch } from './branch.entity.ts';
import { hashPassword } from './password.ts';
import { AppUser, ROLES, type Role } from './user.entity.ts';

export interface NewUser {
  login: string;
  role: string;
  branch?: string | undefined;
  displayName?: string | undefined;
  password: string;
}

/** Who changes users, and where from: for the audit rows the changes write. */
export interface Actor {
  user: AppUser;
  ip: string | null;
  requestId: string;
}

export const NAME_MAX = 64;

/** The password policy's problem (shared/auth/password-policy.ts) as the field's input problem. */
export function checkPassword(check: InputCheck, field: string, password: string, login: string): InputCheck {
  const p = passwordProblem(password, login);
  if (p) check.problem(field, p.code, 'params' in p ? p.params : undefined);
  return check;
}

/** Whether a login is taken, in any case (`Admin` is `admin`: the unique index on lower(login)). */
export async function loginTaken(em: EntityManager, login: string): Promise<boolean> {
  const [row] = await em.execute('select 1 from app_user where lower(login) = lower(?)', [login]);
  return Boolean(row);
}

/**
 * Adds a user (the CLI's `user add`, the demo, API tokens' service users); a branch that does not
 * exist yet is created (docs/contract.md `user add`). The password follows the one policy.
 */
export async function addUser(em: EntityManager, input: NewUser): Promise<AppUser> {
  const check = new InputCheck();
  check.require(LOGIN_PATTERN.test(input.login), 'login', 'user.loginInvalid');
  check.check(ROLES.includes(input.role as Role), 'role', `must be one of ${ROLES.join(', ')}`);
  checkPassword(check, 'password', input.password, input.login);
  check.throwIfAny();
  if (await loginTaken(em, input.login))
    throw problemError('login', 'user.loginTaken', { login: input.login });
  const branch = input.branch ? await ensureBranch(em, input.branch) : null;
  const user = em.create(AppUser, {
    login: input.login,
    displayName: input.displayName ?? input.login,
    role: input.role as Role,
    branch,
    passwordHash: await hashPassword(input.password),
  });
  await em.flush();
  return user;
}

export async function ensureBranch(
  em: EntityManager,
  name: string,
  region: string | null = null,
): Promise<Branch> {
  const existing = await em.findOne(Branch, { name });
  if (existing) return existing;
  const branch = em.create(Branch, { name, region });
  await em.flush();
  return branch;
}

/** Whether a user is an API token's service user (`api.<name>`): managed with its token. */
export async function isServiceUser(em: EntityManager, id: number): Promise<boolean> {
  const [row] = await em.execute('select 1 from api_token where user_id = ?', [id]);
  return Boolean(row);
}

/**
 * The user `id` if the actor may manage them (shared/auth/user-rules.ts): else as if there were
 * none, so a branch manager cannot tell another branch's users from ids that do not exist.
 */
export async function managedUser(t: EntityManager, actor: AppUser, id: number | null): Promise<AppUser> {
  const u = id === null ? null : await t.findOne(AppUser, { id }, { populate: ['branch'] });
  const actorBranch = actor.branch?.name ?? null;
  if (
    !u ||
    !mayManageUser(
      { role: actor.role, branch: actorBranch },
      { role: u.role, branch: u.branch?.name ?? null },
    )
  )
    throw problemError('id', 'user.notFound');
  // An integrator's service user is the administrators' (its token's role may be a branch's).
  if (actor.role !== 'admin' && (await isServiceUser(t, u.id))) throw problemError('id', 'user.notFound');
  return u;
}

/**
 * The role and branch an actor may give (`role`, `branch` as asked): the role among those the
 * actor manages, a branch for a branch role only, an existing one, and a branch manager's own.
 * A branch manager who names no branch gives their own.
 */
export async function checkRoleAndBranch(
  t: EntityManager,
  check: InputCheck,
  actor: AppUser,
  role: string,
  branchName: string | null,
): Promise<Branch | null> {
  const own = actor.role === 'branch_manager' ? (actor.branch?.name ?? null) : null;
  const name = branchName?.trim() || (BRANCH_ROLES.includes(role as Role) ? own : null);
  check.require(manageableRoles(actor.role).includes(role as Role), 'role', 'user.roleNotAllowed', { role });
  if (!BRANCH_ROLES.includes(role as Role)) {
    check.require(!name, 'branch', 'user.branchNotForRole');
    return null;
  }
  if (!name) {
    check.problem('branch', 'user.branchRequired');
    return null;
  }
  const branch = await t.findOne(Branch, { name });
  if (!branch) check.problem('branch', 'user.branchUnknown', { branch: name });
  else check.require(actor.role === 'admin' || name === own, 'branch', 'user.branchNotAllowed');
  return branch;
}

/** Merchants a user still manages: none may be left without their account manager. */
export async function merchantsOwned(t: EntityManager, userId: number): Promise<number> {
  const [row] = await t.execute<{ n: number }[]>(
    'select count(*)::int as n from merchant where manager_id = ?',
    [userId],
  );
  return row?.n ?? 0;
}

/** Whether `user` is an active administrator who is the only one (locks them all until `t` ends). */
export async function isLastActiveAdmin(t: EntityManager, user: AppUser): Promise<boolean> {
  if (user.role !== 'admin' || !user.active) return false;
  // Two administrators demoting or deactivating each other at once: one waits for the other.
  const rows = await t.execute<{ id: number }[]>(
    "select id from app_user where role = 'admin' and active for update",
  );
  return rows.every((r) => r.id === user.id);
}

/** Writes the audit row of a user change inside its transaction (never a password). */
export function auditUserChange(
  t: EntityManager,
  actor: Actor,
  action: string,
  target: AppUser,
  detail: Record<string, unknown> | null = null,
) {
  return auditInTransaction(t, {
    actor: actor.user.login,
    role: actor.user.role,
    action: `user.${action}`,
    target: `user:${target.login}`,
    outcome: 'ok',
    ip: actor.ip,
    requestId: actor.requestId,
    detail,
  });
}
