import { describe, expect, it } from 'vitest';
import {
  expectedValue,
  fitGammaGamma,
  gammaGammaCustomerLogLikelihood,
  populationMeanValue,
  usableForGammaGamma,
} from './gamma-gamma.ts';

const GG = { p: 4, q: 5, v: 50 };

describe('Gamma-Gamma log-likelihood', () => {
  it('matches a hand-computed case: p = q = v = 1, x = 1, m = 1 gives Γ(2)/(Γ(1)Γ(1)) · 1/2² = 1/4', () => {
    expect(gammaGammaCustomerLogLikelihood({ p: 1, q: 1, v: 1 }, 1, 1)).toBeCloseTo(Math.log(1 / 4), 14);
  });

  it('matches mpmath at 30 digits', () => {
    expect(gammaGammaCustomerLogLikelihood({ p: 6.25, q: 3.74, v: 15.44 }, 2, 35.5)).toBeCloseTo(
      -4.1216651926127215,
      12,
    );
    expect(gammaGammaCustomerLogLikelihood(GG, 30, 61.2)).toBeCloseTo(-4.647651096159056, 11);
  });
});

describe('expectedValue', () => {
  it('is the population mean p·v/(q−1) without repeat transactions', () => {
    expect(populationMeanValue(GG)).toBe(50);
    expect(expectedValue(GG, { x: 0, tx: 0, T: 100, m: 0 })).toBe(50);
    expect(populationMeanValue({ p: 1, q: 0.8, v: 1 })).toBe(Number.POSITIVE_INFINITY);
  });

  it('moves from the population mean towards the customer mean as transactions accumulate', () => {
    const values = [1, 5, 20, 100, 1000].map((x) => expectedValue(GG, { x, tx: 10, T: 100, m: 80 }));
    expect(values[0]).toBeCloseTo(((50 + 80) * 4) / (4 + 4), 12);
    for (let i = 1; i < values.length; i++) {
      expect(values[i]!).toBeGreaterThan(values[i - 1]!);
      expect(values[i]!).toBeLessThan(80);
    }
    expect(values.at(-1)!).toBeGreaterThan(79.5);
  });

  it('returns a loss-making mean unchanged (outside the model)', () => {
    const s = { x: 10, tx: 50, T: 60, m: -12 };
    expect(usableForGammaGamma(s)).toBe(false);
    expect(expectedValue(GG, s)).toBe(-12);
  });
});

describe('fitGammaGamma', () => {
  it('needs at least one customer with x > 0 and m > 0', () => {
    expect(() => fitGammaGamma([{ x: 0, tx: 0, T: 10, m: 0 }])).toThrow(RangeError);
  });
});
