import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createCluster, type PgInstance } from './support/pg-cluster.ts';
import { type GqlAnswer, spawnCli, startServeProcess, stopGroup } from './support/serve-process.ts';
import { settlementRows } from './support/settlement-fixtures.ts';
import { TcpProxy } from './support/tcp-proxy.ts';
import { onPostgres } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

/*
 * Database faults under a running server (its own process, `cornerstone serve`) and a running
 * settlement import (the real CLI), both on a throwaway cluster of their own behind TCP proxies:
 * backends terminated, the cluster stopped and started, the network cut. The server must stay up
 * and answer errors while the database is gone, reconnect without a restart, and after retries
 * every row must be there exactly once.
 */

const N = 200; // merchants
const BRANCH = '榆林分公司';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T0 = Date.now();
const dbg = (m: string) => process.env.FAULT_DEBUG && console.log(`[${Date.now() - T0}ms] ${m}`);

const REDEEM = `mutation($mid: String!, $p: Int!, $k: String!) {
  redeemPoints(mid: $mid, points: $p, reason: "兑换测试", idempotencyKey: $k) { entryId points balanceAfter replayed } }`;
const CAMPAIGN = `mutation($input: GreetingCampaignInput!) {
  runGreetingCampaign(input: $input) { campaignId created alreadyThere } }`;
const ME = '{ me { login } }';

type Server = Awaited<ReturnType<typeof startServeProcess>>;
type Redeem = { key: string; mid: string; points: number };

