import type { CategoryCode } from '@cornerstone/shared/merchant/category';
import { addDays, type Period, previousPeriod } from '@cornerstone/shared/period/period';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import { benchmark, type PeerFigures } from '@cornerstone/shared/value/benchmark';
import {
  type MerchantProfile,
  type PastOffer,
  type Product,
  recommend,
  sizeBand,
} from '@cornerstone/shared/value/recommend';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { whereSql } from '../platform/db/sql-where.ts';
import { MAX_PAGE } from '../platform/graphql/connection.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { businessToday } from '../platform/time/business-time.ts';
import { intArray, periodTotalsSql } from '../settlement/profit.service.ts';

export async function catalogue(em: EntityManager, all = false): Promise<(Product & { active: boolean })[]> {
  const rows = await em.execute<
    {
      code: string;
      name_zh: string;
      name_en: string;
      reason_zh: string;
      reason_en: string;
      rule: unknown;
      cooldown_days: number;
      active: boolean;
    }[]
  >(`select * from product ${all ? '' : 'where active'} order by position, code`);
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    reasonZh: r.reason_zh,
    reasonEn: r.reason_en,
    rule: (typeof r.rule === 'string' ? JSON.parse(r.rule) : r.rule) as Product['rule'],
    cooldownDays: r.cooldown_days,
    active: r.active,
  }));
}

/** The three full months before `today`'s month: the window of "average monthly amount". */
function volumeWindow(today: string): [string, string] {
  const end = `${today.slice(0, 7)}-01`;
  let start = end;
  for (let i = 0; i < 3; i++) start = `${addDays(start, -1).slice(0, 7)}-01`;
  return [start, end];
}

const HELD_SQL = `select merchant_id, product_code from merchant_product
  union select id, 'capped_plan' from merchant where fee_plan = 'capped'`;

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

