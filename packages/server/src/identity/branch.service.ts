import type { EntityManager } from '@mikro-orm/postgresql';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { mapNodes, type PageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { toUserType, type UserType } from './auth.types.ts';
import { AppUser } from './user.entity.ts';

// The branch and account-manager pickers: each list's scope is written once, here, and read by the
// plain list (deprecated) and its connection alike.

export interface BranchRow {
  id: number;
  name: string;
  region: string | null;
}

/** The branches a user may see (over `b`): a branch-bound role its own branch, the others all. */
export function branchesWhere(user: AppUser): SqlWhere {
  if (user.role === 'admin' || user.role === 'analyst' || !user.branch) return { sql: [], params: [] };
  return { sql: ['b.id = ?'], params: [user.branch.id] };
}

/** The visible branches by name, all at once (the deprecated `branches`). */
export function listBranches(em: EntityManager, user: AppUser): Promise<BranchRow[]> {
  const where = branchesWhere(user);
  return em.execute<BranchRow[]>(
    `select b.id, b.name, b.region from branch b where ${whereSql(where)} order by b.name`,
    [...where.params],
  );
}

/** One page of the visible branches by name (names are unique), and how many there are. */
export function branchesPage(em: EntityManager, user: AppUser, req: PageRequest) {
  return pageOfSql<BranchRow>(
    em,
    {
      select: 'b.id, b.name, b.region',
      from: 'branch b',
      where: branchesWhere(user),
      orderBy: ['b.name'],
      direction: 'asc',
      keys: (b) => [b.name],
    },
    req,
  );
}

/** A branch by row id if the user may see it; otherwise null, as if it did not exist. */
export async function branchById(em: EntityManager, user: AppUser, id: number): Promise<BranchRow | null> {
  const where = branchesWhere(user);
  const [row] = await em.execute<BranchRow[]>(
    `select b.id, b.name, b.region from branch b where b.id = ? and ${whereSql(where)}`,
    [id, ...where.params],
  );
  return row ?? null;
}

/** `%text%` for ILIKE, with the pattern characters of the text itself taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The active account managers a user may list (over `u`, with its branch `b`): a branch manager
 * those of their own branch whatever `branch` says, the others those of `branch` (all when none).
 * `search` keeps those whose login or display name contains it, in any case.
 */
export function accountManagersWhere(
  user: AppUser,
  branch: string | null | undefined,
  search?: string | null,
): SqlWhere {
  const where: SqlWhere = { sql: ["u.role = 'account_manager'", 'u.active'], params: [] };
  const scopeBranch = user.role === 'branch_manager' ? user.branch?.name : branch;
  if (scopeBranch) {
    where.sql.push('b.name = ?');
    where.params.push(scopeBranch);
  }
  const text = search?.trim();
  if (text) {
    where.sql.push('u.login ilike ? or u.display_name ilike ?');
    where.params.push(containing(text), containing(text));
  }
  return where;
}

const MANAGERS_FROM = 'app_user u left join branch b on b.id = u.branch_id';

/** The users of `ids` as the API shows them, in the order of `ids` (one query, branches joined). */
async function usersInOrder(em: EntityManager, ids: number[]): Promise<UserType[]> {
  if (!ids.length) return [];
  const users = await em.find(AppUser, { id: { $in: ids } }, { populate: ['branch'] });
  const byId = new Map(users.map((u) => [u.id, u]));
  return ids.map((id) => toUserType(byId.get(id)!));
}

/** The account managers by login, all at once (the deprecated `accountManagers`). */
export async function listAccountManagers(
  em: EntityManager,
  user: AppUser,
  branch: string | null,
): Promise<UserType[]> {
  const where = accountManagersWhere(user, branch);
  const rows = await em.execute<{ id: number }[]>(
    `select u.id from ${MANAGERS_FROM} where ${whereSql(where)} order by u.login`,
    [...where.params],
  );
  return usersInOrder(
    em,
    rows.map((r) => r.id),
  );
}

/** One page of the account managers by login (logins are unique), and how many match. */
export async function accountManagersPage(
  em: EntityManager,
  user: AppUser,
  branch: string | null,
  search: string | null,
  req: PageRequest,
) {
  const page = await pageOfSql<{ id: number; login: string }>(
    em,
    {
      select: 'u.id, u.login',
      from: MANAGERS_FROM,
      where: accountManagersWhere(user, branch, search),
      orderBy: ['u.login'],
      direction: 'asc',
      keys: (u) => [u.login],
    },
    req,
  );
  const users = await usersInOrder(
    em,
    page.edges.map((e) => e.node.id),
  );
  return mapNodes(page, (_, i) => users[i]!);
}
