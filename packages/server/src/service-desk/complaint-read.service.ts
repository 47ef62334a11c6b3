import { isValidDate } from '@cornerstone/shared/period/period';
import type { ComplaintStatus, DeskOrder } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { intArray, withDates } from '../platform/db/values.ts';
import {
  type Connection,
  connectionFrom,
  exactAt,
  keysetSql,
  type PageArgs,
  pageRequest,
} from '../platform/graphql/connection.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { byCase, caseInScope } from './desk-read.ts';

export interface ComplaintRow {
  id: string;
  merchantId: number;
  kind: string;
  channel: string;
  category: string;
  summary: string;
  status: ComplaintStatus;
  receivedAt: Date;
  openedBy: string;
  assigneeLogin: string | null;
  assigneeName: string | null;
  responseDueAt: Date;
  resolutionDueAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
  satisfaction: number | null;
  escalationLevel: number;
  escalatedAt: Date | null;
}

export interface ComplaintEventRow {
  id: string;
  complaintId: string;
  at: Date;
  actor: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
}

const COLUMNS = `c.id::text, c.merchant_id as "merchantId", c.kind, c.channel, c.category, c.summary, c.status,
  c.received_at as "receivedAt", c.opened_by as "openedBy", a.login as "assigneeLogin", a.display_name as "assigneeName",
  c.response_due_at as "responseDueAt", c.resolution_due_at as "resolutionDueAt", c.first_response_at as "firstResponseAt",
  c.resolved_at as "resolvedAt", c.closed_at as "closedAt", c.resolution, c.satisfaction,
  c.escalation_level as "escalationLevel", c.escalated_at as "escalatedAt"`;
const FROM =
  'from complaint c join merchant m on m.id = c.merchant_id left join app_user a on a.id = c.assignee_id';

const withComplaintDates = <R extends ComplaintRow>(rows: R[]) =>
  withDates(
    rows,
    'receivedAt',
    'responseDueAt',
    'resolutionDueAt',
    'firstResponseAt',
    'resolvedAt',
    'closedAt',
    'escalatedAt',
  );

/** Operations staff look after terminals; complaints are the account managers' and branches' work. */
export function assertComplaintReader(user: AppUser) {
  requirePermission(user, 'readComplaints');
}

/** A complaint by id if the user may see its merchant; null exactly as if it did not exist. */
export async function complaintById(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<ComplaintRow | null> {
  const row = await caseInScope<ComplaintRow>(
    em,
    user,
    { columns: COLUMNS, from: FROM, idColumn: 'c.id' },
    id,
  );
  return row && withComplaintDates([row])[0]!;
}

export interface ComplaintFilter {
  status?: string | null;
  kind?: string | null;
  category?: string | null;
  /** Only complaints whose response or resolution clock is breached (true) or not (false). */
  breached?: boolean | null;
  escalated?: boolean | null;
  open?: boolean | null;
  branch?: string | null;
  manager?: string | null;
  assignee?: string | null;
  mid?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

const BREACHED_SQL = `(coalesce(c.first_response_at, ?::timestamptz) > c.response_due_at
  or coalesce(c.resolved_at, ?::timestamptz) > c.resolution_due_at)`;

// The urgency order (shared `urgencyKey`): running before stopped, then the deadline of the clock
// that runs next; the id breaks ties.
const URGENCY_RANK = "case when c.status in ('resolved', 'closed') then 1 else 0 end";
const URGENCY_DUE = `(case when c.status in ('resolved', 'closed') or c.first_response_at is not null
  then c.resolution_due_at else c.response_due_at end)`;

/** A page of complaints in the user's scope, most urgent first (or newest received first). */
export async function listComplaints(
  em: EntityManager,
  user: AppUser,
  filter: ComplaintFilter | null | undefined,
  args: PageArgs,
  order: DeskOrder = 'urgency',
  now = new Date(),
): Promise<Connection<ComplaintRow> & { totalCount: number }> {
  assertComplaintReader(user);
  const req = pageRequest(args, 'complaints');
  const check = new InputCheck();
  for (const f of ['receivedFrom', 'receivedTo'] as const)
    if (filter?.[f] != null) check.require(isValidDate(filter[f]!), `filter.${f}`, 'date.invalid');
  check.throwIfAny();
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  if (filter?.status) add('c.status = ?', filter.status);
  if (filter?.open === true) add("c.status in ('open', 'in_progress')");
  if (filter?.open === false) add("c.status in ('resolved', 'closed')");
  if (filter?.kind) add('c.kind = ?', filter.kind);
  if (filter?.category) add('c.category = ?', filter.category);
  if (filter?.breached != null) add(filter.breached ? BREACHED_SQL : `not ${BREACHED_SQL}`, now, now);
  if (filter?.escalated != null) add(filter.escalated ? 'c.escalation_level > 0' : 'c.escalation_level = 0');
  if (filter?.branch) add('m.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter?.manager) add('m.manager_id in (select id from app_user where login = ?)', filter.manager);
  if (filter?.assignee) add('a.login = ?', filter.assignee);
  if (filter?.mid) add('m.mid = ?', filter.mid);
  if (filter?.receivedFrom)
    add("c.received_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'", filter.receivedFrom);
  if (filter?.receivedTo)
    add("c.received_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'", filter.receivedTo);
  const base = `${FROM} where ${whereSql(where)}`;
  // Each order has its own cursor shape (three keys or two), so a cursor of one is refused by the other.
  const urgent = order === 'urgency';
  const page = urgent
    ? keysetSql(req, [URGENCY_RANK, URGENCY_DUE, 'c.id'], 'asc', ['bigint', 'timestamptz', 'bigint'])
    : keysetSql(req, ['c.received_at', 'c.id'], 'desc', ['timestamptz', 'bigint']);
  const keys = urgent
    ? `${URGENCY_RANK} as "rankKey", ${exactAt(URGENCY_DUE)} as "dueKey"`
    : `${exactAt('c.received_at')} as "receivedKey"`;
  const [rows, [count]] = await Promise.all([
    em.execute<(ComplaintRow & { receivedKey: string; rankKey: number; dueKey: string })[]>(
      `select ${COLUMNS}, ${keys} ${base} ${page.where ? `and ${page.where}` : ''}
       order by ${page.orderBy} limit ?`,
      [...where.params, ...page.params, page.limit],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  return {
    ...connectionFrom(withComplaintDates(rows), req, (r) =>
      urgent ? [r.rankKey, r.dueKey, r.id] : [r.receivedKey, r.id],
    ),
    totalCount: count!.n,
  };
}

/** The complaints' event rows, oldest first, for many complaints in one query. */
export async function complaintEvents(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, ComplaintEventRow[]>> {
  const rows = await em.execute<ComplaintEventRow[]>(
    `select id::text, complaint_id::text as "complaintId", at, actor, action, from_status as "fromStatus",
            to_status as "toStatus", note
     from complaint_event where complaint_id = any(?::bigint[]) order by complaint_id, complaint_event.id`,
    [intArray(ids.map(Number))],
  );
  return byCase(withDates(rows, 'at'), (r) => r.complaintId);
}
