import { describe, expect, it } from 'vitest';
import {
  type BgNbdParams,
  bgNbdCustomerLogLikelihood,
  bgNbdLogLikelihood,
  expectedTransactions,
  expectedTransactionsNew,
  probabilityAlive,
  type RfmSummary,
} from './bg-nbd.ts';
import { hyp2f1 } from './special.ts';

// The CDNOW estimates of Fader, Hardie & Lee (2005), in weeks.
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
// Merchant-like parameters in days: ~0.3 active days a day, drop-out 1.5% per active day.
const MERCHANT: BgNbdParams = { r: 1.5, alpha: 5, a: 1.5, b: 100 };
const rfm = (x: number, tx: number, T: number): RfmSummary => ({ x, tx, T, m: 0 });
const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

/** Eq. 10 exactly as printed, with the series ₂F₁ — fine while x is small. */
const eq10AsPrinted = ({ r, alpha, a, b }: BgNbdParams, t: number, { x, tx, T }: RfmSummary) => {
  const z = t / (alpha + T + t);
  const num =
    ((a + b + x - 1) / (a - 1)) *
    (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z));
  const den = 1 + (x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0);
  return num / den;
};

describe('BG/NBD log-likelihood (eq. 6)', () => {
  it('matches hand-computed cases with r = α = a = b = 1', () => {
    const ones = { r: 1, alpha: 1, a: 1, b: 1 };
    // x = 0, T = 1: B(1,1)/B(1,1) · Γ(1)·1¹/(Γ(1)·(1+1)¹) = 1/2.
    expect(bgNbdCustomerLogLikelihood(ones, rfm(0, 0, 1))).toBeCloseTo(Math.log(1 / 2), 14);
    // x = 1, tx = 1, T = 2: Γ(2)/Γ(1) = 1; B(1,2)/B(1,1) = 1/2 over (1+2)² = 1/18, plus
    // B(2,1)/B(1,1) = 1/2 over (1+1)² = 1/8; L = 1/18 + 1/8 = 13/72.
    expect(bgNbdCustomerLogLikelihood(ones, rfm(1, 1, 2))).toBeCloseTo(Math.log(13 / 72), 14);
  });

  it('matches eq. 6 evaluated with mpmath at 30 digits', () => {
    expect(bgNbdCustomerLogLikelihood(CDNOW, rfm(0, 0, 38.86))).toBeCloseTo(-0.5547132764381585, 11);
    expect(bgNbdCustomerLogLikelihood(CDNOW, rfm(2, 30.43, 38.86))).toBeCloseTo(-9.45860630706627, 11);
    expect(bgNbdCustomerLogLikelihood(CDNOW, rfm(5, 10.2, 20))).toBeCloseTo(-14.031208019630009, 11);
    // A long history: 300 active days, no overflow.
    expect(bgNbdCustomerLogLikelihood(MERCHANT, rfm(300, 500, 520))).toBeCloseTo(-464.06839318292424, 9);
    expect(bgNbdLogLikelihood(CDNOW, [rfm(0, 0, 38.86), rfm(2, 30.43, 38.86)])).toBeCloseTo(
      -0.5547132764381585 - 9.45860630706627,
      11,
    );
  });
});

