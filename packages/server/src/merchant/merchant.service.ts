import { parseCategory } from '@cornerstone/shared/merchant/category';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import {
  type Connection,
  connectionFrom,
  keysetSql,
  type PageArgs,
  pageRequest,
} from '../platform/graphql/connection.ts';
import { AppError, problemError } from '../platform/graphql/errors.ts';
import type { Loaders } from '../platform/graphql/loaders.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { Merchant } from './merchant.entity.ts';
import type { MerchantFilter } from './merchant.inputs.ts';
import { MerchantOrderField, OrderDirection } from './merchant.types.ts';
import { orderNeedsPeriod, orderPlan } from './merchant-order.ts';
import { tierRanking } from './tier-ranking.ts';

/** Adds a merchant filter's conditions. */
export function filterWhere(
  filter: MerchantFilter | null | undefined,
  where: SqlWhere = { sql: [], params: [] },
): SqlWhere {
  const add = (sql: string, ...params: unknown[]) => {
    where.sql.push(sql);
    where.params.push(...params);
  };
  if (!filter) return where;
  if (filter.branch) add('m.branch_id in (select id from branch where name = ?)', filter.branch);
  if (filter.category) {
    const code = parseCategory(filter.category);
    if (!code) throw new AppError('BAD_USER_INPUT', `filter.category: unknown category "${filter.category}"`);
    add('m.category_code = ?', code);
  }
  if (filter.manager) add('m.manager_id in (select id from app_user where login = ?)', filter.manager);
  if (filter.status) add('m.status = ?', filter.status);
  if (filter.feePlan) add('m.fee_plan = ?', filter.feePlan);
  if (filter.search?.trim()) {
    const q = filter.search.trim();
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = q.replace(/\D/g, '');
    if (digits.length > 0)
      add('(m.mid like ? or m.name ilike ? or m.trading_name ilike ?)', `${digits}%`, like, like);
    else add('(m.name ilike ? or m.trading_name ilike ?)', like, like);
  }
  return where;
}

/**
 * Scope and filter together. A tier filter means the tier in the pyramid of the same scope and
 * filter for that period — what the pyramid showed — so a click on a tier lists exactly its merchants.
 */
export async function merchantWhere(
  em: EntityManager,
  user: AppUser,
  filter: MerchantFilter | null | undefined,
): Promise<SqlWhere> {
  const where = filterWhere(filter, scopeWhere(user));
  if (filter?.tier) {
    if (!filter.period)
      throw new AppError('BAD_USER_INPUT', 'filter.period: a tier filter needs its period', {
        field: 'filter.period',
      });
    const period = parsePeriodArg(filter.period, 'filter.period');
    const ranked = await tierRanking()(em, period, { sql: [...where.sql], params: [...where.params] });
    where.sql.push(`m.id in (select id from (${ranked.sql}) ranked where tier = ?)`);
    where.params.push(...ranked.params, filter.tier);
  }
  return where;
}

export interface MerchantOrder {
  field: MerchantOrderField;
  direction: OrderDirection;
  /** The period of PROFIT and TIER, as the API gives it (2026-10, 2026-Q3, …). */
  period: string | null;
}

/**
 * One page of merchants in the order asked for (tie-broken on id): keyset cursors of that order, or
 * a page by number (`offset`, with `first`). Constant statements whatever the page size or order:
 * the page's ids and keys, the merchants of the page, the count (and a tier snapshot's lookup).
 */
export async function listMerchants(
  em: EntityManager,
  user: AppUser,
  filter: MerchantFilter | null | undefined,
  args: PageArgs,
  order: MerchantOrder = { field: MerchantOrderField.MID, direction: OrderDirection.ASC, period: null },
  offset: number | null = null,
  info?: GraphQLResolveInfo,
): Promise<Connection<Merchant> & { totalCount: number }> {
  if (orderNeedsPeriod(order.field) && !order.period) throw problemError('period', 'order.periodMissing');
  const period = order.period ? parsePeriodArg(order.period, 'period') : null;
  if (offset != null) {
    if (args.after != null || args.before != null || args.last != null)
      throw problemError('offset', 'page.offsetWithCursor');
    if (!Number.isInteger(offset) || offset < 0) throw problemError('offset', 'number.positiveWhole');
  }
  const where = await merchantWhere(em, user, filter);
  const plan = await orderPlan(em, order.field, order.direction, period, where);
  const req = pageRequest(args, plan.list, 20, info);
  const keyset = keysetSql(req, plan.columns, plan.direction, plan.types);
  const conn = em.getConnection();
  const cond = whereSql(where);
  const [rows, [count]] = await Promise.all([
    conn.execute<{ id: number; keys: (string | number)[] }[]>(
      `select m.id, json_build_array(${plan.columns.map((c, i) => (plan.types[i] === 'bigint' ? c : `(${c})::text`)).join(', ')}) as keys
       from merchant m ${plan.join}
       where ${cond}${keyset.where ? ` and ${keyset.where}` : ''}
       order by ${keyset.orderBy} limit ?${offset ? ' offset ?' : ''}`,
      [...plan.joinParams, ...where.params, ...keyset.params, keyset.limit, ...(offset ? [offset] : [])],
    ),
    // Counted only when the request reads totalCount (PageRequest.count).
    req.count
      ? conn.execute<{ n: number }[]>(`select count(*)::int as n from merchant m where ${cond}`, [
          ...where.params,
        ])
      : [{ n: 0 }],
  ]);
  // The page's merchants with their branch and manager, in one statement (a joined populate).
  const found = rows.length
    ? await em.find(Merchant, { id: { $in: rows.map((r) => r.id) } }, { populate: ['branch', 'manager'] })
    : [];
  const byId = new Map(found.map((m) => [m.id, m]));
  const keysOf = new Map<Merchant, (string | number)[]>();
  const merchants = rows.flatMap((r) => {
    const m = byId.get(r.id);
    if (!m) return [];
    keysOf.set(m, typeof r.keys === 'string' ? JSON.parse(r.keys) : r.keys);
    return [m];
  });
  const page = connectionFrom(merchants, req, (m) => keysOf.get(m)!);
  // A page by number has pages before it when it does not start at the top.
  if (offset) page.pageInfo.hasPreviousPage = true;
  return { ...page, totalCount: count!.n };
}

/** A merchant by MID if the user may see it; otherwise null, exactly as if it did not exist. */
export async function findMerchant(em: EntityManager, user: AppUser, mid: string): Promise<Merchant | null> {
  const qb = em
    .createQueryBuilder(Merchant, 'm')
    .select('m.*')
    .leftJoinAndSelect('m.branch', 'b')
    .leftJoinAndSelect('m.manager', 'u')
    .where({ 'm.mid': mid } as never);
  const scope = scopeWhere(user);
  if (scope.sql.length) qb.andWhere(whereSql(scope), scope.params);
  return qb.getSingleResult();
}

/**
 * A merchant by internal id through the per-request loader: rows that point at merchants (tasks,
 * interactions, tickets) cost one batched query per request for all their merchants. Callers
 * reach the ids through scoped queries only.
 */
export function loadMerchantById(em: EntityManager, loaders: Loaders, id: number): Promise<Merchant | null> {
  return loaders
    .get<Merchant | null>(
      'merchant-by-id',
      async (keys) => {
        const rows = await em.find(
          Merchant,
          { id: { $in: keys.map(Number) } },
          { populate: ['branch', 'manager'] },
        );
        return new Map(rows.map((m) => [String(m.id), m]));
      },
      null,
    )
    .load(String(id));
}
