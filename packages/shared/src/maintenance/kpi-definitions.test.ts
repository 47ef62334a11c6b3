import { describe, expect, it } from 'vitest';
import { addDays } from '../period/period.ts';
import {
  fellOverdueInPeriod,
  keyOnCadenceShare,
  MAINTENANCE_KPI_KEYS,
  MAINTENANCE_KPIS,
  overdueNow,
} from './kpi-definitions.ts';

const DEC = { start: '2026-12-01', end: '2026-12-31' };
const today = '2026-12-07';

describe('KPI definitions', () => {
  it('gives every KPI a zh and en label and a one-line explanation', () => {
    for (const key of MAINTENANCE_KPI_KEYS) {
      const { label, explanation } = MAINTENANCE_KPIS[key];
      for (const text of [label.zh, label.en, explanation.zh, explanation.en]) {
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toContain('\n');
      }
    }
    expect(Object.keys(MAINTENANCE_KPIS).sort()).toEqual([...MAINTENANCE_KPI_KEYS].sort());
  });

  it('labels no two KPIs alike, so the two overdue figures cannot be read as one', () => {
    for (const lang of ['zh', 'en'] as const) {
      const labels = MAINTENANCE_KPI_KEYS.map((k) => MAINTENANCE_KPIS[k].label[lang]);
      expect(new Set(labels).size, lang).toBe(labels.length);
    }
    expect(MAINTENANCE_KPIS.overdueNow.label.zh).toBe('当前逾期');
    expect(MAINTENANCE_KPIS.overdueTasks.label.zh).toBe('本月新增逾期');
  });
});

describe('overdue now vs fell overdue this month', () => {
  it('counts a task due yesterday and still open in both', () => {
    const t = { status: 'open' as const, dueOn: addDays(today, -1), closedOn: null };
    expect(overdueNow(t, today)).toBe(true);
    expect(fellOverdueInPeriod(t, DEC, today)).toBe(true);
  });

  it('counts a task that fell overdue on the 3rd and was done on the 5th this month, but not now', () => {
    const t = { status: 'done' as const, dueOn: '2026-12-02', closedOn: '2026-12-05' };
    expect(fellOverdueInPeriod(t, DEC, today)).toBe(true);
    expect(overdueNow(t, today)).toBe(false);
  });

  it('counts a task open since last month as overdue now, but not as fallen overdue this month', () => {
    const t = { status: 'open' as const, dueOn: '2026-11-20', closedOn: null };
    expect(overdueNow(t, today)).toBe(true);
    expect(fellOverdueInPeriod(t, DEC, today)).toBe(false);
  });

  it('counts neither for a task due today, nor for a cancelled one', () => {
    const due = { status: 'open' as const, dueOn: today, closedOn: null };
    expect(overdueNow(due, today)).toBe(false);
    expect(fellOverdueInPeriod(due, DEC, today)).toBe(false);
    const cancelled = { status: 'cancelled' as const, dueOn: '2026-12-02', closedOn: '2026-12-04' };
    expect(overdueNow(cancelled, today)).toBe(false);
    expect(fellOverdueInPeriod(cancelled, DEC, today)).toBe(false);
  });

  it('shares key customers on cadence 0..1, none without key customers', () => {
    expect(keyOnCadenceShare(1, 4)).toBe(0.25);
    expect(keyOnCadenceShare(0, 0)).toBeNull();
  });
});
