import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../platform/db/orm.ts';
import { primarySql, type SqlRows } from '../platform/db/replicas.ts';
import { emitSql } from '../platform/events/outbox.ts';
import { react, reactBehind } from '../platform/events/reactions.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { phaseTimer } from '../platform/time/phase-timer.ts';
import {
  PYRAMID_OF_T,
  type PyramidResult,
  type PyramidRow,
  periodState,
  pyramidOf,
  rankedSql,
} from './pyramid.service.ts';

const COMPANY = { sql: [], params: [] };

/**
 * How the maintenance cadence and open tasks follow a snapshot just stored (`tiers.snapshotted`):
 * - 'wait': before the snapshot answers (the CLI, the demo, tests that read tasks next);
 * - 'behind': after it has answered, in this process (the GraphQL mutation: whoever takes the
 *   snapshot waits for the tiers, not for a million merchants' tasks);
 * - 'later': not here — the caller follows once for several snapshots (a scheme change).
 * Either way the snapshot's run row says it is still to be followed until it has been, so a
 * process that stops halfway leaves it to the next round (server.ts) instead of losing it.
 */
export type SnapshotFollowUp = 'wait' | 'behind' | 'later';

/**
 * Stores the official, company-wide tier of every merchant for a period in one set-based
 * statement; recomputing brings the period's snapshot to the new ranking atomically, writing only
 * the merchants that moved. The cadence and tasks follow it as `opts.follow` says (default 'wait').
 */
export async function computeTierSnapshot(
  orm: Orm,
  periodText: string,
  actor: string,
  opts: { follow?: SnapshotFollowUp } = {},
): Promise<PyramidResult> {
  const period = parsePeriodArg(periodText);
  const phase = phaseTimer('snapshot');
  const pyramid = await orm.em.fork().transactional(async (em) => {
    const conn = em as EntityManager;
    // A million merchants ranked and aggregated in memory, not in temporary files (4 MB by default).
    await conn.execute(`set local work_mem = '256MB'`, [], 'run');
    const ranked = await rankedSql(conn, period, COMPANY);
    phase('basis');
    // One ranking, stored and summed into the pyramid in the same statement: ranking a million
    // merchants again for the pyramid took as long as storing them. Only what differs from the
    // period's stored rows is written — all of them the first time; on a recompute, the merchants
    // whose tier, rank or profit moved (a recompute that moved nothing rewrote a million rows:
    // 20 s at 1M). Every part of the statement reads the rows as they were before it, so the
    // update, the insert and the delete touch three disjoint sets of merchants.
    // In merchant order, so the keys grow at their end instead of at random (19 s → 12 s at 1M).
    const rows = await conn.execute<PyramidRow[]>(
      `with ranked as materialized (select id, tier, r, profit::numeric(18,2) as profit, n from (${ranked.sql}) x),
       upd as (
         update tier_snapshot s set tier = k.tier, rank = k.r, profit = k.profit
         from ranked k
         where s.period = ? and s.merchant_id = k.id
           and (s.tier, s.rank, s.profit) is distinct from (k.tier, k.r, k.profit)),
       ins as (
         insert into tier_snapshot (period, merchant_id, tier, rank, profit)
         select ?, k.id, k.tier, k.r, k.profit from ranked k
         where not exists (select 1 from tier_snapshot o where o.period = ? and o.merchant_id = k.id)
         order by k.id),
       gone as (
         delete from tier_snapshot s
         where s.period = ? and not exists (select 1 from ranked k where k.id = s.merchant_id)),
       t as (select tier, profit, r, n from ranked)
       ${PYRAMID_OF_T}`,
      [...ranked.params, period.label, period.label, period.label, period.label],
    );
    phase('statement');
    // Fresh statistics for what reads the new rows next (the webhooks below, the cadence refresh):
    // planned on the counts of an empty table, they probed a million rows one by one.
    await conn.execute('analyze tier_snapshot', [], 'run');
    phase('analyze');
    // Webhooks: each merchant whose tier differs from the previous official snapshot.
    await conn.execute(
      emitSql(
        'merchant.tier_changed',
        `select jsonb_build_object('mid', m.mid, 'period', s.period, 'previousPeriod', p.period, 'from', p.tier, 'to', s.tier) as payload
         from tier_snapshot s join merchant m on m.id = s.merchant_id
         join (select period from tier_snapshot_run where period_end < ?::date order by period_end desc limit 1) prev on true
         join tier_snapshot p on p.period = prev.period and p.merchant_id = s.merchant_id
         where s.period = ? and p.tier <> s.tier`,
      ),
      [period.start, period.label],
      'run',
    );
    phase('webhooks');
    const pyramid = pyramidOf(period.label, ranked.scheme, rows);
    await conn.execute(
      `insert into tier_snapshot_run (period, period_start, period_end, merchant_count, total_profit, computed_by)
       values (?, ?, ?, ?, ?, ?)
       on conflict (period) do update set period_start = excluded.period_start, period_end = excluded.period_end,
         merchant_count = excluded.merchant_count, total_profit = excluded.total_profit,
         computed_at = now(), computed_by = excluded.computed_by,
         cadence_followed_at = null, cadence_lease_until = null`,
      [period.label, period.start, period.end, pyramid.merchantCount, pyramid.totalProfit, actor],
      'run',
    );
    return pyramid;
  });
  phase('commit');
  // The cadence follows the latest official tiers: move every merchant's tasks with them.
  const follow = opts.follow ?? 'wait';
  if (follow === 'wait') await react('tiers.snapshotted', { em: orm.em.fork() as EntityManager });
  else if (follow === 'behind') reactBehind('tiers.snapshotted', { em: orm.em.fork() as EntityManager });
  return pyramid;
}

/**
 * SQL `(merchant_id, tier)` of the official assignment of a period: its stored snapshot, or — when
 * none was computed yet — the same ranking computed on the fly. `run` answers whether the snapshot
 * exists: give the runner the assignment will run on (e.g. `analyticsSql(em)`, `on` then
 * 'analytics'), so both see one state.
 */
export async function assignmentSql(
  em: EntityManager,
  period: Period,
  run: SqlRows = primarySql(em),
  on: 'primary' | 'analytics' = 'primary',
): Promise<{ sql: string; params: unknown[]; version: string | null }> {
  const { snapshotAt } = await periodState(em, period, run, on);
  if (snapshotAt)
    return {
      sql: 'select merchant_id, tier from tier_snapshot where period = ?',
      params: [period.label],
      // Every computation of a snapshot gives it a new computed_at.
      version: `snapshot ${snapshotAt}`,
    };
  return liveAssignmentSql(em, period);
}

/** assignmentSql of a period known to have no stored snapshot: the ranking one would store. */
export async function liveAssignmentSql(
  em: EntityManager,
  period: Period,
): Promise<{ sql: string; params: unknown[]; version: string | null }> {
  const ranked = await rankedSql(em, period, COMPANY);
  return {
    sql: `select id as merchant_id, tier from (${ranked.sql}) t`,
    params: ranked.params,
    version: ranked.stored ? `ranking ${ranked.stored.key} ${ranked.stored.version}` : null,
  };
}
