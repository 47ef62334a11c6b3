import { categoryDef } from '@cornerstone/shared/merchant/category';
import { parseYuan } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import { describe, expect, it } from 'vitest';
import type { DemoSigns } from './demo-fates.ts';
import { type DemoMerchant, demoDeskSigns, demoMerchant } from './demo-merchants.ts';
import { demoSettlementRows, demoSettlementWindow } from './demo-settlements.ts';

const TODAY = '2026-11-28';
const N = 5_000;
const merchants = Array.from({ length: N }, (_, i) => demoMerchant(i, 2026, TODAY));
const { start, end } = demoSettlementWindow(TODAY, 6); // 2026-05-01..2026-11-27
const leavers = merchants.filter((m) => m.leavesOn !== null);
const stayers = merchants.filter((m) => m.leavesOn === null);
const inWindow = leavers.filter((m) => m.leavesOn! > start && m.leavesOn! <= end);
const share = (part: number, whole: number) => part / whole;
const atListRate = (m: DemoMerchant) => m.plan.rate === categoryDef(m.category).listRate;

function kinds(s: DemoSigns): string[] {
  return [
    s.volumeTo !== null ? 'volume' : '',
    s.tradingDaysTo !== null ? 'gaps' : '',
    s.complaint ? (s.complaint.breached ? 'breached complaint' : 'complaint') : '',
    s.faultDaysBefore !== null ? 'fault' : '',
    s.terminalRemovedDaysBefore !== null ? 'terminal removed' : '',
    s.noDiscount ? 'no discount' : '',
  ].filter((k) => k !== '');
}

