import type { DeskOrder, FaultStatus } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
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
import { byCase, caseInScope } from './desk-read.ts';

export interface FaultTicketRow {
  id: string;
  terminalId: number;
  tid: string;
  merchantId: number;
  description: string;
  status: FaultStatus;
  reportedAt: Date;
  openedBy: string;
  assigneeLogin: string | null;
  assigneeName: string | null;
  assignedAt: Date | null;
  onSiteAt: Date | null;
  fixedAt: Date | null;
  closedAt: Date | null;
  resolution: string | null;
  responseDueAt: Date;
  repairDueAt: Date;
}

export interface FaultEventRow {
  id: string;
  ticketId: string;
  at: Date;
  actor: string;
  fromStatus: FaultStatus | null;
  toStatus: FaultStatus;
  note: string | null;
}

const TICKET_COLUMNS = `f.id::text, f.terminal_id as "terminalId", t.tid, f.merchant_id as "merchantId", f.description,
  f.status, f.reported_at as "reportedAt", f.opened_by as "openedBy", a.login as "assigneeLogin",
  a.display_name as "assigneeName", f.assigned_at as "assignedAt", f.on_site_at as "onSiteAt",
  f.fixed_at as "fixedAt", f.closed_at as "closedAt", f.resolution,
  f.response_due_at as "responseDueAt", f.repair_due_at as "repairDueAt"`;
// The clocks are those of the fault SLA policy in force when the ticket was reported (ours: 4 h
// response, 24 h repair), stored on the ticket (migration Migration20261209120000_fault_clocks).
const TICKET_FROM = `from fault_ticket f join terminal t on t.id = f.terminal_id join merchant m on m.id = f.merchant_id
  left join app_user a on a.id = f.assignee_id`;

const withTicketDates = <R extends FaultTicketRow>(rows: R[]) =>
  withDates(
    rows,
    'reportedAt',
    'assignedAt',
    'onSiteAt',
    'fixedAt',
    'closedAt',
    'responseDueAt',
    'repairDueAt',
  );

/** A fault ticket by id if the user may see its merchant; null exactly as if it did not exist. */
export async function faultTicketById(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<FaultTicketRow | null> {
  const row = await caseInScope<FaultTicketRow>(
    em,
    user,
    { columns: TICKET_COLUMNS, from: TICKET_FROM, idColumn: 'f.id' },
    id,
  );
  return row && withTicketDates([row])[0]!;
}

export interface FaultTicketFilter {
  status?: string | null;
  open?: boolean | null;
  breached?: boolean | null;
  assignee?: string | null;
  branch?: string | null;
  mid?: string | null;
  tid?: string | null;
}

// The urgency order (shared `urgencyKey`): running before stopped (fixed or closed), then the
// deadline of the clock that runs next — response until on site or fixed, then repair; id breaks ties.
const URGENCY_RANK = "case when f.status in ('fixed', 'closed') then 1 else 0 end";
const URGENCY_DUE = `(case
  when f.status in ('fixed', 'closed') or coalesce(f.on_site_at, f.fixed_at) is not null
  then f.repair_due_at else f.response_due_at end)`;

/**
 * A page of fault tickets in the user's scope, most urgent first (or newest first). The SLA clocks (fault policy,
 * ours 4 h response, 24 h repair) count from the report: response stops when an engineer is
 * on site (or fixes it remotely), repair when it is fixed.
 */
export async function listFaultTickets(
  em: EntityManager,
  user: AppUser,
  filter: FaultTicketFilter | null | undefined,
  args: PageArgs,
  order: DeskOrder = 'urgency',
  now = new Date(),
): Promise<Connection<FaultTicketRow> & { totalCount: number }> {
  const req = pageRequest(args, 'faultTickets');
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  if (filter?.status) add('f.status = ?', filter.status);
  if (filter?.open === true) add("f.status not in ('fixed', 'closed')");
  if (filter?.open === false) add("f.status in ('fixed', 'closed')");
  if (filter?.assignee) add('a.login = ?', filter.assignee);
  if (filter?.branch) add('m.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter?.mid) add('m.mid = ?', filter.mid);
  if (filter?.tid) add('t.tid = ?', filter.tid.trim().toUpperCase());
  if (filter?.breached != null) {
    const breached = `(coalesce(f.on_site_at, f.fixed_at, ?::timestamptz) > f.response_due_at
      or coalesce(f.fixed_at, ?::timestamptz) > f.repair_due_at)`;
    add(filter.breached ? breached : `not ${breached}`, now, now);
  }
  const base = `${TICKET_FROM} where ${whereSql(where)}`;
  // Each order has its own cursor shape (three keys or two), so a cursor of one is refused by the
  // other. Newest is by the time reported (a ticket entered late for an old fault sorts by the fault).
  const urgent = order === 'urgency';
  const page = urgent
    ? keysetSql(req, [URGENCY_RANK, URGENCY_DUE, 'f.id'], 'asc', ['bigint', 'timestamptz', 'bigint'])
    : keysetSql(req, ['f.reported_at', 'f.id'], 'desc', ['timestamptz', 'bigint']);
  const keys = urgent
    ? `, ${URGENCY_RANK} as "rankKey", ${exactAt(URGENCY_DUE)} as "dueKey"`
    : `, ${exactAt('f.reported_at')} as "reportedKey"`;
  const [rows, [count]] = await Promise.all([
    em.execute<(FaultTicketRow & { rankKey: number; dueKey: string; reportedKey: string })[]>(
      `select ${TICKET_COLUMNS}${keys} ${base} ${page.where ? `and ${page.where}` : ''} order by ${page.orderBy} limit ?`,
      [...where.params, ...page.params, page.limit],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  return {
    ...connectionFrom(withTicketDates(rows), req, (r) =>
      urgent ? [r.rankKey, r.dueKey, r.id] : [r.reportedKey, r.id],
    ),
    totalCount: count!.n,
  };
}

/** The tickets' event rows, oldest first, for many tickets in one query. */
export async function faultEvents(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, FaultEventRow[]>> {
  const rows = await em.execute<FaultEventRow[]>(
    `select id::text, ticket_id::text as "ticketId", at, actor, from_status as "fromStatus", to_status as "toStatus", note
     from fault_event where ticket_id = any(?::bigint[]) order by ticket_id, fault_event.id`,
    [intArray(ids.map(Number))],
  );
  return byCase(withDates(rows, 'at'), (r) => r.ticketId);
}
