import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoDeskSign } from './demo-fates.ts';

// 'other' last: a warning sign is a grievance, one of the first four.
const COMPLAINTS = [
  ['settlement_delay', '昨日交易款未按时到账'],
  ['fee_dispute', '对本月手续费扣收金额有疑问'],
  ['terminal_fault', '高峰期终端频繁掉线'],
  ['service_attitude', '客服热线等待时间过长'],
  ['other', '希望开通分期收款'],
] as const;
const MODELS = ['PAX A920', 'Newland N910', 'Centerm K9', 'LANDI A8'];

/**
 * The demo's service desk, deterministic from each MID and the merchants' fates (`signs`, from
 * `demoDeskSigns`): one or two POS terminals per merchant; complaints and feedback received
 * over the last 20 days in every state (some answered late, a few still waiting past the 24 h
 * deadline, so escalation has work); fault tickets on about 2% of terminals in every state, worked
 * by the branch's operations staff. Merchants that have left raise no new tickets. On top, the
 * warning signs of leavers and false alarms, on the days their fates give: a complaint (half of a
 * leaver's answered past both SLA clocks and escalated, the merchant unhappy), a fault ticket on the
 * first terminal, a second terminal removed. All in one transaction: the fates sit in a temporary
 * table for its statements.
 */
export async function seedDemoServiceDesk(
  em: EntityManager,
  signs: Iterable<DemoDeskSign>,
  now = new Date(),
) {
  return em.transactional(async (tx) => seedDesk(tx as EntityManager, signs, now));
}

const SIGN_BATCH = 5_000;
const SIGN_COLUMNS =
  'mid text, left_on date, complaint_on date, complaint_breached boolean, fault_on date, removed_on date';

async function loadSigns(em: EntityManager, signs: Iterable<DemoDeskSign>): Promise<void> {
  await em.execute(
    `create temp table demo_sign (${SIGN_COLUMNS}, primary key (mid)) on commit drop`,
    [],
    'run',
  );
  let batch: Record<string, string | boolean | null>[] = [];
  const flush = async () => {
    await em.execute(
      `insert into demo_sign select * from jsonb_to_recordset(?::jsonb) as s(${SIGN_COLUMNS})`,
      [JSON.stringify(batch)],
      'run',
    );
    batch = [];
  };
  for (const s of signs) {
    batch.push({
      mid: s.mid,
      left_on: s.leftOn,
      complaint_on: s.complaintOn,
      complaint_breached: s.complaintBreached,
      fault_on: s.faultOn,
      removed_on: s.terminalRemovedOn,
    });
    if (batch.length === SIGN_BATCH) await flush();
  }
  if (batch.length) await flush();
  await em.execute('analyze demo_sign', [], 'run');
}

// A sign's day (column sign_on of `row`) as a time in office hours, Xi'an time, from the row's hash h.
const signTime = (row: string): string =>
  `((${row}.sign_on + time '09:00' + (${row}.h % 540) * interval '1 minute') at time zone 'Asia/Shanghai')`;

