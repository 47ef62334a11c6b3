import { addDays, monthIndex, monthStart } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowProfitSql } from '../settlement/row-rules.ts';

// Merchants by calendar month, what BG/BB and the back-test count (docs/clv.md): a month is active
// when the merchant has a settlement row with txn_count > 0 in it. Whole months come from the
// monthly rollup; the as-of day's own month from the daily rows up to that day, so an as-of day in
// the past sees nothing after it.

export interface MonthlyActivity {
  merchantId: number;
  /** Active months (indexes, ascending) from the window's first month to the as-of day's month. */
  months: number[];
  /** Profit of each active month, yuan (an estimate's input, not an amount booked). */
  profits: number[];
}

/**
 * Every merchant's active months in the `months` calendar months ending with the as-of day's month
 * (that month up to and including `asOf`). Merchants with no active month in the window are left out.
 */
export async function monthlyActivity(
  em: EntityManager,
  asOf: string,
  months: number,
): Promise<MonthlyActivity[]> {
  const last = monthIndex(asOf);
  const first = monthStart(last - months + 1);
  const current = monthStart(last);
  const rows = await em.execute<{ merchant_id: number; months: number[]; profits: string[] }[]>(
    `with active as (
       select merchant_id, month, profit from settlement_month
       where month >= ?::date and month < ?::date and txn_count > 0
       union all
       select merchant_id, ?::date, sum(${rowProfitSql()}) from settlement
       where settle_date >= ?::date and settle_date <= ?::date
       group by merchant_id having sum(txn_count) > 0)
     select merchant_id,
            array_agg((extract(year from month) * 12 + extract(month from month) - 1)::int order by month) as months,
            array_agg(profit::text order by month) as profits
     from active group by merchant_id order by merchant_id`,
    [first, current, current, current, asOf],
  );
  return rows.map((r) => ({
    merchantId: r.merchant_id,
    months: r.months.map(Number),
    profits: r.profits.map(Number),
  }));
}

/** The last day of the month before `today`'s. */
export const lastDayOfLastWholeMonth = (today: string) => addDays(`${today.slice(0, 7)}-01`, -1);
