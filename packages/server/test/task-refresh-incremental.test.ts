import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { refreshCadenceTiers, refreshTasks } from '../src/task/tasks.service.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

// The whole-company refresh a tier snapshot reacts with writes only what changed: a row it leaves
// as it was is neither rewritten nor locked (its version and lock columns stay the same), so a
// snapshot of a million merchants that moves a few costs a comparison, not a million writes.

const N = 120;
const BRANCH = '宝鸡分公司';

describe('the cadence and task refresh writes only what changed', () => {
  let db: TestDb;
  let orm: Orm;
  const em = () => orm.em.fork() as EntityManager;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  // Where each row is and which transactions wrote or locked it.
  const versions = async (table: string, key: string) =>
    new Map(
      (
        await sql<{ k: string; v: string }>(
          `select ${key}::text as k, ctid::text || ' ' || xmin::text || ' ' || xmax::text as v from ${table}`,
        )
      ).map((r) => [r.k, r.v]),
    );
  const refreshAll = async () => ({
    cadence: await refreshCadenceTiers(em(), { fromSnapshot: true }),
    tasks: await refreshTasks(em(), null),
  });

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', BRANCH);
    const dir = mkdtempSync(join(tmpdir(), 'cs-refresh-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am', branch: BRANCH });
    expect((await importMerchants(orm, join(dir, 'm.csv'))).rejected).toBe(0);
    // Three months; in the last a quarter of the merchants grow by half, so some have upgrade potential.
    const lines: string[] = [];
    for (const [month, grow] of [
      ['2026-04', false],
      ['2026-05', false],
      ['2026-06', true],
    ] as const)
      for (let i = 1; i <= N; i++) {
        const p = BigInt((N - i + 1) * 1000) * (grow && i % 4 === 0 ? 3n : 2n);
        lines.push(`${month}-15,${mid(i)},1,${formatYuan(p + 10_000n)},0,0.00,${formatYuan(p)},0.00,0.00`);
      }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    await computeTierSnapshot(orm, '2026-06', 'test');
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('leaves every row untouched when nothing changed', async () => {
    const [open] = await sql<{ n: number }>(
      "select count(*)::int as n from maintenance_task where status = 'open' and kind = 'cadence'",
    );
    expect(open!.n).toBeGreaterThan(N);
    const tasks = await versions('maintenance_task', 'id');
    const cadence = await versions('merchant_cadence', 'merchant_id');
    expect(await refreshAll()).toEqual({
      cadence: { period: '2026-06', merchants: N, tasksFor: [] },
      tasks: { created: 0, moved: 0, done: 0, cancelled: 0 },
    });
    expect(await versions('maintenance_task', 'id')).toEqual(tasks);
    expect(await versions('merchant_cadence', 'merchant_id')).toEqual(cadence);
  });

  it("writes the changed merchants' rows and no other", async () => {
    const id = async (i: number) =>
      (await sql<{ id: number }>('select id from merchant where mid = ?', [mid(i)]))[0]!.id;
    const [ended, verified, moved] = [await id(3), await id(5), await id(N)];
    await sql("update merchant set status = 'terminated' where id = ?", [ended]);
    await sql("update merchant set contact_verified_on = date '2026-06-20' where id = ?", [verified]);
    // A cadence row out of date, as an older snapshot would have left it: the refresh puts it back.
    const [was] = await sql<{ cadence_tier: string }>(
      'select cadence_tier from merchant_cadence where merchant_id = ?',
      [moved],
    );
    await sql("update merchant_cadence set cadence_tier = 'KEY' where merchant_id = ?", [moved]);
    const [endedOpen] = await sql<{ n: number }>(
      "select count(*)::int as n from maintenance_task where merchant_id = ? and status = 'open'",
      [ended],
    );
    const touched = new Set([ended, verified, moved]);
    const others = async () =>
      (
        await sql<{ k: string; v: string }>(
          `select id::text as k, ctid::text || ' ' || xmin::text || ' ' || xmax::text as v from maintenance_task
           where merchant_id <> all(?::int[]) order by id`,
          [`{${[...touched].join(',')}}`],
        )
      ).map((r) => `${r.k} ${r.v}`);
    const before = await others();
    const cadence = await versions('merchant_cadence', 'merchant_id');
    const r = await refreshAll();
    // The terminated merchant's tasks are cancelled; the verified one's re-verification is done and
    // the next one opened; the stale cadence row is put back before the tasks are compared, so that
    // merchant's tasks stay as they were.
    expect(r.tasks).toEqual({ created: 1, moved: 0, done: 1, cancelled: endedOpen!.n });
    expect(await others()).toEqual(before);
    const after = await versions('merchant_cadence', 'merchant_id');
    for (const [k, v] of cadence) if (Number(k) !== moved) expect([k, after.get(k)]).toEqual([k, v]);
    expect(after.get(String(moved))).not.toBe(cadence.get(String(moved)));
    const [back] = await sql<{ cadence_tier: string }>(
      'select cadence_tier from merchant_cadence where merchant_id = ?',
      [moved],
    );
    expect(back!.cadence_tier).toBe(was!.cadence_tier);
  });

  it("reacts to a snapshot by refreshing the tasks of the merchants whose cadence tier moved, and no other's", async () => {
    const id = async (i: number) =>
      (await sql<{ id: number }>('select id from merchant where mid = ?', [mid(i)]))[0]!.id;
    const [moved, verified] = [await id(7), await id(9)];
    const tierOf = async (merchant: number) =>
      (
        await sql<{ tier: string }>(
          "select distinct tier from maintenance_task where merchant_id = ? and kind = 'cadence' and status = 'open'",
          [merchant],
        )
      ).map((r) => r.tier);
    const [was] = await sql<{ cadence_tier: string }>(
      'select cadence_tier from merchant_cadence where merchant_id = ?',
      [moved],
    );
    // One merchant's cadence and tasks as a snapshot with another tier would have left them.
    await sql("update merchant_cadence set cadence_tier = 'KEY' where merchant_id = ?", [moved]);
    expect((await refreshTasks(em(), [moved])).moved).toBeGreaterThan(0);
    expect(await tierOf(moved)).toEqual(['KEY']);
    // Another merchant's contact verified behind the application's back: nothing refreshed it.
    await sql("update merchant set contact_verified_on = date '2026-06-25' where id = ?", [verified]);
    const others = async () =>
      (
        await sql<{ k: string; v: string }>(
          `select id::text as k, ctid::text || ' ' || xmin::text || ' ' || xmax::text as v from maintenance_task
           where merchant_id <> ? order by id`,
          [moved],
        )
      ).map((r) => `${r.k} ${r.v}`);
    const before = await others();
    await computeTierSnapshot(orm, '2026-06', 'test');
    // The moved merchant's cadence and tasks are back on its tier; no other task was written.
    expect(await tierOf(moved)).toEqual([was!.cadence_tier]);
    expect(await others()).toEqual(before);
    // The full refresh is what would have taken the other merchant's verification in.
    expect((await refreshTasks(em(), null)).done).toBe(1);
  });
});
