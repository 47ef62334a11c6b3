import { COUNTING_OUTCOMES, requiredContacts } from '@cornerstone/shared/maintenance/maintenance';
import { addDays, type Period, periodDays } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { textArray } from '../platform/db/values.ts';
import { businessToday, localDateSql } from '../platform/time/business-time.ts';
import { assignmentSql } from '../tier/tier-snapshot.service.ts';

const counting = COUNTING_OUTCOMES.map((o) => `'${o}'`).join(', ');

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
 * when every KEY rule had its ⌊days/every⌋ (≥ 1) counting contacts within the period (shared
 * onCadence). Overdue tasks (本月新增逾期, not 当前逾期): tasks due in the period (before today) not
 * done by their due date (shared missedDueDate). The labels people read are in packages/shared
 * maintenance/kpi-definitions.ts; a change of rule here changes its explanation there. Complaint times:
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
          (r) =>
            `(select count(*) from interaction_effective i where i.merchant_id = k.merchant_id
            and i.kind = any(?::text[]) and i.outcome in (${counting})
            and ${localDateSql('i.occurred_at')} >= ?::date and ${localDateSql('i.occurred_at')} < ?::date) >= ${requiredContacts(days, r.every_days)}`,
        )
        .join(' and ')
    : // No rule asks anything of a key customer: on cadence (shared onCadence).
      'true';
  const onCadenceParams = rules.flatMap((r) => [textArray(r.satisfied_by), from, to]);
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
