import type { EntityManager } from '@mikro-orm/postgresql';
import { migrate, openOrm } from '../src/app/orm.ts';
import { freshDatabase, median, sql, startBenchServer, timed } from './bench-db.ts';
import { seedMerchants } from './import.bench.ts';

/** 1M merchants with 12 monthly rollup rows each, generated in SQL (setup, not measured). */
export async function seedRollup(url: string, merchants: number) {
  await seedMerchants(url, merchants);
  // Heavy tail: a Pareto-like monthly amount per merchant from a hash of its id, computed once per merchant.
  await sql(
    url,
    `insert into settlement_month (merchant_id, month, txn_count, txn_amount, capped_count, capped_amount, merchant_fee,
       issuer_fee, network_fee, profit, days, last_settle_date)
     select v.id, mo::date, 100, v.amount, 0, 0, round(v.amount * 0.0078, 2), round(v.amount * 0.0045, 2),
            round(v.amount * 0.00065, 2), round(v.amount * 0.0078, 2) - round(v.amount * 0.0045, 2) - round(v.amount * 0.00065, 2),
            28, (mo + interval '27 days')::date
     from (select id, round((2000 / power(((hashint4(id) & 2147483647)::float8 + 1) / 2147483648, 0.8))::numeric, 2) as amount
           from merchant) v
     cross join generate_series(date '2025-01-01', date '2025-12-01', interval '1 month') mo`,
  );
  await sql(url, 'analyze merchant; analyze settlement_month');
}

// The best hand-written SQL for the same answer, run through psql: from the rollup, as the live
// computation reads it, and from the stored ranking, as the pyramid reads it once refreshed. The
// answer is what the benchmark's query asks for: each tier's merchants and profit, the total, and
// the Gini coefficient (over profits floored at zero, as the shared rule computes it).
const HAND_SQL = `with p as (
  select m.mid, coalesce(sum(s.profit), 0) as profit from merchant m
  left join settlement_month s on s.merchant_id = m.id and s.month >= '2025-01-01' and s.month < '2026-01-01'
  where m.onboarded_on <= '2025-12-31' and m.status <> 'terminated' group by m.id, m.mid),
r as (select profit, row_number() over (order by profit desc, mid collate "C") as r, count(*) over () as n from p),
t as (select case when r * 10000 <= 100 * n then 'KEY' when r * 10000 <= 2000 * n then 'SECONDARY'
            when r * 10000 <= 5000 * n then 'ORDINARY' else 'SMALL' end as tier, count(*) as c, sum(profit) as profit,
            sum((n - r + 1) * greatest(profit, 0)) as w, sum(greatest(profit, 0)) as pos, max(n) as n
      from r group by 1)
select tier, c, profit, sum(profit) over () as total,
       (2 * sum(w) over () - (max(n) over () + 1) * sum(pos) over ()) / (max(n) over () * sum(pos) over ()) as gini
from t`;
const HAND_STORED_SQL = `with s as (select merchants::bigint as n, total from period_rank_state
  where period_key = '2025-01-01..2025-12-31'),
c as (select tier, hi, coalesce(lag(hi) over (order by hi), 0) as lo from (values ('KEY', 100), ('SECONDARY', 2000),
  ('ORDINARY', 5000), ('SMALL', 10000)) t(tier, bp), lateral (select bp * s.n / 10000 as hi from s) x)
select c.tier, c.hi - c.lo as count, coalesce(h.cum_profit, 0) - coalesce(l.cum_profit, 0) as profit
from c left join period_rank h on h.period_key = '2025-01-01..2025-12-31' and h.r = c.hi
left join period_rank l on l.period_key = '2025-01-01..2025-12-31' and l.r = c.lo`;

export interface PyramidFigures {
  merchants: number;
  /** The pyramid read from the stored ranking, and the hand-written SQL over the same rows. */
  graphqlMs: number;
  psqlMs: number;
  ratio: number;
  /** Before the ranking is stored (or while it is stale): computed live from the rollup. */
  liveGraphqlMs: number;
  livePsqlMs: number;
  liveRatio: number;
  /** Storing the ranking (the background refresh). */
  refreshMs: number;
  listStatements: { first5: number; first100: number };
  listMs: number;
  /** The same request with totalCount (a count over every merchant besides the page). */
  listCountMs: number;
  listHandMs: number;
  /** The hand-written query's whole psql round trip (process start to exit). */
  listHandProcessMs: number;
  /** The re-verification tasks of the seeded merchants, as their import would have written them. */
  importTasksMs: number;
  /** Until the snapshot answers (the tiers stored and committed). */
  snapshotMs: number;
  /** Until its cadence and tasks have followed it, from the same start. */
  snapshotFollowedMs: number;
  /** Open tasks once they have. */
  snapshotTasks: number;
  /** The same snapshot computed again, its cadence rows and tasks already in place. */
  snapshotAgainMs: number;
  snapshotAgainFollowedMs: number;
}

