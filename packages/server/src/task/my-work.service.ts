import { DUE_HORIZON_DAYS, type TaskState, taskState } from '@cornerstone/shared/maintenance/maintenance';
import { addDays, isValidDate } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import {
  type Connection,
  connectionFrom,
  keysetSql,
  type PageArgs,
  pageRequest,
} from '../platform/graphql/connection.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';

export interface TaskFilter {
  state?: TaskState | 'OPEN' | null;
  kind?: string | null;
  channel?: string | null;
  manager?: string | null;
  branch?: string | null;
  mid?: string | null;
  dueBefore?: string | null;
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
}

const TASK_COLUMNS = `t.id::text, t.merchant_id as "merchantId", t.kind, t.channel, t.status, t.due_on::text as "dueOn",
  t.basis_on::text as "basisOn", t.every_days as "everyDays", t.tier, t.message, t.campaign_id as "campaignId",
  gc.name as "campaignName", t.source_interaction_id::text as "sourceInteractionId",
  t.done_by_interaction_id::text as "doneByInteractionId", t.created_at as "createdAt", t.closed_at as "closedAt",
  t.close_reason as "closeReason"`;

const OPEN_STATES = new Set(['OVERDUE', 'DUE', 'UPCOMING', 'OPEN']);

/** Tasks whose rows the page query and the single-task query both read. */
const TASK_FROM = `from maintenance_task t join merchant m on m.id = t.merchant_id
  left join greeting_campaign gc on gc.id = t.campaign_id`;

/**
 * A page of tasks in the caller's scope: open ones by due date (oldest first), closed ones newest
 * first. Two statements whatever the page size; merchants come through the per-request loader.
 */
export async function listTasks(
  em: EntityManager,
  user: AppUser,
  filter: TaskFilter | null | undefined,
  args: PageArgs,
  today = businessToday(),
): Promise<Connection<TaskRow> & { totalCount: number }> {
  const state = filter?.state ?? 'OPEN';
  const open = OPEN_STATES.has(state);
  // Open and closed tasks are sorted differently: a cursor of one is no cursor of the other.
  const req = pageRequest(args, open ? 'tasks' : 'closedTasks');
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
  const base = `${TASK_FROM} where ${whereSql(where)}`;
  const page = open
    ? keysetSql(req, ['t.due_on', 't.id'], 'asc', ['date', 'bigint'])
    : keysetSql(req, ['t.id'], 'desc', ['bigint']);
  const [rows, [count]] = await Promise.all([
    em.execute<TaskRow[]>(
      `select ${TASK_COLUMNS} ${base} ${page.where ? `and ${page.where}` : ''} order by ${page.orderBy} limit ?`,
      [...where.params, ...page.params, page.limit],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  const tasks = withDates(rows, 'createdAt', 'closedAt');
  return {
    ...connectionFrom(tasks, req, (r) => (open ? [r.dueOn, r.id] : [r.id])),
    totalCount: count?.n ?? 0,
  };
}

/** One task by its row id, if the user may see it; otherwise null, as if it did not exist. */
export async function taskInScope(em: EntityManager, user: AppUser, id: string): Promise<TaskRow | null> {
  const scope = scopeWhere(user);
  const rows = await em.execute<TaskRow[]>(
    `select ${TASK_COLUMNS} ${TASK_FROM} where t.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withDates(rows, 'createdAt', 'closedAt')[0] ?? null;
}

/** A task's state for today: overdue, due (within the horizon), upcoming, done or cancelled. */
export function stateOf(t: Pick<TaskRow, 'status' | 'dueOn'>, today: string): TaskState {
  return taskState(t.status, t.dueOn, today, DUE_HORIZON_DAYS);
}