describe.skipIf(!onPostgres)('database faults during imports, redemptions and campaigns', () => {
  let cluster: PgInstance;
  let proxy: TcpProxy; // server ↔ database
  let importProxy: TcpProxy; // import CLI ↔ database
  let server: Server;
  let token = '';
  let dir = '';
  let dataDir = ''; // inside dir; the data key is the run's CORNERSTONE_DATA_KEY (vitest.config.ts)
  const files: { path: string; rows: number }[] = [];
  let base: Record<string, string>;
  let redeemable: string[] = [];
  let imported = 0;
  let window = 0;

  const db = <R = Record<string, unknown>>(q: string, p: unknown[] = []) => cluster.sql<R>(q, p, 'cs');
  const importEnv = () => ({
    ...base,
    DATABASE_URL: `postgres://postgres@127.0.0.1:${importProxy.port}/cs?application_name=cs_import`,
  });

  async function settlementFile(name: string, from: string, to: string) {
    const lines: string[] = [];
    for (const r of settlementRows(N, from, to)) lines.push(r.line);
    const path = join(dir, name);
    await writeLines(path, SETTLEMENT_HEADER, lines);
    return { path, rows: lines.length };
  }

  const redeem = (r: Redeem, timeoutMs?: number) =>
    server.gql<{ redeemPoints: { entryId: string; replayed: boolean } }>(
      REDEEM,
      { mid: r.mid, p: r.points, k: r.key },
      token,
      timeoutMs,
    );
  const campaign = (year: number) =>
    server.gql<{ runGreetingCampaign: { created: number; alreadyThere: number } }>(
      CAMPAIGN,
      {
        input: {
          holiday: 'SPRING_FESTIVAL',
          year,
          template: '{商户名称}您好，{客户经理}祝您{节日}快乐！',
          sendOn: `${year}-01-20`,
        },
      },
      token,
    );

  /** Retries until the server answers without errors (the database may take a moment to come back). */
  async function untilOk<T>(what: string, call: () => Promise<GqlAnswer<T>>): Promise<GqlAnswer<T>> {
    let last: GqlAnswer<T> | undefined;
    for (let i = 0; i < 20; i++) {
      last = await call();
      if (!last.errors) return last;
      await sleep(250);
    }
    throw new Error(`${what} kept failing: ${JSON.stringify(last?.errors)}`);
  }

  /** The server is up and answers the database's absence with an error, quickly enough not to hang. */
  async function answersError() {
    expect(server.alive(), 'the server process exited').toBe(true);
    const health = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(30_000) });
    expect(health.status).toBe(200);
    const r = await server.gql(ME, {}, token, 45_000);
    expect(
      r.errors?.length,
      `expected an error while the database is gone: ${JSON.stringify(r)}`,
    ).toBeGreaterThan(0);
    // No SQL or connection details reach the client.
    expect(JSON.stringify(r.errors)).not.toMatch(/ECONN|127\.0\.0\.1|terminat/i);
  }

  async function waitForCopy(importDone: Promise<unknown>) {
    let finished = false;
    void importDone.then(() => (finished = true));
    while (!finished) {
      const [row] = await db<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
         where application_name = 'cs_import' and state = 'active' and query ilike 'copy%'`,
      );
      if (row!.n > 0) return;
      await sleep(20);
    }
    throw new Error('the import finished before the fault could hit it: make the file bigger');
  }

  /** Every counted row exactly once: the invariants of settlements, the rollup, points and campaigns. */
  async function checkInvariants(campaignYears: number[]) {
    const [s] = await db<{ n: number; dup: number }>(
      `select count(*)::int as n,
              (select count(*)::int from (select 1 from settlement group by merchant_id, settle_date having count(*) > 1) d) as dup
       from settlement`,
    );
    expect(s).toEqual({ n: imported, dup: 0 });
    // An import the fault broke is recorded as failed once the database is back, not left running.
    const [runs] = await db<{ running: number }>(
      `select count(*)::int as running from import_run where status = 'running'`,
    );
    expect(runs).toEqual({ running: 0 });
    // The monthly rollup is exactly the sum of its rows.
    const [rollup] = await db<{ bad: number }>(
      `select count(*)::int as bad from (
         select merchant_id, date_trunc('month', settle_date)::date as month, count(*)::int as days,
                sum(txn_amount) as amount, sum(merchant_fee - issuer_fee - network_fee) as profit
         from settlement group by 1, 2) s
       full join settlement_month m using (merchant_id, month)
       where s.days is distinct from m.days or s.amount is distinct from m.txn_amount
          or s.profit is distinct from m.profit`,
    );
    expect(rollup!.bad).toBe(0);
    // Points: what accrual counted is exactly the settlements; each balance is the sum of its entries.
    const [points] = await db<{ cum: number; balance: number; negative: number }>(
      `select
         (select count(*)::int from (select merchant_id, sum(txn_amount - capped_amount) as a, sum(capped_count) as c
            from settlement group by 1) s full join points_account p using (merchant_id)
          where coalesce(s.a, 0) <> coalesce(p.cum_amount, 0) or coalesce(s.c, 0) <> coalesce(p.cum_capped, 0)) as cum,
         (select count(*)::int from points_account p
          where p.balance <> (select coalesce(sum(points), 0) from points_entry e where e.merchant_id = p.merchant_id)) as balance,
         (select count(*)::int from points_account where balance < 0) as negative`,
    );
    expect(points).toEqual({ cum: 0, balance: 0, negative: 0 });
    const [keys] = await db<{ dup: number }>(
      `select count(*)::int as dup from (select idempotency_key from points_entry group by 1 having count(*) > 1) d`,
    );
    expect(keys!.dup).toBe(0);
    // Each posted entry has its points.posted event: committed with it, so never lost to a fault.
    const [events] = await db<{ missing: number }>(
      `select count(*)::int as missing from points_entry e where kind = 'redemption' and not exists
         (select 1 from outbox_event o where o.event = 'points.posted' and o.payload->>'entryId' = e.id::text)`,
    );
    expect(events!.missing).toBe(0);
    // Greeting tasks: one per merchant and campaign year, never two.
    for (const year of campaignYears) {
      const [t] = await db<{ n: number; merchants: number }>(
        `select count(*)::int as n, count(distinct merchant_id)::int as merchants from maintenance_task
         where kind = 'greeting' and dedupe_key like 'greeting:spring_festival:' || $1 || ':%'`,
        [year],
      );
      expect(t).toEqual({ n: N, merchants: N });
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-faults-'));
    dataDir = join(dir, 'data');
    cluster = await createCluster();
    await cluster.sql('create database cs');
    dbg('cluster up');
    proxy = new TcpProxy(cluster.port);
    importProxy = new TcpProxy(cluster.port);
    await proxy.listen();
    await importProxy.listen();
    base = {
      CORNERSTONE_DATA_DIR: dataDir, // no key file: a server database's key is CORNERSTONE_DATA_KEY
      DATABASE_URL: cluster.url('cs', { application_name: 'cs_setup' }),
    };
    // Users, merchants and a first import (balances to redeem from) before any fault, in-process.
    const setup = await openOrm({ databaseUrl: base.DATABASE_URL, dataDir });
    try {
      await migrate(setup);
      await seedUser(setup, 'fault_admin', 'admin');
      await seedUser(setup, 'fault_am', 'account_manager', BRANCH);
      await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'fault_am', branch: BRANCH });
      expect((await importMerchants(setup, join(dir, 'm.csv'))).inserted).toBe(N);
      const first = await settlementFile('s0.csv', '2025-01-01', '2025-03-31');
      expect((await importSettlements(setup, first.path)).inserted).toBe(first.rows);
      imported += first.rows;
    } finally {
      await setup.close(true);
    }
    dbg('first settlements imported');
    // Files big enough that the fault lands while their rows stream in.
    files.push(await settlementFile('s1.csv', '2022-01-01', '2022-09-30'));
    files.push(await settlementFile('s2.csv', '2023-01-01', '2023-09-30'));
    files.push(await settlementFile('s3.csv', '2024-01-01', '2024-09-30'));
    redeemable = (
      await db<{ mid: string }>(
        `select m.mid from points_account a join merchant m on m.id = a.merchant_id
         where a.balance >= 100 order by m.mid limit 8`,
      )
    ).map((r) => r.mid);
    expect(redeemable.length).toBe(8);
    server = await startServeProcess({
      ...base,
      DATABASE_URL: `postgres://postgres@127.0.0.1:${proxy.port}/cs?application_name=cs_server`,
      CORNERSTONE_DB_CONNECT_TIMEOUT_MS: '3000',
      CORNERSTONE_DB_ACQUIRE_TIMEOUT_MS: '8000',
    });
    const login = await server.gql<{ login: { token: string } }>(
      'mutation { login(login: "fault_admin", password: "test-password-1") { token } }',
    );
    expect(login.errors).toBeUndefined();
    token = login.data!.login.token;
    dbg('server up');
    await checkInvariants([]);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await importProxy?.close();
    await cluster?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * One fault window: an import streaming rows through the CLI, redemptions and a greeting campaign
   * in flight on the server (the proxy slows them so they are mid-way), then `inject`; `whileDown`
   * runs while the database is unreachable, then `heal`. Afterwards the import is rerun and every
   * request retried with the same idempotency key, and the invariants must hold.
   */
  async function faultWindow(opts: {
    inject: () => Promise<void>;
    whileDown?: () => Promise<void>;
    heal?: () => Promise<void>;
  }) {
    window++;
    const file = files[window - 1]!;
    const year = 2030 + window;
    const requests: Redeem[] = redeemable.map((m, i) => ({ key: `w${window}-${i}`, mid: m, points: 1 + i }));

    const imp = spawnCli(['import', 'settlements', file.path], importEnv());
    const hang = setTimeout(() => void stopGroup(imp.child, 1000), 120_000);
    await waitForCopy(imp.done);
    dbg('import streaming rows');

    // Both slowed down, so that the fault surely lands while they are mid-way: the import's
    // remaining chunks crawl, and each request (several round trips of ≥ 120 ms) is in flight.
    importProxy.setDelay(30);
    proxy.setDelay(60);
    const inFlight = [...requests.map((r) => redeem(r)), campaign(year)];
    await sleep(200);
    await opts.inject();
    dbg('fault injected');
    if (opts.whileDown) {
      await opts.whileDown();
    }
    await opts.heal?.();
    dbg('healed');
    proxy.setDelay(0);
    importProxy.setDelay(0);

    // Every request in flight got an answer (success or error), none hung; the server is still up.
    const first = await Promise.all(inFlight);
    for (const a of first) expect(a.status).toBeLessThan(600);
    dbg(`first attempts: ${first.filter((a) => a.errors).length} of ${first.length} failed`);
    // The fault hit requests in flight (else it would prove nothing).
    expect(first.some((a) => a.errors)).toBe(true);
    expect(server.alive()).toBe(true);
    const firstImport = await imp.done;
    clearTimeout(hang);
    expect(firstImport.signal, 'the import hung and was killed').toBeNull();
    expect(firstImport.code, `the import should have failed: ${firstImport.stdout}`).not.toBe(0);
    expect(firstImport.stderr).toMatch(/cornerstone: /);

    // The import, rerun: exactly the file's rows.
    const rerun = spawnCli(['import', 'settlements', file.path], importEnv());
    const again = await rerun.done;
    dbg('import rerun done');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${file.rows} rows read, ${file.rows} inserted`);
    imported += file.rows;

    // Redemptions retried with the same keys: each posts once; an earlier success is replayed.
    for (const [i, r] of requests.entries()) {
      const before = first[i] as GqlAnswer<{ redeemPoints: { entryId: string; replayed: boolean } }>;
      const retry = await untilOk(`redeem ${r.key}`, () => redeem(r));
      if (!before.errors) {
        expect(retry.data!.redeemPoints.replayed).toBe(true);
        expect(retry.data!.redeemPoints.entryId).toBe(before.data!.redeemPoints.entryId);
      }
      const again2 = await redeem(r);
      expect(again2.data?.redeemPoints).toMatchObject({
        replayed: true,
        entryId: retry.data!.redeemPoints.entryId,
      });
    }
    const posted = await db<{ key: string; points: number }>(
      `select idempotency_key as key, -points::int as points from points_entry
       where kind = 'redemption' and idempotency_key like $1 order by id`,
      [`redemption:w${window}-%`],
    );
    expect(new Map(posted.map((p) => [p.key, p.points]))).toEqual(
      new Map(requests.map((r) => [`redemption:${r.key}`, r.points])),
    );
    expect(posted.length).toBe(requests.length);

    // The campaign, retried: every merchant greeted once.
    const c = await untilOk('campaign', () => campaign(year));
    expect(c.data!.runGreetingCampaign.created + c.data!.runGreetingCampaign.alreadyThere).toBe(N);
    await checkInvariants([year]);
    return { first, firstImport };
  }

  it('survives pg_terminate_backend on every connection it has', async () => {
    await faultWindow({
      inject: async () => {
        const killed = await db<{ pid: number }>(
          `select pid from pg_stat_activity where application_name in ('cs_server', 'cs_import')
           and pg_terminate_backend(pid)`,
        );
        expect(killed.length).toBeGreaterThan(1);
      },
    });
    // Reconnected without a restart.
    const me = await untilOk('me', () => server.gql<{ me: { login: string } }>(ME, {}, token));
    expect(me.data!.me.login).toBe('fault_admin');
  }, 120_000);

  it('survives the cluster stopping (immediate) and starting again', async () => {
    await faultWindow({
      inject: () => cluster.stop('immediate'),
      whileDown: answersError,
      heal: () => cluster.start(),
    });
    const me = await untilOk('me', () => server.gql<{ me: { login: string } }>(ME, {}, token));
    expect(me.data!.me.login).toBe('fault_admin');
  }, 120_000);

  it('survives the network dropping every connection and refusing new ones for a while', async () => {
    await faultWindow({
      inject: async () => {
        await proxy.refuse();
        await importProxy.refuse();
        expect(proxy.dropAll() + importProxy.dropAll()).toBeGreaterThan(0);
      },
      whileDown: answersError,
      heal: async () => {
        await proxy.accept();
        await importProxy.accept();
      },
    });
  }, 120_000);

  it('replays, not repeats, a redemption and a campaign whose answer was lost after the commit', async () => {
    // The database's answers crawl: the statement commits, then the connection is cut before
    // the server hears back. The client sees an error and retries with the same key.
    const waitFor = async (q: string, p: unknown[]) => {
      for (let i = 0; i < 1000; i++) {
        const [r] = await db<{ ok: boolean }>(q, p);
        if (r?.ok) return;
        await sleep(10);
      }
      throw new Error(`never saw: ${q}`);
    };
    const cutAfter = async <T>(request: Promise<GqlAnswer<T>>, committed: () => Promise<void>) => {
      proxy.setDelay(300, 'toClient');
      try {
        await committed();
        proxy.dropAll();
      } finally {
        proxy.setDelay(0);
      }
      return request;
    };

    const r: Redeem = { key: 'lost-answer-1', mid: redeemable[1]!, points: 3 };
    const lost = await cutAfter(redeem(r), () =>
      waitFor('select count(*) = 1 as ok from points_entry where idempotency_key = $1', [
        `redemption:${r.key}`,
      ]),
    );
    expect(lost.errors?.length).toBeGreaterThan(0);
    const retry = await untilOk('redeem retry', () => redeem(r));
    expect(retry.data!.redeemPoints.replayed).toBe(true);
    const [entries] = await db<{ n: number }>(
      'select count(*)::int as n from points_entry where idempotency_key = $1',
      [`redemption:${r.key}`],
    );
    expect(entries!.n).toBe(1);

    const year = 2050;
    const lostCampaign = await cutAfter(campaign(year), () =>
      waitFor(
        `select count(*) = $2 as ok from maintenance_task where dedupe_key like 'greeting:spring_festival:' || $1 || ':%'`,
        [year, N],
      ),
    );
    expect(lostCampaign.errors?.length).toBeGreaterThan(0);
    const again = await untilOk('campaign retry', () => campaign(year));
    expect(again.data!.runGreetingCampaign).toMatchObject({ created: 0, alreadyThere: N });
    await checkInvariants([year]);
  }, 120_000);

  it('answers an error, not a hang, when the database accepts connections but never answers', async () => {
    proxy.dropAll(); // the pool must open new connections, into the black hole
    proxy.holdNew();
    try {
      await answersError();
    } finally {
      await proxy.accept();
      proxy.dropAll();
    }
    const me = await untilOk('me', () => server.gql<{ me: { login: string } }>(ME, {}, token));
    expect(me.data!.me.login).toBe('fault_admin');
  }, 120_000);

  it('works through a slow network: a delayed redemption and campaign succeed once', async () => {
    proxy.setDelay(40);
    try {
      const r = await redeem({ key: 'slow-1', mid: redeemable[0]!, points: 2 });
      expect(r.errors).toBeUndefined();
      const again = await redeem({ key: 'slow-1', mid: redeemable[0]!, points: 2 });
      expect(again.data!.redeemPoints).toMatchObject({
        replayed: true,
        entryId: r.data!.redeemPoints.entryId,
      });
      const c = await campaign(2040);
      expect(c.errors).toBeUndefined();
      expect(c.data!.runGreetingCampaign.created).toBe(N);
    } finally {
      proxy.setDelay(0);
    }
    await checkInvariants([2040]);
    expect(server.alive()).toBe(true);
    // Merchants still readable by MID after all of it.
    const m = await server.gql<{ merchant: { mid: string } }>(
      'query($mid: String!) { merchant(mid: $mid) { mid } }',
      { mid: mid(1) },
      token,
    );
    expect(m.data?.merchant.mid).toBe(mid(1));
  }, 120_000);
});