export async function heldBy(em: EntityManager, merchantId: number): Promise<Set<string>> {
  const rows = await em.execute<{ code: string }[]>(
    `select product_code as code from (${HELD_SQL}) h where merchant_id = ?`,
    [merchantId],
  );
  return new Set(rows.map((r) => r.code));
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

export const OFFER_OUTCOMES = ['offered', 'accepted', 'declined'] as const;

/** Records an offer and its outcome; an accepted product is held from today. */
export async function recordOffer(
  em: EntityManager,
  user: AppUser,
  input: { mid: string; product: string; outcome: string; note?: string | null },
) {
  const check = new InputCheck();
  const m = await findMerchant(em, user, input.mid);
  check.check(m !== null, 'mid', `no merchant ${input.mid}`);
  const [p] = await em.execute<{ code: string }[]>('select code from product where code = ? and active', [
    input.product,
  ]);
  check.check(Boolean(p), 'product', `no active product ${input.product}`);
  check.check(
    OFFER_OUTCOMES.includes(input.outcome as never),
    'outcome',
    `one of ${OFFER_OUTCOMES.join(', ')}`,
  );
  if (m && p && (await heldBy(em, m.id)).has(input.product))
    check.add('product', `the merchant already holds ${input.product}`);
  if (input.note && input.note.length > 1000) check.add('note', 'at most 1000 characters');
  check.throwIfAny();
  const today = businessToday();
  return em.transactional(async (tx) => {
    const t = tx as EntityManager;
    const [row] = await t.execute<{ id: string }[]>(
      `insert into product_offer (merchant_id, product_code, outcome, offered_on, staff_id, note)
       values (?, ?, ?, ?, ?, ?) returning id::text`,
      [m!.id, input.product, input.outcome, today, user.id, input.note ?? null],
    );
    if (input.outcome === 'accepted')
      await t.execute(
        `insert into merchant_product (merchant_id, product_code, since, source) values (?, ?, ?, ?)
         on conflict do nothing`,
        [m!.id, input.product, today, `offer ${row!.id}`],
      );
    return {
      id: row!.id,
      product: input.product,
      outcome: input.outcome,
      offeredOn: today,
      staff: user.login,
    };
  });
}

/** Offers per product and branch over a time range, with the acceptance rate of decided ones. */
export async function acceptance(em: EntityManager, user: AppUser, from: string, to: string) {
  const scope = scopeWhere(user);
  return em.execute<
    {
      product: string;
      branch: string;
      offers: number;
      accepted: number;
      declined: number;
      rate: number | null;
    }[]
  >(
    `select o.product_code as product, b.name as branch, count(*)::int as offers,
            count(*) filter (where o.outcome = 'accepted')::int as accepted,
            count(*) filter (where o.outcome = 'declined')::int as declined,
            (count(*) filter (where o.outcome = 'accepted'))::float8
              / nullif(count(*) filter (where o.outcome in ('accepted', 'declined')), 0) as rate
     from product_offer o join merchant m on m.id = o.merchant_id join branch b on b.id = m.branch_id
     where o.offered_on >= ? and o.offered_on <= ? and ${whereSql(scope)}
     group by 1, 2 order by 1, 2`,
    [from, to, ...scope.params],
  );
}

/** Peers' figures for a period: same category and branch, the merchant itself included. */
export async function peerFigures(em: EntityManager, m: Merchant, period: Period): Promise<PeerFigures[]> {
  const cur = periodTotalsSql(period);
  const prev = periodTotalsSql(previousPeriod(period));
  return em.execute<PeerFigures[]>(
    `select p.mid, coalesce(c.txn_amount, 0)::float8 as amount, coalesce(c.txn_count, 0)::float8 as count,
            coalesce(c.merchant_fee, 0)::float8 as fee, coalesce(v.txn_amount, 0)::float8 as "previousAmount"
     from merchant p left join (${cur.sql}) c on c.merchant_id = p.id left join (${prev.sql}) v on v.merchant_id = p.id
     where p.category_code = ? and p.branch_id = ? and p.status <> 'terminated' order by p.mid`,
    [...cur.params, ...prev.params, m.category.code, m.branch.id],
  );
}

/** The category's fee rate across the company for the period (fees over amount). */
export async function categoryFeeRate(
  em: EntityManager,
  category: string,
  period: Period,
): Promise<number | null> {
  const cur = periodTotalsSql(period);
  const [row] = await em.execute<{ rate: number | null }[]>(
    `select sum(c.merchant_fee)::float8 / nullif(sum(c.txn_amount), 0)::float8 as rate
     from (${cur.sql}) c join merchant m on m.id = c.merchant_id where m.category_code = ?`,
    [...cur.params, category],
  );
  return row?.rate ?? null;
}

export async function merchantBenchmark(em: EntityManager, m: Merchant, period: Period) {
  const peers = await peerFigures(em, m, period);
  const self = peers.find((p) => p.mid === m.mid);
  if (!self) throw new AppError('NOT_FOUND', `mid: no figures for ${m.mid}`);
  return {
    period: period.label,
    peers: peers.length - 1,
    metrics: benchmark(self, peers),
    categoryFeeRate: await categoryFeeRate(em, m.category.code, period),
  };
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

export interface ProductInput {
  code: string;
  nameZh: string;
  nameEn: string;
  reasonZh: string;
  reasonEn: string;
  rule: string;
  cooldownDays: number;
  active: boolean;
}

const RULE_KEYS = new Set([
  'categories',
  'tiers',
  'minMonthlyAmount',
  'maxMonthlyAmount',
  'minTenureMonths',
  'statuses',
  'preferTiers',
]);

/** Adds or changes a catalogue product (administrators); the rule is checked field by field. */
export async function saveProduct(em: EntityManager, input: ProductInput) {
  const check = new InputCheck();
  check.check(/^[a-z][a-z0-9_]{1,40}$/.test(input.code), 'code', 'lower-case letters, digits and _');
  for (const f of ['nameZh', 'nameEn', 'reasonZh', 'reasonEn'] as const)
    check.check(input[f]?.trim().length > 0 && input[f].length <= 200, f, '1 to 200 characters');
  check.check(
    Number.isInteger(input.cooldownDays) && input.cooldownDays >= 0 && input.cooldownDays <= 730,
    'cooldownDays',
    '0 to 730 days',
  );
  let rule: Record<string, unknown> = {};
  try {
    rule = JSON.parse(input.rule) as Record<string, unknown>;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) throw new Error('not an object');
    const unknown = Object.keys(rule).filter((k) => !RULE_KEYS.has(k));
    if (unknown.length)
      check.add('rule', `unknown condition ${unknown.join(', ')}; known: ${[...RULE_KEYS].join(', ')}`);
  } catch (err) {
    check.add('rule', `a JSON object (${(err as Error).message})`);
  }
  check.throwIfAny();
  await em.execute(
    `insert into product (code, name_zh, name_en, reason_zh, reason_en, rule, cooldown_days, active, position)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, (select coalesce(max(position), 0) + 1 from product))
     on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, reason_zh = excluded.reason_zh,
       reason_en = excluded.reason_en, rule = excluded.rule, cooldown_days = excluded.cooldown_days, active = excluded.active`,
    [
      input.code,
      input.nameZh,
      input.nameEn,
      input.reasonZh,
      input.reasonEn,
      JSON.stringify(rule),
      input.cooldownDays,
      input.active,
    ],
  );
  return (await catalogue(em, true)).find((p) => p.code === input.code)!;
}
