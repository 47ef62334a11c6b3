import {
  HOLIDAY_LABELS,
  HOLIDAYS,
  type Holiday,
  templateProblems,
} from '@cornerstone/shared/maintenance/maintenance';
import { isValidDate } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import type { MerchantFilter } from '../merchant/merchant.inputs.ts';
import { merchantWhere } from '../merchant/merchant.service.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { textArray } from '../platform/db/values.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { refreshTasks } from './tasks.service.ts';

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
  check.require(
    Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2100,
    'year',
    'year.range',
    {
      min: 2000,
      max: 2100,
    },
  );
  for (const p of templateProblems(input.template)) check.problem('template', p.code, p.params);
  check.require(isValidDate(input.sendOn), 'sendOn', 'date.invalid');
  if (input.segment?.tier && !input.segment.period) check.problem('segment.period', 'segment.periodMissing');
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
      [textArray(taskIds), ...scope.params],
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
    await refreshTasks(t, [...new Set(rows.map((r) => r.merchant_id))]);
    const done = new Set(rows.map((r) => r.id));
    return { sent: rows.length, skipped: taskIds.filter((id) => !done.has(id)) };
  });
}
