import { daysBetween } from '../period/period.ts';
import type { TierCode } from '../tier/tier-scheme.ts';

// 因人而异 · 注重细节 · 张驰有度: the work queue puts first the tasks whose merchants matter most and
// whose contact is most behind, not the oldest chores. One rule, here: the server orders its lists
// with the same points (task/task-priority-sql.ts, a test holds the two equal) and the web explains
// a task's place with the parts.

/** Task kinds as stored (maintenance_task.kind). */
export const TASK_KINDS = ['cadence', 'follow_up', 'greeting', 'reverify', 'retention'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Points of the priority. Whole numbers, so both evaluators agree to the point. */
export const PRIORITY_POINTS = {
  /** The merchant's cadence tier (its tier, one step up with upgrade potential); unknown as small. */
  tier: { KEY: 40, SECONDARY: 30, ORDINARY: 15, SMALL: 5 } as Record<TierCode, number>,
  /** What is asked: a promise to the merchant or a risk of leaving first, chores last. */
  kind: {
    follow_up: 15,
    retention: 15,
    visit: 10,
    call: 8,
    message: 3,
    greeting: 2,
    reverify: 0,
  } as Record<string, number>,
  /** Up to this many for lateness: a whole cadence (or LATE_BASIS_DAYS) overdue earns them all. */
  late: 20,
  /** Per open complaint or feedback, for at most CASES_COUNTED of them. */
  complaint: 8,
  /** Per open fault ticket, for at most CASES_COUNTED of them. */
  fault: 5,
  /** Up to this many for the value at risk: VALUE_FULL_FEN or more earns them all. */
  value: 15,
} as const;

/** Tasks without a cadence (follow-ups, greetings, re-verifications) are late against this. */
export const LATE_BASIS_DAYS = 30;
export const CASES_COUNTED = 2;
/** ¥50,000 of lifetime value at risk earns the full value points (in fen, exact). */
export const VALUE_FULL_FEN = 5_000_000;

export interface PriorityInput {
  kind: TaskKind | string;
  /** visit, call, message, verify, greeting, follow_up… (maintenance_task.channel) */
  channel: string;
  /** The merchant's cadence tier; null when it has none yet. */
  tier: TierCode | null;
  dueOn: string;
  everyDays: number | null;
  openComplaints: number;
  openFaults: number;
  /** Lifetime value × chance of leaving, in fen; null where no model has scored the merchant. */
  valueAtRiskFen: number | null;
}

export interface Priority {
  score: number;
  tier: number;
  kind: number;
  late: number;
  cases: number;
  value: number;
  daysOverdue: number;
}

/** The key the kind points are read by: a cadence task by its channel, any other by its kind. */
export function priorityKindKey(kind: string, channel: string): string {
  return kind === 'cadence' ? channel : kind;
}

/** A task's priority on `today`: the sum of its parts, each a whole number. */
export function taskPriority(t: PriorityInput, today: string): Priority {
  const P = PRIORITY_POINTS;
  const tier = t.tier ? (P.tier[t.tier] ?? P.tier.SMALL) : P.tier.SMALL;
  const kind = P.kind[priorityKindKey(t.kind, t.channel)] ?? 0;
  const daysOverdue = Math.max(0, daysBetween(t.dueOn, today));
  const basis = t.everyDays && t.everyDays > 0 ? t.everyDays : LATE_BASIS_DAYS;
  const late = Math.min(P.late, Math.floor((P.late * daysOverdue) / basis));
  const cases =
    P.complaint * Math.min(CASES_COUNTED, t.openComplaints) + P.fault * Math.min(CASES_COUNTED, t.openFaults);
  const risk = Math.max(0, t.valueAtRiskFen ?? 0);
  const value = Math.min(P.value, Math.floor((P.value * risk) / VALUE_FULL_FEN));
  return { score: tier + kind + late + cases + value, tier, kind, late, cases, value, daysOverdue };
}

/** Higher priority first; then the earlier due date; then the older task (its id). */
export function byPriority<T extends { priority: Priority; dueOn: string; id: string }>(a: T, b: T): number {
  return (
    b.priority.score - a.priority.score ||
    (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0) ||
    Number(BigInt(a.id) - BigInt(b.id))
  );
}

// ── A day's plan ─────────────────────────────────────────────────────────────────────────────

/** What a day holds for one person: visits, calls, and the other contacts and chores. */
export interface WorkCapacity {
  visits: number;
  calls: number;
  others: number;
}

/** Ours by default (docs/domain.md §4): three visits, ten calls and fifteen other items a day. */
export const DEFAULT_WORK_CAPACITY: WorkCapacity = { visits: 3, calls: 10, others: 15 };

export type CapacityBucket = keyof WorkCapacity;

/** Which part of the day a task takes: a visit, a call, or another item. */
export function capacityBucket(kind: string, channel: string): CapacityBucket {
  if (channel === 'visit') return 'visits';
  if (channel === 'call' || kind === 'retention' || kind === 'follow_up') return 'calls';
  return 'others';
}

/** Problems with a capacity (empty when valid), each naming its field. */
export function capacityProblems(c: WorkCapacity): { field: CapacityBucket; code: string }[] {
  return (['visits', 'calls', 'others'] as const)
    .filter((k) => !Number.isInteger(c[k]) || c[k] < 0 || c[k] > 200)
    .map((field) => ({ field, code: 'capacity.range' }));
}

/** Tasks due within this many days may be brought forward into today's plan when there is room. */
export const PLAN_AHEAD_DAYS = 3;

/**
 * Today's plan: the tasks in priority order that fit the capacity, each part of the day filled on
 * its own. Only tasks due by today + PLAN_AHEAD_DAYS are taken; `tasks` must already be in priority
 * order (byPriority). A task whose part of the day is full is left for another day, and the next
 * task of another part may still fit.
 */
export function planDay<T extends { kind: string; channel: string; dueOn: string }>(
  tasks: readonly T[],
  capacity: WorkCapacity,
  today: string,
): T[] {
  const left = { ...capacity };
  const plan: T[] = [];
  for (const t of tasks) {
    if (daysBetween(today, t.dueOn) > PLAN_AHEAD_DAYS) continue;
    const b = capacityBucket(t.kind, t.channel);
    if (left[b] <= 0) continue;
    left[b] -= 1;
    plan.push(t);
  }
  return plan;
}

/** The plan's size when every part of the day is full. */
export const capacityTotal = (c: WorkCapacity) => c.visits + c.calls + c.others;
