import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { isRowId } from '../platform/graphql/node.ts';

// What reading a complaint and a fault ticket have in common: one case by id within the user's
// scope, and the history rows of many cases at once.

/**
 * The row of a case by its id (`idColumn` of `from`) if the user may see its merchant; null exactly
 * as if it did not exist — also for an id that is not a row id at all.
 */
export async function caseInScope<T>(
  em: EntityManager,
  user: AppUser,
  sql: { columns: string; from: string; idColumn: string },
  id: string,
): Promise<T | null> {
  if (!isRowId(id)) return null;
  const scope = scopeWhere(user);
  const rows = await em.execute<T[]>(
    `select ${sql.columns} ${sql.from} where ${sql.idColumn} = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return rows[0] ?? null;
}

/** Rows grouped by their case, in the order they came. */
export function byCase<T>(rows: T[], caseOf: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(caseOf(r));
    if (list) list.push(r);
    else out.set(caseOf(r), [r]);
  }
  return out;
}
