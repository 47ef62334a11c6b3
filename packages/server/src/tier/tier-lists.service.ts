import { parseYuan } from '@cornerstone/shared/money/money';
import { type Period, previousPeriod } from '@cornerstone/shared/period/period';
import {
  churnRisk,
  DEFAULT_CHURN_RULE,
  DEFAULT_UPGRADE_RULE,
  upgradePotential,
} from '@cornerstone/shared/tier/tier-potential';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Merchant } from '../merchant/merchant.entity.ts';
import { analyticsSql } from '../platform/db/replicas.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { periodProfitSql } from '../settlement/profit.service.ts';
import { rankedSql } from './pyramid.service.ts';
import { tierCutoffsSql } from './tier-level.ts';

export interface InsightRow {
  merchant: Merchant;
  tier: TierCode | null;
  profit: string;
  reasons: string[];
  detail: string;
}

export interface InsightPage {
  rows: InsightRow[];
  totalCount: number;
  offset: number;
}

const COMPANY = { sql: [], params: [] };

async function page(
  em: EntityManager,
  sql: string,
  params: unknown[],
  first: number,
  offset: number,
  decide: (r: Record<string, string>) => { reasons: string[]; detail: string } | null,
): Promise<InsightPage> {
  // The list is an analytical read (a read replica when configured); the merchants load from the primary.
  const run = analyticsSql(em);
  const [rows, [count]] = await Promise.all([
    run<Record<string, string>>(`${sql} limit ? offset ?`, [...params, first, offset]),
    run<{ n: number }>(`select count(*)::int as n from (${sql}) x`, params),
  ]);
  const merchants = await em.find(
    Merchant,
    { id: { $in: rows.map((r) => Number(r.id)) } },
    { populate: ['branch', 'manager'] },
  );
  const byId = new Map(merchants.map((m) => [m.id, m]));
  const out: InsightRow[] = [];
  for (const r of rows) {
    const merchant = byId.get(Number(r.id));
    const decision = decide(r);
    // The SQL pre-selects with the same rule as shared; the shared function has the last word and gives the reasons.
    if (!merchant || !decision) continue;
    out.push({ merchant, tier: (r.tier as TierCode) ?? null, profit: r.profit ?? '0.00', ...decision });
  }
  return { rows: out, totalCount: count?.n ?? 0, offset };
}

/**
 * SQL pre-selecting 升级潜力 (docs/domain.md §3) with the shared rule: ordinary and small merchants
 * (company-wide official tier of the period) whose profit grew ≥ 20% over the last 3 periods, or
 * lies within 20% of the next tier's cut-off; within `where`, highest profit first.
 */
export async function upgradeSql(
  em: EntityManager,
  period: Period,
  where: SqlWhere,
): Promise<{ sql: string; params: unknown[] }> {
  const ranked = await rankedSql(em, period, COMPANY);
  const pot = potentialSql(ranked, period, where);
  return { sql: `${pot.sql} order by t.profit desc, m.mid collate "C"`, params: pot.params };
}

/**
 * The same 升级潜力 rule over the period's stored tier snapshot, company-wide and unordered: right
 * after the snapshot is stored it is the ranking upgradeSql would compute again (a million
 * merchants ranked a second time), so the cadence refresh that follows the snapshot reads it.
 */
export function upgradeFromSnapshotSql(period: Period): { sql: string; params: unknown[] } {
  const stored = {
    sql: 'select s.merchant_id as id, s.tier, s.profit from tier_snapshot s where s.period = ?',
    params: [period.label],
  };
  return potentialSql(stored, period, null);
}

/**
 * The rule's SQL over ranked merchants `ranked` (id, tier, profit), unordered. `where` null: every
 * merchant, without the join to `merchant` that a filter and the MID need (a million rows hashed
 * for nothing when the cadence refresh asks only which ids have the potential).
 */
function potentialSql(ranked: { sql: string; params: unknown[] }, period: Period, where: SqlWhere | null) {
  const rule = DEFAULT_UPGRADE_RULE;
  const p1 = periodProfitSql(previousPeriod(period));
  const p2 = periodProfitSql(previousPeriod(previousPeriod(period)));
  const sql = `
    with t as (${ranked.sql}),
    cuts as (${tierCutoffsSql('t')}),
    p1 as (${p1.sql}), p2 as (${p2.sql})
    select t.id, ${where ? 'm.mid' : 'null::text as mid'}, t.tier, t.profit::numeric(18,2)::text as profit,
           coalesce(p2.profit, 0)::numeric(18,2)::text as p_old, coalesce(p1.profit, 0)::numeric(18,2)::text as p_mid,
           c.cutoff::numeric(18,2)::text as next_cutoff
    from t ${where ? 'join merchant m on m.id = t.id' : ''}
    left join p1 on p1.merchant_id = t.id left join p2 on p2.merchant_id = t.id
    left join cuts c on c.tier = case t.tier when 'ORDINARY' then 'SECONDARY' when 'SMALL' then 'ORDINARY' end
    where t.tier in ('ORDINARY', 'SMALL') and ${where ? whereSql(where) : 'true'}
      and ((coalesce(p2.profit, 0) > 0 and t.profit * 10000 >= coalesce(p2.profit, 0) * ${10_000 + rule.growthBp})
        or (c.cutoff > 0 and t.profit > 0 and t.profit * 10000 >= c.cutoff * ${10_000 - rule.nearCutoffBp}))`;
  return { sql, params: [...ranked.params, ...p1.params, ...p2.params, ...(where?.params ?? [])] };
}

