import type { Product } from '@cornerstone/shared/value/recommend';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PageRequest } from '../platform/graphql/connection.ts';
import { mapNodes } from '../platform/graphql/connection.ts';
import { AppError, InputCheck } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';

interface ProductRow {
  code: string;
  name_zh: string;
  name_en: string;
  reason_zh: string;
  reason_en: string;
  rule: unknown;
  cooldown_days: number;
  active: boolean;
  position: number;
}

export type CatalogueProduct = Product & { active: boolean };

const toCatalogueProduct = (r: ProductRow): CatalogueProduct => ({
  code: r.code,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  reasonZh: r.reason_zh,
  reasonEn: r.reason_en,
  rule: (typeof r.rule === 'string' ? JSON.parse(r.rule) : r.rule) as Product['rule'],
  cooldownDays: r.cooldown_days,
  active: r.active,
});

/** The catalogue in its order (position, then code): the active products, or all of them. */
export async function catalogue(em: EntityManager, all = false): Promise<CatalogueProduct[]> {
  const rows = await em.execute<ProductRow[]>(
    `select * from product ${all ? '' : 'where active'} order by position, code`,
  );
  return rows.map(toCatalogueProduct);
}

/** One page of the catalogue in its order (the active products, or all), and how many it has. */
export async function cataloguePage(em: EntityManager, req: PageRequest, all = false) {
  const page = await pageOfSql<ProductRow>(
    em,
    {
      select: '*',
      from: 'product',
      where: { sql: all ? [] : ['active'], params: [] },
      orderBy: ['position', 'code'],
      direction: 'asc',
      types: ['int', 'text'],
      keys: (p) => [p.position, p.code],
    },
    req,
  );
  return mapNodes(page, toCatalogueProduct);
}

/** An active product by code, or null. */
export async function activeProduct(em: EntityManager, code: string): Promise<CatalogueProduct | null> {
  const [row] = await em.execute<ProductRow[]>('select * from product where code = ? and active', [code]);
  return row ? toCatalogueProduct(row) : null;
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
  /** Adding a product: a code already in the catalogue is refused rather than overwritten. */
  isNew?: boolean;
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

/**
 * Adds or changes a catalogue product (administrators); the rule is checked field by field. A
 * deactivated product is no longer recommended nor offered; merchants who hold it keep it.
 */
export async function saveProduct(em: EntityManager, input: ProductInput) {
  const check = new InputCheck();
  check.check(/^[a-z][a-z0-9_]{1,40}$/.test(input.code), 'code', 'lower-case letters, digits and _');
  for (const f of ['nameZh', 'nameEn', 'reasonZh', 'reasonEn'] as const)
    check.require(input[f]?.trim().length > 0 && input[f].length <= 200, f, 'text.length', {
      min: 1,
      max: 200,
    });
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
  const values = [
    input.code,
    input.nameZh,
    input.nameEn,
    input.reasonZh,
    input.reasonEn,
    JSON.stringify(rule),
    input.cooldownDays,
    input.active,
  ];
  const insert = `insert into product (code, name_zh, name_en, reason_zh, reason_en, rule, cooldown_days, active, position)
     values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, (select coalesce(max(position), 0) + 1 from product))`;
  if (input.isNew) {
    // One statement decides, so two administrators adding the same code at once cannot both win.
    const added = await em.execute<{ code: string }[]>(
      `${insert} on conflict (code) do nothing returning code`,
      values,
    );
    if (!added.length) throw codeTaken(input.code);
  } else
    await em.execute(
      `${insert} on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, reason_zh = excluded.reason_zh,
         reason_en = excluded.reason_en, rule = excluded.rule, cooldown_days = excluded.cooldown_days, active = excluded.active`,
      values,
      'run',
    );
  const [row] = await em.execute<ProductRow[]>('select * from product where code = ?', [input.code]);
  return toCatalogueProduct(row!);
}

/** A code already in the catalogue, refused under the code field as a conflict. */
function codeTaken(code: string) {
  const message = `"${code}" is already in the catalogue`;
  return new AppError('CONFLICT', `code: ${message}`, {
    field: 'code',
    fields: [{ field: 'code', message }],
  });
}
