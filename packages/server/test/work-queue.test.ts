import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  byPriority,
  capacityBucket,
  PLAN_AHEAD_DAYS,
  type Priority,
  taskPriority,
} from '@cornerstone/shared/maintenance/task-priority';
import { addDays } from '@cornerstone/shared/period/period';
import type { TierCode } from '@cornerstone/shared/tier/tier-scheme';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { refreshTasks } from '../src/task/tasks.service.ts';
import { plansOf, teamBacklog, workPlan } from '../src/task/work-plan.service.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { countQueries, seedUser, startServer } from './support/test-server.ts';

// The work queue (docs/work-queue.md): the priority in SQL equals the shared rule, lists page by
// it, today's plan fits the capacity, chores are done for a selection at once, a contact that
// confirmed the contact data answers the re-verification.

const N = 400;
const BRANCH = '渭南分公司';
const OTHER = '宝鸡分公司';
const managerOf = (i: number) => (i % 2 ? 'am1' : 'am2');
const today = businessToday();
const settleDate = addDays(today, -5);

interface Task {
  id: string;
  kind: string;
  channel: string;
  dueOn: string;
  everyDays: number | null;
  merchant: { mid: string };
  priority: Priority & {
    openComplaints: number;
    openFaults: number;
    valueAtRisk: string | null;
    cadenceTier: string | null;
  };
}
const TASK_FIELDS = `id kind channel dueOn everyDays merchant { mid }
  priority { score tier kind late cases value openComplaints openFaults valueAtRisk cadenceTier }`;
const TASKS = `query($f: TaskFilter, $first: Int, $after: String, $o: TaskOrder) {
  tasks(filter: $f, first: $first, after: $after, orderBy: $o) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${TASK_FIELDS} } } } }`;
const PLAN = `query($m: String) { workPlan(manager: $m) {
  manager { login } date eligibleCount overdueCount capacity { visits calls others source }
  tasks { ${TASK_FIELDS} } } }`;
const SET_CAPACITY = `mutation($i: WorkCapacityInput, $m: String!) { setWorkCapacity(input: $i, manager: $m) { visits calls others source } }`;
const SET_EVERYONE = `mutation($i: WorkCapacityInput!) { setEveryonesWorkCapacity(input: $i) { visits calls others source } }`;
const CHORES = `mutation($ids: [ID!]!) { completeChores(ids: $ids) { greetings reverified } }`;
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;
const problemOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.problem;

