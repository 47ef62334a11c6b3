import { describe, expect, it } from 'vitest';
import { churnRisk, upgradePotential } from './tier-potential.ts';

describe('upgradePotential', () => {
  const base = {
    tier: 'ORDINARY' as const,
    profitsLast3: [1000n, 1100n, 1200n],
    profit: 1200n,
    nextTierCutoff: 5000n,
  };

  it('flags 20% growth over the last three periods', () => {
    expect(upgradePotential(base)).toEqual({ potential: true, reasons: ['growth'] });
    expect(upgradePotential({ ...base, profitsLast3: [1000n, 900n, 1199n] })).toEqual({
      potential: false,
      reasons: [],
    });
  });

  it('needs a positive starting point for growth', () => {
    expect(upgradePotential({ ...base, profitsLast3: [0n, 500n, 1200n] }).reasons).toEqual([]);
    expect(upgradePotential({ ...base, profitsLast3: [-100n, 500n, 1200n] }).reasons).toEqual([]);
    expect(upgradePotential({ ...base, profitsLast3: [1200n] }).reasons).toEqual([]);
  });

  it('flags a merchant within 20% of the next cut-off', () => {
    const flat = { ...base, profitsLast3: [4000n, 4000n, 4000n] };
    expect(upgradePotential({ ...flat, profit: 4000n }).reasons).toEqual(['near_cutoff']);
    expect(upgradePotential({ ...flat, profit: 3999n }).reasons).toEqual([]);
    expect(upgradePotential({ ...flat, profit: 5000n }).reasons).toEqual(['near_cutoff']);
    expect(upgradePotential({ ...flat, profit: 4000n, nextTierCutoff: null }).reasons).toEqual([]);
    expect(upgradePotential({ ...flat, profit: 0n, nextTierCutoff: 0n }).reasons).toEqual([]);
  });

  it('reports both reasons, for SMALL too, and never for KEY or SECONDARY', () => {
    const both = { ...base, tier: 'SMALL' as const, profit: 4500n, profitsLast3: [1000n, 3000n, 4500n] };
    expect(upgradePotential(both)).toEqual({ potential: true, reasons: ['growth', 'near_cutoff'] });
    expect(upgradePotential({ ...both, tier: 'SECONDARY' }).potential).toBe(false);
    expect(upgradePotential({ ...both, tier: 'KEY' }).potential).toBe(false);
  });

  it('follows a custom rule', () => {
    expect(upgradePotential(base, { growthBp: 5000, nearCutoffBp: 2000 }).potential).toBe(false);
  });
});

describe('churnRisk', () => {
  const base = {
    lastSettleDate: '2026-10-20',
    today: '2026-10-31',
    monthVolume: 500_000n,
    trailing3Avg: 600_000n,
  };

  it('is quiet for a steady merchant', () => {
    expect(churnRisk(base)).toEqual([]);
  });

  it('flags 30 days without settlement, or none ever', () => {
    expect(churnRisk({ ...base, lastSettleDate: '2026-10-01' })).toEqual(['dormant']);
    expect(churnRisk({ ...base, lastSettleDate: '2026-10-02' })).toEqual([]);
    expect(churnRisk({ ...base, lastSettleDate: null })).toEqual(['dormant']);
  });

  it('flags a drop of half or more against the trailing average', () => {
    expect(churnRisk({ ...base, monthVolume: 300_000n })).toEqual(['volume_drop']);
    expect(churnRisk({ ...base, monthVolume: 300_001n })).toEqual([]);
    expect(churnRisk({ ...base, monthVolume: 0n, trailing3Avg: 0n })).toEqual([]);
    expect(churnRisk({ ...base, lastSettleDate: '2026-08-01', monthVolume: 0n })).toEqual([
      'dormant',
      'volume_drop',
    ]);
  });
});
