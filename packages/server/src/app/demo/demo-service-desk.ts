import type { EntityManager } from '@mikro-orm/postgresql';

const COMPLAINTS = [
  ['settlement_delay', '昨日交易款未按时到账'],
  ['fee_dispute', '对本月手续费扣收金额有疑问'],
  ['terminal_fault', '高峰期终端频繁掉线'],
  ['service_attitude', '客服热线等待时间过长'],
  ['other', '希望开通分期收款'],
] as const;
const MODELS = ['PAX A920', 'Newland N910', 'Centerm K9', 'LANDI A8'];

/**
 * The demo's service desk, deterministic from each MID: one or two POS terminals per merchant;
 * complaints and feedback received over the last 20 days in every state (some answered late,
 * a few still waiting past the 24 h deadline, so escalation has work); fault tickets on about
 * 2% of terminals in every state, worked by the branch's operations staff.
 */
export async function seedDemoServiceDesk(em: EntityManager, now = new Date()) {
  const cats = `array[${COMPLAINTS.map(([c]) => `'${c}'`).join(', ')}]`;
  const texts = `array[${COMPLAINTS.map(([, t]) => `'${t}'`).join(', ')}]`;
  const models = `array[${MODELS.map((m) => `'${m}'`).join(', ')}]`;
  await em.execute(
    `insert into terminal (merchant_id, tid, model, serial_no, installed_on, status)
     select m.id, upper(lpad(to_hex(m.id * 2 + k), 8, '0')), (${models})[1 + abs(hashtext(m.mid)) % ${MODELS.length}],
            'SN' || lpad((m.id * 2 + k)::text, 10, '0'), m.onboarded_on, case when m.status = 'terminated' then 'removed' else 'active' end
     from merchant m cross join generate_series(0, 1) k
     where k = 0 or abs(hashtext(m.mid || 'pos2')) % 3 = 0`,
  );
  // Complaints: about 4% of merchants; h drives everything else. Received 0..20 days ago.
  const [c] = await em.execute<{ n: number }[]>(
    `with src as (
       select m.id, m.manager_id, abs(hashtext(m.mid || 'complaint')) as h
       from merchant m where m.status <> 'terminated' and abs(hashtext(m.mid || 'complaint')) % 25 = 0),
     c0 as (
       select id, manager_id, h, ?::timestamptz - make_interval(mins => (h % (20 * 24 * 60))::int) as received,
              case when h % 7 = 0 then 'feedback' else 'complaint' end as kind,
              1 + (h / 7) % ${COMPLAINTS.length} as cat
       from src),
     c1 as (
       select *, received + interval '24 hours' as response_due, received + interval '72 hours' as resolution_due,
              -- how far it got: resolved and closed, resolved, answered, or still waiting
              case when received < ?::timestamptz - interval '5 days' then (case when h % 5 = 0 then 'resolved' else 'closed' end)
                   when h % 3 = 0 then 'open' when h % 3 = 1 then 'in_progress' else 'resolved' end as status,
              make_interval(mins => (60 + h % (30 * 60))::int) as response_after
       from c0),
     ins as (
       insert into complaint (merchant_id, kind, channel, category, summary, status, received_at, opened_by, assignee_id,
         response_due_at, resolution_due_at, first_response_at, resolved_at, closed_at, resolution, satisfaction)
       select c1.id, kind, (array['phone','hotline','visit','wechat'])[1 + h % 4], (${cats})[cat], (${texts})[cat], status,
              received, u.login, c1.manager_id, response_due, resolution_due,
              case when status <> 'open' then received + response_after end,
              case when status in ('resolved', 'closed') then received + response_after + make_interval(hours => (2 + h % 60)::int) end,
              case when status = 'closed' then received + response_after + make_interval(hours => (6 + h % 60)::int) end,
              case when status in ('resolved', 'closed') then '已核实并处理，商户已确认' end,
              case when status = 'closed' then 3 + (h % 3)::int end
       from c1 join app_user u on u.id = c1.manager_id
       returning id, status, received_at, first_response_at, resolved_at, closed_at, opened_by),
     ev as (
       insert into complaint_event (complaint_id, at, actor, action, from_status, to_status)
       select id, received_at, opened_by, 'opened', null, 'open' from ins
       union all select id, first_response_at, opened_by, 'respond', 'open', 'in_progress' from ins where first_response_at is not null
       union all select id, resolved_at, opened_by, 'resolve', 'in_progress', 'resolved' from ins where resolved_at is not null
       union all select id, closed_at, opened_by, 'close', 'resolved', 'closed' from ins where closed_at is not null
       returning 1)
     select (select count(*) from ins)::int as n`,
    [now, now],
  );
  // Fault tickets on about 2% of working terminals, reported 0..10 days ago, worked by operations.
  const [f] = await em.execute<{ n: number }[]>(
    `with src as (
       select t.id as terminal_id, t.merchant_id, abs(hashtext(t.tid || 'fault')) as h, ops.id as ops_id, ops.login as ops_login
       from terminal t join merchant m on m.id = t.merchant_id
       join lateral (select id, login from app_user where role = 'operations' and branch_id = m.branch_id order by id limit 1) ops on true
       where t.status = 'active' and abs(hashtext(t.tid || 'fault')) % 50 = 0),
     f0 as (
       select *, ?::timestamptz - make_interval(mins => (h % (10 * 24 * 60))::int) as reported,
              (array['open', 'assigned', 'on_site', 'fixed', 'closed', 'closed'])[1 + (h / 50) % 6] as status
       from src),
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
       from f0
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
