import type { ChurnInputs } from '@cornerstone/shared/churn/index';
import { COUNTING_OUTCOMES } from '@cornerstone/shared/maintenance/maintenance';
import type { EntityManager } from '@mikro-orm/postgresql';
import { localDateSql } from '../platform/time/business-time.ts';

// The churn score's raw figures (shared churn/churn-signals.ts) for every merchant as of a day, from
// what the system already holds, in one statement. Every figure looks only at what was known on
// that day (settlements, complaints and tickets by their own dates, terminals by removed_on,
// contacts by occurred_at), so the back-test can ask the same question of a day in the past.

const counting = COUNTING_OUTCOMES.map((o) => `'${o}'`).join(', ');

/** A merchant's churn inputs as of the day, with its id. */
export interface MerchantChurnInputs extends ChurnInputs {
  merchantId: number;
}

/**
 * Volume is compared month on month, as the rule always has: `volumeLastMonth` carries the last 30
 * days and `volumeMonthlyBefore` the 90 days before them scaled to 30 (over the days the data and the
 * merchant's own history cover, so a short history does not read as growth or decline); the
 * signals use only their ratio. A merchant with no active day in the window is silent since its last
 * settlement on record, or — with none — since it was onboarded or the data begins, whichever is
 * later (what happened before the first settlement on record is not known).
 */
export async function churnInputsAsOf(em: EntityManager, asOf: string): Promise<MerchantChurnInputs[]> {
  const rows = await em.execute<
    {
      merchant_id: number;
      days_since_last_active: number;
      usual_gap: string;
      vol_last: string;
      vol_prev: string;
      open_complaints: number;
      sla_breaches: number;
      open_faults: number;
      fee_gap_bp: string;
      terminals_removed: number;
      days_since_contact: number | null;
    }[]
  >(
    `with d as (select ?::date as day),
     data_start as (select coalesce(min(month), (select day from d)) as day from settlement_month),
     act as (
       select s.merchant_id, max(s.settle_date) as last_active, min(s.settle_date) as first_active, count(*) as days,
              coalesce(sum(s.txn_amount) filter (where s.settle_date > d.day - 30), 0) as vol_last,
              coalesce(sum(s.txn_amount) filter (where s.settle_date <= d.day - 30 and s.settle_date > d.day - 120), 0) as vol_prev
       from settlement s, d
       where s.settle_date > d.day - 180 and s.settle_date <= d.day and s.txn_count > 0
       group by s.merchant_id),
     before as (
       select sm.merchant_id, max(sm.last_settle_date) as last_settle
       from settlement_month sm, d where sm.month < date_trunc('month', d.day - 150)::date and sm.txn_count > 0
       group by sm.merchant_id),
     peers as (
       select category_code, percentile_cont(0.5) within group (order by rate) as median_rate
       from merchant where status <> 'terminated' group by category_code),
     complaints as (
       select c.merchant_id,
              count(*) filter (where ${localDateSql('c.received_at')} <= d.day
                and (coalesce(c.resolved_at, c.closed_at) is null or ${localDateSql('coalesce(c.resolved_at, c.closed_at)')} > d.day))::int as open,
              count(*) filter (where ${localDateSql('c.received_at')} > d.day - 90 and ${localDateSql('c.received_at')} <= d.day
                and (coalesce(c.first_response_at, 'infinity') > c.response_due_at and ${localDateSql('c.response_due_at')} <= d.day
                  or coalesce(c.resolved_at, 'infinity') > c.resolution_due_at and ${localDateSql('c.resolution_due_at')} <= d.day))::int as breached
       from complaint c, d group by c.merchant_id),
     faults as (
       select f.merchant_id,
              count(*) filter (where ${localDateSql('f.reported_at')} <= d.day
                and (coalesce(f.fixed_at, f.closed_at) is null or ${localDateSql('coalesce(f.fixed_at, f.closed_at)')} > d.day))::int as open,
              count(*) filter (where ${localDateSql('f.reported_at')} > d.day - 90 and ${localDateSql('f.reported_at')} <= d.day
                and coalesce(f.fixed_at, 'infinity') > f.repair_due_at
                and ${localDateSql('f.repair_due_at')} <= d.day)::int as breached
       from fault_ticket f cross join d
       group by f.merchant_id),
     removed as (
       select t.merchant_id, count(*)::int as n from terminal t, d
       where t.removed_on > d.day - 90 and t.removed_on <= d.day group by t.merchant_id),
     contact as (
       select i.merchant_id, max(${localDateSql('i.occurred_at')}) as last_contact
       from interaction_effective i, d
       where i.outcome in (${counting}) and ${localDateSql('i.occurred_at')} <= d.day group by i.merchant_id)
     select m.id as merchant_id,
            (d.day - coalesce(a.last_active, b.last_settle, greatest(m.onboarded_on, ds.day)))::int as days_since_last_active,
            case when a.days > 1 then ((a.last_active - a.first_active)::numeric / (a.days - 1))::text else '30' end as usual_gap,
            coalesce(a.vol_last, 0)::text as vol_last,
            case when w.prev_days > 0 then (coalesce(a.vol_prev, 0) * 30 / w.prev_days)::numeric(18,2)::text
                 else coalesce(a.vol_last, 0)::text end as vol_prev,
            coalesce(c.open, 0) as open_complaints, coalesce(c.breached, 0) + coalesce(f.breached, 0) as sla_breaches,
            coalesce(f.open, 0) as open_faults,
            ((m.rate - p.median_rate) * 10000)::numeric(12,4)::text as fee_gap_bp,
            coalesce(r.n, 0) as terminals_removed,
            (d.day - k.last_contact)::int as days_since_contact
     from merchant m cross join d cross join data_start ds
     cross join lateral (select greatest(0, (d.day - 30) - greatest(d.day - 120, ds.day - 1, m.onboarded_on - 1)) as prev_days) w
     left join act a on a.merchant_id = m.id
     left join before b on b.merchant_id = m.id
     left join peers p on p.category_code = m.category_code
     left join complaints c on c.merchant_id = m.id
     left join faults f on f.merchant_id = m.id
     left join removed r on r.merchant_id = m.id
     left join contact k on k.merchant_id = m.id
     where m.status <> 'terminated' and m.onboarded_on <= d.day
     order by m.id`,
    [asOf],
  );
  return rows.map((r) => ({
    merchantId: r.merchant_id,
    daysSinceLastActive: Math.max(0, r.days_since_last_active),
    usualGapDays: Math.max(1, Number(r.usual_gap)),
    volumeLastMonth: Number(r.vol_last),
    volumeMonthlyBefore: Number(r.vol_prev),
    openComplaints: r.open_complaints,
    slaBreaches90d: r.sla_breaches,
    openFaults: r.open_faults,
    feeRateVsPeers: Number(r.fee_gap_bp ?? 0),
    terminalsRemoved90d: r.terminals_removed,
    daysSinceLastContact: r.days_since_contact === null ? null : Math.max(0, r.days_since_contact),
  }));
}
