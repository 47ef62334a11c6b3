import { parseCategory } from '@cornerstone/shared/merchant/category';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scopeWhere } from '../identity/scope.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import {
  type Connection,
  connectionFrom,
  keysetSql,
  type PageRequest,
} from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import type { Loaders } from '../platform/graphql/loaders.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { Merchant } from './merchant.entity.ts';
import type { MerchantFilter } from './merchant.inputs.ts';
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

/** One page of merchants, ordered by MID; two statements whatever the page size (page + count). */
export async function listMerchants(
  em: EntityManager,
  user: AppUser,
  filter: MerchantFilter | null | undefined,
  req: PageRequest,
): Promise<Connection<Merchant> & { totalCount: number }> {
  const where = await merchantWhere(em, user, filter);
  const base = () => em.createQueryBuilder(Merchant, 'm').where(whereSql(where), [...where.params]);
  const keyset = keysetSql(req, ['m.mid'], 'asc');
  const page = base()
    .select('m.*')
    .leftJoinAndSelect('m.branch', 'b')
    .leftJoinAndSelect('m.manager', 'u')
    .orderBy({ 'm.mid': keyset.ascending ? 'asc' : 'desc' })
    .limit(keyset.limit);
  if (keyset.where) page.andWhere(keyset.where, keyset.params);
  const [rows, totalCount] = await Promise.all([page.getResultList(), req.count ? base().getCount() : 0]);
  return { ...connectionFrom(rows, req, (m) => [m.mid]), totalCount };
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
