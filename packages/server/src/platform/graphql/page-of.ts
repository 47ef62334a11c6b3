import type { EntityManager } from '@mikro-orm/postgresql';
import { type SqlWhere, whereSql } from '../db/sql-where.ts';
import { withDates } from '../db/values.ts';
import { type Connection, connectionFrom, keysetSql, notACursor, type PageRequest } from './connection.ts';

// The two ways a connection reads its rows; both end in connectionFrom, so every list pages, counts
// and words its cursors the same. `pageOfSql` reads one page with a keyset (most lists); `pageOfRows`
// pages rows that were all computed anyway (an aggregate over every merchant, grouped by branch).

type Key = string | number;

export interface SqlList<T> {
  /** The select list, e.g. `b.id, b.name`. */
  select: string;
  /** The `from` clause with its joins (or a subquery with an alias). */
  from: string;
  /** The parameters of `from`'s own placeholders (a subquery's), before the `where`'s. */
  fromParams?: unknown[];
  where?: SqlWhere;
  /**
   * Where the same rows are counted when fewer joins find them (the page's joins only add columns,
   * or `from` is a subquery that computes columns for the order): its own `from` and `where`.
   */
  count?: { from: string; where: SqlWhere };
  /** The sort columns, all one way; the last one unique (e.g. `['b.name', 'b.id']`). */
  orderBy: string[];
  direction: 'asc' | 'desc';
  /** SQL types of the cursor keys where a column's own is not enough (`date`, `bigint`, …). */
  types?: string[];
  /** The cursor keys of a row, in the order of `orderBy`. */
  keys: (row: T) => Key[];
  /** The timestamp columns, handed back as Dates (raw rows bring them as text on node-postgres). */
  dates?: readonly (keyof T)[];
}

/** One page and the total count (when asked for): two statements whatever the page size. */
export async function pageOfSql<T extends object>(
  em: EntityManager,
  list: SqlList<T>,
  req: PageRequest,
): Promise<Connection<T> & { totalCount: number }> {
  const none = { sql: [], params: [] };
  const where = list.where ?? none;
  const counted = list.count ?? { from: list.from, where };
  const countParams = list.count ? counted.where.params : [...(list.fromParams ?? []), ...where.params];
  const keyset = keysetSql(req, list.orderBy, list.direction, list.types);
  const conn = em.getConnection();
  const [rows, [count]] = await Promise.all([
    conn.execute<T[]>(
      `select ${list.select} from ${list.from} where ${whereSql(where)}${keyset.where ? ` and ${keyset.where}` : ''}
       order by ${keyset.orderBy} limit ?`,
      [...(list.fromParams ?? []), ...where.params, ...keyset.params, keyset.limit],
    ),
    // Counted only when the request reads totalCount (PageRequest.count).
    req.count
      ? conn.execute<{ n: number }[]>(
          `select count(*)::int as n from ${counted.from} where ${whereSql(counted.where)}`,
          countParams,
        )
      : [{ n: 0 }],
  ]);
  if (list.dates) withDates(rows, ...list.dates);
  return { ...connectionFrom(rows, req, list.keys), totalCount: count!.n };
}

/** Orders two cursor keys as the list does (numbers as numbers, strings by code point). */
function compareKeys(a: Key[], b: Key[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * A page of rows already in memory, in the order of their `keys` (ascending; the last key unique;
 * negate a number to sort it downward). A cursor keeps its place when rows come and go between
 * pages: it holds keys, not a position.
 */
export function pageOfRows<T>(
  all: T[],
  req: PageRequest,
  keys: (row: T) => Key[],
): Connection<T> & { totalCount: number } {
  const sorted = [...all].sort((a, b) => compareKeys(keys(a), keys(b)));
  if (req.cursor && sorted.length > 0 && keys(sorted[0]!).length !== req.cursor.length) throw notACursor(req);
  const past = (row: T) => {
    if (!req.cursor) return true;
    const c = compareKeys(keys(row), req.cursor);
    return req.backward ? c < 0 : c > 0;
  };
  const reading = req.backward ? [...sorted].reverse() : sorted;
  const rows: T[] = [];
  for (const row of reading) {
    if (!past(row)) continue;
    rows.push(row);
    if (rows.length > req.size) break;
  }
  return { ...connectionFrom(rows, req, keys), totalCount: sorted.length };
}
