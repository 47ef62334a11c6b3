import type { DeskOrder, FaultStatus } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppUser } from '../identity/user.entity.ts';
import { type Connection, type PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import {
  addWhere,
  caseEvents,
  caseInScope,
  type DeskCaseSql,
  type DeskFilter,
  deskPage,
  deskWhere,
} from './desk-read.ts';

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

const TICKET_DATES = [
  'reportedAt',
  'assignedAt',
  'onSiteAt',
  'fixedAt',
  'closedAt',
  'responseDueAt',
  'repairDueAt',
] as const;

// The clocks are those of the fault SLA policy in force when the ticket was reported (ours: 4 h
// response, 24 h repair), stored on the ticket (migration Migration20261209120000_fault_clocks).
// Response stops when an engineer is on site (or fixes it remotely), repair when it is fixed.
const TICKET_SQL: DeskCaseSql<FaultTicketRow> = {
  columns: `f.id::text, f.terminal_id as "terminalId", t.tid, f.merchant_id as "merchantId", f.description,
  f.status, f.reported_at as "reportedAt", f.opened_by as "openedBy", a.login as "assigneeLogin",
  a.display_name as "assigneeName", f.assigned_at as "assignedAt", f.on_site_at as "onSiteAt",
  f.fixed_at as "fixedAt", f.closed_at as "closedAt", f.resolution,
  f.response_due_at as "responseDueAt", f.repair_due_at as "repairDueAt"`,
  from: `fault_ticket f join terminal t on t.id = f.terminal_id join merchant m on m.id = f.merchant_id
  left join app_user a on a.id = f.assignee_id`,
  id: 'f.id',
  status: 'f.status',
  stopped: "('fixed', 'closed')",
  // Newest is by the time reported (a ticket entered late for an old fault sorts by the fault).
  start: 'f.reported_at',
  nextDue: `(case
  when f.status in ('fixed', 'closed') or coalesce(f.on_site_at, f.fixed_at) is not null
  then f.repair_due_at else f.response_due_at end)`,
  breached: `(coalesce(f.on_site_at, f.fixed_at, ?::timestamptz) > f.response_due_at
      or coalesce(f.fixed_at, ?::timestamptz) > f.repair_due_at)`,
  dates: TICKET_DATES,
};

/** A fault ticket by id if the user may see its merchant; null exactly as if it did not exist. */
export const faultTicketById = (em: EntityManager, user: AppUser, id: string) =>
  caseInScope<FaultTicketRow>(em, user, TICKET_SQL, id);

export interface FaultTicketFilter extends DeskFilter {
  tid?: string | null;
}

/** A page of fault tickets in the user's scope, most urgent first (or newest first). */
export async function listFaultTickets(
  em: EntityManager,
  user: AppUser,
  filter: FaultTicketFilter | null | undefined,
  args: PageArgs,
  order: DeskOrder = 'urgency',
  now = new Date(),
): Promise<Connection<FaultTicketRow> & { totalCount: number }> {
  const req = pageRequest(args, 'faultTickets');
  const where = deskWhere(user, TICKET_SQL, filter, now);
  if (filter?.tid) addWhere(where, 't.tid = ?', filter.tid.trim().toUpperCase());
  return deskPage(em, TICKET_SQL, where, req, order);
}

/** The tickets' event rows, oldest first, for many tickets in one query. */
export const faultEvents = (em: EntityManager, ids: readonly string[]) =>
  caseEvents<'ticketId', FaultEventRow>(
    em,
    { table: 'fault_event', caseColumn: 'ticket_id', caseKey: 'ticketId' },
    ids,
  );
