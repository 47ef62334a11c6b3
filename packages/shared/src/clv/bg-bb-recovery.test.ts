// BG/BB parameter recovery and hold-out forecasting on data drawn from the model itself.
//
// Tolerances: both set-ups were run with seeds 1–20 while writing this test. Worst relative errors
// over those 20 fits — donor-like: mean p 1.4%, mean θ 4.5%, hold-out total 3.2%; merchant-like:
// mean p 0.14%, mean θ 11.6%, hold-out total 1.3%. Mean θ is the loosest: with θ around 2% a
// 24-month panel sees few departures. The tests use seed 1, which was not picked for being good.
import { describe, expect, it } from 'vitest';
import { type BgBbParams, bgbbExpectedTransactions, bgbbPAlive } from './bg-bb.ts';
import { fitBgBb } from './bg-bb-fit.ts';
import { type BgBbSimulatedCustomer, simulateBgBb } from './bg-bb-simulate.ts';

const SEED = 1;
const HOLDOUT = 12;
const relErr = (got: number, want: number) => Math.abs(got / want - 1);
const meanP = (p: BgBbParams) => p.alpha / (p.alpha + p.beta);
const meanTheta = (p: BgBbParams) => p.gamma / (p.gamma + p.delta);
const forecastError = (p: BgBbParams, sim: readonly BgBbSimulatedCustomer[]) => {
  let predicted = 0;
  let actual = 0;
  for (const { summary: s, holdoutTransactions } of sim) {
    predicted += bgbbExpectedTransactions(p, s.x, s.tx, s.n, HOLDOUT);
    actual += holdoutTransactions;
  }
  return relErr(predicted, actual);
};

describe('simulateBgBb', () => {
  it('is deterministic by seed and draws only histories the model allows', () => {
    const opts = {
      alpha: 1,
      beta: 1,
      gamma: 0.5,
      delta: 3,
      customers: 200,
      n: 10,
      seed: 3,
      holdoutPeriods: 5,
    };
    const a = simulateBgBb(opts);
    expect(simulateBgBb(opts)).toEqual(a);
    for (const c of a) {
      const { x, tx, n } = c.summary;
      expect(n).toBe(10);
      expect(x).toBeLessThanOrEqual(tx);
      expect(tx).toBeLessThanOrEqual(n);
      expect(x === 0).toBe(tx === 0);
      expect(c.holdoutTransactions).toBeLessThanOrEqual(5);
      if (!c.aliveAtN) expect(c.holdoutTransactions).toBe(0);
    }
  });
});

describe('recovery: donor-like customers', () => {
  // Near the donations estimates: mean p 0.62, mean θ 0.19 a period; 12 opportunities each.
  const TRUE: BgBbParams = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.8 };
  const sim = simulateBgBb({ ...TRUE, customers: 10_000, n: 12, seed: SEED, holdoutPeriods: HOLDOUT });
  const fit = fitBgBb(sim.map((c) => c.summary));

  it('recovers mean p and mean θ', () => {
    expect(fit.converged).toBe(true);
    expect(relErr(meanP(fit.params), meanP(TRUE))).toBeLessThan(0.03);
    expect(relErr(meanTheta(fit.params), meanTheta(TRUE))).toBeLessThan(0.08);
  });

  it('forecasts the next 12 periods in total within 5%', () => {
    expect(forecastError(fit.params, sim)).toBeLessThan(0.05);
  });
});

describe('merchant-like customers: active in nearly every month', () => {
  // 24 months; mean p 0.95, mean θ 0.024 a month — the data the BG/BB is here for.
  const TRUE: BgBbParams = { alpha: 19, beta: 1, gamma: 0.5, delta: 20 };
  const sim = simulateBgBb({ ...TRUE, customers: 5000, n: 24, seed: SEED, holdoutPeriods: HOLDOUT });
  const fit = fitBgBb(sim.map((c) => c.summary));

  it('fits finite parameters and recovers the means', () => {
    expect(fit.converged).toBe(true);
    for (const v of Object.values(fit.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
    expect(relErr(meanP(fit.params), meanP(TRUE))).toBeLessThan(0.01);
    expect(relErr(meanTheta(fit.params), meanTheta(TRUE))).toBeLessThan(0.2);
    expect(forecastError(fit.params, sim)).toBeLessThan(0.03);
  });

  it('gives every merchant a finite P(alive) and forecast', () => {
    for (const { summary: s } of sim) {
      const alive = bgbbPAlive(fit.params, s.x, s.tx, s.n);
      const e = bgbbExpectedTransactions(fit.params, s.x, s.tx, s.n, HOLDOUT);
      expect(alive >= 0 && alive <= 1).toBe(true);
      expect(e >= 0 && e <= HOLDOUT).toBe(true);
    }
  });

  it('stays finite when nearly everyone is active every month and the parameters run to the box', () => {
    const data = [
      ...Array.from({ length: 4900 }, () => ({ x: 24, tx: 24, n: 24 })),
      ...Array.from({ length: 100 }, (_, i) => ({ x: 10, tx: 10 + (i % 5), n: 24 })),
    ];
    const edge = fitBgBb(data);
    expect(edge.atBound).toBe(true);
    expect(Number.isFinite(edge.logLikelihood)).toBe(true);
    for (const v of Object.values(edge.params)) expect(Number.isFinite(v) && v > 0).toBe(true);
    for (const s of [data[0]!, data.at(-1)!, { x: 0, tx: 0, n: 24 }]) {
      const alive = bgbbPAlive(edge.params, s.x, s.tx, s.n);
      const e = bgbbExpectedTransactions(edge.params, s.x, s.tx, s.n, HOLDOUT);
      expect(alive >= 0 && alive <= 1).toBe(true);
      expect(e >= 0 && e <= HOLDOUT).toBe(true);
    }
  });
});
