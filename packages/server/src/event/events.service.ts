import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { recordInteraction } from '../interaction/interactions.service.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';

export const EVENT_KINDS = ['seminar', 'training', 'customer_event', 'club'] as const;

export interface EventSegment {
  tier?: string | null;
  branch?: string | null;
  category?: string | null;
  potential?: boolean | null;
}

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

const ORGANISERS = ['admin', 'branch_manager'];

/**
 * A seminar, training or customer event (专题讲座, 研讨会) for a segment; the key-customer club is
 * the event kind `club` with the segment tier KEY. A branch manager's events are the branch's.
 */
export async function createEvent(
  em: EntityManager,
  user: AppUser,
  input: {
    kind: string;
    title: string;
    startsAt: Date;
    location?: string | null;
    segment?: EventSegment | null;
  },
): Promise<CustomerEventRow> {
  if (!ORGANISERS.includes(user.role)) throw new AppError('FORBIDDEN', 'Your role may not organise events');
  const check = new InputCheck();
  check.check(EVENT_KINDS.includes(input.kind as never), 'kind', `one of ${EVENT_KINDS.join(', ')}`);
  check.check(input.title?.trim().length > 0 && input.title.length <= 200, 'title', '1 to 200 characters');
  check.check(!Number.isNaN(input.startsAt?.getTime()), 'startsAt', 'a time');
  const segment = { ...(input.segment ?? {}) };
  if (input.kind === 'club') segment.tier = 'KEY';
  check.throwIfAny();
  const [row] = await em.execute<{ id: number }[]>(
    `insert into customer_event (kind, title, starts_at, location, segment, branch_id, created_by)
     values (?, ?, ?, ?, ?::jsonb, ?, ?) returning id`,
    [
      input.kind,
      input.title.trim(),
      input.startsAt,
      input.location ?? null,
      JSON.stringify(segment),
      user.role === 'admin' ? null : (user.branch?.id ?? null),
      user.login,
    ],
  );
  return (await eventById(em, user, row!.id))!;
}

/**
 * The events a user may see, over alias `e`: administrators and analysts every event; everyone
 * else the company-wide ones (organised by an administrator, no branch) and their own branch's.
 * The list, an event by id and its invitations all start here.
 */
export function eventScope(user: AppUser): SqlWhere {
  if (user.role === 'admin' || user.role === 'analyst') return { sql: [], params: [] };
  return { sql: ['e.branch_id is null or e.branch_id = ?'], params: [user.branch?.id ?? -1] };
}

