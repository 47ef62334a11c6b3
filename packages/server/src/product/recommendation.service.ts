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
import { intArray, textArray } from '../platform/db/values.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { type CatalogueProduct, catalogue, HELD_SQL } from './catalogue.service.ts';

/** The three full months before `today`'s month: the window of "average monthly amount". */
function volumeWindow(today: string): [string, string] {
  const end = `${today.slice(0, 7)}-01`;
  let start = end;
  for (let i = 0; i < 3; i++) start = `${addDays(start, -1).slice(0, 7)}-01`;
  return [start, end];
}

interface ProfileRow {
  id: number;
  tier: TierCode | null;
  potential: boolean | null;
  monthly: number;
  tenure: number;
}

/** The profiles recommendations are made from: official tier and potential, volume, tenure, status. */
async function profilesOf(em: EntityManager, merchants: readonly Merchant[], today: string) {
  const [from, to] = volumeWindow(today);
  const rows = await em.execute<ProfileRow[]>(
    `select m.id, mc.tier, mc.potential,
            coalesce((select sum(txn_amount) from settlement_month s where s.merchant_id = m.id and s.month >= ? and s.month < ?), 0)::float8 / 3 as monthly,
            (extract(year from age(?::date, m.onboarded_on)) * 12 + extract(month from age(?::date, m.onboarded_on)))::int as tenure
     from merchant m left join merchant_cadence mc on mc.merchant_id = m.id where m.id = any(?::int[])`,
    [from, to, today, today, intArray(merchants.map((m) => m.id))],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    merchants.map((m): [number, MerchantProfile] => {
      const row = byId.get(m.id);
      return [
        m.id,
        {
          category: m.category.code as CategoryCode,
          tier: row?.tier ?? null,
          potential: row?.potential ?? false,
          monthlyAmount: row?.monthly ?? 0,
          tenureMonths: row?.tenure ?? 0,
          status: m.status,
        },
      ];
    }),
  );
}

/**
 * What merchants hold and how much they move, for every merchant of the branches and categories of
 * `merchants` (their peers, themselves included): two statements for any number of merchants.
 */
async function peerGroups(em: EntityManager, merchants: readonly Merchant[], today: string) {
  const [from, to] = volumeWindow(today);
  const pairs = [...new Map(merchants.map((m) => [`${m.category.code}|${m.branch.id}`, m])).values()];
  const peers = await em.execute<{ id: number; category: string; branch: number; monthly: number }[]>(
    `select p.id, p.category_code as category, p.branch_id as branch, coalesce(sum(s.txn_amount), 0)::float8 / 3 as monthly
     from merchant p left join settlement_month s on s.merchant_id = p.id and s.month >= ? and s.month < ?
     where (p.category_code, p.branch_id) in (select * from unnest(?::text[], ?::int[])) and p.status <> 'terminated'
     group by p.id`,
    [from, to, textArray(pairs.map((m) => m.category.code)), intArray(pairs.map((m) => m.branch.id))],
  );
  const held = new Map<number, Set<string>>();
  if (peers.length) {
    const rows = await em.execute<{ id: number; code: string }[]>(
      `select merchant_id as id, product_code as code from (${HELD_SQL}) h where merchant_id = any(?::int[])`,
      [intArray(peers.map((p) => p.id))],
    );
    for (const r of rows) held.set(r.id, (held.get(r.id) ?? new Set()).add(r.code));
  }
  return { peers, held };
}

/**
 * Share of similar merchants (same category, size band and branch; the merchant itself left out)
 * that hold each product.
 */
function peerAdoption(
  m: Merchant,
  profile: MerchantProfile,
  groups: Awaited<ReturnType<typeof peerGroups>>,
): Map<string, number> {
  const band = sizeBand(profile.monthlyAmount);
  const ids = groups.peers
    .filter(
      (p) =>
        p.id !== m.id &&
        p.category === m.category.code &&
        p.branch === m.branch.id &&
        sizeBand(p.monthly) === band,
    )
    .map((p) => p.id);
  const counts = new Map<string, number>();
  for (const id of ids)
    for (const code of groups.held.get(id) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  return new Map([...counts].map(([code, n]) => [code, n / ids.length]));
}

/** The last offer of each product to each merchant. */
async function lastOffers(em: EntityManager, ids: readonly number[]) {
  const rows = await em.execute<{ id: number; code: string; outcome: PastOffer['outcome']; on: string }[]>(
    `select distinct on (merchant_id, product_code) merchant_id as id, product_code as code, outcome, offered_on::text as on
     from product_offer where merchant_id = any(?::int[]) order by merchant_id, product_code, id desc`,
    [intArray(ids)],
  );
  const out = new Map<number, Map<string, PastOffer>>();
  for (const r of rows)
    out.set(r.id, (out.get(r.id) ?? new Map()).set(r.code, { outcome: r.outcome, on: r.on }));
  return out;
}

/**
 * Recommendations for many merchants at once, each best first with its reasons: a fixed handful of
 * statements for any number of merchants (My work's follow-ups score hundreds; one query per
 * merchant and input took seconds).
 */
export async function recommendationsForMany(
  em: EntityManager,
  merchants: readonly Merchant[],
  today = businessToday(),
) {
  type Recommended = ReturnType<typeof recommend>[number] & { product: CatalogueProduct };
  const out = new Map<number, Recommended[]>();
  if (!merchants.length) return out;
  const ids = merchants.map((m) => m.id);
  const [products, profiles, groups, offers] = await Promise.all([
    catalogue(em),
    profilesOf(em, merchants, today),
    peerGroups(em, merchants, today),
    lastOffers(em, ids),
  ]);
  const byCode = new Map(products.map((p) => [p.code, p]));
  for (const m of merchants) {
    const profile = profiles.get(m.id)!;
    const recs = recommend(
      products,
      profile,
      groups.held.get(m.id) ?? new Set(),
      offers.get(m.id) ?? new Map(),
      peerAdoption(m, profile, groups),
      today,
    );
    out.set(
      m.id,
      recs.map((r) => ({ ...r, product: byCode.get(r.code)! })),
    );
  }
  return out;
}

/** The merchant's recommendations, best first, each with its reasons in both languages. */
export async function recommendationsFor(em: EntityManager, m: Merchant, today = businessToday()) {
  return (await recommendationsForMany(em, [m], today)).get(m.id) ?? [];
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
  // Every candidate's merchant through the per-request loader (one batched query), then every
  // candidate scored at once.
  const merchants = (await Promise.all(candidates.map((c) => loadMerchant(c.id)))).filter(
    (m): m is Merchant => m !== null,
  );
  const recs = await recommendationsForMany(em, merchants, today);
  const out: { merchant: Merchant; top: Awaited<ReturnType<typeof recommendationsFor>>[number] }[] = [];
  for (const m of merchants) {
    const top = recs.get(m.id)?.[0];
    if (top) out.push({ merchant: m, top });
  }
  return out
    .sort((a, b) => b.top.score - a.top.score || a.merchant.mid.localeCompare(b.merchant.mid))
    .slice(0, first);
}
