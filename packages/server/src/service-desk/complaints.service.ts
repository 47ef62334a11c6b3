import { isValidDate } from '@cornerstone/shared/period/period';
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
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { emitEvents } from '../platform/events/outbox.ts';
import { MAX_PAGE } from '../platform/graphql/connection.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { intArray } from '../settlement/profit.service.ts';
import { slaFor } from './sla.service.ts';

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

const withComplaintDates = (rows: ComplaintRow[]) =>
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

const MAX_TEXT = 2000;
const textTooLong = (s: string | null | undefined) => s != null && [...s].length > MAX_TEXT;

/** Operations staff look after terminals; complaints are the account managers' and branches' work. */
export function assertComplaintReader(user: AppUser) {
  if (user.role === 'operations') throw new AppError('FORBIDDEN', 'Your role may not handle complaints');
}
function assertComplaintWriter(user: AppUser) {
  assertComplaintReader(user);
  if (user.role === 'analyst') throw new AppError('FORBIDDEN', 'Your role may not change complaints');
}

/**
 * An active colleague who may take a case of a merchant in `branchId` (administrators may pick
 * anyone active); null when there is none.
 */
export async function findAssignee(
  em: EntityManager,
  login: string,
  branchId: number | null,
  roles: readonly string[],
): Promise<{ id: number; login: string } | null> {
  const [u] = await em.execute<{ id: number; login: string; branch_id: number | null; role: string }[]>(
    'select id, login, branch_id, role from app_user where login = ? and active',
    [login],
  );
  if (!u || !roles.includes(u.role)) return null;
  if (u.role !== 'admin' && u.branch_id !== branchId) return null;
  return u;
}

export interface OpenComplaintInput {
  mid: string;
  kind: string;
  channel: string;
  category: string;
  summary: string;
  receivedAt?: Date | null;
  assignee?: string | null;
}

const HANDLERS = ['admin', 'branch_manager', 'account_manager'] as const;

/** Opens a complaint or feedback with its SLA deadlines counted from when it was received. */
export async function openComplaint(
  em: EntityManager,
  user: AppUser,
  input: OpenComplaintInput,
  now = new Date(),
): Promise<ComplaintRow> {
  assertComplaintWriter(user);
  const check = new InputCheck();
  const merchant = await findMerchant(em, user, input.mid);
  check.check(merchant !== null, 'mid', `no merchant ${input.mid}`);
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
  check.check(summary.length > 0, 'summary', 'say what the merchant reported');
  check.check(!textTooLong(summary), 'summary', `at most ${MAX_TEXT} characters`);
  const received = input.receivedAt ?? now;
  if (Number.isNaN(received.getTime())) check.add('receivedAt', 'not a time');
  else if (received.getTime() > now.getTime() + 5 * 60_000)
    check.add('receivedAt', 'cannot be in the future');
  else if (received.getTime() < now.getTime() - 30 * 86_400_000)
    check.add('receivedAt', 'more than 30 days ago');
  let assigneeId: number | null = merchant?.manager?.id ?? null;
  if (input.assignee && merchant) {
    const a = await findAssignee(em, input.assignee, merchant.branch?.id ?? null, HANDLERS);
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

/** A complaint by id if the user may see its merchant; null exactly as if it did not exist. */
export async function complaintById(
  em: EntityManager,
  user: AppUser,
  id: string,
): Promise<ComplaintRow | null> {
  if (!/^\d{1,18}$/.test(id)) return null;
  const scope = scopeWhere(user);
  const rows = await em.execute<ComplaintRow[]>(
    `select ${COLUMNS} ${FROM} where c.id = ? and ${whereSql(scope)}`,
    [id, ...scope.params],
  );
  return withComplaintDates(rows)[0] ?? null;
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
  assertComplaintWriter(user);
  const current = await complaintById(em, user, id);
  if (!current) throw new AppError('NOT_FOUND', `id: no complaint ${id}`, { field: 'id' });
  const check = new InputCheck();
  const move = complaintMove(current.status, input.action);
  if (!move.ok) check.add('action', move.reason);
  check.check(!textTooLong(input.note), 'note', `at most ${MAX_TEXT} characters`);
  const resolution = input.resolution?.trim() || null;
  if (input.action === 'resolve') {
    check.check(resolution !== null, 'resolution', 'say how it was resolved');
    check.check(!textTooLong(resolution), 'resolution', `at most ${MAX_TEXT} characters`);
  }
  if (input.action === 'close')
    check.check(
      Number.isInteger(input.satisfaction) && input.satisfaction! >= 1 && input.satisfaction! <= 5,
      'satisfaction',
      'the merchant’s satisfaction, 1 to 5',
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
    if (!res.length)
      throw new AppError('CONFLICT', `id: complaint ${id} changed meanwhile; reload it`, { field: 'id' });
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
  assertComplaintWriter(user);
  const current = await complaintById(em, user, id);
  if (!current) throw new AppError('NOT_FOUND', `id: no complaint ${id}`, { field: 'id' });
  const check = new InputCheck();
  check.check(current.status !== 'closed', 'id', 'a closed complaint cannot be re-assigned');
  const [m] = await em.execute<{ branch_id: number | null }[]>(
    'select branch_id from merchant where id = ?',
    [current.merchantId],
  );
  const a = await findAssignee(em, assignee, m?.branch_id ?? null, HANDLERS);
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

/** A page of complaints in the user's scope, newest received first. */
export async function listComplaints(
  em: EntityManager,
  user: AppUser,
  filter: ComplaintFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  now = new Date(),
): Promise<{ rows: (ComplaintRow & { cursor: string })[]; totalCount: number; hasNextPage: boolean }> {
  assertComplaintReader(user);
  const check = new InputCheck();
  check.check(
    Number.isInteger(first) && first >= 1 && first <= MAX_PAGE,
    'first',
    `between 1 and ${MAX_PAGE}`,
  );
  for (const f of ['receivedFrom', 'receivedTo'] as const)
    if (filter?.[f] != null) check.check(isValidDate(filter[f]!), `filter.${f}`, 'a date YYYY-MM-DD');
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
  let page = '';
  const pageParams: unknown[] = [];
  if (after) {
    const m = /^c:([^|]+)\|(\d{1,18})$/.exec(Buffer.from(after, 'base64url').toString());
    if (!m || Number.isNaN(Date.parse(m[1]!)))
      throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
    page = 'and (c.received_at, c.id) < (?::timestamptz, ?::bigint)';
    pageParams.push(m[1], m[2]);
  }
  const [rows, [count]] = await Promise.all([
    em.execute<ComplaintRow[]>(
      `select ${COLUMNS} ${base} ${page} order by c.received_at desc, c.id desc limit ?`,
      [...where.params, ...pageParams, first + 1],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  const items = withComplaintDates(rows.slice(0, first)).map((r) => ({
    ...r,
    cursor: Buffer.from(`c:${r.receivedAt.toISOString()}|${r.id}`).toString('base64url'),
  }));
  return { rows: items, totalCount: count!.n, hasNextPage: rows.length > first };
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
  const out = new Map<string, ComplaintEventRow[]>();
  for (const r of withDates(rows, 'at')) {
    const list = out.get(r.complaintId) ?? [];
    list.push(r);
    out.set(r.complaintId, list);
  }
  return out;
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
