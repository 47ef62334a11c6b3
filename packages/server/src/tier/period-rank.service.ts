import type { Period } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../platform/db/orm.ts';
import { type SqlWhere, whereSql } from '../platform/db/sql-where.ts';
import { periodProfitSql } from '../settlement/profit.service.ts';

/**
 * Stored rankings (docs/scaling.md): ranking a million merchants by profit over a year reads twelve
 * million rollup rows and sorts a million, about ten seconds on a small machine. The ranking of a
 * period people look at is therefore stored (`period_rank`: rank, merchant, profit) with the
 * snapshot it was computed from, and read while it is fresh — while every change to settlements,
 * the rollup or the merchants' population columns (recorded by statement triggers in
 * `analytics_change` with the writing transaction's id) is visible in that snapshot. A stale or
 * missing ranking is computed live, exactly as before, and the period is noted for the background
 * refresh (`refreshPeriodRanks`, every few seconds in the server): answers never go stale, they only
 * get faster once the refresh has run.
 */

/** One key per date range: `2025` and `2025-01-01..2025-12-31` share their ranking. */
export const periodKey = (p: Period) => `${p.start}..${p.end}`;

/**
 * SQL of the live ranking within `where` (docs/contract.md): merchants onboarded by the period's end and
 * not terminated, with their profit over the period (0 without settlements), highest first, ties by
 * MID; `r` is the rank and `n` the count.
 */
export function liveRankSql(period: Period, where: SqlWhere): { sql: string; params: unknown[] } {
  const profit = periodProfitSql(period);
  const sql = `
    with scope as (
      select m.id, m.mid from merchant m
      where m.onboarded_on <= ?::date and m.status <> 'terminated' and ${whereSql(where)}
    )
    select s.id, s.mid, coalesce(p.profit, 0) as profit,
           row_number() over (order by coalesce(p.profit, 0) desc, s.mid collate "C" asc) as r,
           count(*) over () as n
    from scope s left join (${profit.sql}) p on p.merchant_id = s.id`;
  return { sql, params: [period.end, ...where.params, ...profit.params] };
}

/** A change since `s.snapshot` that the snapshot did not see (then the stored ranking is stale). */
const CHANGED_SINCE = `exists (select 1 from analytics_change c
  where c.xid >= pg_snapshot_xmin(s.snapshot) and not pg_visible_in_snapshot(c.xid, s.snapshot))`;

/** A fresh stored ranking: its period key, its merchant count, and the snapshot it was computed from. */
export interface StoredRanking {
  key: string;
  merchants: number;
  /** The ranking's snapshot as text: it changes whenever the ranking is recomputed (result caches key on it). */
  version: string;
}

/** The state of a period's stored ranking, read with the period's other lookups (`RANKING_STATE_SQL`). */
export interface RankingState {
  merchants: number | null;
  fresh: boolean;
  version: string;
  /** Not noted as wanted for ten minutes. */
  note: boolean;
}

/**
 * SQL of the ranking state of the period key given as its parameter: no row when none was ever
 * wanted. Read where the ranking itself will be read (a replica's state matches its own rows).
 */
export const RANKING_STATE_SQL = `select s.merchants, (s.snapshot is not null and not ${CHANGED_SINCE}) as fresh,
    s.snapshot::text as version, s.requested_at < now() - interval '10 minutes' as note
  from period_rank_state s where s.period_key = ?`;

/**
 * The period's stored ranking if its state says it is fresh: its key and merchant count; otherwise
 * null. Either way the period is noted as wanted (at most every ten minutes; a write, on the
 * primary), so the refresh keeps it current.
 */
export async function rankingOfState(
  em: EntityManager,
  period: Period,
  state: RankingState | null,
): Promise<StoredRanking | null> {
  const key = periodKey(period);
  if (!state || state.note || !state.fresh)
    await em.execute(
      `insert into period_rank_state (period_key, period_start, period_end) values (?, ?, ?)
       on conflict (period_key) do update set requested_at = now()
       where period_rank_state.requested_at < now() - interval '1 minute'`,
      [key, period.start, period.end],
      'run',
    );
  return state?.fresh ? { key, merchants: Number(state.merchants ?? 0), version: state.version } : null;
}

/**
 * Recomputes stale rankings of periods wanted in the last `activeDays` days, one period at a time,
 * each claimed with a lease so that several server processes never compute the same one twice.
 * Each ranking is written by one statement, so it and the snapshot stored with it agree exactly.
 * Returns the keys refreshed.
 */
export async function refreshPeriodRanks(
  orm: Orm,
  opts: { activeDays?: number; max?: number } = {},
): Promise<string[]> {
  const em = orm.em.fork() as EntityManager;
  const done: string[] = [];
  for (let i = 0; i < (opts.max ?? 10); i++) {
    const [claimed] = await em.execute<{ period_key: string; period_start: string; period_end: string }[]>(
      `update period_rank_state set lease_until = now() + interval '10 minutes'
       where period_key = (
         select s.period_key from period_rank_state s
         where s.requested_at > now() - make_interval(days => ?::int)
           and (s.lease_until is null or s.lease_until < now())
           and (s.snapshot is null or ${CHANGED_SINCE})
         order by s.requested_at desc limit 1 for update skip locked)
       returning period_key, period_start::text, period_end::text`,
      [opts.activeDays ?? 7],
    );
    if (!claimed) break;
    const period: Period = {
      label: claimed.period_key,
      start: claimed.period_start,
      end: claimed.period_end,
      kind: 'range',
    };
    try {
      await em.transactional(async (tx) => {
        const t = tx as EntityManager;
        await t.execute('delete from period_rank where period_key = ?', [claimed.period_key], 'run');
        const live = liveRankSql(period, { sql: [], params: [] });
        // One statement: the ranking, its running totals and the snapshot it was read from.
        await t.execute(
          `with ins as (
             insert into period_rank (period_key, r, merchant_id, mid, profit, cum_profit)
             select ?, r, id, mid, profit, sum(profit) over (order by r rows unbounded preceding)
             from (${live.sql}) l
             returning r, profit),
           n as (select count(*) as n from ins)
           update period_rank_state set snapshot = pg_current_snapshot(), merchants = n.n,
             total = coalesce((select sum(profit) from ins), 0),
             positive = coalesce((select sum(greatest(profit, 0)) from ins), 0),
             weighted = coalesce((select sum((n.n - r + 1) * greatest(profit, 0)) from ins), 0),
             computed_at = now(), lease_until = null
           from n where period_key = ?`,
          [claimed.period_key, ...live.params, claimed.period_key],
          'run',
        );
      });
      done.push(claimed.period_key);
    } catch (err) {
      await em.execute('update period_rank_state set lease_until = null where period_key = ?', [
        claimed.period_key,
      ]);
      throw err;
    }
  }
  // Changes every stored snapshot has seen, and older than any refresh could still be running.
  await em.execute(
    `delete from analytics_change where at < now() - interval '1 hour'
       and xid < (select coalesce(min(pg_snapshot_xmin(snapshot)), '0'::xid8) from period_rank_state where snapshot is not null)`,
  );
  // Rankings nobody asked for in a month are dropped (their rows with them).
  await em.execute(`delete from period_rank_state where requested_at < now() - interval '30 days'`);
  return done;
}
