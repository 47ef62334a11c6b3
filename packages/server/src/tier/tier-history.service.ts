import type { EntityManager } from '@mikro-orm/postgresql';
import { connectionType, type PageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { TierSnapshotEntryType } from './tier.types.ts';

export const TierSnapshotEntryConnectionType = connectionType('TierSnapshotEntry', TierSnapshotEntryType, [
  '分级历史',
  'stored tier snapshots',
]);

type HistoryRow = TierSnapshotEntryType & { periodEnd: string };

/**
 * A page of a merchant's official tiers from the stored snapshots, newest period first. A month
 * and its quarter end on the same day, so the period's label breaks the tie (the key is unique:
 * one snapshot row per merchant and period).
 */
export function tierHistoryPage(em: EntityManager, merchantId: number, req: PageRequest) {
  return pageOfSql<HistoryRow>(
    em,
    {
      select: `s.period, s.tier, s.rank, s.profit::numeric(18,2)::text as profit, r.period_end::text as "periodEnd"`,
      from: 'tier_snapshot s join tier_snapshot_run r on r.period = s.period',
      where: { sql: ['s.merchant_id = ?'], params: [merchantId] },
      orderBy: ['r.period_end', 's.period'],
      direction: 'desc',
      types: ['date', 'text'],
      keys: (r) => [r.periodEnd, r.period],
    },
    req,
  );
}
