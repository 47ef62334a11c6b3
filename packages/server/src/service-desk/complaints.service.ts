import { PERMISSIONS } from '@cornerstone/shared/roles/permissions';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  type ComplaintAction,
  type ComplaintStatus,
  complaintMove,
  dueAt,
  ESCALATION_TARGETS,
  escalationLevel,
} from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { withDates } from '../platform/db/values.ts';
import { emitEvents } from '../platform/events/outbox.ts';
import { InputCheck, problemError } from '../platform/graphql/errors.ts';
import { type ComplaintRow, complaintById } from './complaint-read.service.ts';
import { findAssignee } from './desk-staff.service.ts';
import { slaFor } from './sla.service.ts';

const MAX_TEXT = 2000;
const textTooLong = (s: string | null | undefined) => s != null && [...s].length > MAX_TEXT;

export interface OpenComplaintInput {
  mid: string;
  kind: string;
  channel: string;
  category: string;
  summary: string;
  receivedAt?: Date | null;
  assignee?: string | null;
}

/** Opens a complaint or feedback with its SLA deadlines counted from when it was received. */
export async function openComplaint(
  em: EntityManager,
  user: AppUser,
  input: OpenComplaintInput,
  now = new Date(),
): Promise<ComplaintRow> {
  requirePermission(user, 'handleComplaint');
  const check = new InputCheck();
  const merchant = await findMerchant(em, user, input.mid);
  check.require(merchant !== null, 'mid', 'merchant.notFound', { mid: input.mid });
  check.check(COMPLAINT_KINDS.includes(input.kind as never), 'kind', `one of ${COMPLAINT_KINDS.join(', ')}`);
  check.check(
    COMPLAINT_CHANNELS.includes(input.channel as never),
    'channel',
    `one of ${COMPLAINT_CHANNELS.join(', ')}`,
  );
  check.check(
    COMPLAINT_CATEGORIES.includes(input.category as never),
    'category',
    `one of ${COMPLAINT_CATEGORIES.join(', ')}`,
  );
  const summary = input.summary?.trim() ?? '';
  check.require(summary.length > 0, 'summary', 'complaint.summaryMissing');
  check.require(!textTooLong(summary), 'summary', 'text.tooLong', { max: MAX_TEXT });
  const received = input.receivedAt ?? now;
  if (Number.isNaN(received.getTime())) check.problem('receivedAt', 'time.invalid');
  else if (received.getTime() > now.getTime() + 5 * 60_000) check.problem('receivedAt', 'time.future');
  else if (received.getTime() < now.getTime() - 30 * 86_400_000)
    check.problem('receivedAt', 'time.olderThanDays', { days: 30 });
  let assigneeId: number | null = merchant?.manager?.id ?? null;
  if (input.assignee && merchant) {
    const a = await findAssignee(
      em,
      input.assignee,
      merchant.branch?.id ?? null,
      PERMISSIONS.handleComplaint,
    );
    if (a) assigneeId = a.id;
    else
      check.add('assignee', `no colleague ${input.assignee} in the merchant's branch who handles complaints`);
  }
  check.throwIfAny();
  const sla = await slaFor(em, input.kind as 'complaint' | 'feedback');
  const id = await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [row] = await t.execute<{ id: string }[]>(
      `insert into complaint (merchant_id, kind, channel, category, summary, received_at, opened_by, assignee_id,
         response_due_at, resolution_due_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id::text`,
      [
        merchant!.id,
        input.kind,
        input.channel,
        input.category,
        summary,
        received,
        user.login,
        assigneeId,
        dueAt(received, sla.responseHours),
        dueAt(received, sla.resolutionHours),
      ],
    );
    await t.execute(
      `insert into complaint_event (complaint_id, at, actor, action, to_status, note) values (?, ?, ?, 'opened', 'open', ?)`,
      [row!.id, now, user.login, `${input.kind} via ${input.channel}`],
    );
    return row!.id;
  });
  return (await complaintById(em, user, id))!;
}

export interface ComplaintActionInput {
  action: ComplaintAction;
  note?: string | null;
  resolution?: string | null;
  satisfaction?: number | null;
}

/**
 * Moves a complaint through its lifecycle: a first response stops the response clock, resolving
 * stops both, closing records the merchant's satisfaction (1–5). Each step is an event row.
 */
