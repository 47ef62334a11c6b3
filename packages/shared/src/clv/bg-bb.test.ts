import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BgBbParams,
  type BgBbWeightedSummary,
  bgbbChainsLogLikelihood,
  bgbbExpectedTransactions,
  bgbbExpectedTransactionsNew,
  bgbbLogLikelihood,
  bgbbPAlive,
  bgbbSummary,
} from './bg-bb.ts';
import { fitBgBb, groupBgBb } from './bg-bb-fit.ts';
import { lnBeta, lnGamma } from './special.ts';

// The 1995 cohort of first-time donors, 6 yearly opportunities, grouped by (x, tx, n): the data of
// Fader, Hardie & Shang (2010), taken from the MIT-licensed `lifetimes` package's datasets.
const DONATIONS: BgBbWeightedSummary[] = readFileSync(
  new URL('../../test-data/donations-1995-cohort.csv', import.meta.url),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [x, tx, n, weight] = line.split(',').map(Number);
    return { x: x!, tx: tx!, n: n!, weight: weight! };
  });
// The paper's estimates.
const PAPER: BgBbParams = { alpha: 1.204, beta: 0.75, gamma: 0.657, delta: 2.783 };
const rel = (got: number, want: number) => Math.abs(got / want - 1);

/** Number of 0/1 sequences over n periods with x ones, the last at tx: C(tx−1, x−1). */
const sequences = (x: number, tx: number): number => {
  if (x === 0) return 1;
  let c = 1;
  for (let i = 1; i < x; i++) c = (c * (tx - x + i)) / i;
  return c;
};
/** P(X(n) = x): eq. 5 is the probability of one sequence, so weight it by how many share (x, tx). */
const pX = (p: BgBbParams, x: number, n: number): number => {
  if (x === 0) return Math.exp(bgbbLogLikelihood(p, 0, 0, n));
  let sum = 0;
  for (let tx = x; tx <= n; tx++) sum += sequences(x, tx) * Math.exp(bgbbLogLikelihood(p, x, tx, n));
  return sum;
};
/** Eq. 13 as printed, with its δ/(γ−1) and Γ ratios — fine away from γ = 1. */
const eq13AsPrinted = (p: BgBbParams, x: number, tx: number, n: number, nStar: number): number => {
  const { alpha: a, beta: b, gamma: g, delta: d } = p;
  const post = Math.exp(lnBeta(a + x + 1, b + n - x) - lnBeta(a, b) - bgbbLogLikelihood(p, x, tx, n));
  const ratio = (k: number) =>
    Math.exp(lnGamma(g + d) - lnGamma(1 + d) + lnGamma(1 + d + k) - lnGamma(g + d + k));
  return post * (d / (g - 1)) * (ratio(n) - ratio(n + nStar));
};

const arbParams = fc.record({
  alpha: fc.double({ min: 0.05, max: 50, noNaN: true }),
  beta: fc.double({ min: 0.05, max: 50, noNaN: true }),
  gamma: fc.double({ min: 0.05, max: 50, noNaN: true }),
  delta: fc.double({ min: 0.05, max: 50, noNaN: true }),
});
/** A valid history with n ≤ 40. */
const arbHistory = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })))
  .chain(([n, tx]) => fc.tuple(fc.constant(n), fc.constant(tx), fc.integer({ min: tx > 0 ? 1 : 0, max: tx })))
  .map(([n, tx, x]) => ({ x, tx, n }));

describe('bgbbSummary', () => {
  it('counts from the first active period', () => {
    expect(bgbbSummary([3, 4, 7], 9)).toEqual({ x: 2, tx: 4, n: 6 });
    expect(bgbbSummary([5], 9)).toEqual({ x: 0, tx: 0, n: 4 });
    expect(bgbbSummary([5], 5)).toEqual({ x: 0, tx: 0, n: 0 });
    expect(bgbbSummary([0, 1, 2], 2)).toEqual({ x: 2, tx: 2, n: 2 });
  });

  it('rejects lists that are empty, unsorted, repeated, fractional or past the last period', () => {
    for (const bad of [[], [2, 1], [1, 1], [-1, 2], [1.5]])
      expect(() => bgbbSummary(bad, 9)).toThrow(RangeError);
    expect(() => bgbbSummary([3], 2)).toThrow(RangeError);
  });
});