describe('expectedTransactions (eq. 10)', () => {
  it('reproduces the CDNOW example: x = 2, tx = 30.43, T = 38.86 → 1.226 in the next 39 weeks', () => {
    expect(rel(expectedTransactions(CDNOW, 39, rfm(2, 30.43, 38.86)), 1.2260281747671444)).toBeLessThan(
      1e-10,
    );
    expect(rel(expectedTransactions(CDNOW, 39, rfm(0, 0, 38.86)), 0.19509805201126262)).toBeLessThan(1e-10);
    expect(rel(expectedTransactionsNew(CDNOW, 52), 1.4460505953964038)).toBeLessThan(1e-10);
  });

  it('matches mpmath for a long merchant history, where the printed form would overflow', () => {
    expect(rel(expectedTransactions(MERCHANT, 365, rfm(300, 500, 520)), 0.33120868520389574)).toBeLessThan(
      1e-9,
    );
    expect(rel(expectedTransactions(MERCHANT, 180, rfm(40, 120, 200)), 3.433101019941986e-6)).toBeLessThan(
      1e-8,
    );
  });

  it('agrees with the printed form of eq. 10 where that one is safe', () => {
    for (const s of [rfm(0, 0, 30), rfm(1, 5, 30), rfm(7, 25, 30), rfm(20, 90, 180)]) {
      for (const t of [1, 30, 180]) {
        expect(rel(expectedTransactions(MERCHANT, t, s), eq10AsPrinted(MERCHANT, t, s))).toBeLessThan(1e-9);
        expect(rel(expectedTransactions(CDNOW, t, s), eq10AsPrinted(CDNOW, t, s))).toBeLessThan(1e-9);
      }
    }
  });

  it('is continuous through a = 1, where eq. 10 is 0/0', () => {
    const s = rfm(40, 120, 200);
    const near = expectedTransactions({ ...MERCHANT, a: 1.00003 }, 180, s);
    expect(rel(near, 5.453465533766335e-6)).toBeLessThan(1e-6);
    const at = expectedTransactions({ ...MERCHANT, a: 1 }, 180, s);
    const below = expectedTransactions({ ...MERCHANT, a: 0.999 }, 180, s);
    const above = expectedTransactions({ ...MERCHANT, a: 1.001 }, 180, s);
    expect(at).toBeGreaterThan(Math.min(below, above));
    expect(at).toBeLessThan(Math.max(below, above));
  });

  it('is 0 for t ≤ 0 and grows with t', () => {
    const s = rfm(10, 50, 60);
    expect(expectedTransactions(MERCHANT, 0, s)).toBe(0);
    const ys = [1, 7, 30, 90, 365].map((t) => expectedTransactions(MERCHANT, t, s));
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
  });

  it('rises with the number of transactions for a customer seen recently', () => {
    // Last active yesterday, 180 days old: more active days → more expected ones.
    const ys = [0, 1, 5, 20, 60, 120, 170].map((x) =>
      expectedTransactions(MERCHANT, 365, rfm(x, x === 0 ? 0 : 179, 180)),
    );
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThan(ys[i - 1]!);
  });

  it('rejects impossible histories', () => {
    expect(() => expectedTransactions(MERCHANT, 10, rfm(3, 40, 30))).toThrow(RangeError);
    expect(() => expectedTransactions(MERCHANT, 10, rfm(-1, 0, 30))).toThrow(RangeError);
  });
});

describe('probabilityAlive', () => {
  it('is 1 without repeat transactions and matches mpmath otherwise', () => {
    expect(probabilityAlive(MERCHANT, rfm(0, 0, 200))).toBe(1);
    expect(rel(probabilityAlive(CDNOW, rfm(2, 30.43, 38.86)), 0.726578570080673)).toBeLessThan(1e-12);
    expect(rel(probabilityAlive(MERCHANT, rfm(300, 500, 520)), 0.0021789878448194933)).toBeLessThan(1e-10);
  });

  it('drops as the gap since the last transaction grows', () => {
    const ps = [180, 175, 160, 130, 90, 60].map((tx) => probabilityAlive(MERCHANT, rfm(50, tx, 180)));
    // Active on the last day: alive unless it dropped out right after that transaction, which the
    // BG/NBD allows with probability E[p | x] — P(alive) = 1/(1 + a/(b+x−1)).
    expect(ps[0]).toBeCloseTo(1 / (1 + 1.5 / (100 + 50 - 1)), 14);
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeLessThan(ps[i - 1]!);
    expect(ps.at(-1)!).toBeLessThan(1e-6);
  });

  it('does not overflow for very long silent histories', () => {
    const p = probabilityAlive(MERCHANT, rfm(2000, 1000, 3000));
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(1e-300);
  });
});