describe('work queue: priority, today’s plan, capacity, chores', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    await seedUser(orm, 'am2', 'account_manager', BRANCH);
    await seedUser(orm, 'am3', 'account_manager', OTHER);
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'bm_other', 'branch_manager', OTHER);
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'analyst', 'analyst');
    const dir = mkdtempSync(join(tmpdir(), 'cs-work-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: managerOf, branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      const profit = 5000 - i * 10;
      const fee = profit + 50;
      lines.push(`${settleDate},${mid(i)},10,30000.00,0,0.00,${fee}.00,${fee - profit - 10}.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    await computeTierSnapshot(orm, settleDate.slice(0, 7), 'test');
    // Variety for the priority: contact data of every fifth merchant verified long ago (a
    // re-verification overdue), due dates spread over the last 60 days, open complaints and faults,
    // and lifetime values with their chance of leaving.
    await sql(`update merchant set contact_verified_on = ?::date - 400 - id % 50 where id % 5 = 0`, [today]);
    await refreshTasks(orm.em.fork() as never, null);
    await sql(`update maintenance_task set due_on = ?::date - (id * 7 % 61)::int + 3 where status = 'open'`, [
      today,
    ]);
    const [u] = await sql<{ id: number }[]>(`select id from app_user where login = 'am1'`);
    await sql(
      `insert into complaint (merchant_id, kind, channel, category, summary, received_at, opened_by, response_due_at, resolution_due_at, status)
       select id, 'complaint', 'phone', 'other', '结算慢', now(), 'test', now() + interval '1 day', now() + interval '5 days',
              case when id % 21 = 0 then 'resolved' else 'open' end
       from merchant where id % 7 = 0 or id % 21 = 0`,
    );
    await sql(
      `insert into terminal (merchant_id, tid, model, serial_no, installed_on)
       select id, lpad(id::text, 8, '0'), 'P1', 'S' || id, ?::date - 100 from merchant where id % 11 = 0`,
      [today],
    );
    await sql(
      `insert into fault_ticket (terminal_id, merchant_id, description, status, reported_at, opened_by, assignee_id)
       select t.id, t.merchant_id, '不能刷卡', s, now(), 'test', ?
       from terminal t cross join (values ('open'), ('assigned'), ('fixed')) v(s)`,
      [u!.id],
    );
    const [run] = await sql<{ id: number }[]>(
      `insert into clv_run (as_of, params, merchants, fitted_on, computed_by) values (?, '{}', 0, 0, 'test') returning id`,
      [today],
    );
    await sql(
      `insert into merchant_clv (merchant_id, run_id, x, tx, t_age, mean_profit, expected_transactions, probability_alive, expected_value, clv)
       select id, ?, 1, 1, 1, 100, 1, (id % 10) / 10.0, 100, (id * 1237 % 90000)::numeric + 0.37 from merchant where id % 3 = 0`,
      [run!.id],
    );
    const [churn] = await sql<{ id: number }[]>(
      `insert into churn_run (as_of, model, merchants, fitted, computed_by) values (?, '{}', 0, false, 'test') returning id`,
      [today],
    );
    await sql(
      `insert into merchant_churn (merchant_id, run_id, score, reasons, inputs)
       select id, ?, (id % 7) / 7.0, '[]', '{}' from merchant where id % 6 = 0`,
      [churn!.id],
    );
    server = await startServer(orm);
    for (const u of ['am1', 'am2', 'am3', 'bm', 'bm_other', 'admin', 'analyst'])
      tokens[u] = await server.login(u);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const allTasks = async (user: string, f: Record<string, unknown>, o: 'DUE' | 'PRIORITY', first = 37) => {
    const out: Task[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await server.gql<{
        tasks: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: Task }[];
        };
      }>(TASKS, { f, first, after, o }, tokens[user]);
      expect(r.errors).toBeUndefined();
      out.push(...r.data!.tasks.edges.map((e) => e.node));
      if (!r.data!.tasks.pageInfo.hasNextPage) return { tasks: out, totalCount: r.data!.tasks.totalCount };
      after = r.data!.tasks.pageInfo.endCursor;
    }
  };

  /** The shared rule's inputs for a task, read from the database on its own (not the list's SQL). */
  const inputsOf = async () => {
    const rows = await sql<
      {
        id: string;
        kind: string;
        channel: string;
        tier: TierCode | null;
        dueOn: string;
        everyDays: number | null;
        complaints: number;
        faults: number;
        clv: string | null;
        pAlive: number | null;
        churn: number | null;
      }[]
    >(
      `select t.id::text, t.kind, t.channel, mc.cadence_tier as tier, t.due_on::text as "dueOn", t.every_days as "everyDays",
         (select count(*)::int from complaint c where c.merchant_id = t.merchant_id and c.status in ('open', 'in_progress')) as complaints,
         (select count(*)::int from fault_ticket f where f.merchant_id = t.merchant_id and f.status in ('open', 'assigned', 'on_site')) as faults,
         clv.clv::text as clv, clv.probability_alive as "pAlive", ch.score as churn
       from maintenance_task t left join merchant_cadence mc on mc.merchant_id = t.merchant_id
       left join merchant_clv clv on clv.merchant_id = t.merchant_id left join merchant_churn ch on ch.merchant_id = t.merchant_id
       where t.status = 'open'`,
    );
    return new Map(
      rows.map((r) => {
        // Value at risk in fen, exactly: the clv's fen times the chance of leaving, rounded half up.
        let risk: number | null = null;
        if (r.clv !== null && Number(r.clv) > 0) {
          const chance = r.churn ?? 1 - r.pAlive!;
          risk = Math.round(Number(r.clv) * chance * 100);
        }
        return [
          r.id,
          {
            kind: r.kind,
            channel: r.channel,
            tier: r.tier,
            dueOn: r.dueOn,
            everyDays: r.everyDays,
            openComplaints: r.complaints,
            openFaults: r.faults,
            valueAtRiskFen: risk,
          },
        ];
      }),
    );
  };

  it('computes in SQL the same priority, part by part, as the shared rule', async () => {
    const inputs = await inputsOf();
    const { tasks } = await allTasks('admin', {}, 'PRIORITY', 100);
    expect(tasks.length).toBe(inputs.size);
    const seen = { complaints: 0, faults: 0, value: 0, late: 0 };
    for (const t of tasks) {
      const input = inputs.get(parseGlobalId(t.id)!.key);
      expect(input, t.id).toBeDefined();
      const want = taskPriority(input!, today);
      const { openComplaints, openFaults, valueAtRisk, cadenceTier, ...got } = t.priority;
      const { daysOverdue, ...parts } = want;
      // Float rounding of the chance of leaving may move the fen by one: the points must still agree.
      expect(got, `${t.merchant.mid} ${t.kind}/${t.channel}`).toEqual(parts);
      expect(cadenceTier).toBe(input!.tier);
      expect(openComplaints).toBe(input!.openComplaints);
      expect(openFaults).toBe(input!.openFaults);
      expect(valueAtRisk === null).toBe(input!.valueAtRiskFen === null);
      if (want.cases) seen.complaints++;
      if (openFaults) seen.faults++;
      if (want.value) seen.value++;
      if (want.late && daysOverdue) seen.late++;
    }
    // The data has every part at work, or the comparison proves little.
    for (const [k, n] of Object.entries(seen)) expect(n, k).toBeGreaterThan(10);
  });

  it('pages by priority: every open task once, in the shared order, whatever the page size', async () => {
    const a = await allTasks('bm', {}, 'PRIORITY', 37);
    const b = await allTasks('bm', {}, 'PRIORITY', 100);
    expect(a.tasks.map((t) => t.id)).toEqual(b.tasks.map((t) => t.id));
    expect(new Set(a.tasks.map((t) => t.id)).size).toBe(a.totalCount);
    const sorted = [...a.tasks]
      .map((t) => ({ ...t, priority: t.priority as Priority, id: t.id }))
      .sort(
        (x, y) => y.priority.score - x.priority.score || (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : 0),
      );
    expect(a.tasks.map((t) => t.priority.score)).toEqual(sorted.map((t) => t.priority.score));
    // A cursor of the due-date order is no cursor of the priority order.
    const due = await server.gql<{ tasks: { pageInfo: { endCursor: string } } }>(
      TASKS,
      { first: 5, o: 'DUE' },
      tokens.bm,
    );
    const mixed = await server.gql(
      TASKS,
      { first: 5, o: 'PRIORITY', after: due.data!.tasks.pageInfo.endCursor },
      tokens.bm,
    );
    expect(codeOf(mixed)).toBe('BAD_USER_INPUT');
    // Key and secondary merchants come first.
    expect(a.tasks[0]!.priority.tier).toBeGreaterThanOrEqual(30);
  });

  it('reads the priority’s tables only when a list orders by it or asks for it', async () => {
    const q = (fields: string, o: string) =>
      countQueries(orm, () =>
        server.gql<{ tasks: { edges: { node: Record<string, unknown> }[] } }>(
          `query($o: TaskOrder!) { tasks(first: 20, orderBy: $o) { edges { node { ${fields} } } } }`,
          { o },
          tokens.bm,
        ),
      );
    const readsChurn = (sql: string[]) => sql.some((s) => s.includes('merchant_churn'));
    const plain = await q('id dueOn', 'DUE');
    expect(plain.result.data!.tasks.edges.length).toBe(20);
    expect(readsChurn(plain.sql)).toBe(false);
    const asked = await q('id priority { score }', 'DUE');
    expect(readsChurn(asked.sql)).toBe(true);
    expect(asked.result.data!.tasks.edges.map((e) => e.node.id)).toEqual(
      plain.result.data!.tasks.edges.map((e) => e.node.id),
    );
    expect(readsChurn((await q('id', 'PRIORITY')).sql)).toBe(true);
  });

  it('plans an account manager’s day within the capacity, highest priority first', async () => {
    const r = await server.gql<{
      workPlan: {
        eligibleCount: number;
        overdueCount: number;
        capacity: Record<string, number | string>;
        tasks: Task[];
      };
    }>(PLAN, {}, tokens.am1);
    expect(r.errors).toBeUndefined();
    const plan = r.data!.workPlan;
    expect(plan.capacity).toEqual({ visits: 3, calls: 10, others: 15, source: 'DEFAULT' });
    const count = (b: string) =>
      plan.tasks.filter((t) => capacityBucket(t.kind.toLowerCase(), t.channel) === b).length;
    expect(count('visits')).toBeLessThanOrEqual(3);
    expect(count('calls')).toBeLessThanOrEqual(10);
    expect(count('others')).toBeLessThanOrEqual(15);
    expect(plan.tasks.length).toBeGreaterThan(10);
    expect(plan.tasks.every((t) => t.dueOn <= addDays(today, PLAN_AHEAD_DAYS))).toBe(true);
    const scores = plan.tasks.map((t) => t.priority.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Nothing left out scores above the lowest planned task of its part of the day.
    const { tasks: open } = await allTasks(
      'am1',
      { dueBefore: addDays(today, PLAN_AHEAD_DAYS) },
      'PRIORITY',
      100,
    );
    expect(open.length).toBe(plan.eligibleCount);
    const planned = new Set(plan.tasks.map((t) => t.id));
    for (const b of ['visits', 'calls', 'others']) {
      const inPlan = plan.tasks.filter((t) => capacityBucket(t.kind.toLowerCase(), t.channel) === b);
      const lowest = Math.min(...inPlan.map((t) => t.priority.score));
      const left = open.filter(
        (t) => !planned.has(t.id) && capacityBucket(t.kind.toLowerCase(), t.channel) === b,
      );
      for (const t of left) expect(t.priority.score, b).toBeLessThanOrEqual(lowest);
    }
    // Every task is am1's.
    const mids = new Set(open.map((t) => t.merchant.mid));
    for (const t of plan.tasks) expect(mids.has(t.merchant.mid)).toBe(true);
    expect(new Set(plan.tasks.map((t) => Number(t.merchant.mid.slice(-6)) % 2))).toEqual(new Set([1]));
    // Branch managers name the manager; without one there is no plan; an analyst has none to see.
    expect((await server.gql<{ workPlan: null }>(PLAN, {}, tokens.bm)).data!.workPlan).toBeNull();
    const named = await server.gql<{ workPlan: { tasks: Task[] } }>(PLAN, { m: 'am1' }, tokens.bm);
    expect(named.data!.workPlan.tasks.map((t) => t.id)).toEqual(plan.tasks.map((t) => t.id));
    expect(problemOf(await server.gql(PLAN, { m: 'am3' }, tokens.bm))).toBe('work.managerNotFound');
    expect(codeOf(await server.gql(PLAN, { m: 'am1' }, tokens.analyst))).toBe('FORBIDDEN');
    expect(byPriority).toBeTypeOf('function');
  });

  it('sets a manager’s capacity (their branch manager) and everyone’s (administrators); bad input writes nothing', async () => {
    const rows = async () =>
      (await sql<{ n: number }[]>('select count(*)::int as n from work_capacity'))[0]!.n;
    const before = await rows();
    const bad = await server.gql(
      SET_CAPACITY,
      { i: { visits: -1, calls: 5, others: 500 }, m: 'am1' },
      tokens.bm,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(
      ((bad.errors![0]!.extensions!.fields ?? []) as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['input.others', 'input.visits']);
    expect(
      codeOf(await server.gql(SET_CAPACITY, { i: { visits: 1, calls: 1, others: 1 }, m: 'am1' }, tokens.am1)),
    ).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(SET_EVERYONE, { i: { visits: 1, calls: 1, others: 1 } }, tokens.bm))).toBe(
      'FORBIDDEN',
    );
    expect(
      problemOf(
        await server.gql(SET_CAPACITY, { i: { visits: 1, calls: 1, others: 1 }, m: 'am1' }, tokens.bm_other),
      ),
    ).toBe('work.managerNotFound');
    expect(await rows()).toBe(before);

    const set = await server.gql<{ setWorkCapacity: Record<string, unknown> }>(
      SET_CAPACITY,
      { i: { visits: 1, calls: 2, others: 3 }, m: 'am1' },
      tokens.bm,
    );
    expect(set.data!.setWorkCapacity).toEqual({ visits: 1, calls: 2, others: 3, source: 'PERSONAL' });
    const plan = await server.gql<{ workPlan: { tasks: Task[]; capacity: { source: string } } }>(
      PLAN,
      {},
      tokens.am1,
    );
    expect(plan.data!.workPlan.capacity.source).toBe('PERSONAL');
    expect(plan.data!.workPlan.tasks.length).toBeLessThanOrEqual(6);
    const everyone = await server.gql<{ setEveryonesWorkCapacity: Record<string, unknown> }>(
      SET_EVERYONE,
      { i: { visits: 4, calls: 12, others: 20 } },
      tokens.admin,
    );
    expect(everyone.data!.setEveryonesWorkCapacity).toMatchObject({ source: 'EVERYONE' });
    const am2 = await server.gql<{ workPlan: { capacity: Record<string, unknown> } }>(PLAN, {}, tokens.am2);
    expect(am2.data!.workPlan.capacity).toEqual({ visits: 4, calls: 12, others: 20, source: 'EVERYONE' });
    // No input: the manager's own setting goes, everyone's applies again.
    await server.gql(SET_CAPACITY, { m: 'am1' }, tokens.bm);
    const back = await server.gql<{ workPlan: { capacity: { source: string } } }>(PLAN, {}, tokens.am1);
    expect(back.data!.workPlan.capacity.source).toBe('EVERYONE');
    const audited = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action in ('mutation:setWorkCapacity', 'mutation:setEveryonesWorkCapacity') and outcome = 'ok'`,
    );
    expect(audited[0]!.n).toBe(3);
  });

  it('shows each manager’s backlog against their capacity, in scope', async () => {
    const r = await server.gql<{
      teamBacklog: {
        manager: { login: string };
        open: number;
        overdue: number;
        daysToClear: number | null;
        capacity: { visits: number; calls: number; others: number };
      }[];
    }>(
      `{ teamBacklog { manager { login } open overdue dueSoon overdueImportant daysToClear capacity { visits calls others } } }`,
      {},
      tokens.bm,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.teamBacklog.map((x) => x.manager.login)).toEqual(['am1', 'am2']);
    for (const row of r.data!.teamBacklog) {
      const [want] = await sql<{ open: number; overdue: number }[]>(
        `select count(*)::int as open, count(*) filter (where t.due_on < ?)::int as overdue from maintenance_task t
         join merchant m on m.id = t.merchant_id join app_user u on u.id = m.manager_id where t.status = 'open' and u.login = ?`,
        [today, row.manager.login],
      );
      expect({ open: row.open, overdue: row.overdue }).toEqual(want);
      const perDay = row.capacity.visits + row.capacity.calls + row.capacity.others;
      expect(row.daysToClear).toBe(Math.ceil(row.overdue / perDay));
    }
    const mine = await server.gql<{ teamBacklog: { manager: { login: string } }[] }>(
      `{ teamBacklog { manager { login } } }`,
      {},
      tokens.am2,
    );
    expect(mine.data!.teamBacklog.map((x) => x.manager.login)).toEqual(['am2']);
  });

  it('plans every manager’s day in one statement, as each one’s own plan', async () => {
    const admin = { id: 0, login: 'cli', role: 'admin', branch: null } as never;
    const em = orm.em.fork() as never;
    const backlog = await teamBacklog(em, admin, null, today);
    const { result: plans, count } = await countQueries(orm, () => plansOf(em, admin, backlog, null, today));
    expect(count).toBe(1);
    expect(backlog.length).toBeGreaterThan(1);
    for (const b of backlog) {
      const own = await workPlan(em, admin, b.manager.login, today);
      expect(plans.get(b.manager.id)!.map((t) => t.id)).toEqual(own!.planned.map((t) => t.id));
    }
  });

  it('completes re-verifications for a selection at once, all or none, in a constant number of statements', async () => {
    const soon = addDays(today, 300);
    const { tasks } = await allTasks('am1', { kind: 'REVERIFY', dueBefore: soon }, 'PRIORITY', 100);
    expect(tasks.length).toBeGreaterThan(20);
    const cadence = (await allTasks('am1', { kind: 'CADENCE' }, 'DUE', 5)).tasks[0]!;
    const other = (await allTasks('am2', { kind: 'REVERIFY' }, 'DUE', 5)).tasks[0]!;
    const changes = async () =>
      (await sql<{ n: number }[]>('select count(*)::int as n from merchant_change'))[0]!.n;
    const before = await changes();
    // A visit is no chore, and another manager's task is not in scope: nothing done.
    const mixed = await server.gql(CHORES, { ids: [tasks[0]!.id, cadence.id] }, tokens.am1);
    expect(problemOf(mixed)).toBe('work.tasksNotChores');
    const foreign = await server.gql(CHORES, { ids: [tasks[0]!.id, other.id] }, tokens.am1);
    expect(problemOf(foreign)).toBe('work.tasksNotFound');
    expect(await changes()).toBe(before);

    const few = await countQueries(orm, () =>
      server.gql<{ completeChores: { reverified: number } }>(
        CHORES,
        { ids: tasks.slice(0, 3).map((t) => t.id) },
        tokens.am1,
      ),
    );
    const many = await countQueries(orm, () =>
      server.gql<{ completeChores: { reverified: number } }>(
        CHORES,
        { ids: tasks.slice(3, 20).map((t) => t.id) },
        tokens.am1,
      ),
    );
    expect(few.result.data!.completeChores.reverified).toBe(3);
    expect(many.result.data!.completeChores.reverified).toBe(17);
    expect(many.count).toBe(few.count);
    expect(await changes()).toBe(before + 20);
    const left = await allTasks('am1', { kind: 'REVERIFY', dueBefore: soon }, 'DUE', 100);
    expect(left.tasks.length).toBe(tasks.length - 20);
    const [v] = await sql<{ n: number }[]>(
      `select count(*)::int as n from merchant where contact_verified_on = ? and mid = any(?::text[])`,
      [
        today,
        `{${tasks
          .slice(0, 20)
          .map((t) => t.merchant.mid)
          .join(',')}}`,
      ],
    );
    expect(v!.n).toBe(new Set(tasks.slice(0, 20).map((t) => t.merchant.mid)).size);
  });

  it('lets a visit that confirmed the contact data answer the re-verification too', async () => {
    const { tasks } = await allTasks('am1', { kind: 'REVERIFY', dueBefore: today }, 'DUE', 5);
    const m = tasks[0]!.merchant.mid;
    const r = await server.gql(
      `mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }`,
      {
        i: {
          mid: m,
          kind: 'VISIT',
          outcome: 'REACHED',
          notes: '上门拜访，核对了联系人和电话',
          contactConfirmed: true,
        },
      },
      tokens.am1,
    );
    expect(r.errors).toBeUndefined();
    // Done, and the next one due a year from today.
    const open = await allTasks('am1', { kind: 'REVERIFY', mid: m }, 'DUE', 5);
    expect(open.tasks.map((t) => t.dueOn)).toEqual([
      addDays(today, 365).slice(0, 4) === today.slice(0, 4)
        ? ''
        : `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
    ]);
    const done = await allTasks('am1', { kind: 'REVERIFY', mid: m, state: 'DONE' }, 'DUE', 5);
    expect(done.tasks.length).toBe(1);
  });
});
