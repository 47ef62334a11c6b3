import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { recordInteraction } from '../interaction/interactions.service.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { AppError, InputCheck, problemError } from '../platform/graphql/errors.ts';
import { type CustomerEventRow, eventById, eventScope } from './event-read.service.ts';

export const EVENT_KINDS = ['seminar', 'training', 'customer_event', 'club'] as const;

export interface EventSegment {
  tier?: string | null;
  branch?: string | null;
  category?: string | null;
  potential?: boolean | null;
}

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
  check.require(input.title?.trim().length > 0 && input.title.length <= 200, 'title', 'text.length', {
    min: 1,
    max: 200,
  });
  check.require(!Number.isNaN(input.startsAt?.getTime()), 'startsAt', 'time.missing');
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
  return (await eventById(em, user, String(row!.id)))!;
}

/**
 * Invites every merchant of the event's segment within the organiser's scope — once: running it
 * again invites only merchants that joined the segment since. Answers how many were invited now.
 * `field` is the argument that named the event (the error of an unknown one names it, not the id).
 */
export async function inviteSegment(
  em: EntityManager,
  user: AppUser,
  eventId: string,
  field = 'event',
): Promise<{ invited: number; alreadyInvited: number }> {
  if (!ORGANISERS.includes(user.role)) throw new AppError('FORBIDDEN', 'Your role may not send invitations');
  const events = eventScope(user);
  const [event] = await em.execute<{ id: number; segment: unknown }[]>(
    `select e.id, e.segment from customer_event e where e.id = ?::bigint and ${whereSql(events)}`,
    [eventId, ...events.params],
  );
  if (!event) throw problemError(field, 'event.notFound');
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
    [...where.params, event.id, user.login],
  );
  return { invited: r!.invited, alreadyInvited: r!.total - r!.invited };
}

/** The merchant's invitation to the event, both in the user's scope; an error on `mid` otherwise. */
async function invitation(em: EntityManager, user: AppUser, eventId: string, mid: string) {
  const scope = scopeWhere(user, eventScope(user));
  const [row] = await em.execute<
    { event_id: number; merchant_id: number; title: string; attended_at: unknown }[]
  >(
    `select i.event_id, i.merchant_id, e.title, i.attended_at from event_invitation i
     join merchant m on m.id = i.merchant_id join customer_event e on e.id = i.event_id
     where i.event_id = ?::bigint and m.mid = ? and ${whereSql(scope)}`,
    [eventId, mid, ...scope.params],
  );
  // The message names no event id: one of another branch answers as one that does not exist.
  if (!row) throw problemError('mid', 'event.notInvited', { mid });
  return row;
}

export async function respond(em: EntityManager, user: AppUser, eventId: string, mid: string, rsvp: string) {
  if (rsvp !== 'yes' && rsvp !== 'no')
    throw new AppError('BAD_USER_INPUT', 'rsvp: yes or no', { field: 'rsvp' });
  const inv = await invitation(em, user, eventId, mid);
  await em.execute('update event_invitation set rsvp = ? where event_id = ? and merchant_id = ?', [
    rsvp,
    inv.event_id,
    inv.merchant_id,
  ]);
  return true;
}

/** Attendance is recorded as a training/seminar interaction on the merchant's timeline (once). */
export async function recordAttendance(em: EntityManager, user: AppUser, eventId: string, mid: string) {
  const inv = await invitation(em, user, eventId, mid);
  if (inv.attended_at) throw problemError('mid', 'event.attendanceRecorded');
  const interaction = await recordInteraction(em, user, {
    mid,
    kind: 'training',
    outcome: 'reached',
    // A note says what the contact was: the event, named (a one-character title alone is too
    // short for the interaction rule).
    notes: `参加活动：${inv.title}`,
  });
  await em.execute(
    `update event_invitation set attended_at = now(), rsvp = 'yes', interaction_id = ? where event_id = ? and merchant_id = ?`,
    [interaction.id, inv.event_id, inv.merchant_id],
  );
  return interaction.id;
}
