import { describe, expect, it } from 'vitest';
import { expectedTransactions, probabilityAlive } from './bg-nbd.ts';
import { clv12m } from './clv.ts';
import { expectedValue } from './gamma-gamma.ts';

const BG = { r: 1.5, alpha: 5, a: 1.5, b: 100 };
const GG = { p: 4, q: 5, v: 50 };
const merchant = { x: 60, tx: 178, T: 180, m: 85 };

describe('clv12m', () => {
  it('without discounting is expected transactions × expected value over 365 days', () => {
    const est = clv12m(BG, GG, merchant, { annualDiscount: 0 });
    expect(est.expectedTransactions).toBeCloseTo(expectedTransactions(BG, 365, merchant), 9);
    expect(est.expectedValue).toBe(expectedValue(GG, merchant));
    expect(est.clv).toBeCloseTo(est.expectedTransactions * est.expectedValue, 6);
    expect(est.clvUndiscounted).toBeCloseTo(est.clv, 6);
    expect(est.probabilityAlive).toBe(probabilityAlive(BG, merchant));
  });

  it('discounts monthly: less than undiscounted, more than all of it discounted a full year', () => {
    const est = clv12m(BG, GG, merchant);
    expect(est.clv).toBeLessThan(est.clvUndiscounted);
    expect(est.clv).toBeGreaterThan(est.clvUndiscounted / 1.1);
    // Monthly expected transactions discounted at the end of each month, recomputed by hand.
    let want = 0;
    for (let k = 1; k <= 12; k++) {
      const inMonth =
        expectedTransactions(BG, (365 * k) / 12, merchant) -
        expectedTransactions(BG, (365 * (k - 1)) / 12, merchant);
      want += inMonth * 1.1 ** (-k / 12);
    }
    expect(est.clv).toBeCloseTo(want * est.expectedValue, 6);
  });

  it('is worth less for a merchant gone quiet', () => {
    const quiet = clv12m(BG, GG, { ...merchant, tx: 100 });
    const active = clv12m(BG, GG, merchant);
    expect(quiet.probabilityAlive).toBeLessThan(active.probabilityAlive);
    expect(quiet.clv).toBeLessThan(active.clv);
  });

  it('handles other horizons and a zero horizon', () => {
    expect(clv12m(BG, GG, merchant, { horizonDays: 0 }).clv).toBe(0);
    const half = clv12m(BG, GG, merchant, { horizonDays: 182.5, annualDiscount: 0 });
    expect(half.expectedTransactions).toBeCloseTo(expectedTransactions(BG, 182.5, merchant), 9);
    expect(() => clv12m(BG, GG, merchant, { horizonDays: -1 })).toThrow(RangeError);
  });
});
