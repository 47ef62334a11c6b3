import { describe, expect, it } from 'vitest';
import { hyp2f1, lnBeta, lnGamma, logAddExp } from './special.ts';

describe('lnGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 14);
    expect(lnGamma(2)).toBeCloseTo(0, 14);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    // ln Γ(101) = ln 100! = 363.73937555556347 (to double precision).
    expect(lnGamma(101)).toBeCloseTo(363.73937555556347, 10);
    // Reflection branch: Γ(0.1) = 9.513507698668732.
    expect(lnGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 13);
    expect(lnGamma(0)).toBeNaN();
  });

  it('lnBeta(a, b) = ln(Γ(a)Γ(b)/Γ(a+b)); B(2, 3) = 1/12', () => {
    expect(lnBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 14);
  });
});

describe('logAddExp', () => {
  it('adds in the log domain without overflow', () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 14);
    expect(logAddExp(1000, 1000)).toBeCloseTo(1000 + Math.LN2, 10);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
  });
});

describe('hyp2f1', () => {
  const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

  it('reproduces closed forms', () => {
    // ₂F₁(1, 1; 2; z) = −ln(1−z)/z
    for (const z of [-0.9, -0.3, 0.1, 0.5, 0.9, 0.999]) {
      expect(rel(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z)).toBeLessThan(1e-12);
    }
    // ₂F₁(a, b; b; z) = (1−z)^−a
    expect(rel(hyp2f1(2.7, 1.3, 1.3, 0.8), 0.2 ** -2.7)).toBeLessThan(1e-12);
    // ₂F₁(½, ½; 3/2; z²) = arcsin(z)/z
    expect(rel(hyp2f1(0.5, 0.5, 1.5, 0.25), Math.asin(0.5) / 0.5)).toBeLessThan(1e-14);
    // A polynomial when a is a non-positive integer: ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    expect(hyp2f1(-2, 3, 4, 0.5)).toBeCloseTo(1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / (4 * 5), 14);
  });

  it('matches values computed with mpmath at 30 digits', () => {
    const cases: [number, number, number, number, number][] = [
      [1.5, 2.5, 3.7, 0.6, 2.3722615270113248],
      [-0.7, 0.3, 2.2, 0.95, 0.9020665308333321],
      [2.3, 101.5, 3.0, 0.5, 2.4136420347884674e29],
      [1, 1, 2, 0.999, 6.914669948931067],
      [0.2, -1.8, 0.4, 0.9, 0.45995431100187023],
      [3, 4, -2.5, 0.3, -2271.739963065972],
    ];
    for (const [a, b, c, z, want] of cases) expect(rel(hyp2f1(a, b, c, z), want)).toBeLessThan(1e-11);
  });

  it('guards: outside the disc, at a pole, or out of terms it throws instead of guessing', () => {
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, -1.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -3, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 0.999, { maxTerms: 100 })).toThrow(/no convergence/);
    expect(hyp2f1(1, 1, 2, 0)).toBe(1);
  });
});
