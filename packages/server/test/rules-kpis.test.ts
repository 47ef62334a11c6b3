import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CadenceContact,
  DEFAULT_CADENCE,
  INTERACTION_KINDS,
  INTERACTION_OUTCOMES,
  type InteractionKind,
  type InteractionOutcome,
  kpiGroup,
} from '@cornerstone/shared/maintenance/maintenance';
import { type KpiTask, missedDueDate, onCadence } from '@cornerstone/shared/maintenance/maintenance-kpi';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { addDays, type Period, parsePeriod } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import type { AppUser } from '../src/identity/user.entity.ts';
import { addUser } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { kpis } from '../src/task/kpi.service.ts';
import { loadPolicy, setPolicy } from '../src/task/tasks.service.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Rules once (docs/architecture.md): the maintenance KPIs — the seed's visit, call-back and other-contact counts
// (kpiGroup), key customers on cadence (onCadence) and tasks that missed their due date
// (missedDueDate) — are shared maintenance/; the server computes them in one SQL statement
// (task/kpi.service.ts). This test feeds the same interactions and tasks to both.

const N = 36;
const WEST = '安康分公司';
const EAST = '商洛分公司';
// am1 and am2 in the west, am3 in the east; merchants 1..12 are key customers in every period.
const managerOf = (i: number) => ['am1', 'am2', 'am3'][i % 3]!;
const branchOf = (i: number) => (managerOf(i) === 'am3' ? EAST : WEST);
const KEY = (i: number) => i <= 12;
// Each period with the day its KPIs are asked on.
const ASKED: [string, string][] = [
  ['2026-11', '2026-12-06'],
  ['2026-11', '2026-11-20'],
  ['2026-10-15..2026-11-14', '2026-12-06'],
  ['2026-12', '2026-12-06'],
];

// Times next to the business day's edges: 15:59:59Z is 23:59:59 in Shanghai, 16:00Z the next day.
const timeArb = fc.constantFrom('15:59:59Z', '16:00:00Z', '01:00:00Z', '09:30:00Z');
// Days from 10 October to 9 December, the edges of the periods asked about among them.
const dayArb = fc.oneof(
  fc.constantFrom(
    '2026-10-14',
    '2026-10-15',
    '2026-10-31',
    '2026-11-01',
    '2026-11-14',
    '2026-11-30',
    '2026-12-01',
  ),
  fc.integer({ min: 0, max: 60 }).map((d) => addDays('2026-10-10', d)),
);
const interactionArb = fc.record({
  merchant: fc.integer({ min: 1, max: N }),
  staff: fc.constantFrom('am1', 'am2', 'am3', 'bm'),
  kind: fc.constantFrom(...INTERACTION_KINDS),
  outcome: fc.constantFrom(...INTERACTION_OUTCOMES),
  day: dayArb,
  time: timeArb,
  correction: fc.option(
    fc.record({
      kind: fc.constantFrom(...INTERACTION_KINDS),
      outcome: fc.constantFrom(...INTERACTION_OUTCOMES),
    }),
    { freq: 5 },
  ),
});
const taskArb = fc.record({
  merchant: fc.integer({ min: 1, max: N }),
  due: dayArb,
  status: fc.constantFrom<KpiTask['status']>('open', 'done', 'done', 'cancelled'),
  // Closed this many days after the due date (negative: before it), at `time`.
  closedAfter: fc.oneof(fc.constantFrom(-1, 0, 1), fc.integer({ min: -3, max: 4 })),
  time: timeArb,
});

