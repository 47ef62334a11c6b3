import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../platform/graphql/errors.ts';
import { API_TOKEN_PREFIX, userForApiToken } from './api-tokens.service.ts';
import { auditInTransaction, lockLoginAttempts, loginThrottled } from './audit/audit.service.ts';
import { Branch } from './branch.entity.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { Session } from './session.entity.ts';
import { tokenHash } from './token-hash.ts';
import { AppUser } from './user.entity.ts';

/** The web app's session cookie: HttpOnly (no script reads it), SameSite=Strict, Secure on HTTPS. */
export const SESSION_COOKIE = 'cs_session';
const COOKIE_TOKEN = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=([A-Za-z0-9_-]+)`);

/** The session token of a request: a bearer token (API clients) or the session cookie (the web app). */
export function requestToken(headers: { authorization?: string | undefined; cookie?: string | undefined }) {
  return (
    /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ??
    COOKIE_TOKEN.exec(headers.cookie ?? '')?.[1] ??
    null
  );
}

export async function login(
  em: EntityManager,
  loginName: string,
  password: string,
  ttlMinutes: number,
): Promise<{ token: string; user: AppUser }> {
  // Logins are unique in any case (a unique index on lower(login)): `Admin` signs in as `admin`.
  const [row] = await em.execute<{ id: number }[]>(
    'select id from app_user where lower(login) = lower(?) and active',
    [loginName],
  );
  const user = row ? await em.findOne(AppUser, { id: row.id }, { populate: ['passwordHash'] }) : null;
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  // One message for both cases: a caller cannot probe which logins exist.
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', 'Wrong login or password');
  const token = randomBytes(32).toString('base64url');
  em.create(Session, {
    tokenHash: tokenHash(token),
    user,
    expiresAt: new Date(Date.now() + ttlMinutes * 60_000),
  });
  user.lastLoginAt = new Date();
  await em.flush();
  return { token, user };
}

export type SignIn =
  | { kind: 'ok'; token: string; user: AppUser }
  | { kind: 'refused' }
  | { kind: 'throttled' };

/**
 * One sign-in attempt, throttled and audited atomically: under the login's advisory lock (held
 * until the transaction ends, across server processes), the refused attempts are counted, the
 * password is checked only below the limit, and the outcome is written to the audit log before
 * the lock is released. A successful sign-in is recorded as `ok` and counts as no failure; past
 * the limit even the right password is refused until the window has passed.
 */
export async function signIn(
  em: EntityManager,
  input: { login: string; password: string; ttlMinutes: number; ip: string | null; requestId: string },
): Promise<SignIn> {
  const entry = {
    action: 'login',
    // In one case: `Admin` and `admin` are one login, throttled together.
    target: `login:${input.login.slice(0, 64).toLowerCase()}`,
    ip: input.ip,
    requestId: input.requestId,
  };
  return em.transactional(async (t) => {
    await lockLoginAttempts(t, entry.target);
    if (await loginThrottled(t, entry.target, input.ip)) {
      await auditInTransaction(t, {
        ...entry,
        actor: null,
        outcome: 'denied',
        detail: { reason: 'throttled' },
      });
      return { kind: 'throttled' } as const;
    }
    let signedIn: { token: string; user: AppUser };
    try {
      signedIn = await login(t, input.login, input.password, input.ttlMinutes);
    } catch (err) {
      if (!(err instanceof AppError) || err.extensions.code !== 'UNAUTHENTICATED') throw err;
      const detail = { reason: 'wrong login or password' };
      await auditInTransaction(t, { ...entry, actor: null, outcome: 'denied', detail });
      return { kind: 'refused' } as const;
    }
    const { user } = signedIn;
    await auditInTransaction(t, { ...entry, actor: user.login, role: user.role, outcome: 'ok' });
    await t.populate(user, ['branch']);
    return { kind: 'ok', ...signedIn } as const;
  });
}

/** The user behind a bearer token, or null when it is unknown, expired, revoked or its user disabled. */
export async function userForToken(em: EntityManager, token: string): Promise<AppUser | null> {
  if (token.startsWith(API_TOKEN_PREFIX)) return (await userForApiToken(em, token))?.user ?? null;
  // Every request asks this: one plain statement, and only the user and branch made entities (the
  // ORM's query building and the session entity cost more than the lookup itself).
  const [row] = await em.execute<
    (Record<string, unknown> & {
      branch_id: number | null;
      branch_name: string;
      branch_region: string | null;
      branch_created_at: Date;
    })[]
  >(
    `select u.id, u.login, u.display_name, u.role, u.branch_id, u.active, u.must_change_password,
            u.last_login_at, u.created_at,
            b.name as branch_name, b.region as branch_region, b.created_at as branch_created_at
     from session s join app_user u on u.id = s.user_id left join branch b on b.id = u.branch_id
     where s.token_hash = ? and s.revoked_at is null and s.expires_at > ? and u.active`,
    [tokenHash(token), new Date()],
  );
  if (!row) return null;
  // The branch first, so the user's reference to it is the managed, loaded entity.
  if (row.branch_id !== null)
    em.map(Branch, {
      id: row.branch_id,
      name: row.branch_name,
      region: row.branch_region,
      created_at: row.branch_created_at,
    });
  const { branch_name: _n, branch_region: _r, branch_created_at: _c, ...user } = row;
  return em.map(AppUser, user);
}

export async function revokeToken(em: EntityManager, token: string): Promise<boolean> {
  const n = await em.nativeUpdate(
    Session,
    { tokenHash: tokenHash(token), revokedAt: null },
    { revokedAt: new Date() },
  );
  return n > 0;
}