/** 升级潜力 candidates, a page at a time, each with the shared rule's reasons. */
export async function upgradeCandidates(
  em: EntityManager,
  period: Period,
  where: SqlWhere,
  first: number,
  offset: number,
) {
  const rule = DEFAULT_UPGRADE_RULE;
  const { sql, params } = await upgradeSql(em, period, where);
  return page(em, sql, params, first, offset, (r) => {
    const profit = parseYuan(r.profit ?? '0');
    const verdict = upgradePotential(
      {
        tier: r.tier as TierCode,
        profitsLast3: [parseYuan(r.p_old ?? '0'), parseYuan(r.p_mid ?? '0'), profit],
        profit,
        nextTierCutoff: r.next_cutoff ? parseYuan(r.next_cutoff) : null,
      },
      rule,
    );
    if (!verdict.potential) return null;
    return {
      reasons: verdict.reasons,
      detail: `profit ${r.p_old} → ${r.p_mid} → ${r.profit}; next tier from ${r.next_cutoff ?? '-'}`,
    };
  });
}

/**
 * Churn risk and dormancy: no settlement for 30 days before the end of the period's last month,
 * or that month's volume down ≥ 50% against the 3 months before it.
 */
export async function churnRisks(
  em: EntityManager,
  period: Period,
  where: SqlWhere,
  first: number,
  offset: number,
) {
  const rule = DEFAULT_CHURN_RULE;
  const month = `${period.end.slice(0, 7)}-01`;
  const sql = `
    with v as (
      select merchant_id,
             sum(txn_amount) filter (where month = ?::date) as month_volume,
             sum(txn_amount) filter (where month >= ?::date - interval '3 months' and month < ?::date) as trailing,
             max(last_settle_date) as last_settle
      from settlement_month where month <= ?::date group by merchant_id
    )
    select m.id, m.mid, coalesce(v.month_volume, 0)::numeric(18,2)::text as month_volume,
           round(coalesce(v.trailing, 0) / 3, 2)::numeric(18,2)::text as trailing_avg,
           v.last_settle::text as last_settle, '0.00' as profit
    from merchant m left join v on v.merchant_id = m.id
    where m.status <> 'terminated' and m.onboarded_on <= ?::date - ${rule.dormantDays} and ${whereSql(where)}
      and (v.last_settle is null or v.last_settle <= ?::date - ${rule.dormantDays}
        or (coalesce(v.trailing, 0) > 0 and coalesce(v.month_volume, 0) * 10000 <= round(v.trailing / 3, 2) * ${10_000 - rule.dropBp}))
    order by coalesce(v.trailing, 0) desc, m.mid collate "C"`;
  const params = [month, month, month, month, period.end, ...where.params, period.end];
  return page(em, sql, params, first, offset, (r) => {
    const reasons = churnRisk(
      {
        lastSettleDate: r.last_settle ?? null,
        today: period.end,
        monthVolume: parseYuan(r.month_volume ?? '0'),
        trailing3Avg: parseYuan(r.trailing_avg ?? '0'),
      },
      rule,
    );
    if (reasons.length === 0) return null;
    return {
      reasons,
      detail: `last settlement ${r.last_settle ?? 'never'}; month volume ${r.month_volume} vs 3-month average ${r.trailing_avg}`,
    };
  });
}

/** 劣质客户 candidates: negative profit in each of the 3 months ending with the period's last month. */
export async function poorQuality(
  em: EntityManager,
  period: Period,
  where: SqlWhere,
  first: number,
  offset: number,
) {
  const month = `${period.end.slice(0, 7)}-01`;
  const sql = `
    with neg as (
      select merchant_id, sum(profit) as profit, string_agg(to_char(month, 'YYYY-MM') || ' ' || profit::text, ', ' order by month) as months
      from settlement_month where month > ?::date - interval '3 months' and month <= ?::date
      group by merchant_id having count(*) = 3 and max(profit) < 0
    )
    select m.id, m.mid, neg.profit::numeric(18,2)::text as profit, neg.months
    from neg join merchant m on m.id = neg.merchant_id
    where m.status <> 'terminated' and ${whereSql(where)}
    order by neg.profit asc, m.mid collate "C"`;
  return page(em, sql, [month, month, ...where.params], first, offset, (r) => ({
    reasons: ['negative_profit_3_months'],
    detail: `monthly profit ${r.months}`,
  }));
}
