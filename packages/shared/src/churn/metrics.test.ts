import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../clv/random.ts';
import { auc, decileTable, precisionAtTop } from './metrics.ts';

// The definition itself: over every (leaver, stayer) pair, 1 if the leaver scores higher, ½ if tied.
function bruteForceAuc(scores: number[], labels: (0 | 1)[]): number {
  let wins = 0;
  let pairs = 0;
  scores.forEach((s, i) => {
    if (labels[i] !== 1) return;
    scores.forEach((t, j) => {
      if (labels[j] !== 0) return;
      pairs++;
      wins += s > t ? 1 : s === t ? 0.5 : 0;
    });
  });
  return wins / pairs;
}

describe('auc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, ½ when everything ties', () => {
    expect(auc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(auc([0.5, 0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0, 0])).toBe(0.5);
  });

  it('counts a tie as half a win', () => {
    // Pairs (leaver, stayer): (3,1) win, (3,3) tie, (2,1) win, (2,3) loss → 2.5 of 4.
    expect(auc([3, 2, 1, 3], [1, 1, 0, 0])).toBe(0.625);
  });

  it('equals the pairwise count on random data, ties included', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const u = mulberry32(seed);
      const n = 5 + Math.floor(u() * 60);
      // Scores on a coarse grid so that ties are common.
      const scores = Array.from({ length: n }, () => Math.floor(u() * 8) / 4);
      const labels = Array.from({ length: n }, (_, i) => (i < 2 ? i : u() < 0.3 ? 1 : 0)) as (0 | 1)[];
      expect(auc(scores, labels)).toBeCloseTo(bruteForceAuc(scores, labels), 12);
    }
  });

  it('is NaN when a class is empty and throws on bad input', () => {
    expect(auc([0.1, 0.2], [0, 0])).toBeNaN();
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
    expect(auc([], [])).toBeNaN();
    expect(() => auc([0.1], [0, 1])).toThrow(RangeError);
    expect(() => auc([Number.NaN, 1], [0, 1])).toThrow(RangeError);
  });
});

describe('precisionAtTop', () => {
  const scores = [0.9, 0.1, 0.8, 0.3, 0.7, 0.2, 0.6, 0.4, 0.5, 0.05];
  const labels: (0 | 1)[] = [1, 0, 0, 1, 1, 0, 0, 0, 1, 0];

  it('takes the top ⌈share·n⌉ rows by score', () => {
    expect(precisionAtTop(scores, labels, 0.1)).toBe(1); // 0.9
    expect(precisionAtTop(scores, labels, 0.2)).toBe(0.5); // 0.9, 0.8
    expect(precisionAtTop(scores, labels, 0.25)).toBeCloseTo(2 / 3, 12); // ⌈2.5⌉ = 3: + 0.7
    expect(precisionAtTop(scores, labels, 0.5)).toBe(0.6); // 0.9 0.8 0.7 0.6 0.5
    expect(precisionAtTop(scores, labels, 1)).toBe(0.4);
    expect(precisionAtTop(scores, labels, 0.01)).toBe(1); // at least one row
  });

  it('does not round 0.07·100 up to 8 rows', () => {
    const s = Array.from({ length: 100 }, (_, i) => 100 - i);
    const l = s.map((_, i) => (i < 7 ? 1 : 0)) as (0 | 1)[];
    expect(precisionAtTop(s, l, 0.07)).toBe(1);
  });

  it('breaks ties by input order', () => {
    expect(precisionAtTop([1, 1, 1, 1], [0, 1, 1, 1], 0.25)).toBe(0);
    expect(precisionAtTop([1, 1, 1, 1], [1, 0, 0, 0], 0.25)).toBe(1);
    expect(precisionAtTop([1, 1, 1, 0], [0, 1, 1, 0], 0.5)).toBe(0.5); // rows 0 and 1 of three tied
  });

  it('rejects a share outside (0, 1] and is NaN for no rows', () => {
    expect(() => precisionAtTop(scores, labels, 0)).toThrow(RangeError);
    expect(() => precisionAtTop(scores, labels, 1.5)).toThrow(RangeError);
    expect(precisionAtTop([], [], 0.1)).toBeNaN();
  });
});

describe('decileTable', () => {
  it('has 10 rows, highest forecast first, whose counts and sums add up to the totals', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const u = mulberry32(seed);
      const n = Math.floor(u() * 300);
      const predicted = Array.from({ length: n }, () => Math.round(u() * 120) / 10);
      const actual = predicted.map((p) => Math.max(0, p + (u() - 0.5) * 6));
      const t = decileTable(predicted, actual);
      expect(t.rows.map((r) => r.decile)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      const sizes = t.rows.map((r) => r.count);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      expect(t.total.count).toBe(n);
      expect(sizes.reduce((s, c) => s + c, 0)).toBe(n);
      expect(t.rows.reduce((s, r) => s + r.sumPredicted, 0)).toBeCloseTo(t.total.sumPredicted, 8);
      expect(t.rows.reduce((s, r) => s + r.sumActual, 0)).toBeCloseTo(t.total.sumActual, 8);
      const filled = t.rows.filter((r) => r.count > 0);
      for (let d = 1; d < filled.length; d++) {
        expect(filled[d]!.meanPredicted).toBeLessThanOrEqual(filled[d - 1]!.meanPredicted);
      }
    }
  });

  it('puts the largest forecasts in decile 1 (a hand case)', () => {
    const predicted = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    const actual = predicted.map((p) => p * 2);
    const t = decileTable(predicted, actual);
    expect(t.rows[0]).toEqual({
      decile: 1,
      count: 2,
      sumPredicted: 39,
      sumActual: 78,
      meanPredicted: 19.5,
      meanActual: 39,
    });
    expect(t.rows[9]!.sumPredicted).toBe(3);
    expect(t.total).toEqual({
      count: 20,
      sumPredicted: 210,
      sumActual: 420,
      meanPredicted: 10.5,
      meanActual: 21,
    });
  });

  it('leaves deciles empty (means NaN) when there are fewer than 10 rows', () => {
    const t = decileTable([3, 1, 2], [1, 1, 1]);
    expect(t.rows.filter((r) => r.count === 1).length).toBe(3);
    expect(t.rows.find((r) => r.count === 0)!.meanPredicted).toBeNaN();
    expect(() => decileTable([1, 2], [1])).toThrow(RangeError);
    expect(() => decileTable([1, Number.POSITIVE_INFINITY], [1, 2])).toThrow(RangeError);
  });
});
