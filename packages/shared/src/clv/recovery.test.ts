// Parameter recovery and hold-out forecasting on data drawn from the models themselves.
//
// Tolerances: the same set-up was run with seeds 1–24 while writing this test. Worst relative
// errors over those 24 fits: r 5.6%, α 7.3%, a 23.2%, b 24.3%, r/α 4.2%, a/(a+b) 6.8%; p 29.3%,
// q 5.2%, v 40.6%, p·v/(q−1) 1.6%; hold-out total transactions 4.7%. a and b (and p and v) lie on
// likelihood ridges — the data pin down their ratio (the mean drop-out probability, the mean value)
// much better than each alone — hence the wider bounds for them individually and the 10% bounds
// on the implied population means. The test uses seed 1, which was not picked for being good.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type BgNbdFit,
  bgNbdLogLikelihood,
  expectedTransactions,
  fitBgNbd,
  probabilityAlive,
  type RfmSummary,
} from './bg-nbd.ts';
import { expectedValue, fitGammaGamma, type GammaGammaFit, populationMeanValue } from './gamma-gamma.ts';
import { mulberry32 } from './random.ts';
import { type SimulatedCustomer, simulateBgNbd } from './simulate.ts';

// Days. ~0.3 active days a day while alive, 1.5% chance of leaving after each active day; ¥50 of
// profit per active day on average.
const TRUE_BG = { r: 1.5, alpha: 5, a: 1.5, b: 100 };
const TRUE_GG = { p: 4, q: 5, v: 50 };
const N = 4000;
const HOLDOUT_DAYS = 180;
const SEED = 1;

const relErr = (got: number, want: number) => Math.abs(got / want - 1);
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

let customers: SimulatedCustomer[];
let data: RfmSummary[];
let bg: BgNbdFit;
let gg: GammaGammaFit;

beforeAll(() => {
  // Calibration ages spread over 90–365 days, like merchants signed up at different times.
  const ageRng = mulberry32(7);
  const ages = Array.from({ length: N }, () => 90 + Math.floor(ageRng() * 276));
  customers = simulateBgNbd({ ...TRUE_BG, ...TRUE_GG, n: N, T: ages, seed: SEED, holdoutDays: HOLDOUT_DAYS });
  data = customers.map((c) => c.summary);
  bg = fitBgNbd(data);
  gg = fitGammaGamma(data);
}, 60_000);

describe('simulateBgNbd', () => {
  it('is deterministic for a seed and keeps every history consistent', () => {
    const again = simulateBgNbd({ ...TRUE_BG, ...TRUE_GG, n: 50, T: 200, seed: 99, holdoutDays: 30 });
    expect(simulateBgNbd({ ...TRUE_BG, ...TRUE_GG, n: 50, T: 200, seed: 99, holdoutDays: 30 })).toEqual(
      again,
    );
    for (const { summary: s } of customers) {
      expect(s.tx).toBeLessThanOrEqual(s.T);
      expect(s.x === 0 ? s.tx === 0 && s.m === 0 : s.tx > 0 && s.m > 0).toBe(true);
    }
    expect(() => simulateBgNbd({ ...TRUE_BG, n: 2, T: [1], seed: 1 })).toThrow(RangeError);
    expect(() => simulateBgNbd({ ...TRUE_BG, n: 2, T: 10, seed: 1, p: 1 })).toThrow(RangeError);
  });
});

describe('BG/NBD parameter recovery (4,000 simulated merchants)', () => {
  it('converges to a likelihood at least as high as at the true parameters', () => {
    expect(bg.converged).toBe(true);
    expect(bg.logLikelihood).toBeGreaterThanOrEqual(bgNbdLogLikelihood(TRUE_BG, data));
    expect(bg.logLikelihood).toBeCloseTo(bgNbdLogLikelihood(bg, data), 6);
  });

  it('recovers r and α within 15%, a and b within 35%', () => {
    expect(relErr(bg.r, TRUE_BG.r)).toBeLessThan(0.15);
    expect(relErr(bg.alpha, TRUE_BG.alpha)).toBeLessThan(0.15);
    expect(relErr(bg.a, TRUE_BG.a)).toBeLessThan(0.35);
    expect(relErr(bg.b, TRUE_BG.b)).toBeLessThan(0.35);
  });

  it('recovers the mean transaction rate r/α and mean drop-out a/(a+b) within 10%', () => {
    expect(relErr(bg.r / bg.alpha, TRUE_BG.r / TRUE_BG.alpha)).toBeLessThan(0.1);
    expect(relErr(bg.a / (bg.a + bg.b), TRUE_BG.a / (TRUE_BG.a + TRUE_BG.b))).toBeLessThan(0.1);
  });

  it('P(alive) averages to the share actually alive at the end of calibration (±3 points)', () => {
    const meanP = sum(data, (s) => probabilityAlive(bg, s)) / N;
    const aliveShare = customers.filter((c) => c.aliveAtT).length / N;
    expect(Math.abs(meanP - aliveShare)).toBeLessThan(0.03);
  });

  it('forecasts total hold-out transactions within 10% of what the simulation did', () => {
    const predicted = sum(data, (s) => expectedTransactions(bg, HOLDOUT_DAYS, s));
    const actual = sum(customers, (c) => c.holdoutTransactions);
    expect(relErr(predicted, actual)).toBeLessThan(0.1);
  });
});

describe('Gamma-Gamma parameter recovery', () => {
  it('uses only customers with repeat transactions', () => {
    expect(gg.customers).toBe(data.filter((s) => s.x > 0).length);
    expect(gg.converged).toBe(true);
  });

  it('recovers q within 15%, p and v within 50%, and the mean value p·v/(q−1) within 10%', () => {
    expect(relErr(gg.q, TRUE_GG.q)).toBeLessThan(0.15);
    expect(relErr(gg.p, TRUE_GG.p)).toBeLessThan(0.5);
    expect(relErr(gg.v, TRUE_GG.v)).toBeLessThan(0.5);
    expect(relErr(populationMeanValue(gg), populationMeanValue(TRUE_GG))).toBeLessThan(0.1);
  });

  it('forecasts total hold-out value within 15% (transactions × value per transaction)', () => {
    const predicted = sum(data, (s) => expectedTransactions(bg, HOLDOUT_DAYS, s) * expectedValue(gg, s));
    const actual = sum(customers, (c) => c.holdoutValue);
    expect(relErr(predicted, actual)).toBeLessThan(0.15);
  });
});
