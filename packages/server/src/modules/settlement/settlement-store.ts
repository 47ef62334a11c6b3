import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import type { BulkTx } from '../../db/bulk.ts';

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
              sum(merchant_fee - issuer_fee - network_fee), count(*), max(settle_date)
       FROM ins GROUP BY 1, 2
       ON CONFLICT (merchant_id, month) DO UPDATE SET
         ${VALUE_COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')},
         profit = t.profit + excluded.profit, days = t.days + excluded.days,
         last_settle_date = greatest(t.last_settle_date, excluded.last_settle_date)
     ), delta AS (
       INSERT INTO cs_points_delta (merchant_id, amount, capped)
       SELECT merchant_id, sum(txn_amount - capped_amount), sum(capped_count) FROM ins GROUP BY 1
     )
     SELECT count(*) AS inserted FROM ins`,
  );
  return Number(ins?.inserted ?? 0);
}

/**
 * The parts of shared `validateSettlementRow` left to check on typed staging rows (after the plain
 * byte scan and the date and MID checks): counts and amounts non-negative with at most 2 decimals,
 * capped ≤ total, no amount without a count, fees within the amount. Stricter than the shared rule
 * on size (≤ 10^14 yuan, what the column holds), never looser: a test holds that.
 */
export function fastRowRuleSql(): string {
  const money = ['txn_amount', 'capped_amount', 'merchant_fee', 'issuer_fee', 'network_fee'];
  return [
    'txn_count >= 0 AND capped_count >= 0',
    ...money.map((c) => `${c} >= 0 AND ${c} < 100000000000000 AND scale(${c}) <= 2`),
    'capped_count <= txn_count AND capped_amount <= txn_amount',
    'NOT (txn_count = 0 AND txn_amount > 0) AND NOT (capped_count = 0 AND capped_amount > 0)',
    'merchant_fee <= txn_amount AND issuer_fee + network_fee <= txn_amount',
  ].join(' AND ');
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

/** Rollup and points delta from a source of rows that were all just inserted. */
export async function rollUp(tx: BulkTx, source: string): Promise<void> {
  const cols = VALUE_COLUMNS.join(', ');
  await tx.query(
    `WITH g AS MATERIALIZED (
       SELECT merchant_id, date_trunc('month', settle_date)::date AS month,
              ${VALUE_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')},
              sum(merchant_fee - issuer_fee - network_fee) AS profit, count(*) AS days, max(settle_date) AS last_settle_date
       FROM ${source} GROUP BY 1, 2
     ), roll AS (
       INSERT INTO settlement_month AS t (merchant_id, month, ${cols}, profit, days, last_settle_date)
       SELECT * FROM g
       ON CONFLICT (merchant_id, month) DO UPDATE SET
         ${VALUE_COLUMNS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')},
         profit = t.profit + excluded.profit, days = t.days + excluded.days,
         last_settle_date = greatest(t.last_settle_date, excluded.last_settle_date)
     )
     INSERT INTO cs_points_delta (merchant_id, amount, capped)
     SELECT merchant_id, sum(txn_amount - capped_amount), sum(capped_count) FROM g GROUP BY 1`,
  );
}

export interface FreshMonth {
  /** The partition's name, settlement_YYYYMM. */
  part: string;
  first: string;
  next: string;
}

/**
 * Months between two dates that have no partition yet, each locked as cs_ensure_settlement_partition
 * locks it (a concurrent import of the same month waits for this one's commit, then finds it).
 */
export async function claimFreshMonths(tx: BulkTx, lo: string, hi: string): Promise<FreshMonth[]> {
  const months = await tx.query<FreshMonth>(
    `SELECT 'settlement_' || to_char(d, 'YYYYMM') AS part, d::date::text AS first,
            (d + interval '1 month')::date::text AS next
     FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') AS d`,
    [lo, hi],
  );
  const fresh: FreshMonth[] = [];
  for (const m of months) {
    const [r] = await tx.query<{ fresh: boolean }>(
      'SELECT pg_advisory_xact_lock(hashtext($1)) IS NOT NULL AND to_regclass($1) IS NULL AS fresh',
      [m.part],
    );
    if (r?.fresh) fresh.push({ part: m.part, first: m.first, next: m.next });
  }
  return fresh;
}

/**
 * A month no earlier import touched, loaded the way PostgreSQL loads fastest: rows into a new table
 * without an index, the primary key built once over them (a sort, instead of one index insert per
 * row), a CHECK constraint that proves the month's range, then attached as the month's partition
 * (the constraint spares the scan). Rows twice in the file fail the key (23505): the caller's
 * careful path reports them. Returns the rows loaded.
 */
export async function loadFreshMonth(tx: BulkTx, m: FreshMonth, source: string): Promise<number> {
  const cols = VALUE_COLUMNS.join(', ');
  const part = `"${m.part}"`;
  await tx.query(`CREATE TABLE ${part} (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`);
  const [ins] = await tx.query<{ n: string }>(
    `WITH ins AS (
       INSERT INTO ${part} (merchant_id, settle_date, ${cols})
       SELECT merchant_id, settle_date, ${cols} FROM ${source} WHERE settle_date >= $1::date AND settle_date < $2::date
       RETURNING 1)
     SELECT count(*) AS n FROM ins`,
    [m.first, m.next],
  );
  await tx.query(`ALTER TABLE ${part} ADD PRIMARY KEY (merchant_id, settle_date)`);
  await tx.query(
    `ALTER TABLE ${part} ADD CONSTRAINT "${m.part}_range" CHECK (settle_date >= '${m.first}' AND settle_date < '${m.next}')`,
  );
  await tx.query(
    `ALTER TABLE settlement ATTACH PARTITION ${part} FOR VALUES FROM ('${m.first}') TO ('${m.next}')`,
  );
  // Rows that did not pass through the parent: its statement trigger did not see them.
  await tx.query(`INSERT INTO analytics_change (source) VALUES ('settlement')`);
  return Number(ins?.n ?? 0);
}
