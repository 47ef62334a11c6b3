import { describe, expect, it } from 'vitest';
import {
  buildCountPyramid,
  buildLorenzSeries,
  buildMigrationHeatmap,
  buildProfitBars,
  keyDelta,
  type TierRow,
} from './chart-data.ts';

const tiers: TierRow[] = [
  { tier: 'SMALL', merchantCount: 50, countShare: 0.5, profit: '-10.00', profitShare: -0.016 },
  { tier: 'KEY', merchantCount: 1, countShare: 0.01, profit: '300.00', profitShare: 0.48 },
  { tier: 'SECONDARY', merchantCount: 19, countShare: 0.19, profit: '250.00', profitShare: 0.4 },
  { tier: 'ORDINARY', merchantCount: 30, countShare: 0.3, profit: '85.00', profitShare: 0.136 },
];
const label = (t: string) => t.toLowerCase();

describe('chart data', () => {
  it('puts the key tier on top of the count pyramid with its real count', () => {
    const p = buildCountPyramid(tiers, label);
    expect(p.map((r) => r.tier)).toEqual(['KEY', 'SECONDARY', 'ORDINARY', 'SMALL']);
    expect(p[0]).toMatchObject({ count: 1, share: 0.01 });
    expect(p.reduce((s, r) => s + r.count, 0)).toBe(100);
  });

  it('draws profit bars on the same rows with losses marked negative', () => {
    const b = buildProfitBars(tiers, label);
    expect(b.categories).toEqual(['small', 'ordinary', 'secondary', 'key']);
    expect(b.values[0]).toMatchObject({ tier: 'SMALL', value: -1.6, negative: true });
    expect(b.values[3]).toMatchObject({ tier: 'KEY', value: 48, negative: false });
  });

  it('signs the key-tier change against the previous period', () => {
    expect(keyDelta(tiers, [{ ...tiers[1]!, merchantCount: 3 }])).toBe('-2');
    expect(keyDelta(tiers, [{ ...tiers[1]!, merchantCount: 0 }])).toBe('+1');
    expect(keyDelta(tiers, undefined)).toBe('–');
  });

  it('gives a Lorenz curve in percent with the equality line', () => {
    const l = buildLorenzSeries([
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 0.2, profitShare: 0.8123 },
      { merchantShare: 1, profitShare: 1 },
    ]);
    expect(l.curve).toEqual([
      [0, 0],
      [20, 81.2],
      [100, 100],
    ]);
    expect(l.equality).toHaveLength(2);
  });

  it('fills every cell of the migration matrix, with new and left as their own row and column', () => {
    const h = buildMigrationHeatmap(
      [
        { fromTier: 'KEY', toTier: 'SECONDARY', merchantCount: 2 },
        { fromTier: null, toTier: 'SMALL', merchantCount: 7 },
      ],
      label,
      'new',
      'left',
    );
    expect(h.data).toHaveLength(25);
    expect(h.yLabels.at(-1)).toBe('new');
    expect(h.xLabels.at(-1)).toBe('left');
    expect(h.data).toContainEqual([1, 0, 2]);
    expect(h.data).toContainEqual([3, 4, 7]);
    expect(h.max).toBe(7);
  });
});
