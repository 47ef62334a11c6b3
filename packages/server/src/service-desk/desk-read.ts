import type { DeskOrder } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { intArray, withDates } from '../platform/db/values.ts';
import { type Connection, exactAt, type PageRequest } from '../platform/graphql/connection.ts';
import { isRowId } from '../platform/graphql/node.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';

// What reading a complaint and a fault ticket have in common: one case by id within the user's
// scope, a page of cases (its filters, its two orders and its count), and the history rows of many
// cases at once. Each feature says what differs in a `DeskCaseSql`.

/** The SQL of one kind of case (rows `T`); every column is named with the case's table alias. */
export interface DeskCaseSql<T extends object> {
  /** The select list of a case row. */
  columns: string;
  /** The tables, without `from`: the case, its merchant as `m`, its assignee as `a` (left join). */
  from: string;
  /** The case's id column, e.g. `c.id`. */
  id: string;
  /** The status column and the statuses whose clocks have both stopped, e.g. `('resolved', 'closed')`. */
  status: string;
  stopped: string;
  /** The time the case came in: the clocks start there, and the newest order sorts by it. */
  start: string;
  /** The deadline of the clock that runs next (shared `urgencyKey`). */
  nextDue: string;
  /** A case with a clock past its deadline at the time given twice (two `?`, both `now`). */
  breached: string;
  /** The timestamp columns, which raw rows bring as text: made Dates. */
  dates: readonly (keyof T)[];
}

/** The filters every desk list has. */
export interface DeskFilter {
  status?: string | null;
  open?: boolean | null;
  /** Only cases with a clock past its deadline (true) or none (false). */
  breached?: boolean | null;
  assignee?: string | null;
  branch?: string | null;
  mid?: string | null;
}

/** A condition added to a where, with its parameters. */
export const addWhere = (where: SqlWhere, sql: string, ...params: unknown[]) => {
  where.sql.push(sql);
  where.params.push(...params);
};

/** The user's scope and the common filters; the feature adds its own conditions to it. */
export function deskWhere<T extends object>(
  user: AppUser,
  sql: DeskCaseSql<T>,
  filter: DeskFilter | null | undefined,
  now: Date,
): SqlWhere {
  const where = scopeWhere(user);
  if (filter?.status) addWhere(where, `${sql.status} = ?`, filter.status);
  if (filter?.open != null) addWhere(where, `${sql.status} ${filter.open ? 'not in' : 'in'} ${sql.stopped}`);
  if (filter?.breached != null)
    addWhere(where, filter.breached ? sql.breached : `not ${sql.breached}`, now, now);
  if (filter?.assignee) addWhere(where, 'a.login = ?', filter.assignee);
  if (filter?.branch) addWhere(where, 'm.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter?.mid) addWhere(where, 'm.mid = ?', filter.mid);
  return where;
}

/** The row of a case by its id if the user may see its merchant; null exactly as if it did not exist. */
export async function caseInScope<T extends object>(
  em: EntityManager,
  user: AppUser,
  sql: DeskCaseSql<T>,
  id: string,
): Promise<T | null> {
  // Not a row id at all: the same null as an unknown one.
  if (!isRowId(id)) return null;
  const scope = scopeWhere(user);
  const rows = await em.execute<T[]>(
    `select ${sql.columns} from ${sql.from} where ${sql.id} = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withDates(rows, ...sql.dates)[0] ?? null;
}

interface DeskKeys {
  id: string;
  rankKey: number;
  dueKey: string;
  startKey: string;
}

/**
 * A page of cases, most urgent first (running before stopped, then the deadline of the clock that
 * runs next; shared `urgencyKey`) or newest first, with the total count.
 */
export async function deskPage<T extends { id: string }>(
  em: EntityManager,
  sql: DeskCaseSql<T>,
  where: SqlWhere,
  req: PageRequest,
  order: DeskOrder,
): Promise<Connection<T> & { totalCount: number }> {
  const rank = `case when ${sql.status} in ${sql.stopped} then 1 else 0 end`;
  // Each order has its own cursor shape (three keys or two), so a cursor of one is refused by the other.
  const urgent = order === 'urgency';
  const page = await pageOfSql<T & DeskKeys>(
    em,
    {
      select: urgent
        ? `${sql.columns}, ${rank} as "rankKey", ${exactAt(sql.nextDue)} as "dueKey"`
        : `${sql.columns}, ${exactAt(sql.start)} as "startKey"`,
      from: sql.from,
      where,
      orderBy: urgent ? [rank, sql.nextDue, sql.id] : [sql.start, sql.id],
      direction: urgent ? 'asc' : 'desc',
      types: urgent ? ['bigint', 'timestamptz', 'bigint'] : ['timestamptz', 'bigint'],
      keys: (r) => (urgent ? [r.rankKey, r.dueKey, r.id] : [r.startKey, r.id]),
      dates: sql.dates,
    },
    req,
  );
  return page;
}

/** The history of one kind of case: its table, the column naming the case and the row key it becomes. */
export interface CaseEventSql<K extends string> {
  table: string;
  caseColumn: string;
  caseKey: K;
  /** Columns beyond the common id, case, at, actor, fromStatus, toStatus and note. */
  extra?: string;
}

/** The event rows of many cases in one query, oldest first, grouped by case. */
export async function caseEvents<K extends string, T extends Record<K, string> & { at: Date }>(
  em: EntityManager,
  sql: CaseEventSql<K>,
  ids: readonly string[],
): Promise<Map<string, T[]>> {
  const rows = await em.execute<T[]>(
    `select id::text, ${sql.caseColumn}::text as "${sql.caseKey}", at, actor,${sql.extra ? ` ${sql.extra},` : ''}
            from_status as "fromStatus", to_status as "toStatus", note
     from ${sql.table} where ${sql.caseColumn} = any(?::bigint[]) order by ${sql.caseColumn}, ${sql.table}.id`,
    [intArray(ids.map(Number))],
  );
  const out = new Map<string, T[]>();
  for (const r of withDates(rows, 'at')) {
    const list = out.get(r[sql.caseKey]);
    if (list) list.push(r);
    else out.set(r[sql.caseKey], [r]);
  }
  return out;
}