export async function pyramidBench(merchants: number, runs = 5): Promise<PyramidFigures> {
  const url = await freshDatabase('cs_bench_pyramid');
  const orm = await openOrm({ databaseUrl: url, dataDir: '' });
  await migrate(orm);
  await seedRollup(url, merchants);
  const server = await startBenchServer(orm);
  try {
    const q =
      '{ pyramid(period: "2025") { merchantCount totalProfit gini tiers { tier merchantCount profit } } }';
    const runsOf = async (n: number, f: () => Promise<number>) => {
      const xs: number[] = [];
      for (let i = 0; i < n; i++) xs.push(await f());
      return xs;
    };
    const gqlMs = async () => {
      const t0 = performance.now();
      await server.gql(q);
      return performance.now() - t0;
    };
    const psqlTime = async (text: string) => {
      const r = await timed('psql', [url, '-X', '-q', '-c', '\\timing on', '-c', text]);
      return Number(/Time: ([\d.]+) ms/.exec(r.stdout)?.[1]);
    };
    // Live: the ranking is not stored yet (the first call asks for it); one warm-up run, which warms
    // the cache for the hand-written SQL too (the same rows). Two runs each: ten seconds apiece.
    await server.gql(q);
    const liveGq = await runsOf(2, gqlMs);
    const livePs = await runsOf(2, () => psqlTime(HAND_SQL));
    // The background refresh stores the ranking; then the pyramid reads it.
    const { refreshPeriodRanks } = await import('../src/tier/period-rank.service.ts');
    const r0 = performance.now();
    const refreshed = await refreshPeriodRanks(orm);
    const refreshMs = performance.now() - r0;
    if (refreshed.length !== 1)
      throw new Error(`expected one ranking refreshed, got ${refreshed.join(', ')}`);
    await sql(url, 'analyze period_rank');
    await server.gql(q);
    const gq = await runsOf(runs, gqlMs);
    await psqlTime(HAND_STORED_SQL);
    const ps = await runsOf(runs, () => psqlTime(HAND_STORED_SQL));
    // The official snapshot, as in production, so Merchant.tier reads it.
    const { computeTierSnapshot } = await import('../src/tier/tier-snapshot.service.ts');
    // The merchants were seeded by SQL: first the tasks their import would have given them (each
    // merchant's contact re-verification), so the snapshot writes what a first snapshot writes.
    const { refreshTasks } = await import('../src/task/tasks.service.ts');
    const i0 = performance.now();
    await refreshTasks(orm.em.fork() as EntityManager, null);
    const importTasksMs = performance.now() - i0;
    // As the computeTiers mutation takes it: it answers once the tiers are stored, and the cadence
    // and tasks follow behind; both times are kept, from the same start.
    const { reactionsSettled } = await import('../src/platform/events/reactions.ts');
    const snapshot = async () => {
      const t0 = performance.now();
      await computeTierSnapshot(orm, '2025-12', 'bench', { follow: 'behind' });
      const answered = performance.now() - t0;
      await reactionsSettled();
      return { answered, followed: performance.now() - t0 };
    };
    const first = await snapshot();
    const [tasks] = await sql<{ n: number }>(
      url,
      "select count(*)::int as n from maintenance_task where status = 'open'",
    );
    // The same snapshot again, as every month after the first: the cadence rows and tasks are in
    // place and only what changed is written.
    const again = await snapshot();
    // merchants(first: N) with nested tier and profit: statements per request and latency.
    // The same rows as the hand-written query below; the total count is timed apart (listCountMs):
    // over every merchant it costs more than the page, and the server runs it only when asked.
    const list = (n: number, count = false) =>
      `{ merchants(first: ${n}) { ${count ? 'totalCount' : ''} edges { node { mid name branch manager { login } feePlan { kind rate cap } tier(period: "2025-12") profit(period: "2025-12") } } } }`;
    const knex = (orm.em as unknown as EntityManager).getConnection().getKnex();
    const countFor = async (n: number) => {
      let count = 0;
      const listener = () => count++;
      knex.on('query', listener);
      await server.gql(list(n));
      knex.off('query', listener);
      return count;
    };
    const first5 = await countFor(5);
    const first100 = await countFor(100);
    const lt: number[] = [];
    const lc: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await server.gql(list(100));
      lt.push(performance.now() - t0);
      const t1 = performance.now();
      await server.gql(list(100, true));
      lc.push(performance.now() - t1);
    }
    const handList = `select json_agg(x) from (select m.mid, m.name, b.name as branch, u.login, m.fee_plan, m.rate, m.cap,
        (select tier from tier_snapshot t where t.period = '2025-12' and t.merchant_id = m.id) as tier,
        (select sum(profit) from settlement_month s where s.merchant_id = m.id and s.month = '2025-12-01') as profit
      from merchant m join branch b on b.id = m.branch_id join app_user u on u.id = m.manager_id order by m.mid limit 100) x`;
    // The same rows by hand through psql: the statement's own time (\timing), and the whole round
    // trip of one psql process (start, connect, query, print), as a client of the database sees it.
    const hl: number[] = [];
    const hw: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await timed('psql', [url, '-X', '-q', '-c', '\\timing on', '-c', handList]);
      hl.push(Number(/Time: ([\d.]+) ms/.exec(r.stdout)?.[1]));
      hw.push(r.ms);
    }
    const graphqlMs = median(gq);
    const psqlMs = median(ps);
    return {
      merchants,
      graphqlMs,
      psqlMs,
      ratio: graphqlMs / psqlMs,
      liveGraphqlMs: median(liveGq),
      livePsqlMs: median(livePs),
      liveRatio: median(liveGq) / median(livePs),
      refreshMs,
      listStatements: { first5, first100 },
      listMs: median(lt),
      listCountMs: median(lc),
      listHandMs: median(hl),
      listHandProcessMs: median(hw),
      importTasksMs,
      snapshotMs: first.answered,
      snapshotFollowedMs: first.followed,
      snapshotTasks: tasks?.n ?? 0,
      snapshotAgainMs: again.answered,
      snapshotAgainFollowedMs: again.followed,
    };
  } finally {
    await server.close();
    await orm.close();
  }
}
