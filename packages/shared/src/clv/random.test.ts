import { describe, expect, it } from 'vitest';
import { beta, gamma, mulberry32 } from './random.ts';

const moments = (xs: number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
};

describe('seeded random numbers', () => {
  it('mulberry32 is deterministic and stays strictly inside (0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(moments(xs).mean).toBeCloseTo(0.5, 1);
  });

  // 40,000 draws: the standard error of the mean is ≤ 0.5% of it for these shapes, so 3% holds with
  // a wide margin for the fixed seed (and almost any other).
  it.each([
    [0.4, 2],
    [1, 0.5],
    [3.5, 0.07],
  ])('gamma(shape %f, rate %f) has mean shape/rate and variance shape/rate²', (shape, rate) => {
    const u = mulberry32(7);
    const { mean, variance } = moments(Array.from({ length: 40_000 }, () => gamma(u, shape, rate)));
    expect(Math.abs(mean / (shape / rate) - 1)).toBeLessThan(0.03);
    expect(Math.abs(variance / (shape / rate ** 2) - 1)).toBeLessThan(0.08);
  });

  it('beta(a, b) has mean a/(a+b)', () => {
    const u = mulberry32(11);
    const { mean } = moments(Array.from({ length: 40_000 }, () => beta(u, 1.5, 100)));
    expect(Math.abs(mean / (1.5 / 101.5) - 1)).toBeLessThan(0.03);
    expect(() => gamma(u, 0, 1)).toThrow(RangeError);
  });
});
