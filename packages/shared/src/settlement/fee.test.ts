import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capThreshold,
  type FeePlan,
  isCappedTransaction,
  issuerFee,
  networkFee,
  nonCappedAmount,
  rowProfit,
  transactionFee,
} from './fee.ts';

const wholesale: FeePlan = { kind: 'capped', rate: 7800n, cap: 2600n };
const dining: FeePlan = { kind: 'rate', rate: 12500n };

describe('transactionFee', () => {
  it('is amount × rate rounded half up', () => {
    expect(transactionFee(10000n, dining)).toBe(125n); // ¥100 × 1.25% = ¥1.25
    expect(transactionFee(4n, dining)).toBe(0n); // 0.05 fen
    expect(transactionFee(40n, dining)).toBe(1n); // 0.5 fen rounds up
  });

  it('stops at the cap: 0.78% reaches ¥26 at ¥3,332.70', () => {
    expect(transactionFee(333_270n, wholesale)).toBe(2600n); // 2599.506 fen rounds up to the cap
    expect(transactionFee(333_269n, wholesale)).toBe(2599n); // 2599.4982 fen rounds down
    expect(transactionFee(10_000_000n, wholesale)).toBe(2600n);
    expect(isCappedTransaction(333_270n, wholesale)).toBe(true);
    expect(isCappedTransaction(333_269n, wholesale)).toBe(false);
    expect(isCappedTransaction(10_000_000n, dining)).toBe(false);
    expect(capThreshold(wholesale)).toBe(333_270n);
    expect(capThreshold(dining)).toBeNull();
  });

  it('mirrors refunds', () => {
    expect(transactionFee(-10000n, dining)).toBe(-125n);
    expect(transactionFee(-10_000_000n, wholesale)).toBe(-2600n);
    expect(isCappedTransaction(-10_000_000n, wholesale)).toBe(false);
  });

  it('laws: 0 ≤ fee ≤ cap, monotone in amount, capped exactly from capThreshold', () => {
    const plan = fc.record({
      rate: fc.bigInt({ min: 1n, max: 50_000n }),
      cap: fc.bigInt({ min: 1n, max: 10_000n }),
    });
    const amount = fc.bigInt({ min: 0n, max: 10n ** 10n });
    fc.assert(
      fc.property(plan, amount, amount, ({ rate, cap }, a, b) => {
        const p: FeePlan = { kind: 'capped', rate, cap };
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const fee = transactionFee(lo, p);
        const t = capThreshold(p) ?? 0n;
        return (
          fee >= 0n &&
          fee <= cap &&
          fee <= transactionFee(hi, p) &&
          isCappedTransaction(lo, p) === (lo >= t && lo > 0n) &&
          (t === 0n || !isCappedTransaction(t - 1n, p))
        );
      }),
    );
  });
});

describe('profit', () => {
  it('is merchant fee minus issuer and network fees, and can be negative', () => {
    expect(rowProfit({ merchantFee: 1250n, issuerFee: 450n, networkFee: 65n })).toBe(735n);
    expect(rowProfit({ merchantFee: 2600n, issuerFee: 4500n, networkFee: 650n })).toBe(-2550n);
    expect(nonCappedAmount({ txnAmount: 1_000_000n, cappedAmount: 600_000n })).toBe(400_000n);
  });
});

describe('2016 reform fees', () => {
  it('charges debit 0.35% capped at ¥13, credit 0.45% uncapped', () => {
    expect(issuerFee(100_000n, 'debit')).toBe(350n);
    expect(issuerFee(1_000_000n, 'debit')).toBe(1300n);
    expect(issuerFee(1_000_000n, 'credit')).toBe(4500n);
  });

  it('charges network 0.065% capped at ¥6.5', () => {
    expect(networkFee(100_000n)).toBe(65n);
    expect(networkFee(10_000_000n)).toBe(650n);
  });
});
