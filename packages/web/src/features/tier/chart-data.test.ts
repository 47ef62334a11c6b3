import { describe, expect, it } from 'vitest';
import {
  buildCountPyramid,
  buildLorenzSeries,
  buildMigrationHeatmap,
  buildProfitBars,
  keyDelta,
  lorenzOvershoot,
  merchantListHref,
  migrationDrill,
  type TierRow,
  tierFigures,
} from './chart-data.ts';

// Out of order on purpose: the functions must not rely on the API's order.
const tiers: TierRow[] = [
  { tier: 'SMALL', merchantCount: 50, countShare: 0.5, profit: '-10.00', profitShare: -0.016 },
  { tier: 'KEY', merchantCount: 1, countShare: 0.01, profit: '300.00', profitShare: 0.48 },
  { tier: 'SECONDARY', merchantCount: 19, countShare: 0.19, profit: '250.00', profitShare: 0.4 },
  { tier: 'ORDINARY', merchantCount: 30, countShare: 0.3, profit: '85.00', profitShare: 0.136 },
];

describe('tier figures', () => {
  it('fills a tier the API left out with zeros', () => {
    const f = tierFigures(tiers.filter((t) => t.tier !== 'ORDINARY'));
    expect(f.map((r) => r.tier)).toEqual(['KEY', 'SECONDARY', 'ORDINARY', 'SMALL']);
    expect(f[2]).toEqual({ tier: 'ORDINARY', count: 0, countShare: 0, profit: '0.00', profitShare: 0 });
  });
});

describe('count pyramid', () => {
  it('puts the key tier on top, narrowest, with its real count in the label', () => {
    const p = buildCountPyramid(tiers, (f) => `${f.tier} ${f.count}`);
    expect(p.map((r) => r.tier)).toEqual(['KEY', 'SECONDARY', 'ORDINARY', 'SMALL']);
    expect(p.map((r) => r.value)).toEqual([1, 2, 3, 4]);
    expect(p[0]).toMatchObject({ count: 1, share: 0.01, name: 'KEY 1' });
    expect(p.reduce((s, r) => s + r.count, 0)).toBe(100);
  });
  it('keeps its shape when a tier is empty', () => {
    const p = buildCountPyramid([], (f) => f.tier);
    expect(p.map((r) => r.value)).toEqual([1, 2, 3, 4]);
    expect(p.every((r) => r.count === 0)).toBe(true);
  });
});

describe('profit pyramid', () => {
  it('draws bars on the same rows, key on top, losses negative', () => {
    const b = buildProfitBars(tiers, (f) => `${f.tier}:${f.profit}`);
    expect(b.categories).toEqual(['SMALL', 'ORDINARY', 'SECONDARY', 'KEY']);
    expect(b.bars[0]).toMatchObject({ tier: 'SMALL', value: -1.6, negative: true, text: 'SMALL:-10.00' });
    expect(b.bars[3]).toMatchObject({ tier: 'KEY', value: 48, negative: false });
    expect(b.min).toBe(-1.6);
    expect(b.max).toBe(48);
  });
  it('starts the axis at zero when nothing is negative', () => {
    const b = buildProfitBars(
      tiers.map((t) => ({ ...t, profitShare: Math.abs(t.profitShare) })),
      () => '',
    );
    expect(b.min).toBe(0);
  });
});

describe('summary', () => {
  it('signs the key-tier change against the previous period', () => {
    expect(keyDelta(tiers, [{ ...tiers[1]!, merchantCount: 3 }])).toBe(-2);
    expect(keyDelta(tiers, [{ ...tiers[1]!, merchantCount: 0 }])).toBe(1);
    expect(keyDelta(tiers, [])).toBe(1);
    expect(keyDelta(tiers, undefined)).toBeNull();
  });
});

