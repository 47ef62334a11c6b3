import type { Product } from '@cornerstone/shared/value/recommend';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InputCheck } from '../platform/graphql/errors.ts';

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

// What merchants hold: the products they took up, and the capped fee plan, which counts as one.
export const HELD_SQL = `select merchant_id, product_code from merchant_product
  union select id, 'capped_plan' from merchant where fee_plan = 'capped'`;

export async function heldBy(em: EntityManager, merchantId: number): Promise<Set<string>> {
  const rows = await em.execute<{ code: string }[]>(
    `select product_code as code from (${HELD_SQL}) h where merchant_id = ?`,
    [merchantId],
  );
  return new Set(rows.map((r) => r.code));
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
