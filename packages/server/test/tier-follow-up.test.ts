import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { reactionsSettled } from '../src/platform/events/reactions.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { followTierSnapshots } from '../src/task/snapshot-follow-up.service.ts';
import { refreshCadenceTiers, refreshTasks } from '../src/task/tasks.service.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { runCli } from './support/cli.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// A tier snapshot answers once its tiers are stored; the cadence and the open tasks follow it behind
// the answer, and what is left to follow is kept in the database, so a process that stops halfway
// leaves it to the next round instead of losing it.

const N = 300;
const BRANCH = '铜川分公司';
const today = businessToday();
const month2Day = addDays(`${today.slice(0, 7)}-01`, -3);
const month1Day = addDays(`${month2Day.slice(0, 7)}-01`, -3);
const P1 = month1Day.slice(0, 7);
const P2 = month2Day.slice(0, 7);
const FOLLOW_UP = '{ tierFollowUp { pendingPeriods pendingSince running } }';

describe('tier snapshot follow-up: the tasks follow the tiers behind the answer, durably', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const em = () => orm.em.fork() as EntityManager;
  /** Nothing left for a full refresh to change: the cadence and tasks are in line with the latest snapshot. */
  const inLine = async () => {
    const cadence = await refreshCadenceTiers(em(), { fromSnapshot: true });
    const tasks = await refreshTasks(em(), null);
    return { moved: cadence.tasksFor, tasks };
  };
  const openCadenceTasks = async () =>
    (
      await sql<{ n: number }[]>(
        "select count(*)::int as n from maintenance_task where kind = 'cadence' and status = 'open'",
      )
    )[0]!.n;

  beforeAll(async () => {
    // On disk: the CLI test below opens the same database from its own process.
    db = await createTestDb({ onDisk: true });
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    const dir = mkdtempSync(join(tmpdir(), 'cs-follow-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: () => 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    // Profit falls with i in the first month and rises with i in the second: most tiers change.
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      for (const [day, profit] of [
        [month1Day, 5000 - i * 10],
        [month2Day, 2000 + i * 10],
      ] as const) {
        const fee = profit + 50;
        lines.push(`${day},${mid(i)},10,30000.00,0,0.00,${fee}.00,${fee - profit - 10}.00,10.00`);
      }
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    server = await startServer(orm);
    for (const u of ['admin', 'am1']) tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('answers computeTiers with the tiers, then brings the cadence and tasks in line behind it', async () => {
    expect(await openCadenceTasks()).toBe(0);
    const r = await server.gql<{ computeTiers: { merchantCount: number } }>(
      'mutation($p: String!) { computeTiers(period: $p) { merchantCount } }',
      { p: P1 },
      tokens.admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.computeTiers.merchantCount).toBe(N);
    await reactionsSettled();
    const state = await server.gql(FOLLOW_UP, {}, tokens.am1);
    expect(state.data).toEqual({ tierFollowUp: { pendingPeriods: [], pendingSince: null, running: false } });
    const [run] = await sql<{ followed: boolean }[]>(
      'select cadence_followed_at >= computed_at as followed from tier_snapshot_run where period = ?',
      [P1],
    );
    expect(run!.followed).toBe(true);
    expect(await openCadenceTasks()).toBeGreaterThanOrEqual(N);
    expect(await inLine()).toEqual({ moved: [], tasks: { created: 0, moved: 0, done: 0, cancelled: 0 } });
  });

  it('keeps a snapshot whose follow-up never ran as pending, and the next round follows it once', async () => {
    const before = await sql<{ merchant_id: number; cadence_tier: string }[]>(
      'select merchant_id, cadence_tier from merchant_cadence order by merchant_id',
    );
    // As a process that stopped right after the snapshot committed: nothing followed it.
    await computeTierSnapshot(orm, P2, 'test', { follow: 'later' });
    const pending = await server.gql<{
      tierFollowUp: { pendingPeriods: string[]; pendingSince: string; running: boolean };
    }>(FOLLOW_UP, {}, tokens.am1);
    expect(pending.data!.tierFollowUp).toMatchObject({ pendingPeriods: [P2], running: false });
    expect(Number.isNaN(Date.parse(pending.data!.tierFollowUp.pendingSince))).toBe(false);
    // The cadence still follows the first month's snapshot.
    expect(await sql('select merchant_id, cadence_tier from merchant_cadence order by merchant_id')).toEqual(
      before,
    );
    expect(await sql<{ period: string }[]>('select distinct period from merchant_cadence')).toEqual([
      { period: P1 },
    ]);

    // Another process holds it (its lease runs): this round leaves it alone.
    await sql(
      `update tier_snapshot_run set cadence_lease_until = now() + interval '5 minutes' where period = ?`,
      [P2],
    );
    expect(await followTierSnapshots(em())).toEqual([]);
    expect((await server.gql(FOLLOW_UP, {}, tokens.am1)).data).toMatchObject({
      tierFollowUp: { pendingPeriods: [P2], running: true },
    });
    // That process stopped: once its lease has run out, the next round takes the snapshot over.
    await sql(
      `update tier_snapshot_run set cadence_lease_until = now() - interval '1 second' where period = ?`,
      [P2],
    );
    expect(await followTierSnapshots(em())).toEqual([P2]);
    expect(await followTierSnapshots(em())).toEqual([]);
    expect(await sql<{ period: string }[]>('select distinct period from merchant_cadence')).toEqual([
      { period: P2 },
    ]);
    expect(
      await sql('select merchant_id, cadence_tier from merchant_cadence order by merchant_id'),
    ).not.toEqual(before);
    expect(await inLine()).toEqual({ moved: [], tasks: { created: 0, moved: 0, done: 0, cancelled: 0 } });
    // Never two open tasks for one merchant and channel.
    const [dup] = await sql<{ n: number }[]>(
      `select count(*)::int as n from (select merchant_id, kind, channel from maintenance_task
         where status = 'open' group by 1, 2, 3 having count(*) > 1) d`,
    );
    expect(dup!.n).toBe(0);
  });

  it('takes a snapshot stored again while it was being followed as pending once more', async () => {
    // Claimed by a round (lease), then stored again: the new rows have not been followed.
    await sql(
      `update tier_snapshot_run set cadence_followed_at = null, cadence_lease_until = now() + interval '5 minutes' where period = ?`,
      [P2],
    );
    await computeTierSnapshot(orm, P2, 'test', { follow: 'later' });
    const [run] = await sql<{ followed: string | null; lease: string | null }[]>(
      'select cadence_followed_at as followed, cadence_lease_until as lease from tier_snapshot_run where period = ?',
      [P2],
    );
    expect(run).toEqual({ followed: null, lease: null });
    expect(await followTierSnapshots(em())).toEqual([P2]);
    expect((await server.gql(FOLLOW_UP, {}, tokens.am1)).data).toEqual({
      tierFollowUp: { pendingPeriods: [], pendingSince: null, running: false },
    });
  });

  it('reports the tiers through the CLI first, then the cadence and tasks once they are in line', async () => {
    const out = await runCli(['tiers', 'compute', P2], db.env);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const stored = out.stdout.indexOf(`tiers ${P2}: ${N} merchants ranked, snapshot stored`);
    const following = out.stdout.indexOf('maintenance cadence and open tasks: following the new tiers');
    const inLineAt = out.stdout.search(/maintenance cadence and open tasks: in line \(\d+\.\d s\)/);
    expect(stored).toBeGreaterThanOrEqual(0);
    expect(following).toBeGreaterThan(stored);
    expect(inLineAt).toBeGreaterThan(following);
    expect((await server.gql(FOLLOW_UP, {}, tokens.am1)).data).toEqual({
      tierFollowUp: { pendingPeriods: [], pendingSince: null, running: false },
    });
    expect(await inLine()).toEqual({ moved: [], tasks: { created: 0, moved: 0, done: 0, cancelled: 0 } });
  });
});