describe('Lorenz curve', () => {
  it('gives the curve in percent with the equality line', () => {
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
    expect(l.equality).toEqual([
      [0, 0],
      [100, 100],
    ]);
    expect(l.max).toBe(100);
  });
  it('leaves room for the hump of loss-making merchants', () => {
    const l = buildLorenzSeries([
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 0.5, profitShare: 1.23 },
      { merchantShare: 1, profitShare: 1 },
    ]);
    expect(l.max).toBe(130);
  });
});

describe('what is unusual in the Lorenz curve', () => {
  const figures = (smallProfit: string) =>
    tierFigures([
      { tier: 'KEY', merchantCount: 1, countShare: 0.01, profit: '900.00', profitShare: 0.9 },
      { tier: 'SMALL', merchantCount: 50, countShare: 0.5, profit: smallProfit, profitShare: -0.1 },
    ]);
  it('says nothing while the curve stays at or below 100%', () => {
    const points = [
      { merchantShare: 0, profitShare: 0 },
      { merchantShare: 0.2, profitShare: 0.8 },
      { merchantShare: 1, profitShare: 1 },
    ];
    expect(lorenzOvershoot(points, figures('10.00'))).toBeNull();
    expect(lorenzOvershoot([...points, { merchantShare: 1, profitShare: 1.0004 }], figures('1'))).toBeNull();
  });
  it('names the peak and the tiers whose profit is negative', () => {
    const o = lorenzOvershoot(
      [
        { merchantShare: 0, profitShare: 0 },
        { merchantShare: 0.5, profitShare: 1.12 },
        { merchantShare: 1, profitShare: 1 },
      ],
      figures('-123.45'),
    );
    expect(o).toMatchObject({ peak: 1.12, at: 0.5 });
    expect(o?.losingTiers.map((t) => [t.tier, t.profit])).toEqual([['SMALL', '-123.45']]);
  });
});

describe('migration matrix', () => {
  const h = buildMigrationHeatmap(
    [
      { fromTier: 'KEY', toTier: 'SECONDARY', merchantCount: 2 },
      { fromTier: null, toTier: 'SMALL', merchantCount: 7 },
      { fromTier: 'ORDINARY', toTier: null, merchantCount: 3 },
    ],
    (t) => t.toLowerCase(),
    'new',
    'left',
  );
  it('fills every cell, with new and left as their own row and column', () => {
    expect(h.data).toHaveLength(25);
    expect(h.yLabels).toEqual(['key', 'secondary', 'ordinary', 'small', 'new']);
    expect(h.xLabels).toEqual(['key', 'secondary', 'ordinary', 'small', 'left']);
    expect(h.data).toContainEqual([1, 0, 2]);
    expect(h.data).toContainEqual([3, 4, 7]);
    expect(h.data).toContainEqual([4, 2, 3]);
    expect(h.data).toContainEqual([0, 0, 0]);
    expect(h.max).toBe(7);
  });
  it('clicks through to the later tier, or the earlier one for merchants that left', () => {
    const periods = { from: '2026-09', to: '2026-10' };
    expect(migrationDrill('KEY', 'SECONDARY', periods)).toEqual({ tier: 'SECONDARY', period: '2026-10' });
    expect(migrationDrill(null, 'SMALL', periods)).toEqual({ tier: 'SMALL', period: '2026-10' });
    expect(migrationDrill('ORDINARY', null, periods)).toEqual({ tier: 'ORDINARY', period: '2026-09' });
    expect(migrationDrill(null, null, periods)).toBeNull();
  });
});

describe('drill-down link', () => {
  it('carries the tier, the period and the scope', () => {
    expect(
      merchantListHref({ tier: 'KEY', period: '2026-10' }, { branch: '西安分公司', category: undefined }),
    ).toBe(`/merchants?tier=KEY&period=2026-10&branch=${encodeURIComponent('西安分公司')}`);
    expect(
      merchantListHref({ tier: 'SMALL', period: '2026-09' }, { manager: 'am_xian_1', category: 'dining' }),
    ).toBe('/merchants?tier=SMALL&period=2026-09&category=dining&manager=am_xian_1');
  });
});
