import { capacityTotal, PLAN_AHEAD_DAYS, planDay } from '@cornerstone/shared/maintenance/task-priority';
import { addDays } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { type RankedTaskRow, rankedOpenTasks } from './my-work.service.ts';
import { type Capacity, capacitiesOf, managerInScope } from './work-capacity.service.ts';

// 今日计划: what one account manager does today — the open tasks due by today + PLAN_AHEAD_DAYS, in
// the shared priority order, as many of each kind as the day holds (packages/shared
// maintenance/task-priority.ts planDay). The rest of the queue is the tasks list, by priority.

export interface WorkPlan {
  manager: { id: number; login: string; displayName: string };
  today: string;
  capacity: Capacity;
  planned: RankedTaskRow[];
  /** Open tasks due by today + PLAN_AHEAD_DAYS: what the plan was chosen from. */
  eligible: number;
  /** Of those, due before today. */
  overdue: number;
}

/**
 * Today's plan of an account manager: the user's own, or (branch managers and administrators) the
 * manager they name. Null when a manager is needed and none was named. Three statements.
 */
export async function workPlan(
  em: EntityManager,
  user: AppUser,
  managerLogin: string | null,
  today = businessToday(),
): Promise<WorkPlan | null> {
  const login = user.role === 'account_manager' ? user.login : managerLogin;
  if (login === null) return null;
  const manager = await managerInScope(em, user, login);
  if (!manager) throw problemError('manager', 'work.managerNotFound', { login });
  const [capacities, ranked] = await Promise.all([
    capacitiesOf(em, [manager.id]),
    rankedOpenTasks(em, user, { manager: manager.login }, addDays(today, PLAN_AHEAD_DAYS), today),
  ]);
  const capacity = capacities.get(manager.id)!;
  return {
    manager,
    today,
    capacity,
    planned: planDay(ranked, capacity, today),
    eligible: ranked.length,
    overdue: ranked.filter((r) => r.dueOn < today).length,
  };
}

export interface ManagerBacklog {
  manager: { id: number; login: string; displayName: string; branch: string | null };
  capacity: Capacity;
  open: number;
  overdue: number;
  /** Open tasks due by today + PLAN_AHEAD_DAYS. */
  dueSoon: number;
  /** Of the overdue, those of key and secondary merchants. */
  overdueImportant: number;
  /** Working days the overdue tasks alone take at the manager's capacity (rounded up); null at none. */
  daysToClear: number | null;
}

/**
 * Each account manager's backlog against their capacity, for the user's scope (a branch manager
 * their branch; administrators and analysts every branch, or the one named). Two statements.
 */
export async function teamBacklog(
  em: EntityManager,
  user: AppUser,
  branch: string | null,
  today = businessToday(),
): Promise<ManagerBacklog[]> {
  const where = scopeWhere(user);
  if (user.role === 'account_manager') {
    where.sql.push('u.id = ?');
    where.params.push(user.id);
  }
  if (branch) {
    where.sql.push('b.name = ?');
    where.params.push(branch);
  }
  // Managers without a task are listed too: the scope's merchants give each manager their row.
  const rows = await em.execute<
    {
      id: number;
      login: string;
      displayName: string;
      branch: string | null;
      open: number;
      overdue: number;
      dueSoon: number;
      overdueImportant: number;
    }[]
  >(
    `select u.id, u.login, u.display_name as "displayName", b.name as branch,
       count(t.id)::int as open,
       count(t.id) filter (where t.due_on < ?)::int as overdue,
       count(t.id) filter (where t.due_on <= ?)::int as "dueSoon",
       count(t.id) filter (where t.due_on < ? and mc.cadence_tier in ('KEY', 'SECONDARY'))::int as "overdueImportant"
     from merchant m
     join app_user u on u.id = m.manager_id
     left join branch b on b.id = u.branch_id
     left join merchant_cadence mc on mc.merchant_id = m.id
     left join maintenance_task t on t.merchant_id = m.id and t.status = 'open'
     where u.active and u.role = 'account_manager' and ${whereSql(where)}
     group by u.id, u.login, u.display_name, b.name
     order by b.name, u.login`,
    [today, addDays(today, PLAN_AHEAD_DAYS), today, ...where.params],
  );
  const capacities = await capacitiesOf(
    em,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const capacity = capacities.get(r.id)!;
    const perDay = capacityTotal(capacity);
    return {
      manager: { id: r.id, login: r.login, displayName: r.displayName, branch: r.branch },
      capacity,
      open: r.open,
      overdue: r.overdue,
      dueSoon: r.dueSoon,
      overdueImportant: r.overdueImportant,
      daysToClear: perDay > 0 ? Math.ceil(r.overdue / perDay) : r.overdue > 0 ? null : 0,
    };
  });
}

/**
 * Today's plan of every manager of a backlog (teamBacklog's rows), in one statement: their tasks
 * due by today + PLAN_AHEAD_DAYS in priority order, cut per manager by planDay.
 */
export async function plansOf(
  em: EntityManager,
  user: AppUser,
  backlog: readonly ManagerBacklog[],
  branch: string | null,
  today = businessToday(),
): Promise<Map<number, RankedTaskRow[]>> {
  const ranked = await rankedOpenTasks(em, user, { branch }, addDays(today, PLAN_AHEAD_DAYS), today);
  const byManager = new Map<number, RankedTaskRow[]>();
  for (const r of ranked) {
    const list = byManager.get(r.managerId);
    if (list) list.push(r);
    else byManager.set(r.managerId, [r]);
  }
  return new Map(
    backlog.map((b) => [b.manager.id, planDay(byManager.get(b.manager.id) ?? [], b.capacity, today)]),
  );
}
