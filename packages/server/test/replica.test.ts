import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type Orm, openOrm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { analyticsSql } from '../src/platform/db/replicas.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createCluster, createReplica, type PgInstance, type PgReplica } from './support/pg-cluster.ts';
import { onPostgres } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

/*
 * A primary and a streaming replica (pg_basebackup -R), both throwaway. The server is opened with
 * the replica configured: analytical reads (tier migration, merchant export) answer the replica's
 * state; writes, entity reads and points balances answer the primary's. Replay is paused to make
 * the difference visible, then resumed; with the replica down, analytical reads fall back to the
 * primary.
 */

const BRANCH = '榆林分公司';
const N = 40;
const MIGRATION = `query { tierMigration(from: "2025-01", to: "2025-02") { cells { fromTier toTier merchantCount } } }`;

/** Settlement lines giving merchant i the profit `profit(i)` yuan on `date`. */
function lines(date: string, ids: number[], profit: (i: number) => number): string[] {
  return ids.map((i) => {
    const fee = profit(i);
    return `${date},${mid(i)},10,${fee * 100}.00,0,0.00,${fee}.00,0.00,0.00`;
  });
}

describe.skipIf(!onPostgres)('read replicas for analytical reads', () => {
  let primary: PgInstance;
  let replica: PgReplica;
  let orm: Orm; // with the replica configured
  let plain: Orm; // the primary only, for the primary's current answers
  let server: Awaited<ReturnType<typeof startServer>>;
  let plainServer: Awaited<ReturnType<typeof startServer>>;
  let token = '';
  let dir = '';
  let dataDir = ''; // inside dir; the data key is the run's CORNERSTONE_DATA_KEY (vitest.config.ts)
  const ids = Array.from({ length: N }, (_, k) => k + 1);

  const migration = async (s = server) => {
    const r = await s.gql<{ tierMigration: { cells: unknown[] } }>(MIGRATION, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data!.tierMigration.cells;
  };
  const exportRows = async () => {
    const res = await fetch(`${server.url}/api/exports/merchants.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return (await res.text()).trim().split('\n').length - 1;
  };
  // Whether an analytical read runs on the standby (the replica) or on the primary.
  const onStandby = async () => {
    const [r] = await analyticsSql(orm.em.fork() as EntityManager)<{ standby: boolean }>(
      'select pg_is_in_recovery() as standby',
    );
    return r!.standby;
  };
  const balance = async (m: string) => {
    const r = await server.gql<{ merchant: { points: { balance: number } } }>(
      'query($mid: String!) { merchant(mid: $mid) { points { balance } } }',
      { mid: m },
      token,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.merchant.points.balance;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cs-replica-'));
    dataDir = join(dir, 'data');
    primary = await createCluster();
    await primary.sql('create database cs');
    replica = await createReplica(primary);
    const config = { databaseUrl: primary.url('cs'), dataDir };
    plain = await openOrm(config);
    await migrate(plain);
    orm = await openOrm({ ...config, readReplicaUrls: [replica.url('cs')] });
    await seedUser(orm, 'replica_admin', 'admin');
    await seedUser(orm, 'replica_am', 'account_manager', BRANCH);
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'replica_am', branch: BRANCH });
    expect((await importMerchants(orm, join(dir, 'm.csv'))).inserted).toBe(N);
    // January and the first half of February: profit falls with i.
    const early = [
      ...lines('2025-01-10', ids, (i) => 1000 - i * 10),
      ...lines('2025-02-05', ids, (i) => 1000 - i * 10),
    ];
    await writeLines(join(dir, 's1.csv'), SETTLEMENT_HEADER, early);
    expect((await importSettlements(orm, join(dir, 's1.csv'))).inserted).toBe(early.length);
    server = await startServer(orm);
    plainServer = await startServer(plain);
    token = await server.login('replica_admin');
    await replica.waitCaughtUp();
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await plainServer?.close();
    await orm?.close(true);
    await plain?.close(true);
    await replica?.destroy();
    await primary?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers analytical reads from the replica, and writes and balances from the primary', async () => {
    const before = await migration();
    expect(await migration(plainServer)).toEqual(before);
    expect(await exportRows()).toBe(N);
    expect(await onStandby()).toBe(true);

    await replica.pauseReplay();
    // On the primary: the rest of February reverses the ranking, and five merchants join.
    const late = lines('2025-02-20', ids, (i) => i * 100);
    await writeLines(join(dir, 's2.csv'), SETTLEMENT_HEADER, late);
    expect((await importSettlements(orm, join(dir, 's2.csv'))).inserted).toBe(late.length);
    await writeMerchantsCsv(join(dir, 'm2.csv'), N + 5, { manager: 'replica_am', branch: BRANCH });
    expect((await importMerchants(orm, join(dir, 'm2.csv'))).inserted).toBe(5);
    const after = await migration(plainServer);
    expect(after).not.toEqual(before);

    // The analytical reads answer the replica's older state…
    expect(await migration()).toEqual(before);
    expect(await exportRows()).toBe(N);
    // …while entity reads, writes and balance reads answer the primary's, at once.
    const fresh = await server.gql<{ merchant: { mid: string } | null }>(
      'query($mid: String!) { merchant(mid: $mid) { mid } }',
      { mid: mid(N + 3) },
      token,
    );
    expect(fresh.data?.merchant?.mid).toBe(mid(N + 3));
    const m = mid(N); // the top merchant of late February: it has points now
    const start = await balance(m);
    expect(start).toBeGreaterThan(5);
    const redeemed = await server.gql<{ redeemPoints: { balanceAfter: number } }>(
      `mutation($mid: String!) { redeemPoints(mid: $mid, points: 5, reason: "测试", idempotencyKey: "replica-1") { balanceAfter } }`,
      { mid: m },
      token,
    );
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data!.redeemPoints.balanceAfter).toBe(start - 5);
    expect(await balance(m)).toBe(start - 5);
    // Inside a transaction the helper stays on the primary (a transaction sees its own writes).
    const inTx = await orm.em.fork().transactional(async (em) => {
      const [r] = await analyticsSql(em as EntityManager)<{ n: number; standby: boolean }>(
        'select count(*)::int as n, pg_is_in_recovery() as standby from merchant',
      );
      return r;
    });
    expect(inTx).toEqual({ n: N + 5, standby: false });

    // Replay resumes: the analytical reads catch up.
    await replica.resumeReplay();
    await replica.waitCaughtUp();
    expect(await migration()).toEqual(after);
    expect(await exportRows()).toBe(N + 5);
  });

  it('leaves the reads of a replica lagging more than the limit to the primary until it catches up', async () => {
    process.env.CORNERSTONE_READ_REPLICA_MAX_LAG_MS = '3000';
    try {
      // A transaction replayed just now: the lag is counted from its commit once replay pauses.
      await plain.em.getConnection().execute('select txid_current()');
      await replica.waitCaughtUp();
      const current = await migration(plainServer);
      expect(await migration()).toEqual(current);
      await replica.pauseReplay();
      const more = lines('2025-02-26', ids.slice(5, 10), () => 70_000);
      await writeLines(join(dir, 's4.csv'), SETTLEMENT_HEADER, more);
      await importSettlements(orm, join(dir, 's4.csv'));
      const changed = await migration(plainServer);
      expect(changed).not.toEqual(current);
      // Within the limit the replica still answers its older state…
      expect(await migration()).toEqual(current);
      // …past it, the primary answers.
      await new Promise((r) => setTimeout(r, 3500));
      expect(await migration()).toEqual(changed);
      expect(await onStandby()).toBe(false);
      // Caught up again: back on the replica (its lag is read again after a second).
      await replica.resumeReplay();
      await replica.waitCaughtUp();
      await new Promise((r) => setTimeout(r, 1100));
      expect(await onStandby()).toBe(true);
    } finally {
      delete process.env.CORNERSTONE_READ_REPLICA_MAX_LAG_MS;
    }
  });

  it('falls back to the primary while the replica is down, and uses it again once it is back', async () => {
    process.env.CORNERSTONE_READ_REPLICA_RETRY_MS = '500';
    try {
      const current = await migration(plainServer);
      await replica.stop('fast');
      // Reads still answer — the primary's state — instead of failing.
      expect(await migration()).toEqual(current);
      expect(await exportRows()).toBe(N + 5);
      expect(await onStandby()).toBe(false);

      await replica.start();
      await replica.waitCaughtUp();
      await new Promise((r) => setTimeout(r, 600));
      // Back on the replica: a paused replica shows again what it had.
      await replica.pauseReplay();
      const more = lines('2025-02-25', ids.slice(0, 5), () => 50_000);
      await writeLines(join(dir, 's3.csv'), SETTLEMENT_HEADER, more);
      await importSettlements(orm, join(dir, 's3.csv'));
      expect(await migration(plainServer)).not.toEqual(current);
      expect(await migration()).toEqual(current);
      await replica.resumeReplay();
    } finally {
      delete process.env.CORNERSTONE_READ_REPLICA_RETRY_MS;
    }
  });
});
