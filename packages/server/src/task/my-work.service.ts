import { DUE_HORIZON_DAYS, type TaskState, taskState } from '@cornerstone/shared/maintenance/maintenance';
import { addDays, isValidDate } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { type Connection, type PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { PRIORITY_JOINS, priorityColumns, RANK_BASE, SCORE } from './task-priority-sql.ts';

export interface TaskFilter {
  state?: TaskState | 'OPEN' | null;
  kind?: string | null;
  channel?: string | null;
  manager?: string | null;
  branch?: string | null;
  mid?: string | null;
  dueBefore?: string | null;
}

/** How a list of open tasks is ordered: by due date (oldest first) or by priority (highest first). */
export type TaskOrder = 'DUE' | 'PRIORITY';

/** The priority's parts as the database computed them (task/task-priority-sql.ts). */
export interface TaskPriorityRow {
  pTier: number;
  pKind: number;
  pLate: number;
  pCases: number;
  pValue: number;
  daysOverdue: number;
  openComplaints: number;
  openFaults: number;
  /** Lifetime value at risk in fen, as text (bigint); null where no model scored the merchant. */
  riskFen: string | null;
  cadenceTier: string | null;
}

export interface TaskRow {
  id: string;
  merchantId: number;
  kind: string;
  channel: string;
  status: 'open' | 'done' | 'cancelled';
  dueOn: string;
  basisOn: string | null;
  everyDays: number | null;
  tier: string | null;
  message: string | null;
  campaignId: number | null;
  campaignName: string | null;
  sourceInteractionId: string | null;
  doneByInteractionId: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closeReason: string | null;
  /** The merchant's account manager, whose work the task is. */
  managerId: number;
}

const TASK_COLUMNS = `t.id::text, t.merchant_id as "merchantId", t.kind, t.channel, t.status, t.due_on::text as "dueOn",
  t.basis_on::text as "basisOn", t.every_days as "everyDays", t.tier, t.message, t.campaign_id as "campaignId",
  gc.name as "campaignName", t.source_interaction_id::text as "sourceInteractionId",
  t.done_by_interaction_id::text as "doneByInteractionId", t.created_at as "createdAt", t.closed_at as "closedAt",
  t.close_reason as "closeReason", m.manager_id as "managerId"`;
const TASK_DATES = ['createdAt', 'closedAt'] as const;

const OPEN_STATES = new Set(['OVERDUE', 'DUE', 'UPCOMING', 'OPEN']);

/** What a list counts: the tasks with their merchant, whose scope and filters they answer to. */
const COUNTED_TASK_TABLES = 'maintenance_task t join merchant m on m.id = t.merchant_id';
/** Tasks whose rows the page query and the single-task query both read: the joins add columns only. */
const TASK_TABLES = `${COUNTED_TASK_TABLES} left join greeting_campaign gc on gc.id = t.campaign_id`;
/** The same with the joins the priority's parts read. */
const RANKED_TASK_TABLES = `${TASK_TABLES} ${PRIORITY_JOINS}`;

/** A task row with its priority's parts; `score` is their sum. */
export type RankedTaskRow = TaskRow & TaskPriorityRow;

/** A task row from a list: with its priority's parts when the list computed them. */
export type ListedTaskRow = TaskRow & Partial<TaskPriorityRow>;

export const scoreOf = (r: TaskPriorityRow) => r.pTier + r.pKind + r.pLate + r.pCases + r.pValue;

/** The conditions of a task filter in the caller's scope, as SQL over `t` and `m`. */
function taskWhere(user: AppUser, filter: TaskFilter | null | undefined, today: string): SqlWhere {
  const state = filter?.state ?? 'OPEN';
  if (filter?.dueBefore != null && !isValidDate(filter.dueBefore))
    throw problemError('filter.dueBefore', 'date.invalid');
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  if (state === 'OVERDUE') add("t.status = 'open' and t.due_on < ?", today);
  else if (state === 'DUE') add("t.status = 'open' and t.due_on >= ? and t.due_on <= ?", today, horizon);
  else if (state === 'UPCOMING') add("t.status = 'open' and t.due_on > ?", horizon);
  else if (state === 'OPEN') add("t.status = 'open'");
  else if (state === 'DONE') add("t.status = 'done'");
  else add("t.status = 'cancelled'");
  if (filter?.kind) add('t.kind = ?', filter.kind);
  if (filter?.channel) add('t.channel = ?', filter.channel);
  if (filter?.manager) add('m.manager_id in (select id from app_user where login = ?)', filter.manager);
  if (filter?.branch) add('m.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter?.mid) add('m.mid = ?', filter.mid);
  if (filter?.dueBefore) add('t.due_on <= ?', filter.dueBefore);
  return where;
}

/** How a page of tasks is read: its day, its order, and what the request asks for. */
export interface TaskListOptions {
  today?: string;
  order?: TaskOrder;
  /** Whether the rows carry their priority's parts (default true). */
  withPriority?: boolean;
  /** The request's selection: the count runs only when it reads totalCount (always without it). */
  info?: GraphQLResolveInfo;
}

/**
 * A page of tasks in the caller's scope: open ones by due date (oldest first) or by priority
 * (highest first, the shared rule), closed ones newest first. One statement, and one more when the
 * count is asked for, whatever the page size; merchants come through the per-request loader.
 */
export async function listTasks(
  em: EntityManager,
  user: AppUser,
  filter: TaskFilter | null | undefined,
  args: PageArgs,
  { today = businessToday(), order = 'DUE', withPriority = true, info }: TaskListOptions = {},
): Promise<Connection<ListedTaskRow> & { totalCount: number }> {
  const open = OPEN_STATES.has(filter?.state ?? 'OPEN');
  const byPriority = open && order === 'PRIORITY';
  // The priority's five joins only where it is ordered by or read (its parts are then absent).
  const ranked = byPriority || withPriority;
  // Each order has its own cursors: a cursor of one is no cursor of another.
  const req = pageRequest(args, byPriority ? 'tasksByPriority' : open ? 'tasks' : 'closedTasks', 20, info);
  const where = taskWhere(user, filter, today);
  const tables = ranked ? RANKED_TASK_TABLES : TASK_TABLES;
  const select = ranked ? `${TASK_COLUMNS}, ${priorityColumns(today)}` : TASK_COLUMNS;
  const count = { from: COUNTED_TASK_TABLES, where };
  const page = await pageOfSql<ListedTaskRow>(
    em,
    byPriority
      ? {
          // The score exists only once the parts do: order and page over the inner query's columns.
          select: '*',
          from: `(select ${select} from ${tables} where ${whereSql(where)}) q`,
          fromParams: where.params,
          orderBy: [`${RANK_BASE} - ${SCORE('q')}`, 'q."dueOn"::date', 'q.id::bigint'],
          direction: 'asc',
          types: ['bigint', 'date', 'bigint'],
          keys: (r) => [RANK_BASE - scoreOf(r as RankedTaskRow), r.dueOn, r.id],
          count,
          dates: TASK_DATES,
        }
      : {
          select,
          from: tables,
          where,
          count,
          ...(open
            ? { orderBy: ['t.due_on', 't.id'], direction: 'asc', types: ['date', 'bigint'] }
            : { orderBy: ['t.id'], direction: 'desc', types: ['bigint'] }),
          keys: (r) => (open ? [r.dueOn, r.id] : [r.id]),
          dates: TASK_DATES,
        },
    req,
  );
  return page;
}

/** One task by its row id, if the user may see it; otherwise null, as if it did not exist. */
export async function taskInScope(
  em: EntityManager,
  user: AppUser,
  id: string,
  today = businessToday(),
): Promise<RankedTaskRow | null> {
  const scope = scopeWhere(user);
  const rows = await em.execute<RankedTaskRow[]>(
    `select ${TASK_COLUMNS}, ${priorityColumns(today)} from ${RANKED_TASK_TABLES} where t.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withDates(rows, ...TASK_DATES)[0] ?? null;
}

/**
 * Every open task of the filter due by `dueBy`, highest priority first: what a day's plan is
 * chosen from (one person's tasks: a few hundred rows at most). One statement.
 */
export async function rankedOpenTasks(
  em: EntityManager,
  user: AppUser,
  filter: TaskFilter,
  dueBy: string,
  today = businessToday(),
): Promise<RankedTaskRow[]> {
  const where = taskWhere(user, { ...filter, state: 'OPEN', dueBefore: dueBy }, today);
  const rows = await em.execute<RankedTaskRow[]>(
    `select * from (select ${TASK_COLUMNS}, ${priorityColumns(today)} from ${RANKED_TASK_TABLES} where ${whereSql(where)}) q
     order by ${SCORE('q')} desc, q."dueOn" asc, q.id::bigint asc`,
    where.params,
  );
  return withDates(rows, ...TASK_DATES);
}

/** A task's state for today: overdue, due (within the horizon), upcoming, done or cancelled. */
export function stateOf(t: Pick<TaskRow, 'status' | 'dueOn'>, today: string): TaskState {
  return taskState(t.status, t.dueOn, today, DUE_HORIZON_DAYS);
}