describe('demo attrition', () => {
  it('loses about 17% of merchants a year, over the data window and a little beyond its end', () => {
    expect(share(inWindow.length, N)).toBeGreaterThan(0.06);
    expect(share(inWindow.length, N)).toBeLessThan(0.11);
    const lastYear = leavers.filter((m) => m.leavesOn! >= addDays(TODAY, -365) && m.leavesOn! < TODAY);
    expect(share(lastYear.length, N)).toBeGreaterThan(0.12);
    expect(share(lastYear.length, N)).toBeLessThan(0.22);
    // Every month of the window loses some; some leave in the 4 months after it and still trade at its end.
    expect(new Set(inWindow.map((m) => m.leavesOn!.slice(0, 7))).size).toBe(7);
    const after = leavers.filter((m) => m.leavesOn! > end);
    expect(share(after.length, N)).toBeGreaterThan(0.03);
    for (const m of leavers) {
      expect(m.fate).toBe('leaving');
      expect(m.leavesOn! <= addDays(TODAY, 120) && m.leavesOn! > addDays(m.onboardedOn, 60), m.mid).toBe(
        true,
      );
    }
  });

  it('gives about 60% of leavers warning signs 1–4 months before they leave, in varying combinations', () => {
    const signed = inWindow.filter((m) => m.signs !== null);
    expect(share(signed.length, inWindow.length)).toBeGreaterThan(0.5);
    expect(share(signed.length, inWindow.length)).toBeLessThan(0.7);
    const count = new Map<string, number>();
    for (const m of signed) for (const k of kinds(m.signs!)) count.set(k, (count.get(k) ?? 0) + 1);
    for (const k of [
      'volume',
      'gaps',
      'complaint',
      'breached complaint',
      'fault',
      'terminal removed',
      'no discount',
    ])
      expect(count.get(k) ?? 0, k).toBeGreaterThan(10);
    expect(new Set(signed.map((m) => kinds(m.signs!).join('+'))).size).toBeGreaterThan(20);
    const single = signed.filter((m) => kinds(m.signs!).length === 1).length;
    expect(share(single, signed.length)).toBeGreaterThan(0.25);
    expect(share(single, signed.length)).toBeLessThan(0.75);
    for (const m of leavers) {
      const s = m.signs;
      if (s === null) continue;
      expect(s.anchorOn).toBe(m.leavesOn);
      expect(s.leadDays >= 30 && s.leadDays <= 120 && s.recoverDays === 0).toBe(true);
      for (const d of [s.complaint?.daysBefore, s.faultDaysBefore, s.terminalRemovedDaysBefore])
        if (d != null) expect(d >= 7 && d <= s.leadDays, m.mid).toBe(true);
      if (s.noDiscount) expect(atListRate(m), m.mid).toBe(true);
    }
  });

  it('raises false alarms at some merchants that stay, so a sign alone does not give a leaver away', () => {
    const alarmed = stayers.filter((m) => m.signs !== null);
    expect(share(alarmed.length, stayers.length)).toBeGreaterThan(0.04);
    expect(share(alarmed.length, stayers.length)).toBeLessThan(0.12);
    expect(alarmed.filter((m) => m.signs!.volumeTo !== null).length).toBeGreaterThan(50);
    expect(alarmed.filter((m) => m.signs!.complaint !== null).length).toBeGreaterThan(50);
    for (const m of alarmed) expect(m.signs!.noDiscount || m.signs!.recoverDays < 20).toBe(false);
    // No discount is a sign only by degree: many who stay pay the list rate too.
    expect(share(stayers.filter(atListRate).length, stayers.length)).toBeGreaterThan(0.25);
  });

  it('records on the service desk only what happened before today, within each merchant’s life', () => {
    const byMid = new Map(merchants.map((m) => [m.mid, m]));
    const desk = [...demoDeskSigns({ merchants: N, today: TODAY })];
    for (const s of desk) {
      const m = byMid.get(s.mid)!;
      for (const on of [s.complaintOn, s.faultOn, s.terminalRemovedOn])
        if (on !== null) expect(on >= m.onboardedOn && on < TODAY, JSON.stringify(s)).toBe(true);
      expect(s.leftOn).toBe(m.leavesOn !== null && m.leavesOn <= TODAY ? m.leavesOn : null);
    }
    expect(desk.filter((s) => s.leftOn !== null)).toHaveLength(
      leavers.filter((m) => m.leavesOn! <= TODAY).length,
    );
    const complaints = desk.filter((s) => s.complaintOn !== null);
    expect(complaints.some((s) => s.complaintBreached)).toBe(true);
    expect(complaints.some((s) => byMid.get(s.mid)!.leavesOn === null)).toBe(true);
    expect(desk.some((s) => s.faultOn !== null) && desk.some((s) => s.terminalRemovedOn !== null)).toBe(true);
  });

  it('is the same for the same arguments, and merchant i keeps its fate whatever the merchant count', () => {
    expect(Array.from({ length: 300 }, (_, i) => demoMerchant(i, 2026, TODAY))).toEqual(
      merchants.slice(0, 300),
    );
    const desk = [...demoDeskSigns({ merchants: 300, today: TODAY })];
    expect([...demoDeskSigns({ merchants: 300, today: TODAY })]).toEqual(desk);
    const mids = new Set(merchants.slice(0, 300).map((m) => m.mid));
    expect([...demoDeskSigns({ merchants: N, today: TODAY })].filter((s) => mids.has(s.mid))).toEqual(desk);
    const other = Array.from({ length: 300 }, (_, i) => demoMerchant(i, 7, TODAY).leavesOn);
    expect(other).not.toEqual(merchants.slice(0, 300).map((m) => m.leavesOn));
  });

  describe('in the settlements of 1,500 merchants over 6 months', () => {
    const some = merchants.slice(0, 1_500);
    const daily = new Map<string, Map<string, number>>();
    for (const r of demoSettlementRows({ merchants: some.length, months: 6, today: TODAY })) {
      const m = daily.get(r.mid) ?? new Map<string, number>();
      m.set(r.settle_date, Number(parseYuan(r.txn_amount)));
      daily.set(r.mid, m);
    }
    const sum = (m: DemoMerchant, from: string, to: string, what: 'amount' | 'days') => {
      let s = 0;
      for (const [d, a] of daily.get(m.mid) ?? []) if (d >= from && d <= to) s += what === 'amount' ? a : 1;
      return s;
    };
    // The 30 days before the signs begin against the 30 days before the anchor.
    const beforeAndAtSigns = (m: DemoMerchant, what: 'amount' | 'days') => {
      const s = m.signs!;
      return [
        sum(m, addDays(s.anchorOn, -s.leadDays - 30), addDays(s.anchorOn, -s.leadDays - 1), what),
        sum(m, addDays(s.anchorOn, -30), addDays(s.anchorOn, -1), what),
      ] as const;
    };
    const signsInWindow = (m: DemoMerchant) =>
      m.signs !== null &&
      m.onboardedOn < start &&
      addDays(m.signs.anchorOn, -m.signs.leadDays - 30) >= start &&
      addDays(m.signs.anchorOn, m.signs.recoverDays + 30) <= end;

    it('stops each leaver on its leaving day: the merchants that fall silent are leavers', () => {
      for (const m of some) {
        const days = [...(daily.get(m.mid)?.keys() ?? [])];
        if (m.leavesOn !== null)
          expect(
            days.every((d) => d < m.leavesOn!),
            m.mid,
          ).toBe(true);
      }
      // Active in the first month of the window, nothing in its last 30 days.
      const active = some.filter((m) => sum(m, start, addDays(start, 30), 'days') > 0);
      const silent = active.filter((m) => sum(m, addDays(end, -29), end, 'days') === 0);
      expect(share(silent.length, active.length)).toBeGreaterThan(0.05);
      expect(share(silent.length, active.length)).toBeLessThan(0.12);
      expect(share(silent.filter((m) => m.leavesOn !== null).length, silent.length)).toBeGreaterThan(0.9);
    });

    it('shows falling volume and growing gaps before leaving, and a false alarm’s dip recovering', () => {
      const falling = some.filter(
        (m) => m.leavesOn !== null && signsInWindow(m) && m.signs!.volumeTo !== null,
      );
      expect(falling.length).toBeGreaterThan(10);
      const down = falling.filter((m) => {
        const [before, at] = beforeAndAtSigns(m, 'amount');
        return at < before * 0.8;
      });
      expect(share(down.length, falling.length)).toBeGreaterThan(0.8);

      const gaps = some.filter(
        (m) => m.leavesOn !== null && signsInWindow(m) && m.signs!.tradingDaysTo !== null,
      );
      expect(gaps.length).toBeGreaterThan(5);
      const fewer = gaps.filter((m) => {
        const [before, at] = beforeAndAtSigns(m, 'days');
        return at < before;
      });
      expect(share(fewer.length, gaps.length)).toBeGreaterThan(0.8);

      const dips = some.filter((m) => {
        const s = m.signs;
        if (m.leavesOn !== null || s === null || s.volumeTo === null || m.onboardedOn >= start) return false;
        return addDays(s.anchorOn, -14) >= start && addDays(s.anchorOn, s.recoverDays + 29) <= end;
      });
      expect(dips.length).toBeGreaterThan(5);
      const recovered = dips.filter((m) => {
        const s = m.signs!;
        const at = sum(m, addDays(s.anchorOn, -14), addDays(s.anchorOn, 14), 'amount');
        const after = sum(
          m,
          addDays(s.anchorOn, s.recoverDays + 1),
          addDays(s.anchorOn, s.recoverDays + 29),
          'amount',
        );
        return after > at;
      });
      expect(share(recovered.length, dips.length)).toBeGreaterThan(0.7);
    });
  });
});
