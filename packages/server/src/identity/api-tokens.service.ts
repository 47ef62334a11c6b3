import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withDates } from '../platform/db/values.ts';
import type { PageRequest } from '../platform/graphql/connection.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { tokenHash } from './token-hash.ts';
import { AppUser, ROLES, type Role } from './user.entity.ts';
import { addUser } from './users.service.ts';

export const API_TOKEN_PREFIX = 'cs_api_';

export interface ApiTokenRow {
  name: string;
  role: string;
  branch: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const COLUMNS = `t.name, u.role, b.name as branch, t.created_by as "createdBy", t.created_at as "createdAt",
  t.expires_at as "expiresAt", t.revoked_at as "revokedAt", t.last_used_at as "lastUsedAt"`;
const TABLES = 'api_token t join app_user u on u.id = t.user_id left join branch b on b.id = u.branch_id';
const FROM = `from ${TABLES}`;
const TOKEN_DATES = ['createdAt', 'expiresAt', 'revokedAt', 'lastUsedAt'] as const;
const dates = (rows: ApiTokenRow[]) => withDates(rows, ...TOKEN_DATES);

/**
 * An integrator's token: named, scoped like a user (role + branch; never administrator), shown
 * once, stored as its SHA-256 only. Behind it is a service user `api.<name>` that cannot sign in.
 */
export async function createApiToken(
  em: EntityManager,
  input: { name: string; role: string; branch?: string | null; expiresInDays?: number | null },
  actor: string,
): Promise<{ token: string; row: ApiTokenRow }> {
  const check = new InputCheck();
  check.check(
    /^[a-z0-9][a-z0-9._-]{1,40}$/.test(input.name),
    'name',
    '2–41 lower-case letters, digits, . _ -',
  );
  check.check(
    ROLES.includes(input.role as Role) && input.role !== 'admin',
    'role',
    `one of ${ROLES.filter((r) => r !== 'admin').join(', ')}`,
  );
  const branchRoles = ['branch_manager', 'account_manager', 'operations'];
  if (branchRoles.includes(input.role)) {
    if (!input.branch) check.add('branch', `a ${input.role} token needs its branch`);
    else {
      const [b] = await em.execute('select 1 from branch where name = ?', [input.branch]);
      check.check(Boolean(b), 'branch', `no branch ${input.branch}`);
    }
  } else check.check(!input.branch, 'branch', `a ${input.role} token has no branch`);
  if (input.expiresInDays != null)
    check.check(
      Number.isInteger(input.expiresInDays) && input.expiresInDays >= 1 && input.expiresInDays <= 730,
      'expiresInDays',
      '1 to 730 days',
    );
  if (/^[a-z0-9][a-z0-9._-]{1,40}$/.test(input.name)) {
    const [taken] = await em.execute('select 1 from api_token where name = ?', [input.name]);
    check.check(!taken, 'name', `a token named ${input.name} exists (names are never reused)`);
  }
  check.throwIfAny();
  const user = await addUser(em, {
    login: `api.${input.name}`,
    role: input.role,
    branch: input.branch ?? undefined,
    displayName: `API ${input.name}`,
    // Nobody knows it: the service user signs in only through its token.
    password: randomBytes(32).toString('base64url'),
  });
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await em.execute(
    `insert into api_token (name, token_hash, user_id, created_by, expires_at)
     values (?, ?, ?, ?, case when ?::int is null then null else now() + make_interval(days => ?::int) end)`,
    [input.name, tokenHash(token), user.id, actor, input.expiresInDays ?? null, input.expiresInDays ?? null],
  );
  const [row] = dates(
    await em.execute<ApiTokenRow[]>(`select ${COLUMNS} ${FROM} where t.name = ?`, [input.name]),
  );
  return { token, row: row! };
}

export async function listApiTokens(em: EntityManager): Promise<ApiTokenRow[]> {
  return dates(await em.execute<ApiTokenRow[]>(`select ${COLUMNS} ${FROM} order by t.created_at desc`));
}

/** A page of the tokens, newest first (by their serial id, the order they were made in). */
export async function apiTokensPage(em: EntityManager, req: PageRequest) {
  return pageOfSql<ApiTokenRow & { id: number }>(
    em,
    {
      select: `t.id, ${COLUMNS}`,
      from: TABLES,
      orderBy: ['t.id'],
      direction: 'desc',
      types: ['bigint'],
      keys: (t) => [t.id],
      dates: TOKEN_DATES,
    },
    req,
  );
}

/** Revokes at once: the next request with the token is refused. */
export async function revokeApiToken(em: EntityManager, name: string): Promise<boolean> {
  const rows = await em.execute<{ user_id: number }[]>(
    'update api_token set revoked_at = now() where name = ? and revoked_at is null returning user_id',
    [name],
  );
  if (!rows.length) return false;
  await em.execute('update app_user set active = false where id = ?', [rows[0]!.user_id]);
  return true;
}

/** The service user behind a live API token (and the token's name), or null. */
export async function userForApiToken(
  em: EntityManager,
  token: string,
): Promise<{ user: AppUser; name: string } | null> {
  const [row] = await em.execute<{ user_id: number; name: string }[]>(
    `update api_token set last_used_at = now()
     where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())
     returning user_id, name`,
    [tokenHash(token)],
  );
  if (!row) return null;
  const user = await em.findOne(AppUser, { id: row.user_id, active: true }, { populate: ['branch'] });
  return user ? { user, name: row.name } : null;
}