/** An event by id if the user may see it; null exactly as if it did not exist. */
export async function eventById(
  em: EntityManager,
  user: AppUser,
  id: number,
): Promise<CustomerEventRow | null> {
  const scope = eventScope(user);
  const rows = await em.execute<CustomerEventRow[]>(
    `select ${EVENT_COLUMNS} from customer_event e where e.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withDates(rows, 'startsAt')[0] ?? null;
}

export async function listEvents(em: EntityManager, user: AppUser): Promise<CustomerEventRow[]> {
  const scope = eventScope(user);
  const rows = await em.execute<CustomerEventRow[]>(
    `select ${EVENT_COLUMNS} from customer_event e where ${whereSql(scope)} order by e.starts_at desc limit 200`,
    scope.params,
  );
  return withDates(rows, 'startsAt');
}

/**
 * Invites every merchant of the event's segment within the organiser's scope — once: running it
 * again invites only merchants that joined the segment since. Answers how many were invited now.
 */
export async function inviteSegment(
  em: EntityManager,
  user: AppUser,
  eventId: number,
): Promise<{ invited: number; alreadyInvited: number }> {
  if (!ORGANISERS.includes(user.role)) throw new AppError('FORBIDDEN', 'Your role may not send invitations');
  const events = eventScope(user);
  const [event] = await em.execute<{ segment: unknown }[]>(
    `select e.segment from customer_event e where e.id = ? and ${whereSql(events)}`,
    [eventId, ...events.params],
  );
  if (!event) throw new AppError('NOT_FOUND', `eventId: no event ${eventId}`, { field: 'eventId' });
  const seg = (typeof event.segment === 'string' ? JSON.parse(event.segment) : event.segment) as EventSegment;
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  add("m.status in ('active', 'onboarding')");
  if (seg.tier) add('mc.tier = ?', seg.tier);
  if (seg.potential != null) add('coalesce(mc.potential, false) = ?', seg.potential);
  if (seg.branch) add('m.branch_id in (select id from branch where name = ?)', seg.branch);
  if (seg.category) add('m.category_code = ?', seg.category);
  const [r] = await em.execute<{ invited: number; total: number }[]>(
    `with seg as (select m.id from merchant m left join merchant_cadence mc on mc.merchant_id = m.id where ${whereSql(where)}),
     ins as (insert into event_invitation (event_id, merchant_id, invited_by)
             select ?, id, ? from seg on conflict (event_id, merchant_id) do nothing returning 1)
     select (select count(*)::int from ins) as invited, (select count(*)::int from seg) as total`,
    [...where.params, eventId, user.login],
  );
  return { invited: r!.invited, alreadyInvited: r!.total - r!.invited };
}

async function invitation(em: EntityManager, user: AppUser, eventId: number, mid: string) {
  const scope = scopeWhere(user, eventScope(user));
  const [row] = await em.execute<{ merchant_id: number; title: string; attended_at: unknown }[]>(
    `select i.merchant_id, e.title, i.attended_at from event_invitation i join merchant m on m.id = i.merchant_id
     join customer_event e on e.id = i.event_id where i.event_id = ? and m.mid = ? and ${whereSql(scope)}`,
    [eventId, mid, ...scope.params],
  );
  if (!row)
    throw new AppError('NOT_FOUND', `mid: ${mid} was not invited to event ${eventId}`, { field: 'mid' });
  return row;
}

export async function respond(em: EntityManager, user: AppUser, eventId: number, mid: string, rsvp: string) {
  if (rsvp !== 'yes' && rsvp !== 'no')
    throw new AppError('BAD_USER_INPUT', 'rsvp: yes or no', { field: 'rsvp' });
  await invitation(em, user, eventId, mid);
  await em.execute(
    `update event_invitation set rsvp = ? where event_id = ? and merchant_id = (select id from merchant where mid = ?)`,
    [rsvp, eventId, mid],
  );
  return true;
}

/** Attendance is recorded as a training/seminar interaction on the merchant's timeline (once). */
export async function recordAttendance(em: EntityManager, user: AppUser, eventId: number, mid: string) {
  const inv = await invitation(em, user, eventId, mid);
  if (inv.attended_at) throw new AppError('CONFLICT', `mid: attendance at event ${eventId} already recorded`);
  const interaction = await recordInteraction(em, user, {
    mid,
    kind: 'training',
    outcome: 'reached',
    notes: inv.title,
  });
  await em.execute(
    `update event_invitation set attended_at = now(), rsvp = 'yes', interaction_id = ? where event_id = ? and merchant_id = ?`,
    [interaction.id, eventId, inv.merchant_id],
  );
  return interaction.id;
}

export interface InvitationRow {
  mid: string;
  name: string;
  rsvp: string;
  invitedAt: Date;
  attendedAt: Date | null;
}

/** An event's invitations in the caller's scope (the event's and the merchants'), by MID. */
export async function invitationsOf(
  em: EntityManager,
  user: AppUser,
  eventId: number,
): Promise<InvitationRow[]> {
  const scope = scopeWhere(user, eventScope(user));
  const rows = await em.execute<InvitationRow[]>(
    `select m.mid, m.name, i.rsvp, i.invited_at as "invitedAt", i.attended_at as "attendedAt"
     from event_invitation i join merchant m on m.id = i.merchant_id join customer_event e on e.id = i.event_id
     where i.event_id = ? and ${whereSql(scope)} order by m.mid limit 500`,
    [eventId, ...scope.params],
  );
  return withDates(rows, 'invitedAt', 'attendedAt');
}
