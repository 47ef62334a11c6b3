import type { SqlWhere } from '../platform/db/sql-where.ts';
import type { AppUser } from './user.entity.ts';

/**
 * The merchants a user may see at all (docs/security.md, the roles): an account manager their own, a branch
 * manager or operations their branch, analysts and administrators everything. Every query over
 * merchants starts here, so no path skips the scope.
 */
export function scopeWhere(user: AppUser, where: SqlWhere = { sql: [], params: [] }): SqlWhere {
  if (user.role === 'account_manager') {
    where.sql.push('m.manager_id = ?');
    where.params.push(user.id);
  } else if (user.role === 'branch_manager' || user.role === 'operations') {
    where.sql.push('m.branch_id = ?');
    where.params.push(user.branch?.id ?? -1);
  }
  return where;
}