describe('BG/BB log-likelihood (eq. 5)', () => {
  it('matches hand-computed cases with α = β = γ = δ = 1', () => {
    const ones = { alpha: 1, beta: 1, gamma: 1, delta: 1 };
    // n = 1, no transaction: alive and idle E[(1−p)(1−θ)] = 1/4, or gone E[θ] = 1/2.
    expect(bgbbLogLikelihood(ones, 0, 0, 1)).toBeCloseTo(Math.log(3 / 4), 14);
    // n = 1, a transaction: E[p(1−θ)] = 1/4.
    expect(bgbbLogLikelihood(ones, 1, 1, 1)).toBeCloseTo(Math.log(1 / 4), 14);
  });

  it('is a probability distribution: Σ over (x, tx) of C(tx−1, x−1)·L = 1 for any parameters and n', () => {
    fc.assert(
      fc.property(arbParams, fc.integer({ min: 0, max: 30 }), (p, n) => {
        let total = 0;
        for (let x = 0; x <= n; x++) total += pX(p, x, n);
        expect(total).toBeCloseTo(1, 10);
      }),
    );
  });

  it('rejects histories the model cannot produce', () => {
    for (const [x, tx, n] of [
      [2, 1, 6],
      [0, 2, 6],
      [1, 0, 6],
      [1, 7, 6],
      [1.5, 2, 6],
      [-1, 0, 6],
    ]) {
      expect(() => bgbbLogLikelihood(PAPER, x!, tx!, n!)).toThrow(RangeError);
    }
  });
});

describe('donations, Fader, Hardie & Shang (2010)', () => {
  const fit = fitBgBb(DONATIONS);
  const p = fit.params;

  it('reproduces the published estimates and log-likelihood', () => {
    expect(rel(p.alpha, 1.204)).toBeLessThan(0.01);
    expect(rel(p.beta, 0.75)).toBeLessThan(0.01);
    expect(rel(p.gamma, 0.657)).toBeLessThan(0.01);
    expect(rel(p.delta, 2.783)).toBeLessThan(0.01);
    expect(Math.abs(fit.logLikelihood - -33225.6)).toBeLessThan(0.1);
    expect(fit.converged).toBe(true);
    expect(fit.atBound).toBe(false);
  });

  it('fits grouped and one-row-per-donor data alike', () => {
    const rows = DONATIONS.flatMap(({ x, tx, n, weight }) =>
      Array.from({ length: weight }, () => ({ x, tx, n })),
    );
    expect(rows).toHaveLength(11_104);
    const ungrouped = fitBgBb(rows);
    for (const k of ['alpha', 'beta', 'gamma', 'delta'] as const)
      expect(rel(ungrouped.params[k], p[k])).toBeLessThan(1e-9);
  });

  it('sums eq. 5 over grouped histories in one pass exactly as customer by customer', () => {
    const oneByOne = DONATIONS.reduce((s, d) => s + d.weight * bgbbLogLikelihood(p, d.x, d.tx, d.n), 0);
    expect(bgbbChainsLogLikelihood(p, groupBgBb(DONATIONS))).toBeCloseTo(oneByOne, 8);
    expect(oneByOne).toBeCloseTo(fit.logLikelihood, 6);
  });

  it('rejects an empty data set and invalid weights', () => {
    expect(() => fitBgBb([])).toThrow(RangeError);
    expect(() => fitBgBb([{ x: 1, tx: 2, n: 3, weight: -1 }])).toThrow(RangeError);
    expect(() => fitBgBb([{ x: 1, tx: 2, n: 3, weight: 0 }])).toThrow(RangeError);
  });

  it("reproduces the paper's Table 6: P(alive in 2002) of 0.11, 0.59 and 0.93", () => {
    // Printed to two decimals; the same three cells are checked in lifetimes' test suite.
    expect(Math.abs(bgbbPAlive(p, 0, 0, 6) - 0.11)).toBeLessThan(0.005);
    expect(Math.abs(bgbbPAlive(p, 2, 4, 6) - 0.59)).toBeLessThan(0.005);
    expect(Math.abs(bgbbPAlive(p, 6, 6, 6) - 0.93)).toBeLessThan(0.005);
  });

  it("reproduces Hardie's BG/BB spreadsheet: 12,884.2 donations expected in 2002–2006", () => {
    // Column "Exp Tot" of the "Conditional Expectations (II)" sheet (brucehardie.com/notes/010).
    const total = DONATIONS.reduce(
      (s, d) => s + d.weight * bgbbExpectedTransactions(p, d.x, d.tx, d.n, 5),
      0,
    );
    expect(Math.abs(total - 12_884.2)).toBeLessThan(0.1);
  });

  it("reproduces the spreadsheet's in-sample fit: 3,454.9 donors with no repeat, 1,253.1 with six", () => {
    expect(Math.abs(11_104 * pX(p, 0, 6) - 3454.9)).toBeLessThan(0.05);
    expect(Math.abs(11_104 * pX(p, 6, 6) - 1253.1)).toBeLessThan(0.05);
  });
});

