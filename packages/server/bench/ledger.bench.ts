import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openOrm } from '../src/db/orm.ts';
import { addUser } from '../src/modules/auth/auth.service.ts';
import { freshDatabase, median, sql } from './bench-db.ts';
import { benchMid, seedMerchants } from './import.bench.ts';

/** Balance read over GraphQL for a merchant with 1,000 ledger entries and one with `entries`. */
export async function ledgerBench(entries: number, runs = 21) {
  const url = await freshDatabase('cs_bench_ledger');
  const orm = await openOrm({ databaseUrl: url, dataDir: '' });
  await orm.getMigrator().up();
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
  await addUser(orm.em.fork() as never, {
    login: 'bench_analyst',
    role: 'analyst',
    password: 'bench-password',
  });
  const { app, apollo } = await createApp(orm, { ...loadConfig({}), port: 0 });
  const server = app.listen(0);
  await new Promise((r) => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, token?: string) =>
    (await (
      await fetch(base, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data: Record<string, { token?: string; points?: { balance: number } }> };
  try {
    const token = (
      await post('mutation { login(login: "bench_analyst", password: "bench-password") { token } }')
    ).data.login!.token!;
    const time = async (i: number, expected: number) => {
      const ms: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        const r = await post(`{ merchant(mid: "${benchMid(i)}") { points { balance } } }`, token);
        ms.push(performance.now() - t0);
        if (r.data.merchant?.points?.balance !== expected)
          throw new Error(`balance ${JSON.stringify(r.data)} is not ${expected}`);
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
    server.close();
    await apollo.stop();
    await orm.close();
  }
}