describe('rules once: maintenance KPIs (kpiGroup / onCadence / missedDueDate = the KPI SQL)', () => {
  let db: TestDb;
  let orm: Orm;
  const users = new Map<string, AppUser>();
  const dir = mkdtempSync(join(tmpdir(), 'cs-rules-kpi-'));
  const em = () => orm.em.fork() as EntityManager;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];
  const ids = new Map<number, number>();

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    for (const [login, role, branch] of [
      ['admin', 'admin', undefined],
      ['bm', 'branch_manager', WEST],
      ['am1', 'account_manager', WEST],
      ['am2', 'account_manager', WEST],
      ['am3', 'account_manager', EAST],
    ] as const)
      users.set(login, await addUser(em(), { login, role, branch, password: 'test-password-1' }));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: managerOf, branch: branchOf });
    expect((await importMerchants(orm, join(dir, 'm.csv'))).rejected).toBe(0);
    for (const m of await sql<{ id: number; mid: string }>('select id, mid from merchant'))
      ids.set(Number(m.mid.slice(-9)), m.id);
    // The official tiers of each period asked about: key customers 1..12, the rest small.
    for (const label of new Set(ASKED.map(([p]) => p))) {
      const p = parsePeriod(label);
      await sql(
        `insert into tier_snapshot_run (period, period_start, period_end, merchant_count, total_profit, computed_by)
         values (?, ?, ?, ?, 0, 'test')`,
        [p.label, p.start, p.end, N],
      );
      for (let i = 1; i <= N; i++)
        await sql(
          `insert into tier_snapshot (period, merchant_id, tier, rank, profit) values (?, ?, ?, ?, 0)`,
          [p.label, ids.get(i), KEY(i) ? 'KEY' : 'SMALL', i],
        );
    }
  }, 120_000);

  /** Records an interaction; with `correction`, a second entry that supersedes it. */
  const record = async (
    i: { merchant: number; staff: string; kind: string; outcome: string; at: string },
    correction?: { kind: string; outcome: string } | null,
  ) => {
    const insert = async (kind: string, outcome: string, supersedes: string | null) =>
      (
        await sql<{ id: string }>(
          `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, supersedes_id, recorded_by)
           values (?, ?, ?, ?, ?, ?, 'test') returning id::text`,
          [ids.get(i.merchant), kind, i.at, users.get(i.staff)!.id, outcome, supersedes],
        )
      )[0]!.id;
    const original = await insert(i.kind, i.outcome, null);
    if (correction) await insert(correction.kind, correction.outcome, original);
  };

  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  /** Everything the KPIs read, read back as rows: the shared functions' input. */
  const readRows = async () => {
    const merchants = await sql<{ id: number; manager: string; branch: string }>(
      `select m.id, u.login as manager, b.name as branch from merchant m
       join app_user u on u.id = m.manager_id join branch b on b.id = m.branch_id`,
    );
    const all = await sql<{
      id: string;
      merchant_id: number;
      staff: string;
      kind: InteractionKind;
      outcome: InteractionOutcome;
      occurred_at: Date;
      supersedes_id: string | null;
    }>(
      `select i.id::text, i.merchant_id, u.login as staff, i.kind, i.outcome, i.occurred_at, i.supersedes_id::text
       from interaction i join app_user u on u.id = i.staff_id`,
    );
    const superseded = new Set(all.map((i) => i.supersedes_id).filter((s) => s !== null));
    const contacts = all
      .filter((i) => !superseded.has(i.id))
      .map((i) => ({
        merchantId: i.merchant_id,
        staff: i.staff,
        kind: i.kind,
        outcome: i.outcome,
        day: businessToday(new Date(i.occurred_at)),
      }));
    const tasks = (
      await sql<{ merchant_id: number; status: KpiTask['status']; due_on: string; closed_at: Date | null }>(
        'select merchant_id, status, due_on::text, closed_at from maintenance_task',
      )
    ).map((t) => ({
      merchantId: t.merchant_id,
      status: t.status,
      dueOn: t.due_on,
      closedOn: t.closed_at === null ? null : businessToday(new Date(t.closed_at)),
    }));
    const keys = await sql<{ period: string; merchant_id: number }>(
      `select period, merchant_id from tier_snapshot where tier = 'KEY'`,
    );
    return { merchants, contacts, tasks, keys };
  };

  /** The KPI rows by the shared rules, in the server's shape, sorted by key. */
  const expected = (
    rows: Awaited<ReturnType<typeof readRows>>,
    keyRules: Parameters<typeof onCadence>[1],
    user: AppUser,
    period: Period,
    by: 'manager' | 'branch',
    today: string,
  ) => {
    const inScope = new Map(
      rows.merchants
        .filter((m) =>
          user.role === 'account_manager'
            ? m.manager === user.login
            : user.role === 'branch_manager'
              ? m.branch === user.branch?.name
              : true,
        )
        .map((m) => [m.id, m]),
    );
    const owner = (merchantId: number) => {
      const m = inScope.get(merchantId)!;
      return by === 'manager' ? m.manager : m.branch;
    };
    const out = new Map<string, Record<string, string | number | null>>();
    const row = (key: string) => {
      let r = out.get(key);
      if (!r) {
        r = {
          key,
          name: key,
          visits: 0,
          calls: 0,
          otherContacts: 0,
          keyCustomers: 0,
          keyOnCadence: 0,
          overdueTasks: 0,
          complaints: 0,
          avgResponseHours: null,
          avgResolutionHours: null,
        };
        out.set(key, r);
      }
      return r;
    };
    const within = (c: CadenceContact) => c.day >= period.start && c.day <= period.end;
    for (const c of rows.contacts) {
      if (!inScope.has(c.merchantId) || !within(c)) continue;
      const r = row(by === 'manager' ? c.staff : inScope.get(c.merchantId)!.branch);
      const g = kpiGroup(c.kind);
      if (g === 'visit') (r.visits as number)++;
      else if (g === 'call') (r.calls as number)++;
      else (r.otherContacts as number)++;
    }
    for (const k of rows.keys) {
      if (k.period !== period.label || !inScope.has(k.merchant_id)) continue;
      const r = row(owner(k.merchant_id));
      (r.keyCustomers as number)++;
      const mine = rows.contacts.filter((c) => c.merchantId === k.merchant_id);
      if (onCadence(mine, keyRules, period)) (r.keyOnCadence as number)++;
    }
    for (const t of rows.tasks)
      if (inScope.has(t.merchantId) && missedDueDate(t, period, today))
        (row(owner(t.merchantId)).overdueTasks as number)++;
    return [...out.values()].sort((a, b) => (String(a.key) < String(b.key) ? -1 : 1));
  };

  const compareAll = async () => {
    const rows = await readRows();
    const keyRules = (await loadPolicy(em())).filter((r) => r.tier === 'KEY');
    for (const [label, today] of ASKED) {
      const period = parsePeriod(label);
      for (const [login, by] of [
        ['admin', 'manager'],
        ['bm', 'manager'],
        ['am1', 'manager'],
        ['admin', 'branch'],
        ['bm', 'branch'],
      ] as const) {
        const user = users.get(login)!;
        const got = [...(await kpis(em(), user, period, by, today))].sort((a, b) => (a.key < b.key ? -1 : 1));
        expect(got, `${label} on ${today}, ${login} by ${by}`).toEqual(
          expected(rows, keyRules, user, period, by, today),
        );
      }
    }
  };

  it('counts contacts, key customers on cadence and missed due dates as the shared rules do', async () => {
    // November asks a key customer for a visit and two calls (a visit counts as a call), reached.
    const nov = (merchant: number, kind: string, at: string, outcome = 'reached') =>
      record({ merchant, staff: managerOf(merchant), kind, outcome, at });
    // 1 is on cadence; 2 lacks a call; 4's second call did not reach it.
    for (const [m, kind, at, outcome] of [
      [1, 'visit', '2026-11-05T02:00:00Z'],
      [1, 'call', '2026-11-12T02:00:00Z'],
      [1, 'call', '2026-11-25T02:00:00Z', 'issue_found'],
      [2, 'visit', '2026-11-05T02:00:00Z'],
      [2, 'call', '2026-11-12T02:00:00Z'],
      [4, 'visit', '2026-11-05T02:00:00Z'],
      [4, 'call', '2026-11-12T02:00:00Z'],
      [4, 'call', '2026-11-20T02:00:00Z', 'unreachable'],
    ] as const)
      await nov(m, kind, at, outcome);
    // 3's last call is on 1 December in Shanghai (16:00Z); 5's visit and call both fall in November
    // there (31 October 16:00Z is 1 November; 30 November 15:59:59Z is still 30 November).
    await nov(3, 'visit', '2026-11-03T02:00:00Z');
    await nov(3, 'call', '2026-11-15T02:00:00Z');
    await nov(3, 'call', '2026-11-30T16:00:00Z');
    await nov(5, 'visit', '2026-10-31T16:00:00Z');
    await nov(5, 'call', '2026-11-30T15:59:59Z');
    // Follow-ups due 10 November: done that evening in Shanghai (15:59:59Z) is in time; done at 16:00Z
    // (midnight) is late, as is one still open; a cancelled one never counts.
    for (const [status, closedAt] of [
      ['done', '2026-11-10T15:59:59Z'],
      ['done', '2026-11-10T16:00:00Z'],
      ['open', null],
      ['cancelled', '2026-11-12T02:00:00Z'],
    ] as const)
      await sql(
        `insert into maintenance_task (merchant_id, kind, channel, due_on, status, closed_at)
         values (?, 'follow_up', 'call', '2026-11-10', ?, ?)`,
        [ids.get(7), status, closedAt],
      );
    await fc.assert(
      fc.asyncProperty(
        fc.array(interactionArb, { minLength: 10, maxLength: 40 }),
        fc.array(taskArb, { minLength: 5, maxLength: 25 }),
        async (interactions, tasks) => {
          for (const i of interactions) await record({ ...i, at: `${i.day}T${i.time}` }, i.correction);
          for (const t of tasks)
            await sql(
              `insert into maintenance_task (merchant_id, kind, channel, due_on, status, closed_at)
               values (?, 'follow_up', 'call', ?, ?, ?)`,
              [
                ids.get(t.merchant),
                t.due,
                t.status,
                t.status === 'open' ? null : `${addDays(t.due, t.closedAfter)}T${t.time}`,
              ],
            );
          await compareAll();
        },
      ),
      { numRuns: 3, endOnFailure: true },
    );
    // The generated rows put key customers both on and off cadence, and tasks both in time and late.
    const rows = await kpis(em(), users.get('admin')!, parsePeriod('2026-11'), 'manager', '2026-12-06');
    expect(rows.some((r) => r.keyOnCadence > 0 && r.keyOnCadence < r.keyCustomers)).toBe(true);
    expect(rows.some((r) => r.overdueTasks > 0)).toBe(true);
  });

  it('holds a key customer asked for nothing on cadence: a policy without key-customer rules', async () => {
    await setPolicy(
      em(),
      DEFAULT_CADENCE.filter((r) => r.tier !== 'KEY').map((r) => ({ ...r })),
      'test',
    );
    try {
      await compareAll();
    } finally {
      await setPolicy(em(), [...DEFAULT_CADENCE], 'test');
    }
  });
});