describe('bgbbPAlive', () => {
  it('lies in [0, 1] and, active in the last period, is the chance of surviving one more: (δ+n)/(γ+δ+n)', () => {
    fc.assert(
      fc.property(arbParams, arbHistory, (p, { x, tx, n }) => {
        const a = bgbbPAlive(p, x, tx, n);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
        if (tx === n) expect(a).toBeCloseTo((p.delta + n) / (p.gamma + p.delta + n), 12);
      }),
    );
  });

  it('falls as the last active period moves back, x and n fixed', () => {
    fc.assert(
      fc.property(arbParams, arbHistory, (p, { x, tx, n }) => {
        fc.pre(x > 0 && tx > x);
        expect(bgbbPAlive(p, x, tx - 1, n)).toBeLessThanOrEqual(bgbbPAlive(p, x, tx, n));
      }),
    );
    const ps = [6, 5, 4, 3].map((tx) => bgbbPAlive(PAPER, 3, tx, 6));
    for (let i = 1; i < ps.length; i++) expect(ps[i]!).toBeLessThan(ps[i - 1]!);
  });
});

describe('bgbbExpectedTransactions (eq. 13) and bgbbExpectedTransactionsNew (eq. 7)', () => {
  it('lies in [0, nStar] and grows with nStar', () => {
    fc.assert(
      fc.property(arbParams, arbHistory, fc.integer({ min: 0, max: 60 }), (p, { x, tx, n }, nStar) => {
        const e = bgbbExpectedTransactions(p, x, tx, n, nStar);
        const next = bgbbExpectedTransactions(p, x, tx, n, nStar + 1);
        expect(e).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(nStar * (1 + 1e-12));
        expect(next).toBeGreaterThanOrEqual(e);
      }),
    );
    expect(bgbbExpectedTransactions(PAPER, 2, 4, 6, 0)).toBe(0);
    expect(() => bgbbExpectedTransactions(PAPER, 2, 4, 6, 1.5)).toThrow(RangeError);
  });

  it('agrees with eq. 13 as printed away from γ = 1', () => {
    for (const [x, tx, n] of [
      [0, 0, 6],
      [2, 4, 6],
      [6, 6, 6],
      [10, 30, 40],
    ]) {
      for (const nStar of [1, 5, 24]) {
        const want = eq13AsPrinted(PAPER, x!, tx!, n!, nStar);
        expect(rel(bgbbExpectedTransactions(PAPER, x!, tx!, n!, nStar), want)).toBeLessThan(1e-10);
      }
    }
  });

  it('is continuous through γ = 1, where the printed form is 0/0', () => {
    const at = (gamma: number) => bgbbExpectedTransactions({ ...PAPER, gamma }, 2, 4, 6, 10);
    expect(rel(at(1), at(1 + 1e-7))).toBeLessThan(1e-6);
    expect(rel(at(1), at(1 - 1e-7))).toBeLessThan(1e-6);
  });

  it('gives E[X(n)] = Σ x·P(X(n) = x) for a new customer, and eq. 7 as printed', () => {
    fc.assert(
      fc.property(arbParams, fc.integer({ min: 0, max: 20 }), (p, n) => {
        let mean = 0;
        for (let x = 1; x <= n; x++) mean += x * pX(p, x, n);
        expect(bgbbExpectedTransactionsNew(p, n)).toBeCloseTo(mean, 9);
      }),
    );
    const { alpha: a, beta: b, gamma: g, delta: d } = PAPER;
    const eq7 =
      (a / (a + b)) *
      (d / (g - 1)) *
      (1 - Math.exp(lnGamma(g + d) - lnGamma(g + d + 6) + lnGamma(1 + d + 6) - lnGamma(1 + d)));
    expect(rel(bgbbExpectedTransactionsNew(PAPER, 6), eq7)).toBeLessThan(1e-12);
  });
});
