import { applyRate, type Fen, type RateMicros } from '../money/money.ts';

// validateSettlementRow lives beside the row type; re-exported so callers find it with the fee rules.
export { SETTLEMENT_COLUMNS, type SettlementRow, validateSettlementRow } from './settlement-row.ts';

/** A merchant's fee plan: a discount rate, optionally capped per transaction (封顶). */
export type FeePlan = { kind: 'rate'; rate: RateMicros } | { kind: 'capped'; rate: RateMicros; cap: Fen };

/**
 * Fee of one transaction: `min(round_half_up(amount × rate), cap)`.
 * A negative amount (a refund) gets the mirror of the fee its payment would have had.
 */
export function transactionFee(amount: Fen, plan: FeePlan): Fen {
  if (amount < 0n) return -transactionFee(-amount, plan);
  const fee = applyRate(amount, plan.rate);
  return plan.kind === 'capped' && fee > plan.cap ? plan.cap : fee;
}

/** True when the transaction's fee hit the cap (only capped plans have capped transactions). */
export function isCappedTransaction(amount: Fen, plan: FeePlan): boolean {
  return plan.kind === 'capped' && amount > 0n && applyRate(amount, plan.rate) >= plan.cap;
}

/** Smallest amount whose fee reaches the cap (where capping starts), or null for an uncapped plan. */
export function capThreshold(plan: FeePlan): Fen | null {
  if (plan.kind !== 'capped' || plan.rate <= 0n) return null;
  // Smallest a with round_half_up(a × rate / 1e6) ≥ cap, i.e. 2·a·rate ≥ (2·cap − 1)·1e6.
  const need = (2n * plan.cap - 1n) * 1_000_000n;
  const den = 2n * plan.rate;
  return (need + den - 1n) / den;
}

/** Profit (利润贡献) of a settlement row or a sum of rows: merchant fee − issuer fee − network fee. */
export function rowProfit(r: { merchantFee: Fen; issuerFee: Fen; networkFee: Fen }): Fen {
  return r.merchantFee - r.issuerFee - r.networkFee;
}

/** Non-capped amount = txn amount − capped amount: what the loyalty threshold counts. */
export function nonCappedAmount(r: { txnAmount: Fen; cappedAmount: Fen }): Fen {
  return r.txnAmount - r.cappedAmount;
}

/** Card kind, for the issuer's interchange after the 2016 reform. */
export type CardKind = 'debit' | 'credit';

/** 2016 reform ceilings: debit interchange 0.35% capped at ¥13. */
export const ISSUER_DEBIT_PLAN: FeePlan = { kind: 'capped', rate: 3_500n, cap: 1_300n };
/** 2016 reform ceilings: credit interchange 0.45%, uncapped. */
export const ISSUER_CREDIT_PLAN: FeePlan = { kind: 'rate', rate: 4_500n };
/** 2016 reform ceilings: network (brand) fee 0.065% capped at ¥6.5. */
export const NETWORK_PLAN: FeePlan = { kind: 'capped', rate: 650n, cap: 650n };

/** Issuer fee of one transaction at the 2016 ceilings (used for generated demo data). */
export function issuerFee(amount: Fen, card: CardKind): Fen {
  return transactionFee(amount, card === 'debit' ? ISSUER_DEBIT_PLAN : ISSUER_CREDIT_PLAN);
}

/** Network fee of one transaction at the 2016 ceiling (used for generated demo data). */
export function networkFee(amount: Fen): Fen {
  return transactionFee(amount, NETWORK_PLAN);
}
