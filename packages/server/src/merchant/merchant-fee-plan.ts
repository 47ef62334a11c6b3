import { isValidDate } from '@cornerstone/shared/period/period';
import type { ProblemCode, ProblemParams } from '@cornerstone/shared/problems';
import type { EntityManager } from '@mikro-orm/postgresql';

// A merchant's fee plan over time (merchant_fee_plan, one row per plan and the day it takes effect).
// The merchant row holds the plan in effect today. Profit never reads either: a settlement row
// carries the merchant fee actually charged, so a change dated after the last settled day cannot
// alter any settled day's profit, and the days from it on are charged (and imported) under the new
// plan. Hence the rule below: a plan takes effect after the merchant's last settled day, and not
// later than today (a plan dated ahead would need a daily switch of the merchant row; not yet).

export interface StoredPlan {
  feePlan: string;
  rate: string;
  cap: string | null;
}

export interface PlanDates {
  /** The merchant's last settlement day, or null before its first. */
  lastSettled: string | null;
  /** When the plan in effect took effect, or null when none is recorded. */
  currentFrom: string | null;
}

/** The days that bound a new plan's effective date, in one statement. */
export async function planDates(em: EntityManager, merchantId: number): Promise<PlanDates> {
  const [row] = await em.execute<{ lastSettled: string | null; currentFrom: string | null }[]>(
    // As text: drivers differ on what a date column reads back as.
    `select (select max(settle_date)::text from settlement where merchant_id = ?) as "lastSettled",
       (select max(effective_from)::text from merchant_fee_plan where merchant_id = ?) as "currentFrom"`,
    [merchantId, merchantId],
  );
  return row!;
}

/** The problem with a new plan's effective day `from`, given `today` and the merchant's dates; null when fine. */
export function planFromProblem(
  from: string,
  today: string,
  dates: PlanDates,
): { code: ProblemCode; params?: ProblemParams } | null {
  if (!isValidDate(from)) return { code: 'date.invalid' };
  if (from > today) return { code: 'merchant.feePlanFromFuture', params: { today } };
  if (dates.lastSettled !== null && from <= dates.lastSettled)
    return { code: 'merchant.feePlanFromSettled', params: { date: dates.lastSettled } };
  return null;
}

/**
 * Records `plan` as in effect from `from`. A plan recorded for that day or after it is replaced:
 * it lies after the last settled day (planFromProblem), so no settlement was charged under it.
 */
export async function recordPlan(
  em: EntityManager,
  merchantId: number,
  from: string,
  plan: StoredPlan,
  actor: string,
): Promise<void> {
  await em.execute('delete from merchant_fee_plan where merchant_id = ? and effective_from >= ?', [
    merchantId,
    from,
  ]);
  await em.execute(
    `insert into merchant_fee_plan (merchant_id, effective_from, fee_plan, rate, cap, actor)
     values (?, ?, ?, ?, ?, ?)`,
    [merchantId, from, plan.feePlan, plan.rate, plan.cap, actor],
  );
}
