import { monthStart } from '@cornerstone/shared/period/period';
import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import type { BulkTx } from '../platform/db/bulk.ts';
import { nonCappedAmountSql, rowProfitSql } from './row-rules.ts';

type ValueColumn = Exclude<(typeof SETTLEMENT_COLUMNS)[number], 'settle_date' | 'mid'>;

/** The settlement file's value columns: everything but the row's identity (settle_date, mid). */
export const VALUE_COLUMNS = SETTLEMENT_COLUMNS.filter(
  (c): c is ValueColumn => c !== 'settle_date' && c !== 'mid',
);

export const POINTS_DELTA_DDL =
  'CREATE TEMP TABLE cs_points_delta (merchant_id int primary key, amount numeric(20,2), capped bigint) ON COMMIT DROP';

/** Month partitions for every month between two dates, created if missing. */
export async function ensurePartitions(tx: BulkTx, lo: string, hi: string): Promise<void> {
  await tx.query(
    `SELECT cs_ensure_settlement_partition(d::date)
     FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS d`,
    [lo, hi],
  );
}

/**
 * Inserts settlement rows from `source` (a relation with merchant_id, settle_date and the value
 * columns) in one statement: (settle_date, mid) is the identity, so a row already there is left
 * alone (ON CONFLICT DO NOTHING); only rows really inserted go into the monthly rollup and into
 * `cs_points_delta` (what the loyalty accrual counts: non-capped amount and capped count).
 */
export async function insertSettlements(tx: BulkTx, source: string): Promise<number> {
  const cols = VALUE_COLUMNS.join(', ');
  const [ins] = await tx.query<{ inserted: string }>(
    `WITH ins AS (
       INSERT INTO settlement (merchant_id, settle_date, ${cols})
       SELECT merchant_id, settle_date, ${cols} FROM ${source}
       ON CONFLICT (merchant_id, settle_date) DO NOTHING
       RETURNING *
     ), roll AS (
       INSERT INTO settlement_month AS t (merchant_id, month, ${cols}, profit, days, last_settle_date)
       SELECT merchant_id, date_trunc('month', settle_date)::date,
              ${VALUE_COLUMNS.map((c) => `sum(${c})`).join(', ')},
              sum(${rowProfitSql()}), count(*), max(settle_date)
       FROM ins GROUP BY 1, 2
       ON CONFLICT (merchant_id, month) DO UPDATE SET
         ${VALUE_COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')},
         profit = t.profit + excluded.profit, days = t.days + excluded.days,
         last_settle_date = greatest(t.last_settle_date, excluded.last_settle_date)
     ), delta AS (
       INSERT INTO cs_points_delta (merchant_id, amount, capped)
       SELECT merchant_id, sum(${nonCappedAmountSql()}), sum(capped_count) FROM ins GROUP BY 1
     )
     SELECT count(*) AS inserted FROM ins`,
  );
  return Number(ins?.inserted ?? 0);
}

/**
 * The fast path's insert: rows go in without being carried through the statement (RETURNING 1),
 * and the caller adds them to the rollup from the staging table once it knows all were new.
 */
export async function insertNewSettlements(tx: BulkTx, source: string): Promise<number> {
  const cols = VALUE_COLUMNS.join(', ');
  const [ins] = await tx.query<{ inserted: string }>(
    `WITH ins AS (
       INSERT INTO settlement (merchant_id, settle_date, ${cols})
       SELECT merchant_id, settle_date, ${cols} FROM ${source}
       ON CONFLICT (merchant_id, settle_date) DO NOTHING
       RETURNING 1
     )
     SELECT count(*) AS inserted FROM ins`,
  );
  return Number(ins?.inserted ?? 0);
}

/**
 * Adds per-merchant month totals (a relation with merchant_id, month, the value columns, days and
 * last_settle_date) to the monthly rollup.
 */
export async function addMonthTotals(tx: BulkTx, totals: string): Promise<void> {
  const cols = VALUE_COLUMNS.join(', ');
  await tx.query(
    `INSERT INTO settlement_month AS t (merchant_id, month, ${cols}, profit, days, last_settle_date)
     SELECT merchant_id, month, ${cols}, ${rowProfitSql()}, days, last_settle_date
     FROM ${totals}
     ON CONFLICT (merchant_id, month) DO UPDATE SET
       ${VALUE_COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')},
       profit = t.profit + excluded.profit, days = t.days + excluded.days,
       last_settle_date = greatest(t.last_settle_date, excluded.last_settle_date)`,
  );
}

export interface FreshMonth {
  /** The partition's name, settlement_YYYYMM. */
  part: string;
  first: string;
  next: string;
}

/**
 * A month (year × 12 + month − 1) that has no partition yet, claimed with the lock
 * cs_ensure_settlement_partition takes (a concurrent import of the same month waits for this one's
 * commit, then finds the partition); null when the partition is there.
 */
export async function claimMonth(tx: BulkTx, monthIndex: number): Promise<FreshMonth | null> {
  const first = monthStart(monthIndex);
  const [m] = await tx.query<FreshMonth & { fresh: boolean }>(
    `SELECT part, first, next, pg_advisory_xact_lock(hashtext(part)) IS NOT NULL AND to_regclass(part) IS NULL AS fresh
     FROM (SELECT 'settlement_' || to_char(d, 'YYYYMM') AS part, d::text AS first,
                  (d + interval '1 month')::date::text AS next FROM (SELECT $1::date AS d) day) x`,
    [first],
  );
  return m?.fresh ? { part: m.part, first: m.first, next: m.next } : null;
}

/**
 * Months loaded into tables of their own the way PostgreSQL loads fastest (rows first, no index):
 * each one's primary key built once (a sort, instead of one index insert per row; rows twice in a
 * month fail it with 23505), then attached as the month's partition (its range CHECK spares the
 * scan). One script, so PostgreSQL works through it while the caller goes on.
 */
export async function attachFreshMonths(tx: BulkTx, months: readonly FreshMonth[]): Promise<void> {
  if (months.length === 0) return;
  await tx.script(
    [
      ...months.flatMap((m) => [
        `ALTER TABLE "${m.part}" ADD PRIMARY KEY (merchant_id, settle_date)`,
        `ALTER TABLE settlement ATTACH PARTITION "${m.part}" FOR VALUES FROM ('${m.first}') TO ('${m.next}')`,
      ]),
      // Rows that did not pass through the parent: its statement trigger did not see them.
      `INSERT INTO analytics_change (source) VALUES ('settlement')`,
    ].join(';\n'),
  );
}
