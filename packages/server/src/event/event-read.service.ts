import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { exactAt, type PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';

// The reads of customer events: one scope (eventScope) for the list, an event by id, its
// invitations and node(id). Event ids reach the SQL as `?::bigint`: an id argument may hold any
// number of up to 18 digits, and one past the int range must find nothing, not fail.

export interface CustomerEventRow {
  id: number;
  kind: string;
  title: string;
  startsAt: Date;
  location: string | null;
  segment: string;
  createdBy: string;
  invited: number;
  accepted: number;
  attended: number;
}

const EVENT_COLUMNS = `e.id, e.kind, e.title, e.starts_at as "startsAt", e.location, e.segment::text as segment,
  e.created_by as "createdBy",
  (select count(*)::int from event_invitation i where i.event_id = e.id) as invited,
  (select count(*)::int from event_invitation i where i.event_id = e.id and i.rsvp = 'yes') as accepted,
  (select count(*)::int from event_invitation i where i.event_id = e.id and i.attended_at is not null) as attended`;

/**
 * The events a user may see, over alias `e`: administrators and analysts every event; everyone
 * else the company-wide ones (organised by an administrator, no branch) and their own branch's.
 * The list, an event by id and its invitations all start here.
 */
export function eventScope(user: AppUser): SqlWhere {
  if (user.role === 'admin' || user.role === 'analyst') return { sql: [], params: [] };
  return { sql: ['e.branch_id is null or e.branch_id = ?'], params: [user.branch?.id ?? -1] };
}

/** An event by row id if the user may see it; null exactly as if it did not exist. */
export async function eventById(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<CustomerEventRow | null> {
  const scope = eventScope(user);
  const rows = await em.execute<CustomerEventRow[]>(
    `select ${EVENT_COLUMNS} from customer_event e where e.id = ?::bigint and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withDates(rows, 'startsAt')[0] ?? null;
}

/** The deprecated plain list: the newest 200 (customerEventsConnection pages all of them). */
export async function listEvents(em: EntityManager, user: AppUser): Promise<CustomerEventRow[]> {
  const scope = eventScope(user);
  const rows = await em.execute<CustomerEventRow[]>(
    `select ${EVENT_COLUMNS} from customer_event e where ${whereSql(scope)} order by e.starts_at desc limit 200`,
    scope.params,
  );
  return withDates(rows, 'startsAt');
}

/** The events in the user's scope, a page at a time: latest start first, then the newest id. */
export async function eventsPage(em: EntityManager, user: AppUser, args: PageArgs) {
  const req = pageRequest(args, 'customerEvents');
  const page = await pageOfSql<CustomerEventRow & { startsKey: string }>(
    em,
    {
      select: `${EVENT_COLUMNS}, ${exactAt('e.starts_at')} as "startsKey"`,
      from: 'customer_event e',
      where: eventScope(user),
      orderBy: ['e.starts_at', 'e.id'],
      direction: 'desc',
      types: ['timestamptz', 'bigint'],
      keys: (r) => [r.startsKey, r.id],
      dates: ['startsAt'],
    },
    req,
  );
  return page;
}

export interface InvitationRow {
  eventId: number;
  mid: string;
  name: string;
  rsvp: string;
  invitedAt: Date;
  attendedAt: Date | null;
}

const INVITATION_COLUMNS = `i.event_id as "eventId", m.mid, m.name, i.rsvp, i.invited_at as "invitedAt",
  i.attended_at as "attendedAt"`;
const INVITATION_DATES = ['invitedAt', 'attendedAt'] as const;
const INVITATION_FROM = `event_invitation i join merchant m on m.id = i.merchant_id
  join customer_event e on e.id = i.event_id`;

/** An event's invitations the user may see: the event in their scope, and the merchant too. */
function invitationScope(user: AppUser, eventId: string | number): SqlWhere {
  const where = scopeWhere(user, eventScope(user));
  where.sql.push('i.event_id = ?::bigint');
  where.params.push(String(eventId));
  return where;
}

/** The deprecated plain list: the first 500 by MID (invitationsConnection pages all of them). */
export async function invitationsOf(
  em: EntityManager,
  user: AppUser,
  eventId: number,
): Promise<InvitationRow[]> {
  const scope = invitationScope(user, eventId);
  const rows = await em.execute<InvitationRow[]>(
    `select ${INVITATION_COLUMNS} from ${INVITATION_FROM} where ${whereSql(scope)} order by m.mid limit 500`,
    scope.params,
  );
  return withDates(rows, ...INVITATION_DATES);
}

/** An event's invitations in the user's scope, a page at a time, by MID (one per merchant). */
export async function invitationsPage(em: EntityManager, user: AppUser, eventId: number, args: PageArgs) {
  const req = pageRequest(args, 'eventInvitations');
  const page = await pageOfSql<InvitationRow>(
    em,
    {
      select: INVITATION_COLUMNS,
      from: INVITATION_FROM,
      where: invitationScope(user, eventId),
      orderBy: ['m.mid'],
      direction: 'asc',
      types: ['text'],
      keys: (r) => [r.mid],
      dates: INVITATION_DATES,
    },
    req,
  );
  return page;
}

/** The key of an invitation's global id: the event's row id and the MID. */
export const invitationKey = (r: { eventId: number; mid: string }) => `${r.eventId}_${r.mid}`;

/** An invitation by its global id's key, as node(id) fetches it; null outside the user's scope. */
export async function invitationByKey(
  em: EntityManager,
  user: AppUser,
  key: string,
): Promise<InvitationRow | null> {
  const m = /^(\d{1,18})_(\d{15})$/.exec(key);
  if (!m) return null;
  const scope = invitationScope(user, m[1]!);
  const rows = await em.execute<InvitationRow[]>(
    `select ${INVITATION_COLUMNS} from ${INVITATION_FROM} where ${whereSql(scope)} and m.mid = ?`,
    [...scope.params, m[2]!],
  );
  return withDates(rows, 'invitedAt', 'attendedAt')[0] ?? null;
}
