import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CadenceContact,
  cadenceTier,
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  lastCountingContact,
  nextDue,
  reverifyDue,
  rulesFor,
  type TaskState,
  taskState,
} from '@cornerstone/shared/maintenance/maintenance';
import { formatYuan } from '@cornerstone/shared/money/money';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { addDays } from '@cornerstone/shared/period/period';
import { TIER_CODES, type TierCode } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import type { AppUser } from '../src/identity/user.entity.ts';
import { addUser } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { listTasks, stateOf } from '../src/task/my-work.service.ts';
import { loadPolicy, refreshTasks } from '../src/task/tasks.service.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): when maintenance falls due (docs/domain.md §4) is shared maintenance/ —
// cadenceTier, rulesFor, lastCountingContact and nextDue for cadence tasks, reverifyDue for 信息更新,
// taskState for overdue / due / upcoming. The server materialises tasks in SQL (task/tasks.service.ts)
// and lists them by state in SQL (task/my-work.service.ts). These tests feed the same rows to both.

const N = 120;
const BRANCH = '汉中分公司';
const BLOCK = 8;
const RUNS = 8;

const contactArb = fc.record({
  kind: fc.constantFrom(...INTERACTION_KINDS),
  outcome: fc.constantFrom(...INTERACTION_OUTCOMES),
  daysAgo: fc.integer({ min: 0, max: 400 }),
  // 15:59:59Z is 23:59:59 in Shanghai and 16:00Z already the next business day.
  time: fc.constantFrom('15:59:59Z', '16:00:00Z', '02:00:00Z', '23:30:00Z'),
  // A correction supersedes it: only the correction counts.
  correction: fc.option(
    fc.record({
      kind: fc.constantFrom(...INTERACTION_KINDS),
      outcome: fc.constantFrom(...INTERACTION_OUTCOMES),
    }),
    { freq: 4 },
  ),
});
// Month ends and leap days: a year after 2024-02-29 is 2025-02-28.
const dateArb = fc.oneof(
  fc.constantFrom('2024-01-31', '2024-02-29', '2023-02-28', '2024-12-31', '2025-03-31', '2026-11-30'),
  fc.integer({ min: 0, max: 1000 }).map((d) => addDays('2023-06-01', d)),
);
const merchantArb = fc.record({
  tier: fc.constantFrom(...TIER_CODES),
  potential: fc.boolean(),
  onboardedOn: dateArb,
  verifiedOn: fc.option(dateArb, { freq: 2 }),
  terminated: fc.nat(4).map((n) => n === 0),
  contacts: fc.array(contactArb, { maxLength: 5 }),
});

