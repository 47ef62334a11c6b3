import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CaseClocks,
  COMPLAINT_ACTIONS,
  COMPLAINT_STATUSES,
  compareUrgency,
  complaintMove,
  dueAt,
  escalationLevel,
  FAULT_STATUSES,
  faultMove,
  isFaultReopen,
  isTid,
  slaClock,
  slaProblems,
  urgencyKey,
} from './service-desk.ts';

const t0 = new Date('2026-11-02T01:00:00Z');
const h = (n: number) => new Date(t0.getTime() + n * 3_600_000);

describe('complaint lifecycle', () => {
  it('moves open → in progress → resolved → closed, and reopens a resolved one', () => {
    expect(complaintMove('open', 'respond')).toEqual({ ok: true, to: 'in_progress' });
    expect(complaintMove('in_progress', 'resolve')).toEqual({ ok: true, to: 'resolved' });
    expect(complaintMove('open', 'resolve')).toEqual({ ok: true, to: 'resolved' });
    expect(complaintMove('resolved', 'close')).toEqual({ ok: true, to: 'closed' });
    expect(complaintMove('resolved', 'reopen')).toEqual({ ok: true, to: 'in_progress' });
  });
  it('refuses moves out of order and says why', () => {
    const r = complaintMove('open', 'close');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/cannot close a complaint that is open/);
    for (const a of COMPLAINT_ACTIONS) expect(complaintMove('closed', a).ok).toBe(false);
  });
  it('never leaves the known statuses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPLAINT_STATUSES), fc.constantFrom(...COMPLAINT_ACTIONS), (s, a) => {
        const r = complaintMove(s, a);
        return !r.ok || (COMPLAINT_STATUSES as readonly string[]).includes(r.to);
      }),
    );
  });
});

describe('fault ticket lifecycle', () => {
  it('goes open → assigned → on site → fixed → closed; a remote fix skips the visit', () => {
    expect(faultMove('open', 'assigned').ok).toBe(true);
    expect(faultMove('assigned', 'on_site').ok).toBe(true);
    expect(faultMove('on_site', 'fixed').ok).toBe(true);
    expect(faultMove('fixed', 'closed').ok).toBe(true);
    expect(faultMove('assigned', 'fixed').ok).toBe(true);
  });
  it('offers a fixed ticket only close or reopen (back to assigned)', () => {
    expect(FAULT_STATUSES.filter((to) => faultMove('fixed', to).ok)).toEqual(['assigned', 'closed']);
    expect(faultMove('fixed', 'on_site')).toMatchObject({ ok: false });
    expect(isFaultReopen('fixed', 'assigned')).toBe(true);
    expect(isFaultReopen('on_site', 'assigned')).toBe(false);
  });
  it('closes only a fixed ticket', () => {
    expect(FAULT_STATUSES.filter((from) => faultMove(from, 'closed').ok)).toEqual(['fixed']);
  });
  it('refuses to skip the assignment or to change a closed ticket', () => {
    expect(faultMove('open', 'fixed')).toMatchObject({ ok: false });
    for (const s of FAULT_STATUSES) expect(faultMove('closed', s).ok).toBe(false);
  });
});

describe('SLA clocks', () => {
  it('runs until stopped; met on time, breached after the deadline', () => {
    const due = dueAt(t0, 24);
    expect(due.toISOString()).toBe('2026-11-03T01:00:00.000Z');
    expect(slaClock(t0, due, null, h(23))).toEqual({ state: 'RUNNING', minutesLeft: 60, minutesTaken: null });
    expect(slaClock(t0, due, null, h(25))).toMatchObject({ state: 'BREACHED', minutesLeft: -60 });
    expect(slaClock(t0, due, h(24), h(30))).toEqual({ state: 'MET', minutesLeft: null, minutesTaken: 1440 });
    expect(slaClock(t0, due, h(25), h(30))).toMatchObject({ state: 'BREACHED', minutesTaken: 1500 });
  });

  it('escalates a complaint past 24 h without response to the branch, past 72 h to head office', () => {
    const c = { responseDueAt: h(24), resolutionDueAt: h(72), firstResponseAt: null, resolvedAt: null };
    expect(escalationLevel(c, h(23))).toBe(0);
    expect(escalationLevel(c, h(25))).toBe(1);
    expect(escalationLevel({ ...c, firstResponseAt: h(2) }, h(25))).toBe(0);
    expect(escalationLevel({ ...c, firstResponseAt: h(2) }, h(73))).toBe(2);
    expect(escalationLevel({ ...c, resolvedAt: h(70) }, h(100))).toBe(0);
  });

  it('checks an SLA policy field by field', () => {
    expect(slaProblems({ responseHours: 24, resolutionHours: 72 })).toEqual([]);
    expect(slaProblems({ responseHours: 0, resolutionHours: 72 }).map((p) => p.field)).toEqual([
      'responseHours',
    ]);
    expect(slaProblems({ responseHours: 48, resolutionHours: 24 })).toEqual([
      { field: 'resolutionHours', message: 'cannot be shorter than the response time' },
    ]);
    expect(slaProblems({ responseHours: 1.5, resolutionHours: 9999 }).length).toBe(2);
  });
});

it('knows a terminal id', () => {
  expect(isTid('A1B2C3D4')).toBe(true);
  expect(isTid('a1b2c3d4')).toBe(false);
  expect(isTid('1234567')).toBe(false);
});

describe('urgency order', () => {
  const c = (o: Partial<CaseClocks>): CaseClocks => ({
    stopped: false,
    responded: false,
    responseDueAt: h(4),
    resolutionDueAt: h(24),
    ...o,
  });
  it('reads the clock that runs next: the response until responded, then the resolution', () => {
    expect(urgencyKey(c({}))).toEqual([0, h(4).getTime()]);
    expect(urgencyKey(c({ responded: true }))).toEqual([0, h(24).getTime()]);
    expect(urgencyKey(c({ stopped: true, responded: true }))).toEqual([1, h(24).getTime()]);
  });
  it('puts the most overdue first, then the least time left, stopped cases last', () => {
    const overdue = c({ responseDueAt: h(-5) });
    const lateRepair = c({ responded: true, resolutionDueAt: h(-1) });
    const soon = c({ responseDueAt: h(1) });
    const later = c({ responded: true, resolutionDueAt: h(10) });
    const done = c({ stopped: true, responded: true, resolutionDueAt: h(-30) });
    const sorted = [done, later, soon, lateRepair, overdue].sort(compareUrgency);
    expect(sorted).toEqual([overdue, lateRepair, soon, later, done]);
  });
});
