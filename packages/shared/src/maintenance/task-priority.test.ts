import { describe, expect, it } from 'vitest';
import { addDays } from '../period/period.ts';
import {
  byPriority,
  capacityBucket,
  capacityProblems,
  capacityTotal,
  DEFAULT_WORK_CAPACITY,
  type PriorityInput,
  planDay,
  taskPriority,
} from './task-priority.ts';

const today = '2026-12-07';
const task = (over: Partial<PriorityInput>): PriorityInput => ({
  kind: 'cadence',
  channel: 'call',
  tier: 'ORDINARY',
  dueOn: today,
  everyDays: 91,
  openComplaints: 0,
  openFaults: 0,
  valueAtRiskFen: null,
  ...over,
});
const score = (over: Partial<PriorityInput>) => taskPriority(task(over), today).score;

describe('task priority', () => {
  it('puts a key merchant’s call due today before a small merchant’s re-verification two months late', () => {
    const keyCall = score({ tier: 'KEY', everyDays: 14 });
    const smallChore = score({
      kind: 'reverify',
      channel: 'verify',
      tier: 'SMALL',
      everyDays: null,
      dueOn: addDays(today, -60),
    });
    expect(keyCall).toBeGreaterThan(smallChore);
    expect(score({ tier: 'SECONDARY', channel: 'visit' })).toBeGreaterThan(smallChore);
  });

  it('ranks tiers key > secondary > ordinary > small for the same task', () => {
    const s = (['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'] as const).map((tier) => score({ tier }));
    expect(s).toEqual([...s].sort((a, b) => b - a));
    expect(new Set(s).size).toBe(4);
    expect(score({ tier: null })).toBe(score({ tier: 'SMALL' }));
  });

  it('grows with lateness measured against the cadence, and stops at a whole cadence', () => {
    const at = (days: number, everyDays: number | null) =>
      taskPriority(task({ dueOn: addDays(today, -days), everyDays }), today);
    expect(at(0, 14).late).toBe(0);
    expect(at(7, 14).late).toBe(10); // half a cadence: half the points
    expect(at(14, 14).late).toBe(20);
    expect(at(140, 14).late).toBe(20);
    expect(at(7, 91).late).toBe(1); // the same week matters less against a quarter
    expect(at(15, null).late).toBe(10); // no cadence: against 30 days
    expect(at(7, 14).daysOverdue).toBe(7);
    expect(taskPriority(task({ dueOn: addDays(today, 5) }), today).daysOverdue).toBe(0);
  });

  it('adds open complaints and faults, two of each at most', () => {
    const base = score({});
    expect(score({ openComplaints: 1 }) - base).toBe(8);
    expect(score({ openComplaints: 5 }) - base).toBe(16);
    expect(score({ openFaults: 1 }) - base).toBe(5);
    expect(score({ openFaults: 3, openComplaints: 2 }) - base).toBe(26);
  });

  it('adds the value at risk, exactly in fen, full at ¥50,000', () => {
    const base = score({});
    expect(score({ valueAtRiskFen: 0 })).toBe(base);
    expect(score({ valueAtRiskFen: 333_333 }) - base).toBe(0); // ¥3,333.33: just under one point
    expect(score({ valueAtRiskFen: 333_334 }) - base).toBe(1);
    expect(score({ valueAtRiskFen: 5_000_000 }) - base).toBe(15);
    expect(score({ valueAtRiskFen: 90_000_000 }) - base).toBe(15);
    expect(score({ valueAtRiskFen: -100 })).toBe(base);
  });

  it('is the sum of its parts', () => {
    const p = taskPriority(
      task({
        tier: 'KEY',
        channel: 'visit',
        everyDays: 30,
        dueOn: addDays(today, -9),
        openComplaints: 1,
        valueAtRiskFen: 1_000_000,
      }),
      today,
    );
    expect(p).toEqual({
      score: 40 + 10 + 6 + 8 + 3,
      tier: 40,
      kind: 10,
      late: 6,
      cases: 8,
      value: 3,
      daysOverdue: 9,
    });
  });

  it('orders by score, then due date, then id', () => {
    const rows = [
      { id: '3', dueOn: '2026-12-01', priority: taskPriority(task({}), today) },
      { id: '2', dueOn: '2026-12-01', priority: taskPriority(task({}), today) },
      { id: '1', dueOn: '2026-12-05', priority: taskPriority(task({}), today) },
      { id: '9', dueOn: '2026-12-09', priority: taskPriority(task({ tier: 'KEY' }), today) },
    ];
    expect(rows.sort(byPriority).map((r) => r.id)).toEqual(['9', '2', '3', '1']);
  });
});

describe('a day’s plan', () => {
  const t = (id: number, channel: string, dueOn = today, kind = 'cadence') => ({ id, kind, channel, dueOn });

  it('fills each part of the day on its own, in the order given', () => {
    const tasks = [
      t(1, 'visit'),
      t(2, 'visit'),
      t(3, 'call'),
      t(4, 'visit'),
      t(5, 'verify', today, 'reverify'),
      t(6, 'call'),
    ];
    const plan = planDay(tasks, { visits: 2, calls: 1, others: 5 }, today);
    expect(plan.map((x) => x.id)).toEqual([1, 2, 3, 5]);
  });

  it('never holds more than the capacity, and brings forward only what is due within three days', () => {
    const tasks = Array.from({ length: 100 }, (_, i) =>
      t(i, ['visit', 'call', 'message'][i % 3]!, addDays(today, (i % 10) - 5)),
    );
    const plan = planDay(tasks, DEFAULT_WORK_CAPACITY, today);
    expect(plan.length).toBeLessThanOrEqual(capacityTotal(DEFAULT_WORK_CAPACITY));
    expect(plan.filter((x) => x.channel === 'visit').length).toBe(DEFAULT_WORK_CAPACITY.visits);
    expect(plan.every((x) => x.dueOn <= addDays(today, 3))).toBe(true);
    expect(planDay(tasks, { visits: 0, calls: 0, others: 0 }, today)).toEqual([]);
  });

  it('counts follow-ups and retention calls as calls, greetings and re-verifications as other items', () => {
    expect(capacityBucket('follow_up', 'follow_up')).toBe('calls');
    expect(capacityBucket('retention', 'visit')).toBe('visits');
    expect(capacityBucket('retention', 'message')).toBe('calls');
    expect(capacityBucket('greeting', 'greeting')).toBe('others');
    expect(capacityBucket('reverify', 'verify')).toBe('others');
    expect(capacityBucket('cadence', 'message')).toBe('others');
  });

  it('refuses a capacity that is not a whole number from 0 to 200', () => {
    expect(capacityProblems(DEFAULT_WORK_CAPACITY)).toEqual([]);
    expect(capacityProblems({ visits: -1, calls: 2.5, others: 201 }).map((p) => p.field)).toEqual([
      'visits',
      'calls',
      'others',
    ]);
  });
});
