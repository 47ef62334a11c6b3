import { manageableRoles } from '@cornerstone/shared/auth/user-rules';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlWhere } from '../platform/db/sql-where.ts';
import { mapNodes, type PageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { toUserType } from './auth.types.ts';
import { AppUser } from './user.entity.ts';

export interface UsersFilter {
  role?: string | null;
  branch?: string | null;
  active?: boolean | null;
  search?: string | null;
}

/** `%text%` for ILIKE, with the pattern characters of the text itself taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The users an administrator of users may list (over `u`, its branch `b`): an administrator all, a
 * branch manager the account managers and operations staff of their branch (shared/auth/user-rules.ts);
 * then the filter. An API token's service user (`api.<name>`) is listed to administrators: deactivating
 * it refuses its token at once.
 */
export function usersWhere(actor: AppUser, filter: UsersFilter | null | undefined): SqlWhere {
  const roles = manageableRoles(actor.role);
  const where: SqlWhere = {
    sql: [roles.length ? `u.role in (${roles.map(() => '?').join(', ')})` : 'false'],
    params: [...roles],
  };
  if (actor.role !== 'admin') {
    // A branch manager neither sees nor changes the integrators' service users (users.service.ts managedUser).
    where.sql.push('u.branch_id = ?', 'not exists (select 1 from api_token t where t.user_id = u.id)');
    where.params.push(actor.branch?.id ?? -1);
  }
  if (filter?.role) {
    where.sql.push('u.role = ?');
    where.params.push(filter.role);
  }
  if (filter?.branch) {
    where.sql.push('b.name = ?');
    where.params.push(filter.branch);
  }
  if (filter?.active != null) {
    where.sql.push('u.active = ?');
    where.params.push(filter.active);
  }
  const text = filter?.search?.trim();
  if (text) {
    where.sql.push('u.login ilike ? or u.display_name ilike ?');
    where.params.push(containing(text), containing(text));
  }
  return where;
}

/** One page of the users in scope by login (unique), and how many match. */
export async function usersPage(
  em: EntityManager,
  actor: AppUser,
  filter: UsersFilter | null | undefined,
  req: PageRequest,
) {
  const page = await pageOfSql<{ id: number; login: string }>(
    em,
    {
      select: 'u.id, u.login',
      from: 'app_user u left join branch b on b.id = u.branch_id',
      where: usersWhere(actor, filter),
      orderBy: ['u.login'],
      direction: 'asc',
      keys: (u) => [u.login],
    },
    req,
  );
  const ids = page.edges.map((e) => e.node.id);
  // One query for the page's users and their branches, whatever its size.
  const users = ids.length ? await em.find(AppUser, { id: { $in: ids } }, { populate: ['branch'] }) : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  return mapNodes(page, (n) => toUserType(byId.get(n.id)!));
}