describe('rules once: task due dates and states (shared maintenance = the task SQL)', () => {
  let db: TestDb;
  let orm: Orm;
  let admin: AppUser;
  let staff: AppUser;
  const dir = mkdtempSync(join(tmpdir(), 'cs-rules-tasks-'));
  const em = () => orm.em.fork() as EntityManager;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  const ids = new Map<string, number>();

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    const user = (login: string, role: string) =>
      addUser(em(), {
        login,
        role,
        branch: role === 'admin' ? undefined : BRANCH,
        password: 'test-password-1',
      });
    admin = await user('admin', 'admin');
    staff = await user('am', 'account_manager');
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am', branch: BRANCH });
    expect((await importMerchants(orm, join(dir, 'm.csv'))).rejected).toBe(0);
    for (const m of await sql<{ id: number; mid: string }>('select id, mid from merchant'))
      ids.set(m.mid, m.id);
    // Three months of profit, a quarter of the merchants growing by half: an official snapshot gives
    // every merchant its tier, and some ordinary and small ones upgrade potential.
    const lines: string[] = [];
    for (const [month, grow] of [
      ['2026-07', false],
      ['2026-08', false],
      ['2026-09', true],
    ] as const)
      for (let i = 1; i <= N; i++) {
        const p = BigInt((N - i + 1) * 1000) * (grow && i % 4 === 0 ? 3n : 2n);
        lines.push(`${month}-15,${mid(i)},1,${formatYuan(p + 10_000n)},0,0.00,${formatYuan(p)},0.00,0.00`);
      }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    await computeTierSnapshot(orm, '2026-09', 'test');
  }, 120_000);

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it("follows each merchant's tier, one step up with upgrade potential (cadenceTier)", async () => {
    const rows = await sql<{ tier: TierCode; potential: boolean; cadence_tier: TierCode }>(
      `select c.tier, c.potential, c.cadence_tier from merchant_cadence c
       join tier_snapshot s on s.merchant_id = c.merchant_id and s.period = '2026-09' and s.tier = c.tier`,
    );
    expect(rows.length).toBe(N);
    expect(rows.filter((r) => r.potential).length).toBeGreaterThan(0);
    expect(rows.map((r) => r.cadence_tier)).toEqual(rows.map((r) => cadenceTier(r.tier, r.potential)));
  });

  it('falls due as nextDue of the last counting contact (or onboarding), and re-verification as reverifyDue', async () => {
    const policy = await loadPolicy(em());
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(merchantArb, { minLength: BLOCK, maxLength: BLOCK }), async (merchants) => {
        // Each run has a block of merchants of its own.
        const first = run++ * BLOCK + 1;
        const want: string[] = [];
        for (const [j, m] of merchants.entries()) {
          const id = ids.get(mid(first + j))!;
          await sql(
            `update merchant set onboarded_on = ?, contact_verified_on = ?, status = ? where id = ?`,
            [m.onboardedOn, m.verifiedOn, m.terminated ? 'terminated' : 'active', id],
          );
          await sql(
            `insert into merchant_cadence (merchant_id, period, tier, potential, cadence_tier) values (?, 'test', ?, ?, ?)
             on conflict (merchant_id) do update set tier = excluded.tier, potential = excluded.potential,
               cadence_tier = excluded.cadence_tier`,
            [id, m.tier, m.potential, cadenceTier(m.tier, m.potential)],
          );
          const effective: CadenceContact[] = [];
          for (const c of m.contacts) {
            const at = `${addDays('2026-11-30', -c.daysAgo)}T${c.time}`;
            const insert = async (kind: string, outcome: string, supersedes: string | null) =>
              (
                await sql<{ id: string }>(
                  `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, supersedes_id, recorded_by)
                   values (?, ?, ?, ?, ?, ?, 'test') returning id::text`,
                  [id, kind, at, staff.id, outcome, supersedes],
                )
              )[0]!.id;
            const original = await insert(c.kind, c.outcome, null);
            const counted = c.correction ?? c;
            if (c.correction) await insert(c.correction.kind, c.correction.outcome, original);
            effective.push({
              kind: counted.kind,
              outcome: counted.outcome,
              day: businessToday(new Date(at)),
            });
          }
          if (m.terminated) continue;
          for (const r of rulesFor(policy, m.tier, m.potential)) {
            const basis = lastCountingContact(effective, r);
            want.push(
              `${id} cadence ${r.channel} due ${nextDue(basis, m.onboardedOn, r.everyDays)} basis ${basis} every ${r.everyDays} tier ${r.tier}`,
            );
          }
          want.push(
            `${id} reverify verify due ${reverifyDue(m.verifiedOn, m.onboardedOn)} basis ${m.verifiedOn}`,
          );
        }
        const block = merchants.map((_, j) => ids.get(mid(first + j))!);
        await refreshTasks(em(), block);
        const open = await sql<Record<string, string | number | null>>(
          `select merchant_id, kind, channel, due_on::text, basis_on::text, every_days, tier from maintenance_task
           where status = 'open' and merchant_id = any(?::int[])`,
          [`{${block.join(',')}}`],
        );
        const got = open.map((t) =>
          t.kind === 'cadence'
            ? `${t.merchant_id} cadence ${t.channel} due ${t.due_on} basis ${t.basis_on} every ${t.every_days} tier ${t.tier}`
            : `${t.merchant_id} ${t.kind} ${t.channel} due ${t.due_on} basis ${t.basis_on}`,
        );
        expect(got.sort()).toEqual(want.sort());
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('lists each task under the state taskState gives it on any day, and shows it so (stateOf)', async () => {
    const STATES: TaskState[] = ['OVERDUE', 'DUE', 'UPCOMING', 'DONE', 'CANCELLED'];
    const taskArb = fc.record({
      due: fc.integer({ min: -20, max: 20 }),
      status: fc.constantFrom<'open' | 'done' | 'cancelled'>('open', 'open', 'open', 'done', 'cancelled'),
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        // Days where the horizon of 7 crosses a month end, a leap day or a year end.
        fc.constantFrom('2026-02-24', '2024-02-25', '2026-12-28', '2026-12-06', '2027-01-31'),
        fc.array(taskArb, { minLength: 1, maxLength: 25 }),
        async (base, tasks) => {
          // Each run's tasks belong to a merchant of their own, as follow-ups.
          const m = mid(N - run++);
          const rows = [];
          for (const t of tasks) {
            const dueOn = addDays(base, t.due);
            const [row] = await sql<{ id: string }>(
              `insert into maintenance_task (merchant_id, kind, channel, due_on, status, closed_at)
               values (?, 'follow_up', 'call', ?, ?, ?) returning id::text`,
              [ids.get(m), dueOn, t.status, t.status === 'open' ? null : new Date()],
            );
            rows.push({ id: row!.id, status: t.status, dueOn });
          }
          // Today on the base day, the day after, and on the boundaries of the first task: its due date,
          // the day after it, and 7 and 8 days before it.
          const due0 = rows[0]!.dueOn;
          for (const today of [
            base,
            addDays(base, 1),
            due0,
            addDays(due0, 1),
            addDays(due0, -7),
            addDays(due0, -8),
          ]) {
            const listed = new Map<string, TaskState>();
            for (const state of STATES) {
              const page = await listTasks(
                em(),
                admin,
                { state, kind: 'follow_up', mid: m },
                { first: 100 },
                { today },
              );
              for (const { node: r } of page.edges) {
                expect(listed.has(r.id), `task ${r.id} listed twice on ${today}`).toBe(false);
                listed.set(r.id, state);
                expect(stateOf(r, today)).toBe(state);
              }
            }
            const open = await listTasks(
              em(),
              admin,
              { state: 'OPEN', kind: 'follow_up', mid: m },
              { first: 100 },
              { today },
            );
            expect(open.totalCount).toBe(rows.filter((r) => r.status === 'open').length);
            expect(listed, today).toEqual(
              new Map(rows.map((r) => [r.id, taskState(r.status, r.dueOn, today)])),
            );
          }
        },
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
