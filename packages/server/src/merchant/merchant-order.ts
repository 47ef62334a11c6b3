import type { Period } from '@cornerstone/shared/period/period';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { MerchantOrderField, OrderDirection } from './merchant-order-fields.ts';

// The orders of the merchant list. Profit, tier, last contact and value are derived by features
// layered above the merchants (settlements, tiers, interactions, CLV), so each supplies the SQL of
// its per-merchant key (app/workflows/ wires them) instead of the merchant list importing them.

/**
 * SQL `(merchant_id, key)` of one derived sort key; `period` is given for PROFIT and TIER. `only` is
 * a condition on `merchant_id` (the list's scope and filter): a key computed per merchant may read
 * only those rows, so an account manager's sort does not aggregate the whole company.
 */
export type OrderKeySql = (
  em: EntityManager,
  period: Period | null,
  only: { sql: string; params: unknown[] },
) => Promise<{ sql: string; params: unknown[] }>;

export type DerivedOrder = 'PROFIT' | 'TIER' | 'LAST_CONTACT' | 'VALUE';

const supplied: Partial<Record<DerivedOrder, OrderKeySql>> = {};

export function supplyMerchantOrderKeys(keys: Record<DerivedOrder, OrderKeySql>): void {
  Object.assign(supplied, keys);
}

/** How one order sorts: the key's SQL over `m` (and `k`, the supplied key's row), its cursor type. */
interface OrderDef {
  expr: string;
  type: 'text' | 'numeric' | 'bigint' | 'date';
  /** Rows without a key (never contacted, no estimate, unranked) come last in both directions. */
  nullable: boolean;
  /** The key is unique by itself (MID): no id tie-break, and the cursors of before stay valid. */
  unique?: boolean;
  derived?: DerivedOrder;
  needsPeriod?: boolean;
}

// Tier as a number, the highest tier the largest: DESC lists key customers first.
const tierRank = `array_position(array[${[...TIER_CODES]
  .reverse()
  .map((t) => `'${t}'`)
  .join(', ')}]::text[], k.key::text)`;

const ORDERS: Record<MerchantOrderField, OrderDef> = {
  MID: { expr: 'm.mid', type: 'text', nullable: false, unique: true },
  // By code point ("C"): the same order on every database, whatever its locale.
  NAME: { expr: 'm.name collate "C"', type: 'text', nullable: false },
  // A merchant without settlements in the period made no profit: it sorts as 0, as the list shows.
  PROFIT: {
    expr: 'coalesce(k.key, 0)',
    type: 'numeric',
    nullable: false,
    derived: 'PROFIT',
    needsPeriod: true,
  },
  TIER: { expr: tierRank, type: 'bigint', nullable: true, derived: 'TIER', needsPeriod: true },
  LAST_CONTACT: { expr: 'k.key', type: 'date', nullable: true, derived: 'LAST_CONTACT' },
  VALUE: { expr: 'k.key', type: 'numeric', nullable: true, derived: 'VALUE' },
};

const SENTINEL: Record<OrderDef['type'], string> = {
  text: "''",
  numeric: '0',
  bigint: '0',
  date: "'1970-01-01'::date",
};

export interface OrderPlan {
  /** The cursor list's name: a cursor of one order (or period) is refused by another. */
  list: string;
  /** Joined in before the where (`left join (…) k on k.merchant_id = m.id`), with its params. */
  join: string;
  joinParams: unknown[];
  /** The sort columns, all one way, the last unique; their cursor types. */
  columns: string[];
  types: string[];
  direction: 'asc' | 'desc';
  needsPeriod: boolean;
}

/**
 * The SQL of an order: the sort columns (a flag that puts rows without a key last, the key, then
 * the merchant's id) and the join that brings the derived key.
 */
export async function orderPlan(
  em: EntityManager,
  field: MerchantOrderField,
  direction: OrderDirection,
  period: Period | null,
  where: SqlWhere,
): Promise<OrderPlan> {
  const def = ORDERS[field];
  const dir = direction === OrderDirection.DESC ? 'desc' : 'asc';
  // The default order keeps the list's name of before, so cursors handed out earlier still work.
  const list =
    field === MerchantOrderField.MID && dir === 'asc'
      ? 'merchants'
      : `merchants:${field}:${dir}${def.needsPeriod && period ? `:${period.label}` : ''}`;
  let join = '';
  let joinParams: unknown[] = [];
  if (def.derived) {
    const key = supplied[def.derived];
    if (!key) throw new Error(`no ${def.derived} order key supplied: app/workflows/ wires it in`);
    const q = await key(em, period, {
      sql: `merchant_id in (select m.id from merchant m where ${whereSql(where)})`,
      params: [...where.params],
    });
    join = `left join (${q.sql}) k on k.merchant_id = m.id`;
    joinParams = q.params;
  }
  const columns: string[] = [];
  const types: string[] = [];
  if (def.nullable) {
    // Ascending, 0 (has a key) before 1; descending, 1 (has a key) before 0: no key is last either way.
    columns.push(dir === 'asc' ? `(${def.expr} is null)::int` : `(${def.expr} is not null)::int`);
    types.push('bigint');
    columns.push(`coalesce(${def.expr}, ${SENTINEL[def.type]})`);
  } else columns.push(def.expr);
  types.push(def.type);
  if (!def.unique) {
    columns.push('m.id');
    types.push('bigint');
  }
  return { list, join, joinParams, columns, types, direction: dir, needsPeriod: def.needsPeriod ?? false };
}

/** Whether an order ranks by a period's figures (profit, tier). */
export const orderNeedsPeriod = (field: MerchantOrderField) => ORDERS[field].needsPeriod ?? false;
