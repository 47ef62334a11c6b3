import type { EntityManager } from '@mikro-orm/postgresql';
import { openOrm } from '../src/db/orm.ts';
import { freshDatabase, median, sql, startBenchServer, timed } from './bench-db.ts';
import { seedMerchants } from './import.bench.ts';

/** 1M merchants with 12 monthly rollup rows each, generated in SQL (setup, not measured). */
async function seedRollup(url: string, merchants: number) {
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

// The best hand-written SQL for the same answer, run through psql.
const HAND_SQL = `with p as (
  select m.mid, coalesce(sum(s.profit), 0) as profit from merchant m
  left join settlement_month s on s.merchant_id = m.id and s.month >= '2025-01-01' and s.month < '2026-01-01'
  where m.onboarded_on <= '2025-12-31' and m.status <> 'terminated' group by m.id, m.mid),
r as (select profit, row_number() over (order by profit desc, mid collate "C") as r, count(*) over () as n from p)
select case when r * 10000 <= 100 * n then 'KEY' when r * 10000 <= 2000 * n then 'SECONDARY'
            when r * 10000 <= 5000 * n then 'ORDINARY' else 'SMALL' end as tier, count(*), sum(profit)
from r group by 1`;

export interface PyramidFigures {
  merchants: number;
  graphqlMs: number;
  psqlMs: number;
  ratio: number;
  listStatements: { first5: number; first100: number };
  listMs: number;
  listHandMs: number;
  snapshotMs: number;
}

export async function pyramidBench(merchants: number, runs = 5): Promise<PyramidFigures> {
  const url = await freshDatabase('cs_bench_pyramid');
  const orm = await openOrm({ databaseUrl: url, dataDir: '' });
  await orm.getMigrator().up();
  await seedRollup(url, merchants);
  const server = await startBenchServer(orm);
  try {
    const q =
      '{ pyramid(period: "2025") { merchantCount totalProfit gini tiers { tier merchantCount profit } } }';
    await server.gql(q); // warm-up
    const gq: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await server.gql(q);
      gq.push(performance.now() - t0);
    }
    const ps: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const r = await timed('psql', [url, '-X', '-q', '-c', '\\timing on', '-c', HAND_SQL]);
      const ms = Number(/Time: ([\d.]+) ms/.exec(r.stdout)?.[1]);
      if (i > 0) ps.push(ms); // first run warms the cache, as the GraphQL warm-up did
    }
    // The official snapshot, as in production, so Merchant.tier reads it.
    const { computeTierSnapshot } = await import('../src/modules/tier/tier-snapshot.service.ts');
    const t0 = performance.now();
    await computeTierSnapshot(orm, '2025-12', 'bench');
    const snapshotMs = performance.now() - t0;
    // merchants(first: N) with nested tier and profit: statements per request and latency.
    const list = (n: number) =>
      `{ merchants(first: ${n}) { totalCount edges { node { mid name branch manager { login } tier(period: "2025-12") profit(period: "2025-12") } } } }`;
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
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await server.gql(list(100));
      lt.push(performance.now() - t0);
    }
    const handList = `select json_agg(x) from (select m.mid, m.name, b.name as branch, u.login,
        (select sum(profit) from settlement_month s where s.merchant_id = m.id and s.month = '2025-12-01') as profit
      from merchant m join branch b on b.id = m.branch_id join app_user u on u.id = m.manager_id order by m.mid limit 100) x`;
    const hl: number[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await timed('psql', [url, '-X', '-q', '-c', '\\timing on', '-c', handList]);
      hl.push(Number(/Time: ([\d.]+) ms/.exec(r.stdout)?.[1]));
    }
    const graphqlMs = median(gq);
    const psqlMs = median(ps);
    return {
      merchants,
      graphqlMs,
      psqlMs,
      ratio: graphqlMs / psqlMs,
      listStatements: { first5, first100 },
      listMs: median(lt),
      listHandMs: median(hl),
      snapshotMs,
    };
  } finally {
    await server.close();
    await orm.close();
  }
}