async function seedDesk(em: EntityManager, signs: Iterable<DemoDeskSign>, now: Date) {
  const cats = `array[${COMPLAINTS.map(([c]) => `'${c}'`).join(', ')}]`;
  const texts = `array[${COMPLAINTS.map(([, t]) => `'${t}'`).join(', ')}]`;
  const models = `array[${MODELS.map((m) => `'${m}'`).join(', ')}]`;
  await loadSigns(em, signs);
  // A second terminal is installed with the first at a third of merchants, and at every merchant that gives one back.
  await em.execute(
    `insert into terminal (merchant_id, tid, model, serial_no, installed_on, status, removed_on)
     select m.id, upper(lpad(to_hex(m.id * 2 + k), 8, '0')), (${models})[1 + abs(hashtext(m.mid)) % ${MODELS.length}],
            'SN' || lpad((m.id * 2 + k)::text, 10, '0'), m.onboarded_on,
            case when m.status = 'terminated' or (k = 1 and s.removed_on is not null) then 'removed' else 'active' end
            , case when k = 1 then s.removed_on end
     from merchant m cross join generate_series(0, 1) k left join demo_sign s on s.mid = m.mid
     where k = 0 or abs(hashtext(m.mid || 'pos2')) % 3 = 0 or s.removed_on is not null`,
  );
  // Complaints: about 4% of merchants, received 0..20 days ago, h driving everything else; and the signs.
  const [c] = await em.execute<{ n: number }[]>(
    `with p as (select ?::timestamptz as now),
     src as (
       select m.id, m.manager_id, m.branch_id, abs(hashtext(m.mid || 'complaint')) as h, null::date as sign_on,
              false as breached
       from merchant m left join demo_sign s on s.mid = m.mid
       where m.status <> 'terminated' and s.left_on is null and abs(hashtext(m.mid || 'complaint')) % 25 = 0
       union all
       select m.id, m.manager_id, m.branch_id, abs(hashtext(m.mid || 'sign')), s.complaint_on, s.complaint_breached
       from demo_sign s join merchant m on m.mid = s.mid
       where s.complaint_on is not null and m.status <> 'terminated'),
     c0 as (
       select src.*, p.now,
              case when sign_on is null then p.now - make_interval(mins => (h % (20 * 24 * 60))::int)
                   else ${signTime('src')} end as received,
              case when sign_on is null and h % 7 = 0 then 'feedback' else 'complaint' end as kind,
              -- a sign is a real grievance: settlement, fees, terminal or service, never "other"
              1 + (h / 7) % (case when sign_on is null then ${COMPLAINTS.length} else ${COMPLAINTS.length - 1} end) as cat,
              -- a breached sign is answered after 25–65 h (24 h due) and resolved after more than 72 h
              make_interval(mins => (case when breached then 25 * 60 + h % (40 * 60) else 60 + h % (30 * 60) end)::int) as response_after,
              make_interval(hours => (case when breached then 50 + h % 60 else 2 + h % 60 end)::int) as resolve_after
       from src cross join p),
     -- Every branch's board has a complaint still waiting for its first answer past its 24 h: the
     -- newest one received over a day ago (else the newest).
     c0n as (
       select *, row_number() over (partition by branch_id, sign_on is null
                                    order by received < now - interval '1 day' desc, received desc, id) as newest
       from c0),
     c1 as (
       select *, received + interval '24 hours' as response_due, received + interval '72 hours' as resolution_due,
              case when sign_on is null then
                     -- how far it got: resolved and closed, resolved, answered, or still waiting
                     (case when newest = 1 then 'open'
                           when received < now - interval '5 days' then (case when h % 5 = 0 then 'resolved' else 'closed' end)
                           when h % 3 = 0 then 'open' when h % 3 = 1 then 'in_progress' else 'resolved' end)
                   -- a sign has got as far as its clocks allow by now
                   when received + response_after > now then 'open'
                   when received + response_after + resolve_after > now then 'in_progress'
                   when received + response_after + resolve_after + interval '4 hours' > now or h % 5 = 0 then 'resolved'
                   else 'closed' end as status
       from c0n where received < now),
     ins as (
       insert into complaint (merchant_id, kind, channel, category, summary, status, received_at, opened_by, assignee_id,
         response_due_at, resolution_due_at, first_response_at, resolved_at, closed_at, resolution, satisfaction,
         escalation_level, escalated_at)
       select c1.id, kind, (array['phone','hotline','visit','wechat'])[1 + h % 4], (${cats})[cat], (${texts})[cat], status,
              received, u.login, c1.manager_id, response_due, resolution_due,
              case when status <> 'open' then received + response_after end,
              case when status in ('resolved', 'closed') then received + response_after + resolve_after end,
              case when status = 'closed' then received + response_after + resolve_after + interval '4 hours' end,
              case when status in ('resolved', 'closed') then '已核实并处理，商户已确认' end,
              case when status = 'closed' then (case when sign_on is null then 3 + h % 3 else 1 + h % 3 end)::int end,
              -- a breached sign, settled: it went to the branch manager at 24 h and to head office at 72 h
              case when breached and status in ('resolved', 'closed') then 2 else 0 end,
              case when breached and status in ('resolved', 'closed') then resolution_due end
       from c1 join app_user u on u.id = c1.manager_id
       returning id, status, received_at, first_response_at, resolved_at, closed_at, opened_by, escalation_level,
                 response_due_at, resolution_due_at),
     ev as (
       insert into complaint_event (complaint_id, at, actor, action, from_status, to_status, note)
       select * from (
         select id, received_at as at, opened_by as actor, 'opened' as action, null as from_status, 'open' as to_status,
                null as note from ins
         union all select id, first_response_at, opened_by, 'respond', 'open', 'in_progress', null from ins where first_response_at is not null
         union all select id, resolved_at, opened_by, 'resolve', 'in_progress', 'resolved', null from ins where resolved_at is not null
         union all select id, closed_at, opened_by, 'close', 'resolved', 'closed', null from ins where closed_at is not null
         union all select id, response_due_at, 'system', 'escalated', 'open', 'open',
                          'level 1: no first response by the deadline → branch_manager' from ins where escalation_level = 2
         union all select id, resolution_due_at, 'system', 'escalated', 'in_progress', 'in_progress',
                          'level 2: not resolved by the deadline → head_office' from ins where escalation_level = 2) e
       order by 1, 2
       returning 1)
     select (select count(*) from ins)::int as n`,
    [now],
  );
  // Fault tickets on about 2% of working terminals, reported 0..10 days ago, worked by operations; and
  // the signs, on the merchant's first terminal (closed unless reported in the last 3 days).
  const [f] = await em.execute<{ n: number }[]>(
    `with p as (select ?::timestamptz as now),
     src as (
       select t.id as terminal_id, t.merchant_id, m.branch_id, abs(hashtext(t.tid || 'fault')) as h, null::date as sign_on
       from terminal t join merchant m on m.id = t.merchant_id left join demo_sign s on s.mid = m.mid
       where t.status = 'active' and s.left_on is null and abs(hashtext(t.tid || 'fault')) % 50 = 0
       union all
       select t.id, t.merchant_id, m.branch_id, abs(hashtext(t.tid || 'sign')), s.fault_on
       from demo_sign s join merchant m on m.mid = s.mid
       join terminal t on t.merchant_id = m.id and t.tid = upper(lpad(to_hex(m.id * 2), 8, '0'))
       where s.fault_on is not null and t.status <> 'removed'),
     f0 as (
       select src.*, ops.id as ops_id, ops.login as ops_login, p.now,
              case when sign_on is null then p.now - make_interval(mins => (h % (10 * 24 * 60))::int)
                   else ${signTime('src')} end as reported,
              case when sign_on is null or sign_on > p.now::date - 3
                   then (array['open', 'assigned', 'on_site', 'fixed', 'closed', 'closed'])[1 + (h / 50) % 6]
                   else 'closed' end as status
       from src cross join p
       join lateral (select id, login from app_user where role = 'operations' and branch_id = src.branch_id order by id limit 1) ops on true),
     ins as (
       insert into fault_ticket (terminal_id, merchant_id, description, status, reported_at, opened_by, assignee_id,
         assigned_at, on_site_at, fixed_at, closed_at, resolution)
       select terminal_id, merchant_id, (array['刷卡无响应', '打印机卡纸', '无法连接网络', '屏幕不亮'])[1 + h % 4], status,
              reported, ops_login, case when status <> 'open' then ops_id end,
              case when status <> 'open' then reported + make_interval(mins => (10 + h % 90)::int) end,
              case when status in ('on_site', 'fixed', 'closed') then reported + make_interval(mins => (60 + h % 400)::int) end,
              case when status in ('fixed', 'closed') then reported + make_interval(mins => (120 + h % 1800)::int) end,
              case when status = 'closed' then reported + make_interval(mins => (180 + h % 2000)::int) end,
              case when status in ('fixed', 'closed') then '更换配件，测试交易正常' end
       from f0 where reported < now
       returning id, terminal_id, status, reported_at, opened_by, assigned_at, on_site_at, fixed_at, closed_at),
     term as (update terminal t set status = 'faulty' from ins where ins.terminal_id = t.id and ins.status in ('open', 'assigned', 'on_site') returning 1),
     ev as (
       insert into fault_event (ticket_id, at, actor, from_status, to_status)
       select id, reported_at, opened_by, null, 'open' from ins
       union all select id, assigned_at, opened_by, 'open', 'assigned' from ins where assigned_at is not null
       union all select id, on_site_at, opened_by, 'assigned', 'on_site' from ins where on_site_at is not null
       union all select id, fixed_at, opened_by, 'on_site', 'fixed' from ins where fixed_at is not null
       union all select id, closed_at, opened_by, 'fixed', 'closed' from ins where closed_at is not null
       returning 1)
     select (select count(*) from ins)::int as n`,
    [now],
  );
  return { complaints: c!.n, faults: f!.n };
}
