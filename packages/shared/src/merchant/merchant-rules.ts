import { type Fen, formatRate, type RateMicros } from '../money/money.ts';
import { daysBetween } from '../period/period.ts';
import { type ProblemCode, type ProblemParams, problemText } from '../problems.ts';

/** Merchant lifecycle status. `terminated` (淘汰) is a decision, never derived from activity. */
export type MerchantStatus = 'onboarding' | 'active' | 'dormant' | 'churned' | 'terminated';

/** All statuses in lifecycle order. */
export const MERCHANT_STATUSES: readonly MerchantStatus[] = [
  'onboarding',
  'active',
  'dormant',
  'churned',
  'terminated',
];

/** Fee plan (费率): a plain discount rate, or a rate with a per-transaction cap (封顶). */
export type FeePlanKind = 'rate' | 'capped';

/** Highest merchant rate accepted (5%): anything above is a data-entry slip, not a negotiated rate. */
export const MAX_MERCHANT_RATE: RateMicros = 50_000n;

/** Days without a transaction before a merchant counts as dormant / churned (ours; configurable). */
export interface ActivityRule {
  dormantDays: number;
  churnDays: number;
}

/** Default activity rule: dormant after 30 days without a transaction, churned after 90. */
export const DEFAULT_ACTIVITY_RULE: ActivityRule = { dormantDays: 30, churnDays: 90 };

/** Merchant number (MID): exactly 15 ASCII digits. */
export function isValidMid(s: string): boolean {
  return /^[0-9]{15}$/.test(s);
}

/** Merchant category code: exactly 4 ASCII digits. */
export function isValidMcc(s: string): boolean {
  return /^[0-9]{4}$/.test(s);
}

/** A fee-plan problem and the field it concerns: its code (problems.ts) and its English. */
export interface FeePlanProblem {
  field: 'rate' | 'cap';
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

/** Every problem with a fee plan (empty when valid); {@link validateFeePlan} reports the first. */
export function feePlanProblems(kind: FeePlanKind, rate: RateMicros, cap: Fen | null): FeePlanProblem[] {
  const out: FeePlanProblem[] = [];
  const add = (field: 'rate' | 'cap', code: ProblemCode, params: ProblemParams = {}) =>
    out.push({ field, code, params, message: problemText('en', code, params) });
  if (rate <= 0n) add('rate', 'import.rateNotPositive');
  else if (rate > MAX_MERCHANT_RATE)
    add('rate', 'import.rateTooHigh', { max: formatRate(MAX_MERCHANT_RATE) });
  if (kind === 'capped' && (cap === null || cap <= 0n)) add('cap', 'import.capMissing');
  if (kind === 'rate' && cap !== null) add('cap', 'import.capForRatePlan');
  return out;
}

/**
 * Checks a fee plan: rate in (0, 0.05]; a capped plan needs a cap > 0, a rate plan no cap.
 * Returns the first error message, or null when the plan is valid.
 */
export function validateFeePlan(kind: FeePlanKind, rate: RateMicros, cap: Fen | null): string | null {
  return feePlanProblems(kind, rate, cap)[0]?.message ?? null;
}

/**
 * The status activity implies on `today`, given the last transaction date (null when none yet).
 * Terminated stays terminated; a merchant with no transaction yet keeps its status; otherwise
 * days since the last transaction ≥ churnDays → churned, ≥ dormantDays → dormant, else active
 * (a new transaction reactivates a dormant or churned merchant; the caller records the change).
 */
export function statusFromActivity(
  lastTxnDate: string | null,
  today: string,
  current: MerchantStatus,
  rule: ActivityRule = DEFAULT_ACTIVITY_RULE,
): MerchantStatus {
  if (current === 'terminated' || lastTxnDate === null) return current;
  const idle = daysBetween(lastTxnDate, today);
  if (idle >= rule.churnDays) return 'churned';
  if (idle >= rule.dormantDays) return 'dormant';
  return 'active';
}
