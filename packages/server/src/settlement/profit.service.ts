import { addDays, type Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intArray } from '../platform/db/values.ts';
import { rowProfitSql } from './row-rules.ts';

/** The first day of the month after the one `d` is in. */
const nextMonth = (d: string) =>
  addDays(`${d.slice(0, 7)}-28`, 4)
    .slice(0, 7)
    .concat('-01');

/**
 * Splits a period into whole months (read from the monthly rollup) and the leftover days at either
 * end (read from raw settlement days), so a 12-month period touches 12 rollup rows per merchant.
 */
export function periodParts(p: Period): { months: [string, string] | null; days: [string, string][] } {
  const firstOfMonth = (d: string) => `${d.slice(0, 7)}-01`;
  const fullStart = p.start.endsWith('-01') ? p.start : nextMonth(p.start);
  const afterEnd = addDays(p.end, 1);
  const fullEnd = afterEnd.endsWith('-01') ? afterEnd : firstOfMonth(p.end); // exclusive
  if (fullStart >= fullEnd) return { months: null, days: [[p.start, afterEnd]] };
  const days: [string, string][] = [];
  if (p.start < fullStart) days.push([p.start, fullStart]);
  if (fullEnd < afterEnd) days.push([fullEnd, afterEnd]);
  return { months: [fullStart, fullEnd], days };
}

/**
 * SQL (with `?` placeholders) of profit per merchant over a period: `(merchant_id, profit)`.
 * `merchantCond` restricts the rows read (e.g. `merchant_id = any(?)`), applied inside each part.
 */
export function periodProfitSql(
  p: Period,
  merchantCond?: { sql: string; params: unknown[] },
): { sql: string; params: unknown[] } {
  const parts = periodParts(p);
  const sql: string[] = [];
  const params: unknown[] = [];
  const cond = merchantCond ? ` and ${merchantCond.sql}` : '';
  // One whole month is one rollup row per merchant (its key is merchant and month): nothing to sum.
  // Summing anyway hashed a million merchants' groups to add up one row each (3 s of the cadence
  // refresh after a monthly snapshot, which asks for the profit of the months before).
  if (parts.months && parts.days.length === 0 && nextMonth(parts.months[0]) === parts.months[1])
    return {
      sql: `select merchant_id, profit from settlement_month where month = ?${cond}`,
      params: [parts.months[0], ...(merchantCond?.params ?? [])],
    };
  if (parts.months) {
    sql.push(`select merchant_id, profit from settlement_month where month >= ? and month < ?${cond}`);
    params.push(...parts.months, ...(merchantCond?.params ?? []));
  }
  for (const [from, to] of parts.days) {
    sql.push(
      `select merchant_id, ${rowProfitSql()} as profit from settlement where settle_date >= ? and settle_date < ?${cond}`,
    );
    params.push(from, to, ...(merchantCond?.params ?? []));
  }
  return {
    sql: `select merchant_id, sum(profit) as profit from (${sql.join(' union all ')}) parts group by merchant_id`,
    params,
  };
}

/**
 * SQL (with `?` placeholders) of each merchant's totals over a period:
 * `(merchant_id, txn_count, txn_amount, merchant_fee, profit)`, from the same parts as the profit.
 */
export function periodTotalsSql(p: Period): { sql: string; params: unknown[] } {
  const parts = periodParts(p);
  const sql: string[] = [];
  const params: unknown[] = [];
  if (parts.months) {
    sql.push(`select merchant_id, txn_count, txn_amount, merchant_fee, profit from settlement_month
      where month >= ? and month < ?`);
    params.push(...parts.months);
  }
  for (const [from, to] of parts.days) {
    sql.push(`select merchant_id, txn_count, txn_amount, merchant_fee, ${rowProfitSql()} as profit
      from settlement where settle_date >= ? and settle_date < ?`);
    params.push(from, to);
  }
  return {
    sql: `select merchant_id, sum(txn_count) as txn_count, sum(txn_amount) as txn_amount, sum(merchant_fee) as merchant_fee,
      sum(profit) as profit from (${sql.join(' union all ')}) parts group by merchant_id`,
    params,
  };
}

/** Profit (yuan, 2-decimal string) of each merchant id over a period; merchants without rows are absent. */
export async function profitByMerchant(
  em: EntityManager,
  p: Period,
  ids: readonly number[],
): Promise<Map<number, string>> {
  const q = periodProfitSql(p, { sql: 'merchant_id = any(?::int[])', params: [intArray(ids)] });
  const rows = await em.execute<{ merchant_id: number; profit: string }[]>(
    `select merchant_id, profit::numeric(18,2)::text as profit from (${q.sql}) x`,
    q.params,
  );
  return new Map(rows.map((r) => [r.merchant_id, r.profit]));
}

export interface MonthPoint {
  month: string;
  txnCount: number;
  txnAmount: string;
  merchantFee: string;
  profit: string;
}

/** The monthly series of one merchant between two months (inclusive), from the rollup. */
export async function monthlyTrend(
  em: EntityManager,
  merchantId: number,
  from: string,
  to: string,
): Promise<MonthPoint[]> {
  const rows = await em.execute<
    { month: string; txn_count: string; txn_amount: string; merchant_fee: string; profit: string }[]
  >(
    `select to_char(month, 'YYYY-MM') as month, txn_count::text, txn_amount::text, merchant_fee::text, profit::text
     from settlement_month where merchant_id = ? and month between ?::date and ?::date order by month`,
    [merchantId, `${from}-01`, `${to}-01`],
  );
  return rows.map((r) => ({
    month: r.month,
    txnCount: Number(r.txn_count),
    txnAmount: r.txn_amount,
    merchantFee: r.merchant_fee,
    profit: r.profit,
  }));
}
