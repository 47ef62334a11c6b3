import { type Period, previousPeriod } from '@cornerstone/shared/period/period';
import { benchmark, type PeerFigures } from '@cornerstone/shared/value/benchmark';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { periodTotalsSql } from '../settlement/profit.service.ts';

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
