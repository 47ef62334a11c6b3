import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rankingOfState } from '../../src/tier/period-rank.service.ts';
import { periodState } from '../../src/tier/pyramid.service.ts';

/** The period's stored ranking if fresh, as a pyramid request finds it (null: it ranks live). */
export async function storedRanking(em: EntityManager, period: Period) {
  return rankingOfState(em, period, (await periodState(em, period)).ranking);
}
