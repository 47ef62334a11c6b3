import { CATEGORIES, type CategoryCode, type CategoryDef, listRateDiscount } from '../merchant/category.ts';
import type { FeePlanKind } from '../merchant/merchant-rules.ts';
import type { Fen, RateMicros } from '../money/money.ts';

/** Which merchants a points rule applies to; every given field must match. */
export interface PointsMatch {
  category?: CategoryCode;
  feePlan: FeePlanKind;
  /** Exact fee cap of a capped plan. */
  cap?: Fen;
  /** Discount against the list rate strictly below this. */
  discountBelow?: RateMicros;
  /** Discount against the list rate at or above this. */
  discountAtLeast?: RateMicros;
}

/**
 * One row of the earning table (积分规则): 1 point each time cumulative non-capped amount passes
 * another multiple of `amountThreshold`, and 1 each time cumulative capped count passes another
 * multiple of `cappedCountN`. Valid from/to are inclusive ISO dates; rules are versioned by date.
 */
export interface PointsRule {
  id: string;
  match: PointsMatch;
  amountThreshold: Fen | null;
  cappedCountN: number | null;
  validFrom: string;
  validTo: string | null;
}

// Open-ended start: the table is ours, and admins version it by adding rows with later dates.
const FROM = '2000-01-01';
const yuan = (n: bigint): Fen => n * 100n;

/**
 * docs/domain.md §5 default table. The seed's own table is garbled; its values are kept (¥10k, ¥15k,
 * ¥25k, ¥60k; 15/7/5/3 capped transactions, the higher cap earning faster) and the pairing is ours.
 * Merchants no row matches (e.g. 车房类, 公益类) earn no points.
 */
export const DEFAULT_POINTS_RULES: readonly PointsRule[] = [
  rule('dining-rate', { category: 'dining', feePlan: 'rate' }, yuan(10_000n), null),
  rule(
    'general-rate-small-discount',
    { category: 'general', feePlan: 'rate', discountBelow: 800n },
    yuan(10_000n),
    null,
  ),
  rule(
    'general-rate-large-discount',
    { category: 'general', feePlan: 'rate', discountAtLeast: 800n },
    yuan(15_000n),
    null,
  ),
  rule('capped-26', { feePlan: 'capped', cap: yuan(26n) }, yuan(25_000n), 15),
  rule('capped-30', { feePlan: 'capped', cap: yuan(30n) }, yuan(25_000n), 7),
  rule('capped-35', { feePlan: 'capped', cap: yuan(35n) }, yuan(25_000n), 5),
  rule('capped-40', { feePlan: 'capped', cap: yuan(40n) }, yuan(25_000n), 3),
  rule('livelihood-rate', { category: 'livelihood', feePlan: 'rate' }, yuan(60_000n), null),
];

function rule(
  id: string,
  match: PointsMatch,
  amountThreshold: Fen | null,
  cappedCountN: number | null,
): PointsRule {
  return { id, match, amountThreshold, cappedCountN, validFrom: FROM, validTo: null };
}

/** The merchant facts a rule matches on. */
export interface PointsMerchant {
  category: CategoryCode;
  feePlan: FeePlanKind;
  rate: RateMicros;
  cap: Fen | null;
}

function matches(m: PointsMerchant, match: PointsMatch, defs: readonly CategoryDef[]): boolean {
  if (match.category !== undefined && match.category !== m.category) return false;
  if (match.feePlan !== m.feePlan) return false;
  if (match.cap !== undefined && match.cap !== m.cap) return false;
  if (match.discountBelow !== undefined || match.discountAtLeast !== undefined) {
    const discount = listRateDiscount(m.rate, m.category, defs);
    if (match.discountBelow !== undefined && !(discount < match.discountBelow)) return false;
    if (match.discountAtLeast !== undefined && !(discount >= match.discountAtLeast)) return false;
  }
  return true;
}

/** The first rule valid on `date` (inclusive bounds) that matches the merchant, or null (no points). */
export function ruleFor(
  merchant: PointsMerchant,
  date: string,
  rules: readonly PointsRule[] = DEFAULT_POINTS_RULES,
  defs: readonly CategoryDef[] = CATEGORIES,
): PointsRule | null {
  for (const r of rules) {
    if (date < r.validFrom || (r.validTo !== null && date > r.validTo)) continue;
    if (matches(merchant, r.match, defs)) return r;
  }
  return null;
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * Points earned as a cumulative total moves from `prevCumulative` to `newCumulative`:
 * ⌊new/threshold⌋ − ⌊prev/threshold⌋, so remainders carry (¥6,000 then ¥6,000 at ¥10,000 earn 0,
 * then 1) and points over any split equal points over the whole. Negative when the total falls
 * (a reversal). @throws RangeError when threshold ≤ 0.
 */
export function pointsBetween(prevCumulative: bigint, newCumulative: bigint, threshold: bigint): bigint {
  if (threshold <= 0n) throw new RangeError('threshold must be positive');
  return floorDiv(newCumulative, threshold) - floorDiv(prevCumulative, threshold);
}

/** Cumulative totals before and after an accrual: non-capped amount in fen, capped transaction count. */
export interface PointsTotals {
  prevAmount: Fen;
  newAmount: Fen;
  prevCapped: bigint | number;
  newCapped: bigint | number;
}

/** Points the rule awards for the move between cumulative totals: amount points + capped-count points. */
export function pointsForTotals(t: PointsTotals, rule: PointsRule): bigint {
  let points = 0n;
  if (rule.amountThreshold !== null) points += pointsBetween(t.prevAmount, t.newAmount, rule.amountThreshold);
  if (rule.cappedCountN !== null) {
    points += pointsBetween(BigInt(t.prevCapped), BigInt(t.newCapped), BigInt(rule.cappedCountN));
  }
  return points;
}
