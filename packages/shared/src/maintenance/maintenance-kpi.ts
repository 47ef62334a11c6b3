import { addDays, daysBetween } from '../period/period.ts';
import {
  type CadenceContact,
  type CadenceRule,
  countsToward,
  requiredContacts,
  taskState,
} from './maintenance.ts';

// The maintenance KPIs beyond the seed's three counts (kpiGroup): ours, shown per account manager
// or branch for a period. The server computes them in SQL; a test holds that SQL to these.

/** A period as the KPIs read it: both ends inclusive, YYYY-MM-DD. */
export interface KpiPeriod {
  start: string;
  end: string;
}

/**
 * 按频次维护: a merchant is on cadence in a period when, for each rule of its cadence tier, it had
 * at least {@link requiredContacts} counting contacts within the period. With no rule nothing was
 * asked of it, so it is on cadence.
 */
export function onCadence(
  contacts: readonly CadenceContact[],
  rules: readonly Pick<CadenceRule, 'everyDays' | 'satisfiedBy'>[],
  period: KpiPeriod,
): boolean {
  const days = daysBetween(period.start, period.end) + 1;
  const within = contacts.filter((c) => c.day >= period.start && c.day <= period.end);
  return rules.every(
    (r) => within.filter((c) => countsToward(r, c)).length >= requiredContacts(days, r.everyDays),
  );
}

/** Share of key customers on cadence, 0..1; null without key customers (nothing to divide). */
export function onCadenceShare(onCadenceCount: number, keyCustomers: number): number | null {
  return keyCustomers === 0 ? null : onCadenceCount / keyCustomers;
}

/** A task as the overdue KPI reads it: its status now, due date, and the business day it closed. */
export interface KpiTask {
  status: 'open' | 'done' | 'cancelled';
  dueOn: string;
  /** Business day (Asia/Shanghai) it was closed; null while open. */
  closedOn: string | null;
}

/**
 * 逾期任务: a task due in the period whose due date has passed by `today` and that was not done by
 * it — its {@link taskState} the morning after the due date was OVERDUE (still open then, or closed
 * only later). A cancelled task was no longer asked for and never counts.
 */
export function missedDueDate(t: KpiTask, period: KpiPeriod, today: string): boolean {
  if (t.status === 'cancelled' || t.dueOn < period.start || t.dueOn > period.end) return false;
  const morningAfter = addDays(t.dueOn, 1);
  if (morningAfter > today) return false;
  const openThen = t.status === 'open' || (t.closedOn !== null && t.closedOn > t.dueOn);
  return taskState(openThen ? 'open' : t.status, t.dueOn, morningAfter) === 'OVERDUE';
}
