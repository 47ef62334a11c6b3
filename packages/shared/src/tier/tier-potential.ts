import type { Fen } from '../money/money.ts';
import { daysBetween } from '../period/period.ts';
import type { TierCode } from './tier-scheme.ts';

/** Why a merchant has upgrade potential (升级潜力). */
export type UpgradeReason = 'growth' | 'near_cutoff';

/** Thresholds for upgrade potential, in basis points (ours; configurable). */
export interface UpgradeRule {
  /** Profit growth from the oldest to the newest of the recent periods, e.g. 2000 = +20%. */
  growthBp: number;
  /** Within this distance below the next tier's cut-off, e.g. 2000 = within 20%. */
  nearCutoffBp: number;
}

/** Default: +20% over the last 3 periods, or within 20% of the next tier's cut-off. */
export const DEFAULT_UPGRADE_RULE: UpgradeRule = { growthBp: 2_000, nearCutoffBp: 2_000 };

/**
 * Upgrade potential of an ORDINARY or SMALL merchant (other tiers never have it):
 * `growth` when the newest of `profitsLast3` (oldest..newest) is ≥ the oldest × (1 + growth), the
 * oldest being positive — growth from zero or a loss has no percentage and is left to `near_cutoff`;
 * `near_cutoff` when `profit` is positive and ≥ the next tier's positive cut-off × (1 − nearCutoff)
 * (a merchant at the cut-off that lost on MID order counts too).
 */
export function upgradePotential(
  input: { tier: TierCode; profitsLast3: readonly Fen[]; profit: Fen; nextTierCutoff: Fen | null },
  rule: UpgradeRule = DEFAULT_UPGRADE_RULE,
): { potential: boolean; reasons: UpgradeReason[] } {
  const reasons: UpgradeReason[] = [];
  if (input.tier !== 'ORDINARY' && input.tier !== 'SMALL') return { potential: false, reasons };
  const oldest = input.profitsLast3[0];
  const newest = input.profitsLast3.at(-1);
  if (input.profitsLast3.length >= 2 && oldest !== undefined && newest !== undefined && oldest > 0n) {
    if (newest * 10_000n >= oldest * BigInt(10_000 + rule.growthBp)) reasons.push('growth');
  }
  const cutoff = input.nextTierCutoff;
  if (cutoff !== null && cutoff > 0n && input.profit > 0n) {
    if (input.profit * 10_000n >= cutoff * BigInt(10_000 - rule.nearCutoffBp)) reasons.push('near_cutoff');
  }
  return { potential: reasons.length > 0, reasons };
}

/** Why a merchant is at risk of churning. */
export type ChurnReason = 'dormant' | 'volume_drop';

/** Thresholds for churn risk (ours; configurable). */
export interface ChurnRule {
  /** Days since the last settlement from which a merchant counts as dormant. */
  dormantDays: number;
  /** Month volume at or below trailing average × (1 − drop), e.g. 5000 = fell by half or more. */
  dropBp: number;
}

/** Default: no settlement for 30 days, or this month's volume at most half the trailing 3-month average. */
export const DEFAULT_CHURN_RULE: ChurnRule = { dormantDays: 30, dropBp: 5_000 };

/**
 * Reasons a merchant is at churn risk (empty when none): `dormant` when it has not settled for
 * `dormantDays` (or never has), `volume_drop` when this month's volume fell by `dropBp` or more
 * against a positive trailing 3-month average.
 */
export function churnRisk(
  input: { lastSettleDate: string | null; today: string; monthVolume: Fen; trailing3Avg: Fen },
  rule: ChurnRule = DEFAULT_CHURN_RULE,
): ChurnReason[] {
  const reasons: ChurnReason[] = [];
  if (input.lastSettleDate === null || daysBetween(input.lastSettleDate, input.today) >= rule.dormantDays) {
    reasons.push('dormant');
  }
  if (
    input.trailing3Avg > 0n &&
    input.monthVolume * 10_000n <= input.trailing3Avg * BigInt(10_000 - rule.dropBp)
  ) {
    reasons.push('volume_drop');
  }
  return reasons;
}
