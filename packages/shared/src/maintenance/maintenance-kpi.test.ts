import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../period/period.ts';
import { type CadenceContact, DEFAULT_CADENCE } from './maintenance.ts';
import { missedDueDate, onCadence, onCadenceShare } from './maintenance-kpi.ts';

const KEY = DEFAULT_CADENCE.filter((r) => r.tier === 'KEY');
const NOV = { start: '2026-11-01', end: '2026-11-30' };
const c = (kind: CadenceContact['kind'], day: string, outcome: CadenceContact['outcome'] = 'reached') => ({
  kind,
  day,
  outcome,
});

describe('on cadence', () => {
  it('asks a key customer for ⌊30/30⌋ = 1 visit and ⌊30/14⌋ = 2 calls in November (a visit counts as a call)', () => {
    expect(onCadence([c('visit', '2026-11-03'), c('call', '2026-11-20')], KEY, NOV)).toBe(true);
    expect(onCadence([c('visit', '2026-11-03')], KEY, NOV)).toBe(false);
    expect(onCadence([c('call', '2026-11-03'), c('call', '2026-11-20')], KEY, NOV)).toBe(false);
  });

  it('counts only contacts that reached the merchant, within the period', () => {
    const visit = c('visit', '2026-11-03');
    expect(onCadence([visit, c('call', '2026-11-20', 'unreachable')], KEY, NOV)).toBe(false);
    expect(onCadence([visit, c('call', '2026-12-01')], KEY, NOV)).toBe(false);
    expect(onCadence([visit, c('call', '2026-11-30', 'issue_found')], KEY, NOV)).toBe(true);
  });

  it('holds a merchant asked for nothing on cadence', () => {
    expect(onCadence([], [], NOV)).toBe(true);
  });

  it('shares 0..1, null without key customers', () => {
    expect(onCadenceShare(3, 4)).toBe(0.75);
    expect(onCadenceShare(0, 0)).toBeNull();
  });
});

describe('missed due dates (逾期任务)', () => {
  const today = '2026-12-06';
  it('counts a task still open, or closed after its due date, once the due date has passed', () => {
    expect(missedDueDate({ status: 'open', dueOn: '2026-11-10', closedOn: null }, NOV, today)).toBe(true);
    expect(missedDueDate({ status: 'done', dueOn: '2026-11-10', closedOn: '2026-11-11' }, NOV, today)).toBe(
      true,
    );
    expect(missedDueDate({ status: 'done', dueOn: '2026-11-10', closedOn: '2026-11-10' }, NOV, today)).toBe(
      false,
    );
    expect(
      missedDueDate({ status: 'cancelled', dueOn: '2026-11-10', closedOn: '2026-11-20' }, NOV, today),
    ).toBe(false);
  });

  it('waits for the due date to pass, and counts a task in the period it fell due in', () => {
    const dec = { start: '2026-12-01', end: '2026-12-31' };
    expect(missedDueDate({ status: 'open', dueOn: today, closedOn: null }, dec, today)).toBe(false);
    expect(missedDueDate({ status: 'open', dueOn: addDays(today, -1), closedOn: null }, dec, today)).toBe(
      true,
    );
    expect(missedDueDate({ status: 'open', dueOn: '2026-10-31', closedOn: null }, NOV, today)).toBe(false);
    expect(missedDueDate({ status: 'open', dueOn: '2026-11-30', closedOn: null }, NOV, today)).toBe(true);
  });

  it('never counts a task done on or before its due date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (due, early) => {
        const dueOn = addDays(NOV.start, due - 15);
        const t = { status: 'done' as const, dueOn, closedOn: addDays(dueOn, -early) };
        return !missedDueDate(t, NOV, today);
      }),
    );
  });
});
