import { migrate, openOrm } from '../src/app/orm.ts';
import { freshDatabase, median, sql, startBenchServer } from './bench-db.ts';
import { benchMid, seedMerchants } from './import.bench.ts';

/** Balance read over GraphQL for a merchant with 1,000 ledger entries and one with `entries`. */
export async function ledgerBench(entries: number, runs = 21) {
  const url = await freshDatabase('cs_bench_ledger');
  const orm = await openOrm({ databaseUrl: url, dataDir: '' });
  await migrate(orm);
  await seedMerchants(url, 2);
  // Setup, not measured: the entries are loaded with the posting trigger off, then the maintained
  // balances are set to their sums, as the trigger would have left them.
  await sql(url, 'alter table points_entry disable trigger points_entry_post');
  for (const [i, n] of [
    [1, 1000],
    [2, entries],
  ] as const) {
    await sql(
      url,
      `insert into points_entry (merchant_id, kind, points, balance_after, source, actor, idempotency_key, request_hash)
       select m.id, 'accrual', 1, 0, 'bench', 'system', 'bench:' || m.id || ':' || g, 'h'
       from merchant m, generate_series(1, $2::int) g where m.mid = $1`,
      [benchMid(i), n],
    );
  }
  await sql(url, 'alter table points_entry enable trigger points_entry_post');
  await sql(
    url,
    `insert into points_account (merchant_id, balance) select merchant_id, sum(points) from points_entry group by 1
     on conflict (merchant_id) do update set balance = excluded.balance`,
  );
  const server = await startBenchServer(orm);
  try {
    const time = async (i: number, expected: number) => {
      const ms: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        const r = await server.gql<{ merchant: { points: { balance: number } } | null }>(
          `{ merchant(mid: "${benchMid(i)}") { points { balance } } }`,
        );
        ms.push(performance.now() - t0);
        if (r.merchant?.points.balance !== expected)
          throw new Error(`balance ${JSON.stringify(r)} is not ${expected}`);
      }
      return median(ms);
    };
    return {
      entriesSmall: 1000,
      entriesLarge: entries,
      smallMs: await time(1, 1000),
      largeMs: await time(2, entries),
    };
  } finally {
    await server.close();
    await orm.close();
  }
}
