import type { EntityManager } from '@mikro-orm/postgresql';
import { refreshTasks } from '../../task/tasks.service.ts';

const NOTES = [
  '经营正常，商户对结算时效满意',
  '了解旺季备货与收款需求',
  '提醒更新营业执照信息',
  '介绍封顶类费率与积分兑换',
  '商户反映高峰期刷卡较慢，已记录',
  '店长更换，已交换新联系方式',
  '推荐扫码收款与分期业务',
  '无异常',
];

/**
 * The demo's maintenance history, deterministic from each MID: for every cadence rule a merchant
 * follows, its last contacts — nine in ten within the cadence, one in ten late, a team that mostly
 * keeps up, so My work has a plausible backlog — plus some follow-up dates, recorded by the
 * merchant's own manager; and contact data verified at some time in the last 13 months.
 */
export async function seedDemoMaintenance(em: EntityManager, today: string): Promise<number> {
  const notes = `array[${NOTES.map((n) => `'${n}'`).join(', ')}]`;
  await em.execute(
    `with src as (
       select m.id, m.manager_id, r.channel, r.every_days, k,
              abs(hashtext(m.mid || r.channel || k)) as h
       from merchant m
       join merchant_cadence mc on mc.merchant_id = m.id
       join cadence_rule r on r.tier = mc.cadence_tier
       cross join generate_series(0, 1) k
       where m.status <> 'terminated'),
     planned as (
       select id, manager_id, channel, h,
              -- A team that mostly keeps its cadence: for nine contacts in ten the last one was within
              -- the cadence (1..cadence days ago); for the tenth it is late by up to half a cadence.
              -- The one before was a cadence earlier.
              case when abs(hashtext(id::text || channel || 'late')) % 10 = 0
                   then every_days + 1 + (abs(hashtext(id::text || channel)) % greatest(1, every_days / 2))::int
                   else 1 + (abs(hashtext(id::text || channel)) % greatest(1, every_days))::int
              end + k * every_days as days_ago
       from src)
     insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, notes, next_follow_up, recorded_by)
     select id,
              case channel when 'visit' then 'visit' when 'call' then 'call'
                           else (array['sms', 'wechat', 'email'])[1 + h % 3] end,
              ((?::date - days_ago) + time '09:00' + (h % 540) * interval '1 minute') at time zone 'Asia/Shanghai',
              manager_id,
              case when h % 10 = 0 then 'issue_found' else 'reached' end,
              (${notes})[1 + h % ${NOTES.length}],
              case when h % 10 = 0 and days_ago < 20 then ?::date + (h % 14)::int + 1 end,
              'demo'
       from planned where days_ago <= 400
       order by 3`,
    [today, today],
    'run',
  );
  // Counted apart: on the embedded database a count over the insert's RETURNING came back nested
  // in one more array, and the console said "0 interactions" of a demo that had thousands.
  const [row] = await em.execute<{ n: number }[]>(
    "select count(*)::int as n from interaction where recorded_by = 'demo'",
  );
  // Contact data last verified some time in the last 13 months: about one in thirteen is due again.
  // The import's re-verification tasks are replaced, not closed: this is the demo's starting state.
  await em.execute("delete from maintenance_task where kind = 'reverify'", [], 'run');
  await em.execute(
    `update merchant set contact_verified_on = greatest(onboarded_on, ?::date - (abs(hashtext(mid || 'verify')) % 395))`,
    [today],
    'run',
  );
  await refreshTasks(em, null);
  return row?.n ?? 0;
}
