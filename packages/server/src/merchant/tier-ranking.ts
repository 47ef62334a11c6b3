import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlWhere } from '../platform/db/sql-where.ts';

/**
 * SQL `(id, tier)` of the merchants a `where` selects, ranked into the pyramid of a period: what a
 * `tier` filter on a merchant list selects from. Tiers are derived from settlements, layers above
 * the merchants, so the tier feature supplies the ranking (app/workflows/ wires it) instead of the
 * merchant list importing it.
 */
export type TierRanking = (
  em: EntityManager,
  period: Period,
  where: SqlWhere,
) => Promise<{ sql: string; params: unknown[] }>;

let ranking: TierRanking | null = null;

export function supplyTierRanking(r: TierRanking): void {
  ranking = r;
}

export function tierRanking(): TierRanking {
  if (!ranking) throw new Error('no tier ranking supplied: app/workflows/ wires the tier feature in');
  return ranking;
}
