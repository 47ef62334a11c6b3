import { describe, expect, it } from 'vitest';
import { nelderMead, nelderMeadRestarted } from './nelder-mead.ts';

describe('nelderMead', () => {
  it('finds the minimum of a shifted quadratic', () => {
    const f = (x: readonly number[]) => (x[0]! - 3) ** 2 + 10 * (x[1]! + 1) ** 2 + (x[2]! - 0.5) ** 2;
    const res = nelderMead(f, [0, 0, 0]);
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(3, 5);
    expect(res.x[1]).toBeCloseTo(-1, 5);
    expect(res.x[2]).toBeCloseTo(0.5, 5);
    expect(res.fx).toBeLessThan(1e-9);
  });

  it('follows the Rosenbrock valley to (1, 1)', () => {
    const f = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    const res = nelderMeadRestarted(f, [-1.2, 1]);
    expect(res.converged).toBe(true);
    expect(res.x[0]).toBeCloseTo(1, 4);
    expect(res.x[1]).toBeCloseTo(1, 4);
  });

  it('treats non-finite values as +∞ (an undefined region repels the simplex)', () => {
    const f = (x: readonly number[]) => (x[0]! <= 0 ? Number.NaN : x[0]! - Math.log(x[0]!));
    const res = nelderMead(f, [3]);
    expect(res.x[0]).toBeCloseTo(1, 5);
  });

  it('reports non-convergence when out of iterations', () => {
    const f = (x: readonly number[]) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
    expect(nelderMead(f, [-1.2, 1], { maxIterations: 5 }).converged).toBe(false);
  });
});
