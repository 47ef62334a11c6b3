import type { CategoryCode } from '@cornerstone/shared/merchant/category';
import { addDays } from '@cornerstone/shared/period/period';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import {
  type MerchantProfile,
  type PastOffer,
  recommend,
  sizeBand,
} from '@cornerstone/shared/value/recommend';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { intArray } from '../settlement/profit.service.ts';
import { catalogue, HELD_SQL, heldBy } from './catalogue.service.ts';

/** The three full months before `today`'s month: the window of "average monthly amount". */
function volumeWindow(today: string): [string, string] {
  const end = `${today.slice(0, 7)}-01`;
  let start = end;
  for (let i = 0; i < 3; i++) start = `${addDays(start, -1).slice(0, 7)}-01`;
  return [start, end];
}

/** The profile recommendations are made from: official tier and potential, volume, tenure, status. */
export async function profileOf(em: EntityManager, m: Merchant, today = businessToday()) {
  const [from, to] = volumeWindow(today);
  const [row] = await em.execute<
    { tier: TierCode | null; potential: boolean | null; monthly: number; tenure: number }[]
  >(
    `select mc.tier, mc.potential,
            coalesce((select sum(txn_amount) from settlement_month s where s.merchant_id = m.id and s.month >= ? and s.month < ?), 0)::float8 / 3 as monthly,
            (extract(year from age(?::date, m.onboarded_on)) * 12 + extract(month from age(?::date, m.onboarded_on)))::int as tenure
     from merchant m left join merchant_cadence mc on mc.merchant_id = m.id where m.id = ?`,
    [from, to, today, today, m.id],
  );
  const profile: MerchantProfile = {
    category: m.category.code as CategoryCode,
    tier: row?.tier ?? null,
    potential: row?.potential ?? false,
    monthlyAmount: row?.monthly ?? 0,
    tenureMonths: row?.tenure ?? 0,
    status: m.status,
  };
  return profile;
}

/**
 * Share of similar merchants (same category, size band and branch; the merchant itself left out)
 * that hold each product.
 */
export async function peerAdoption(
  em: EntityManager,
  m: Merchant,
  profile: MerchantProfile,
  today = businessToday(),
) {
  const [from, to] = volumeWindow(today);
  const peers = await em.execute<{ id: number; monthly: number }[]>(
    `select p.id, coalesce(sum(s.txn_amount), 0)::float8 / 3 as monthly
     from merchant p left join settlement_month s on s.merchant_id = p.id and s.month >= ? and s.month < ?
     where p.category_code = ? and p.branch_id = ? and p.id <> ? and p.status <> 'terminated' group by p.id`,
    [from, to, profile.category, m.branch.id, m.id],
  );
  const band = sizeBand(profile.monthlyAmount);
  const ids = peers.filter((p) => sizeBand(p.monthly) === band).map((p) => p.id);
  const out = new Map<string, number>();
  if (!ids.length) return { peers: 0, adoption: out };
  const rows = await em.execute<{ code: string; n: number }[]>(
    `select product_code as code, count(distinct merchant_id)::int as n from (${HELD_SQL}) h
     where merchant_id = any(?::int[]) group by 1`,
    [intArray(ids)],
  );
  for (const r of rows) out.set(r.code, r.n / ids.length);
  return { peers: ids.length, adoption: out };
}

async function lastOffers(em: EntityManager, merchantId: number): Promise<Map<string, PastOffer>> {
  const rows = await em.execute<{ code: string; outcome: PastOffer['outcome']; on: string }[]>(
    `select distinct on (product_code) product_code as code, outcome, offered_on::text as on
     from product_offer where merchant_id = ? order by product_code, id desc`,
    [merchantId],
  );
  return new Map(rows.map((r) => [r.code, { outcome: r.outcome, on: r.on }]));
}

/** The merchant's recommendations, best first, each with its reasons in both languages. */
export async function recommendationsFor(em: EntityManager, m: Merchant, today = businessToday()) {
  const [products, profile] = await Promise.all([catalogue(em), profileOf(em, m, today)]);
  const [held, offers, peers] = await Promise.all([
    heldBy(em, m.id),
    lastOffers(em, m.id),
    peerAdoption(em, m, profile, today),
  ]);
  const byCode = new Map(products.map((p) => [p.code, p]));
  return recommend(products, profile, held, offers, peers.adoption, today).map((r) => ({
    ...r,
    product: byCode.get(r.code)!,
  }));
}

/**
 * My work's product follow-ups: key customers and those with upgrade potential in the caller's
 * scope, with nothing offered in the last 90 days and something to recommend — best first.
 */
export async function recommendationWork(
  em: EntityManager,
  user: AppUser,
  first: number,
  loadMerchant: (id: number) => Promise<Merchant | null>,
  today = businessToday(),
) {
  const scope = scopeWhere(user);
  const candidates = await em.execute<{ id: number }[]>(
    `select m.id from merchant m join merchant_cadence mc on mc.merchant_id = m.id
     where (mc.tier = 'KEY' or mc.potential) and m.status = 'active' and ${whereSql(scope)}
       and not exists (select 1 from product_offer o where o.merchant_id = m.id and o.offered_on > ?::date - 90)
     order by mc.tier = 'KEY' desc, m.mid limit 200`,
    [...scope.params, today],
  );
  const out: { merchant: Merchant; top: Awaited<ReturnType<typeof recommendationsFor>>[number] }[] = [];
  for (const c of candidates) {
    const m = await loadMerchant(c.id);
    if (!m) continue;
    const [top] = await recommendationsFor(em, m, today);
    if (top) out.push({ merchant: m, top });
  }
  return out
    .sort((a, b) => b.top.score - a.top.score || a.merchant.mid.localeCompare(b.merchant.mid))
    .slice(0, first);
}
