import {
  COUNTING_OUTCOMES,
  HOLIDAY_LABELS,
  HOLIDAYS,
  type Holiday,
  requiredContacts,
  type TaskState,
  templateProblems,
} from '@cornerstone/shared/maintenance/maintenance';
import { addDays, isValidDate, type Period, periodDays } from '@cornerstone/shared/period/period';
import { maskMobile } from '@cornerstone/shared/privacy/mask';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import type { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { findMerchant, merchantWhere } from '../merchant/merchant.service.ts';
import { blindIndex, encryptPersonal } from '../platform/db/personal-data.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { withDates } from '../platform/db/values.ts';
import { MAX_PAGE } from '../platform/graphql/connection.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { businessToday, localDateSql } from '../platform/time/business-time.ts';
import { assignmentSql } from '../tier/tier-snapshot.service.ts';
import { refreshTasks } from './tasks.service.ts';

const counting = COUNTING_OUTCOMES.map((o) => `'${o}'`).join(', ');

/** Open tasks due within this many days count as due; later ones are upcoming. */
export const DUE_HORIZON_DAYS = 7;

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

const encode = (s: string) => Buffer.from(s).toString('base64url');

/**
 * A page of tasks in the caller's scope: open ones by due date (oldest first), closed ones newest
 * first. Two statements whatever the page size; merchants come through the per-request loader.
 */
export async function listTasks(
  em: EntityManager,
  user: AppUser,
  filter: TaskFilter | null | undefined,
  first: number,
  after: string | null | undefined,
  today = businessToday(),
): Promise<{ rows: (TaskRow & { cursor: string })[]; totalCount: number; hasNextPage: boolean }> {
  const check = new InputCheck();
  check.check(
    Number.isInteger(first) && first >= 1 && first <= MAX_PAGE,
    'first',
    `between 1 and ${MAX_PAGE}`,
  );
  if (filter?.dueBefore != null)
    check.check(isValidDate(filter.dueBefore), 'filter.dueBefore', 'a date YYYY-MM-DD');
  check.throwIfAny();
  const where: SqlWhere = scopeWhere(user);
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  const state = filter?.state ?? 'OPEN';
  const open = OPEN_STATES.has(state);
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
  const base = `from maintenance_task t join merchant m on m.id = t.merchant_id
    left join greeting_campaign gc on gc.id = t.campaign_id where ${whereSql(where)}`;
  const page: SqlWhere = { sql: [], params: [] };
  if (after) {
    const raw = Buffer.from(after, 'base64url').toString();
    const m = /^t:(\d{4}-\d{2}-\d{2})?:(\d{1,18})$/.exec(raw);
    if (!m) throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this list', { field: 'after' });
    if (open) {
      page.sql.push('(t.due_on, t.id) > (?::date, ?::bigint)');
      page.params.push(m[1] ?? today, m[2]);
    } else {
      page.sql.push('t.id < ?::bigint');
      page.params.push(m[2]);
    }
  }
  const order = open ? 't.due_on, t.id' : 't.id desc';
  const [rows, [count]] = await Promise.all([
    em.execute<TaskRow[]>(
      `select ${TASK_COLUMNS} ${base} ${page.sql.length ? `and ${page.sql.join(' and ')}` : ''} order by ${order} limit ?`,
      [...where.params, ...page.params, first + 1],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${base}`, where.params),
  ]);
  return {
    rows: withDates(rows.slice(0, first), 'createdAt', 'closedAt').map((r) => ({
      ...r,
      cursor: encode(`t:${open ? r.dueOn : ''}:${r.id}`),
    })),
    totalCount: count?.n ?? 0,
    hasNextPage: rows.length > first,
  };
}

/** A task's state for today: overdue, due (within the horizon), upcoming, done or cancelled. */
export function stateOf(t: Pick<TaskRow, 'status' | 'dueOn'>, today: string): TaskState {
  if (t.status === 'done') return 'DONE';
  if (t.status === 'cancelled') return 'CANCELLED';
  if (t.dueOn < today) return 'OVERDUE';
  return t.dueOn <= addDays(today, DUE_HORIZON_DAYS) ? 'DUE' : 'UPCOMING';
}

// ---------------------------------------------------------------------------------------------
// Greeting campaigns

export interface CampaignInput {
  holiday: string;
  year: number;
  name?: string | null;
  template: string;
  sendOn: string;
  segment?: (MerchantFilter & { potential?: boolean | null }) | null;
}

/**
 * Runs a holiday greeting campaign (节日问候) for a segment: one greeting task per merchant, with
 * its SMS rendered from the template. Keyed by holiday, year and merchant, so running it again —
 * or a second campaign for the same holiday — creates none twice.
 */
export async function runGreetingCampaign(
  em: EntityManager,
  user: AppUser,
  input: CampaignInput,
): Promise<{ campaignId: number; created: number; alreadyThere: number }> {
  const check = new InputCheck();
  check.check(HOLIDAYS.includes(input.holiday as Holiday), 'holiday', `one of ${HOLIDAYS.join(', ')}`);
  check.check(Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2100, 'year', '2000..2100');
  for (const p of templateProblems(input.template)) check.add('template', p.replace(/^template: /, ''));
  check.check(isValidDate(input.sendOn), 'sendOn', 'a date YYYY-MM-DD');
  if (input.segment?.tier && !input.segment.period)
    check.add('segment.period', 'a tier segment needs its period');
  check.throwIfAny();
  const holiday = input.holiday as Holiday;
  const label = HOLIDAY_LABELS[holiday];
  const where = await merchantWhere(em, user, input.segment);
  if (input.segment?.potential != null)
    where.sql.push(
      `${input.segment.potential ? '' : 'not '}exists (select 1 from merchant_cadence mc where mc.merchant_id = m.id and mc.potential)`,
    );
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const name = input.name?.trim() || `${input.year} ${label.zh}问候`;
    const fields = [
      holiday,
      input.year,
      name,
      input.template,
      JSON.stringify(input.segment ?? {}),
      input.sendOn,
      user.login,
    ];
    // The same campaign run again (a retry after a lost answer, a second click, another server
    // process) is the same campaign: one at a time per set of fields, and an identical one reused.
    await t.execute(
      'select pg_advisory_xact_lock(hashtext(?))',
      [`greeting:${JSON.stringify(fields)}`],
      'run',
    );
    const [campaign] = await t.execute<{ id: number }[]>(
      `with same as (
         select id from greeting_campaign where holiday = ? and year = ? and name = ? and template = ?
           and segment = ?::jsonb and send_on = ? and created_by = ? order by id limit 1),
       ins as (
         insert into greeting_campaign (holiday, year, name, template, segment, send_on, created_by)
         select ?, ?, ?, ?, ?::jsonb, ?, ? where not exists (select 1 from same) returning id)
       select id from same union all select id from ins`,
      [...fields, ...fields],
    );
    // The same substitutions as renderTemplate in shared (a test holds them equal).
    const rendered = `replace(replace(replace(replace(?::text, '{商户名称}', m.name), '{联系人}', coalesce(m.contact_name, '')), '{节日}', ?::text), '{客户经理}', u.display_name)`;
    const [res] = await t.execute<{ created: number; total: number }[]>(
      `with seg as (select m.id, ${rendered} as message from merchant m join app_user u on u.id = m.manager_id
                    where m.status <> 'terminated' and ${whereSql(where)}),
       ins as (insert into maintenance_task (merchant_id, kind, channel, due_on, dedupe_key, campaign_id, message)
               select seg.id, 'greeting', 'greeting', ?::date, 'greeting:' || ? || ':' || ? || ':' || seg.id, ?, seg.message from seg
               on conflict (dedupe_key) do nothing returning 1)
       select (select count(*) from ins)::int as created, (select count(*) from seg)::int as total`,
      [input.template, label.zh, ...where.params, input.sendOn, holiday, input.year, campaign!.id],
    );
    return {
      campaignId: campaign!.id,
      created: res?.created ?? 0,
      alreadyThere: (res?.total ?? 0) - (res?.created ?? 0),
    };
  });
}

/**
 * Marks greeting tasks sent: each becomes a recorded greeting interaction (which also counts as a
 * message for the cadence) and the task is done. Tasks not open, not greetings or outside the
 * caller's scope are left alone and reported.
 */
export async function markGreetingsSent(
  em: EntityManager,
  user: AppUser,
  taskIds: string[],
  now = new Date(),
): Promise<{ sent: number; skipped: string[] }> {
  if (taskIds.length === 0 || taskIds.length > 1000)
    throw new AppError('BAD_USER_INPUT', 'taskIds: from 1 to 1000 task ids', { field: 'taskIds' });
  if (taskIds.some((id) => !/^\d{1,18}$/.test(id)))
    throw new AppError('BAD_USER_INPUT', 'taskIds: task ids are whole numbers', { field: 'taskIds' });
  const scope = scopeWhere(user);
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const rows = await t.execute<{ id: string; merchant_id: number; name: string }[]>(
      `select t.id::text, t.merchant_id, coalesce(gc.name, '') as name from maintenance_task t
       join merchant m on m.id = t.merchant_id left join greeting_campaign gc on gc.id = t.campaign_id
       where t.id = any(?::bigint[]) and t.kind = 'greeting' and t.status = 'open' and ${whereSql(scope)}
       for update of t`,
      [`{${taskIds.join(',')}}`, ...scope.params],
    );
    for (const r of rows) {
      const [i] = await t.execute<{ id: string }[]>(
        `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, notes, recorded_by)
         values (?, 'greeting', ?, ?, 'reached', ?, ?) returning id::text`,
        [r.merchant_id, now, user.id, r.name, user.login],
      );
      await t.execute(
        `update maintenance_task set status = 'done', closed_at = now(), done_by_interaction_id = ?, close_reason = 'greeting sent'
         where id = ?`,
        [i!.id, r.id],
        'run',
      );
    }
    if (rows.length) await refreshTasks(t, [...new Set(rows.map((r) => r.merchant_id))]);
    const done = new Set(rows.map((r) => r.id));
    return { sent: rows.length, skipped: taskIds.filter((id) => !done.has(id)) };
  });
}

// ---------------------------------------------------------------------------------------------
// 信息更新: contact re-verification

/**
 * Records that the merchant's contact data was verified today, with any corrected values; the
 * change is kept in the merchant's history (mobile masked) and the re-verification task is done.
 */
export async function verifyContact(
  em: EntityManager,
  user: AppUser,
  mid: string,
  contact: { name?: string | null; mobile?: string | null },
): Promise<void> {
  const check = new InputCheck();
  if (contact.mobile != null)
    check.check(/^1\d{10}$/.test(contact.mobile), 'mobile', '11 digits starting with 1');
  if (contact.name != null) check.check(contact.name.trim().length > 0, 'name', 'cannot be empty');
  const merchant = await findMerchant(em, user, mid);
  check.check(merchant !== null, 'mid', `no merchant ${mid}`);
  check.throwIfAny();
  const m = merchant!;
  const today = businessToday();
  const changes: Record<string, { from: unknown; to: unknown }> = {
    contactVerifiedOn: { from: m.contactVerifiedOn, to: today },
  };
  if (contact.name != null && contact.name.trim() !== m.contactName)
    changes.contactName = { from: m.contactName, to: contact.name.trim() };
  if (contact.mobile != null && contact.mobile !== m.contactMobile)
    changes.contactMobile = { from: maskMobile(m.contactMobile), to: maskMobile(contact.mobile) };
  await em.transactional(async (tx) => {
    const t = tx as EntityManager;
    await t.execute(
      `update merchant set contact_verified_on = ?, contact_name = coalesce(?, contact_name),
         contact_mobile = coalesce(?, contact_mobile), contact_mobile_hash = coalesce(?, contact_mobile_hash),
         updated_at = now() where id = ?`,
      [
        today,
        contact.name?.trim() ?? null,
        encryptPersonal(contact.mobile ?? null),
        blindIndex(contact.mobile ?? null),
        m.id,
      ],
      'run',
    );
    await t.execute(
      `insert into merchant_change (merchant_id, actor, source, kind, changes) values (?, ?, 'graphql verifyContact', 'updated', ?::jsonb)`,
      [m.id, user.login, JSON.stringify(changes)],
      'run',
    );
    await refreshTasks(t, [m.id]);
  });
}

// ---------------------------------------------------------------------------------------------
// KPIs

export interface KpiRow {
  key: string;
  name: string;
  visits: number;
  calls: number;
  otherContacts: number;
  keyCustomers: number;
  keyOnCadence: number;
  overdueTasks: number;
  complaints: number;
  avgResponseHours: number | null;
  avgResolutionHours: number | null;
}

/**
 * The seed's KPIs (拜访次数, 电话回访次数, 其他联系方式) and ours for a period, per account
 * manager or per branch, within the caller's scope. Contacts are effective interactions (not
 * superseded) that took place in the period, attributed to the staff member who made them (by
 * manager) or the merchant's branch. A key customer (official tier of the period) is on cadence
 * when every KEY rule had its ⌊days/every⌋ (≥ 1) counting contacts within the period. Overdue
 * tasks: tasks due in the period (before today) not done by their due date. Complaint times:
 * complaints received in the period, hours to first response and to resolution.
 */
export async function kpis(
  em: EntityManager,
  user: AppUser,
  period: Period,
  by: 'manager' | 'branch',
  today = businessToday(),
): Promise<KpiRow[]> {
  const scope = scopeWhere(user);
  const assignment = await assignmentSql(em, period);
  const days = periodDays(period);
  const rules = await em.execute<{ every_days: number; satisfied_by: string[] }[]>(
    "select every_days, satisfied_by from cadence_rule where tier = 'KEY'",
  );
  const from = period.start;
  const to = addDays(period.end, 1);
  // Who a row is: the staff member (contacts) or the merchant's manager (portfolio measures).
  const group =
    by === 'manager'
      ? {
          key: 'u.login',
          name: 'u.display_name',
          join: 'join app_user u on u.id = x.who',
          who: 'm.manager_id',
        }
      : { key: 'b.name', name: 'b.name', join: 'join branch b on b.id = x.who', who: 'm.branch_id' };
  const staffWho = by === 'manager' ? 'i.staff_id' : 'm.branch_id';
  const onCadence = rules.length
    ? rules
        .map(
          (r) => `(select count(*) from interaction_effective i where i.merchant_id = k.merchant_id
            and i.kind = any('{${r.satisfied_by.join(',')}}'::text[]) and i.outcome in (${counting})
            and ${localDateSql('i.occurred_at')} >= ?::date and ${localDateSql('i.occurred_at')} < ?::date) >= ${requiredContacts(days, r.every_days)}`,
        )
        .join(' and ')
    : 'false';
  const onCadenceParams = rules.flatMap(() => [from, to]);
  const sql = `
    with contacts as (
      select ${staffWho} as who,
        count(*) filter (where i.kind = 'visit') as visits,
        count(*) filter (where i.kind = 'call') as calls,
        count(*) filter (where i.kind not in ('visit', 'call')) as others
      from interaction_effective i join merchant m on m.id = i.merchant_id
      where ${localDateSql('i.occurred_at')} >= ?::date and ${localDateSql('i.occurred_at')} < ?::date and ${whereSql(scope)}
      group by 1),
    keys as (
      select ${group.who} as who, a.merchant_id from (${assignment.sql}) a join merchant m on m.id = a.merchant_id
      where a.tier = 'KEY' and ${whereSql(scope)}),
    keyc as (select k.who, count(*) as n, count(*) filter (where ${onCadence}) as on_cadence from keys k group by 1),
    overdue as (
      select ${group.who} as who, count(*) as n from maintenance_task t join merchant m on m.id = t.merchant_id
      where t.status <> 'cancelled' and t.due_on >= ?::date and t.due_on <= least(?::date, ?::date - 1)
        and (t.status = 'open' or ${localDateSql('t.closed_at')} > t.due_on) and ${whereSql(scope)}
      group by 1),
    comp as (
      select ${group.who} as who, count(*) as n,
        round(avg(extract(epoch from c.first_response_at - c.received_at) / 3600)::numeric, 1)::float8 as resp,
        round(avg(extract(epoch from c.resolved_at - c.received_at) / 3600)::numeric, 1)::float8 as resol
      from complaint c join merchant m on m.id = c.merchant_id
      where ${localDateSql('c.received_at')} >= ?::date and ${localDateSql('c.received_at')} < ?::date and ${whereSql(scope)}
      group by 1),
    x as (select who from contacts union select who from keyc union select who from overdue union select who from comp)
    select ${group.key} as key, ${group.name} as name,
      coalesce(contacts.visits, 0)::int as visits, coalesce(contacts.calls, 0)::int as calls,
      coalesce(contacts.others, 0)::int as "otherContacts", coalesce(keyc.n, 0)::int as "keyCustomers",
      coalesce(keyc.on_cadence, 0)::int as "keyOnCadence", coalesce(overdue.n, 0)::int as "overdueTasks",
      coalesce(comp.n, 0)::int as complaints, comp.resp as "avgResponseHours", comp.resol as "avgResolutionHours"
    from x ${group.join}
    left join contacts on contacts.who = x.who left join keyc on keyc.who = x.who
    left join overdue on overdue.who = x.who left join comp on comp.who = x.who
    where x.who is not null
    order by 1`;
  return em.execute<KpiRow[]>(sql, [
    from,
    to,
    ...scope.params,
    ...assignment.params,
    ...scope.params,
    ...onCadenceParams,
    period.start,
    period.end,
    today,
    ...scope.params,
    from,
    to,
    ...scope.params,
  ]);
}

// ---------------------------------------------------------------------------------------------
// The merchant's timeline

export interface TimelineRow {
  at: Date;
  type: 'INTERACTION' | 'TIER' | 'STATUS' | 'POINTS' | 'COMPLAINT' | 'FAULT';
  ref: string;
  kind: string;
  summary: string;
  actor: string | null;
  superseded: boolean;
}

/**
 * Everything that happened to a merchant, newest first: interactions (corrections included, the
 * corrected ones marked), tier changes between official snapshots, status changes, points entries,
 * complaints (unless `complaints` is false: for a role that may not read them) and fault tickets.
 * `before` pages back from a cursor.
 */
export async function timeline(
  em: EntityManager,
  merchantId: number,
  first: number,
  before: string | null,
  show: { complaints: boolean } = { complaints: true },
): Promise<(TimelineRow & { cursor: string })[]> {
  let cut = '';
  const params: unknown[] = [merchantId, merchantId, merchantId, merchantId, merchantId, merchantId];
  if (before) {
    const raw = Buffer.from(before, 'base64url').toString();
    const m = /^e:([^|]+)\|([A-Z]+)\|(\d+)$/.exec(raw);
    if (!m || Number.isNaN(Date.parse(m[1]!)))
      throw new AppError('BAD_USER_INPUT', 'before: not a cursor from this timeline', { field: 'before' });
    cut = 'where (e.at, e.type, e.ref::bigint) < (?::timestamptz, ?, ?::bigint)';
    params.push(m[1], m[2], m[3]);
  }
  const rows = await em.execute<TimelineRow[]>(
    `select * from (
       select i.occurred_at as at, 'INTERACTION' as type, i.id::text as ref, i.kind,
              i.outcome || coalesce(' · ' || i.notes, '') as summary, u.login as actor,
              exists (select 1 from interaction c where c.supersedes_id = i.id) as superseded
       from interaction i join app_user u on u.id = i.staff_id where i.merchant_id = ?
       union all
       select least((r.period_end + 1)::timestamp at time zone 'Asia/Shanghai', r.computed_at), 'TIER', row_number() over (order by r.period_end)::text,
              s.tier, coalesce(s.prev, '-') || ' → ' || s.tier || ' (' || s.period || ')', r.computed_by, false
       from (select period, tier, lag(tier) over (order by period) as prev from tier_snapshot where merchant_id = ?) s
       join tier_snapshot_run r on r.period = s.period where s.prev is distinct from s.tier
       union all
       select c.changed_at, 'STATUS', c.id::text, c.kind, c.changes::text, c.actor, false
       from merchant_change c where c.merchant_id = ? and c.kind in ('created', 'status')
       union all
       select p.created_at, 'POINTS', p.id::text, p.kind, p.points::text || ' → ' || p.balance_after::text || coalesce(' · ' || p.reason, ''), p.actor, false
       from points_entry p where p.merchant_id = ?
       union all
       select c.received_at, 'COMPLAINT', c.id::text, c.kind || ':' || c.category, c.status || ' · ' || c.summary, c.opened_by, false
       from complaint c where c.merchant_id = ? and ${show.complaints ? 'true' : 'false'}
       union all
       select f.reported_at, 'FAULT', f.id::text, f.status, f.description, f.opened_by, false
       from fault_ticket f where f.merchant_id = ?
     ) e ${cut}
     order by e.at desc, e.type desc, e.ref::bigint desc limit ?`,
    [...params, first],
  );
  return withDates(rows, 'at').map((r) => ({
    ...r,
    cursor: Buffer.from(`e:${r.at.toISOString()}|${r.type}|${r.ref}`).toString('base64url'),
  }));
}
