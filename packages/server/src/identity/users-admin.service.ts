import { randomInt } from 'node:crypto';
import { passwordProblem } from '@cornerstone/shared/auth/password-policy';
import { BRANCH_ROLES, LOGIN_PATTERN } from '@cornerstone/shared/auth/user-rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { Session } from './session.entity.ts';
import { tokenHash } from './token-hash.ts';
import { AppUser, type Role } from './user.entity.ts';
import {
  type Actor,
  auditUserChange,
  checkPassword,
  checkRoleAndBranch,
  isLastActiveAdmin,
  isServiceUser,
  loginTaken,
  managedUser,
  merchantsOwned,
  NAME_MAX,
} from './users.service.ts';

// User administration (docs/admin-guide.md, Users): each change in one transaction, checked by the
// shared rules (shared/auth), written to the audit log with it. Passwords never reach the log.

export interface CreateUserInput {
  login: string;
  displayName?: string | null;
  role: string;
  branch?: string | null;
}

export interface UpdateUserInput {
  role?: string | null;
  branch?: string | null;
  displayName?: string | null;
}

// No 0/O, 1/l/I: a one-time password is read off a screen and typed, perhaps over the phone.
const OTP_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password from the CSPRNG: 16 characters (~92 bits) in four groups, within the policy. */
export function oneTimePassword(login: string): string {
  for (;;) {
    const chars = Array.from({ length: 16 }, () => OTP_ALPHABET[randomInt(OTP_ALPHABET.length)]);
    const otp = [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
    if (!passwordProblem(otp, login)) return otp;
  }
}

/** Ends every session of a user at once (but `keep`, the one asking): the next request is refused. */
async function endSessions(t: EntityManager, userId: number, keep: string | null = null): Promise<void> {
  const where = keep
    ? { user: userId, revokedAt: null, tokenHash: { $ne: tokenHash(keep) } }
    : { user: userId, revokedAt: null };
  await t.nativeUpdate(Session, where, { revokedAt: new Date() });
}

const trimmedName = (check: InputCheck, name: string | null | undefined): string | null => {
  if (name == null) return null;
  const v = name.trim();
  check.require(v.length >= 1 && v.length <= NAME_MAX, 'displayName', 'user.displayNameLength', {
    max: NAME_MAX,
  });
  return v;
};

/** A new user with a one-time password (shown once): they choose their own at the first sign-in. */
export async function createUser(em: EntityManager, actor: Actor, input: CreateUserInput) {
  return em.transactional(async (t) => {
    const check = new InputCheck();
    const login = input.login.trim();
    // `api.` names the service users behind API tokens (api-tokens.service.ts).
    check.require(LOGIN_PATTERN.test(login) && !/^api\./i.test(login), 'login', 'user.loginInvalid');
    if (LOGIN_PATTERN.test(login) && (await loginTaken(t, login)))
      check.problem('login', 'user.loginTaken', { login });
    const displayName = trimmedName(check, input.displayName) || login;
    const branch = await checkRoleAndBranch(t, check, actor.user, input.role, input.branch ?? null);
    check.throwIfAny();
    const otp = oneTimePassword(login);
    const user = t.create(AppUser, {
      login,
      displayName,
      role: input.role as Role,
      branch,
      passwordHash: await hashPassword(otp),
      mustChangePassword: true,
    });
    await t.flush();
    await auditUserChange(t, actor, 'create', user, { role: user.role, branch: branch?.name ?? null });
    return { user, oneTimePassword: otp };
  });
}

/** Changes a user's role, branch or name; a branch manager within their own branch's staff only. */
export async function updateUser(em: EntityManager, actor: Actor, id: number | null, input: UpdateUserInput) {
  return em.transactional(async (t) => {
    const user = await managedUser(t, actor.user, id);
    const check = new InputCheck();
    const displayName = trimmedName(check, input.displayName);
    const role = input.role ?? user.role;
    // Without a branch asked, a branch role keeps the user's; a company-wide role has none.
    const asked = input.branch ?? (BRANCH_ROLES.includes(role as Role) ? (user.branch?.name ?? null) : null);
    const branch = await checkRoleAndBranch(t, check, actor.user, role, asked);
    check.throwIfAny();
    const from = { role: user.role, branch: user.branch?.name ?? null };
    const to = { role, branch: branch?.name ?? null };
    const moved = from.role !== to.role || from.branch !== to.branch;
    if (moved && from.role === 'admin' && to.role !== 'admin' && (await isLastActiveAdmin(t, user)))
      throw problemError('role', 'user.lastAdmin');
    // An account manager's merchants stay theirs and in their branch: moving them is another change.
    if (moved && from.role === 'account_manager') {
      const count = await merchantsOwned(t, user.id);
      if (count)
        throw problemError(from.role !== to.role ? 'role' : 'branch', 'user.ownsMerchants', { count });
    }
    user.role = role as Role;
    user.branch = branch;
    if (displayName) user.displayName = displayName;
    await t.flush();
    await auditUserChange(t, actor, 'update', user, {
      ...(moved ? { from, to } : {}),
      ...(displayName ? { fields: ['displayName'] } : {}),
    });
    return user;
  });
}

/**
 * Deactivates a user: their sessions end at once (and any session or API token of theirs is
 * refused on its next request: auth.service.ts asks whether the user is active every time).
 * Never oneself, never the last active administrator, never a user who still manages merchants.
 */
export async function deactivateUser(em: EntityManager, actor: Actor, id: number | null) {
  return em.transactional(async (t) => {
    const user = await managedUser(t, actor.user, id);
    if (user.id === actor.user.id) throw problemError('id', 'user.self');
    if (!user.active) return user;
    if (await isLastActiveAdmin(t, user)) throw problemError('id', 'user.lastAdmin');
    const count = await merchantsOwned(t, user.id);
    if (count) throw problemError('id', 'user.ownsMerchants', { count });
    user.active = false;
    await t.flush();
    await endSessions(t, user.id);
    await auditUserChange(t, actor, 'deactivate', user);
    return user;
  });
}

export async function reactivateUser(em: EntityManager, actor: Actor, id: number | null) {
  return em.transactional(async (t) => {
    const user = await managedUser(t, actor.user, id);
    if (user.active) return user;
    user.active = true;
    await t.flush();
    await auditUserChange(t, actor, 'reactivate', user);
    return user;
  });
}

/**
 * A new one-time password for a user, shown once: their sessions end, and at the next sign-in
 * they must choose their own. Not one's own (that is changePassword), nor an API token's user.
 */
export async function resetPassword(em: EntityManager, actor: Actor, id: number | null) {
  return em.transactional(async (t) => {
    const user = await managedUser(t, actor.user, id);
    if (user.id === actor.user.id) throw problemError('id', 'user.selfReset');
    // Its token is its only way in: a password would open a second one.
    if (await isServiceUser(t, user.id)) throw problemError('id', 'user.serviceUser');
    const otp = oneTimePassword(user.login);
    user.passwordHash = await hashPassword(otp);
    user.mustChangePassword = true;
    await t.flush();
    await endSessions(t, user.id);
    await auditUserChange(t, actor, 'resetPassword', user);
    return { user, oneTimePassword: otp };
  });
}

/**
 * The signed-in user changes their own password (the current one first): it clears a one-time
 * password's obligation, and ends every other session of theirs.
 */
export async function changeOwnPassword(
  em: EntityManager,
  actor: Actor & { token: string | null },
  current: string,
  next: string,
) {
  return em.transactional(async (t) => {
    const user = await t.findOneOrFail(
      AppUser,
      { id: actor.user.id },
      { populate: ['passwordHash', 'branch'] },
    );
    const check = new InputCheck();
    if (!(await verifyPassword(user.passwordHash, current)))
      check.problem('currentPassword', 'password.wrongCurrent');
    else check.require(current !== next, 'newPassword', 'password.unchanged');
    checkPassword(check, 'newPassword', next, user.login);
    check.throwIfAny();
    user.passwordHash = await hashPassword(next);
    user.mustChangePassword = false;
    await t.flush();
    await endSessions(t, user.id, actor.token);
    await auditUserChange(t, actor, 'changePassword', user);
    return user;
  });
}
