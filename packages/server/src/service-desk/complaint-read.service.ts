import { isValidDate } from '@cornerstone/shared/period/period';
import type { ComplaintStatus, DeskOrder } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type Connection, type PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import {
  addWhere,
  caseEvents,
  caseInScope,
  type DeskCaseSql,
  type DeskFilter,
  deskPage,
  deskWhere,
} from './desk-read.ts';

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

const COMPLAINT_DATES = [
  'receivedAt',
  'responseDueAt',
  'resolutionDueAt',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'escalatedAt',
] as const;

// The clocks are those of the complaint or feedback SLA policy in force when it was received, stored
// on the complaint; response stops at the first response, resolution when it is resolved.
const COMPLAINT_SQL: DeskCaseSql<ComplaintRow> = {
  columns: `c.id::text, c.merchant_id as "merchantId", c.kind, c.channel, c.category, c.summary, c.status,
  c.received_at as "receivedAt", c.opened_by as "openedBy", a.login as "assigneeLogin", a.display_name as "assigneeName",
  c.response_due_at as "responseDueAt", c.resolution_due_at as "resolutionDueAt", c.first_response_at as "firstResponseAt",
  c.resolved_at as "resolvedAt", c.closed_at as "closedAt", c.resolution, c.satisfaction,
  c.escalation_level as "escalationLevel", c.escalated_at as "escalatedAt"`,
  from: 'complaint c join merchant m on m.id = c.merchant_id left join app_user a on a.id = c.assignee_id',
  id: 'c.id',
  status: 'c.status',
  stopped: "('resolved', 'closed')",
  start: 'c.received_at',
  nextDue: `(case when c.status in ('resolved', 'closed') or c.first_response_at is not null
  then c.resolution_due_at else c.response_due_at end)`,
  breached: `(coalesce(c.first_response_at, ?::timestamptz) > c.response_due_at
  or coalesce(c.resolved_at, ?::timestamptz) > c.resolution_due_at)`,
  dates: COMPLAINT_DATES,
};

/** Operations staff look after terminals; complaints are the account managers' and branches' work. */
export function assertComplaintReader(user: AppUser) {
  requirePermission(user, 'readComplaints');
}

/** A complaint by id if the user may see its merchant; null exactly as if it did not exist. */
export const complaintById = (em: EntityManager, user: AppUser, id: string) =>
  caseInScope<ComplaintRow>(em, user, COMPLAINT_SQL, id);

export interface ComplaintFilter extends DeskFilter {
  kind?: string | null;
  category?: string | null;
  escalated?: boolean | null;
  manager?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
}

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
  const where = deskWhere(user, COMPLAINT_SQL, filter, now);
  if (filter?.kind) addWhere(where, 'c.kind = ?', filter.kind);
  if (filter?.category) addWhere(where, 'c.category = ?', filter.category);
  if (filter?.escalated != null)
    addWhere(where, filter.escalated ? 'c.escalation_level > 0' : 'c.escalation_level = 0');
  if (filter?.manager)
    addWhere(where, 'm.manager_id in (select id from app_user where login = ?)', filter.manager);
  if (filter?.receivedFrom)
    addWhere(
      where,
      "c.received_at >= (?::date)::timestamp at time zone 'Asia/Shanghai'",
      filter.receivedFrom,
    );
  if (filter?.receivedTo)
    addWhere(
      where,
      "c.received_at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'",
      filter.receivedTo,
    );
  return deskPage(em, COMPLAINT_SQL, where, req, order);
}

/** The complaints' event rows, oldest first, for many complaints in one query. */
export const complaintEvents = (em: EntityManager, ids: readonly string[]) =>
  caseEvents<'complaintId', ComplaintEventRow>(
    em,
    { table: 'complaint_event', caseColumn: 'complaint_id', caseKey: 'complaintId', extra: 'action' },
    ids,
  );