export async function actOnComplaint(
  em: EntityManager,
  user: AppUser,
  id: string,
  input: ComplaintActionInput,
  now = new Date(),
): Promise<ComplaintRow> {
  requirePermission(user, 'handleComplaint');
  const current = await complaintById(em, user, id);
  if (!current) throw problemError('id', 'complaint.notFound');
  const check = new InputCheck();
  const move = complaintMove(current.status, input.action);
  if (!move.ok) check.add('action', move.reason);
  check.require(!textTooLong(input.note), 'note', 'text.tooLong', { max: MAX_TEXT });
  const resolution = input.resolution?.trim() || null;
  if (input.action === 'resolve') {
    check.require(resolution !== null, 'resolution', 'complaint.resolutionMissing');
    check.require(!textTooLong(resolution), 'resolution', 'text.tooLong', { max: MAX_TEXT });
  }
  if (input.action === 'close')
    check.require(
      Number.isInteger(input.satisfaction) && input.satisfaction! >= 1 && input.satisfaction! <= 5,
      'satisfaction',
      'complaint.satisfactionRange',
    );
  check.throwIfAny();
  const to = (move as { to: ComplaintStatus }).to;
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const sets = ['status = ?'];
    const params: unknown[] = [to];
    if (input.action === 'respond' || input.action === 'resolve')
      sets.push('first_response_at = coalesce(first_response_at, ?)');
    if (input.action === 'respond' || input.action === 'resolve') params.push(now);
    if (input.action === 'resolve') {
      sets.push('resolved_at = ?', 'resolution = ?');
      params.push(now, resolution);
    }
    if (input.action === 'reopen') sets.push('resolved_at = null');
    if (input.action === 'close') {
      sets.push('closed_at = ?', 'satisfaction = ?');
      params.push(now, input.satisfaction);
    }
    // The status in the condition makes two racing clicks one step, not two.
    const res = await t.execute<{ id: string }[]>(
      `update complaint set ${sets.join(', ')} where id = ? and status = ? returning id::text`,
      [...params, id, current.status],
    );
    if (!res.length) throw problemError('id', 'complaint.changed', { id });
    await t.execute(
      `insert into complaint_event (complaint_id, at, actor, action, from_status, to_status, note)
       values (?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        now,
        user.login,
        input.action,
        current.status,
        to,
        input.action === 'close'
          ? `satisfaction ${input.satisfaction}${input.note ? ` · ${input.note}` : ''}`
          : (input.note ?? resolution),
      ],
    );
  });
  return (await complaintById(em, user, id))!;
}

/** Hands a complaint to a colleague of the merchant's branch. */
export async function assignComplaint(
  em: EntityManager,
  user: AppUser,
  id: string,
  assignee: string,
  now = new Date(),
): Promise<ComplaintRow> {
  requirePermission(user, 'handleComplaint');
  const current = await complaintById(em, user, id);
  if (!current) throw problemError('id', 'complaint.notFound');
  const check = new InputCheck();
  check.check(current.status !== 'closed', 'id', 'a closed complaint cannot be re-assigned');
  const [m] = await em.execute<{ branch_id: number | null }[]>(
    'select branch_id from merchant where id = ?',
    [current.merchantId],
  );
  const a = await findAssignee(em, assignee, m?.branch_id ?? null, PERMISSIONS.handleComplaint);
  check.check(
    a !== null,
    'assignee',
    `no colleague ${assignee} in the merchant's branch who handles complaints`,
  );
  check.throwIfAny();
  await em.transactional(async (tx) => {
    await tx.execute('update complaint set assignee_id = ? where id = ?', [a!.id, id]);
    await tx.execute(
      `insert into complaint_event (complaint_id, at, actor, action, from_status, to_status, note)
       values (?, ?, ?, 'assigned', ?, ?, ?)`,
      [id, now, user.login, current.status, current.status, `to ${a!.login}`],
    );
  });
  return (await complaintById(em, user, id))!;
}

/**
 * Escalates every complaint whose SLA is breached to the level it has reached (shared rule
 * `escalationLevel`): level 1 to the branch's managers, level 2 to head office. Idempotent: a
 * complaint is escalated to a level once, however often this runs. Returns what it escalated.
 */
export async function escalateBreached(
  em: EntityManager,
  now = new Date(),
): Promise<{ escalated: number; ids: string[] }> {
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const candidates = withDates(
      await t.execute<
        {
          id: string;
          status: string;
          level: number;
          responseDueAt: Date;
          resolutionDueAt: Date;
          firstResponseAt: Date | null;
          resolvedAt: Date | null;
          managers: string | null;
          mid: string;
        }[]
      >(
        `select c.id::text, c.status, c.escalation_level as level, c.response_due_at as "responseDueAt",
                c.resolution_due_at as "resolutionDueAt", c.first_response_at as "firstResponseAt", c.resolved_at as "resolvedAt",
                (select string_agg(u.login, ', ' order by u.login) from app_user u
                  where u.role = 'branch_manager' and u.active and u.branch_id = m.branch_id) as managers, m.mid
         from complaint c join merchant m on m.id = c.merchant_id
         where c.status in ('open', 'in_progress') and c.escalation_level < 2
           and (c.resolution_due_at < ? or (c.first_response_at is null and c.response_due_at < ?))
         for update of c`,
        [now, now],
      ),
      'responseDueAt',
      'resolutionDueAt',
      'firstResponseAt',
      'resolvedAt',
    );
    const ups = candidates.map((c) => ({ ...c, to: escalationLevel(c, now) })).filter((c) => c.to > c.level);
    if (!ups.length) return { escalated: 0, ids: [] };
    const json = JSON.stringify(
      ups.map((c) => ({
        id: c.id,
        level: c.to,
        note:
          c.to === 1
            ? `level 1: no first response by the deadline → ${ESCALATION_TARGETS[1]} ${c.managers ?? '(none on file)'}`
            : `level 2: not resolved by the deadline → ${ESCALATION_TARGETS[2]}`,
      })),
    );
    const ESCALATIONS = 'jsonb_to_recordset(?::jsonb) as u(id bigint, level int, note text)';
    await t.execute(
      `update complaint c set escalation_level = u.level, escalated_at = ? from ${ESCALATIONS} where c.id = u.id`,
      [now, json],
    );
    await t.execute(
      `insert into complaint_event (complaint_id, at, actor, action, from_status, to_status, note)
       select u.id, ?, 'system', 'escalated', c.status, c.status, u.note
       from ${ESCALATIONS} join complaint c on c.id = u.id`,
      [now, json],
    );
    await emitEvents(
      t,
      'complaint.sla_breached',
      ups.map((c) => ({
        complaintId: c.id,
        mid: c.mid,
        status: c.status,
        escalationLevel: c.to,
        breached: c.to === 1 ? 'response' : 'resolution',
        responseDueAt: c.responseDueAt.toISOString(),
        resolutionDueAt: c.resolutionDueAt.toISOString(),
      })),
    );
    return { escalated: ups.length, ids: ups.map((c) => c.id) };
  });
}
