/** SQL conditions (over a merchant alias `m` where they name merchants), with `?` placeholders, and their parameters. */
export interface SqlWhere {
  sql: string[];
  params: unknown[];
}

/** The conditions joined with `and`; `true` when there are none. */
export const whereSql = (w: SqlWhere) => (w.sql.length ? w.sql.map((c) => `(${c})`).join(' and ') : 'true');
