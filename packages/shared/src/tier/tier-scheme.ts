import type { Fen } from '../money/money.ts';

/** Tier of the customer pyramid (客户分级): 重要, 次要, 普通, 小. */
export type TierCode = 'KEY' | 'SECONDARY' | 'ORDINARY' | 'SMALL';

/** Tiers from top to bottom: the order every pyramid is reported in. */
export const TIER_CODES: readonly TierCode[] = ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'];

/** One tier of a share scheme; `cumulativeBp` is the cumulative merchant share in basis points (1% = 100). */
export interface ShareTier {
  readonly code: TierCode;
  readonly zh: string;
  readonly en: string;
  readonly cumulativeBp: number;
}

/**
 * A pyramid by rank share: rank r of N goes to the first tier whose cumulative share ≥ r/N.
 * Shares are integer basis points so the cut is exact integer math, not float comparison.
 */
export interface ShareScheme {
  readonly kind: 'share';
  readonly tiers: readonly ShareTier[];
}

/** The seed's pyramid: 重要 1%, 次要 19%, 普通 30%, 小 50% (cumulative 1%, 20%, 50%, 100%). */
export const DEFAULT_SCHEME: ShareScheme = {
  kind: 'share',
  tiers: [
    { code: 'KEY', zh: '重要客户', en: 'Key', cumulativeBp: 100 },
    { code: 'SECONDARY', zh: '次要客户', en: 'Secondary', cumulativeBp: 2_000 },
    { code: 'ORDINARY', zh: '普通客户', en: 'Ordinary', cumulativeBp: 5_000 },
    { code: 'SMALL', zh: '小客户', en: 'Small', cumulativeBp: 10_000 },
  ],
};

/** Problems with a share scheme (empty when valid): shares strictly rising, in (0, 10000], ending at 10000. */
export function shareSchemeProblems(scheme: ShareScheme): string[] {
  const out: string[] = [];
  if (scheme.tiers.length === 0) return ['a scheme needs at least one tier'];
  let prev = 0;
  for (const t of scheme.tiers) {
    if (!Number.isInteger(t.cumulativeBp) || t.cumulativeBp <= prev || t.cumulativeBp > 10_000) {
      out.push(`${t.code}: cumulative share must rise and stay within (0, 10000] bp`);
    }
    prev = t.cumulativeBp;
  }
  if (scheme.tiers.at(-1)?.cumulativeBp !== 10_000) out.push('the last tier must reach 10000 bp (100%)');
  return out;
}

/**
 * Tier of 1-based rank `rank` among `n` merchants: the first tier whose cumulative share ≥ rank/n,
 * tested as `rank × 10000 ≤ bp × n` in integers.
 * @throws RangeError when rank is not in 1..n.
 */
export function tierOfRank(rank: number, n: number, scheme: ShareScheme = DEFAULT_SCHEME): TierCode {
  if (!Number.isInteger(rank) || !Number.isInteger(n) || rank < 1 || rank > n) {
    throw new RangeError(`rank ${rank} is not within 1..${n}`);
  }
  for (const t of scheme.tiers) {
    if (rank * 10_000 <= t.cumulativeBp * n) return t.code;
  }
  // Only reachable with a scheme that stops short of 100%; the last tier takes the rest.
  const last = scheme.tiers.at(-1);
  if (!last) throw new RangeError('scheme has no tiers');
  return last.code;
}

/** The tier just above `tier` in the scheme, or null for the top tier. */
export function nextTierUp(tier: TierCode, scheme: ShareScheme = DEFAULT_SCHEME): TierCode | null {
  const i = scheme.tiers.findIndex((t) => t.code === tier);
  return i > 0 ? (scheme.tiers[i - 1]?.code ?? null) : null;
}

/** What a threshold scheme measures over the period, from the monthly rollup (settlement_month). */
export type TierMeasure = 'PROFIT' | 'TXN_AMOUNT';
export const TIER_MEASURES: readonly TierMeasure[] = ['PROFIT', 'TXN_AMOUNT'];

/** One level of a threshold scheme: merchants whose measure is ≥ `minFen` reach it (the bottom level: 0, everyone else). */
export interface ThresholdTier {
  readonly code: TierCode;
  readonly zh: string;
  readonly en: string;
  readonly minFen: Fen;
}

/**
 * Tiers by absolute thresholds on a measure over the period, top level first: a merchant takes the
 * first level whose minimum its measure reaches; the bottom level takes everyone else (losses too).
 * The ranking by profit (and so the Lorenz curve) is unchanged; only the cut differs.
 */
export interface ThresholdScheme {
  readonly kind: 'threshold';
  readonly measure: TierMeasure;
  readonly tiers: readonly ThresholdTier[];
}

/** A tier scheme as stored and edited: the same four tier codes top first, each with its own level names. */
export type TierScheme = ShareScheme | ThresholdScheme;

/**
 * Bank card levels on transaction amount (a preset): 钻石卡 ≥ ¥10M, 黑金卡 ≥ ¥1M, 白金卡 ≥ ¥300k,
 * 金卡 and below take the bottom tier.
 */
export const CARD_LEVEL_SCHEME: ThresholdScheme = {
  kind: 'threshold',
  measure: 'TXN_AMOUNT',
  tiers: [
    { code: 'KEY', zh: '钻石卡', en: 'Diamond', minFen: 1_000_000_000n },
    { code: 'SECONDARY', zh: '黑金卡', en: 'Black', minFen: 100_000_000n },
    { code: 'ORDINARY', zh: '白金卡', en: 'Platinum', minFen: 30_000_000n },
    { code: 'SMALL', zh: '金卡', en: 'Gold', minFen: 0n },
  ],
};

/** The tier a measure of `valueFen` reaches: the first level from the top whose minimum it reaches. */
export function assignThresholdTier(valueFen: Fen, scheme: ThresholdScheme = CARD_LEVEL_SCHEME): TierCode {
  // Every level but the bottom one has a minimum; the bottom takes the rest, below its minimum too.
  for (const t of scheme.tiers.slice(0, -1)) if (valueFen >= t.minFen) return t.code;
  const last = scheme.tiers.at(-1);
  if (!last) throw new RangeError('scheme has no tiers');
  return last.code;
}
