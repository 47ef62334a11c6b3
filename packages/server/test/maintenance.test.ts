import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kpiGroup, renderTemplate, requiredContacts } from '@cornerstone/shared/maintenance/maintenance';
import { addDays, daysBetween } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { countQueries, seedUser, startServer } from './support/test-server.ts';

const N = 1000;
const BRANCH = '渭南分公司';
// Odd merchants belong to am1, even ones to am2; profit falls with i, so merchant 1 is a key customer.
const managerOf = (i: number) => (i % 2 ? 'am1' : 'am2');
const today = businessToday();
const settleDate = addDays(today, -5);
const snapshotPeriod = settleDate.slice(0, 7);
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

interface Task {
  id: string;
  kind: string;
  channel: string;
  state: string;
  dueOn: string;
  tier: string | null;
  merchant: { mid: string };
  message: string | null;
}
type TaskPage = {
  tasks: {
    totalCount: number;
    edges: { node: Task }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};
const TASKS = `query($f: TaskFilter, $first: Int, $after: String) { tasks(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id kind channel state dueOn tier message merchant { mid name } } } } }`;
const fieldsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);
const RECORD = `mutation($i: InteractionInput!) { recordInteraction(input: $i) { id kind occurredAt staffLogin outcome supersedesId } }`;

describe('maintenance: interactions, cadence tasks, campaigns and KPIs', () => {
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
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'analyst', 'analyst');
    const dir = mkdtempSync(join(tmpdir(), 'cs-maint-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: managerOf, branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      const profit = 5000 - i * 3;
      const fee = profit + 50;
      lines.push(`${settleDate},${mid(i)},10,30000.00,0,0.00,${fee}.00,${fee - profit - 10}.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    await computeTierSnapshot(orm, snapshotPeriod, 'test');
    server = await startServer(orm);
    for (const u of ['am1', 'am2', 'bm', 'admin', 'analyst']) tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const tasksOf = async (user: string, f: Record<string, unknown>, first = 100, after?: string) => {
    const r = await server.gql<TaskPage>(TASKS, { f, first, after }, tokens[user]);
    expect(r.errors).toBeUndefined();
    return r.data!.tasks;
  };
  // Every interaction needs a note (shared/maintenance/interaction-rules.ts); these tests are about tasks.
  const record = async (user: string, i: Record<string, unknown>) => {
    const r = await server.gql<{ recordInteraction: { id: string; occurredAt: string } }>(
      RECORD,
      { i: { notes: '例行联系', ...i } },
      tokens[user],
    );
    expect(r.errors).toBeUndefined();
    return r.data!.recordInteraction;
  };

  it('gives each merchant its tier cadence: one open task per rule, none twice', async () => {
    const dup = await sql<unknown[]>(
      `select merchant_id, kind, channel from maintenance_task where status = 'open' group by 1, 2, 3 having count(*) > 1`,
    );
    expect(dup).toEqual([]);
    const perTier = await sql<{ tier: string; channel: string; n: number }[]>(
      `select tier, channel, count(*)::int as n from maintenance_task where kind = 'cadence' and status = 'open'
       group by 1, 2 order by 1, 2`,
    );
    const [pot] = await sql<{ n: number }[]>(
      'select count(*)::int as n from merchant_cadence where potential',
    );
    // 1000 merchants: 10 key, 190 secondary, 300 ordinary, 500 small, before upgrade potential moves some up.
    const total = perTier.reduce((s, r) => s + r.n, 0);
    expect(total).toBeGreaterThan(10 * 2 + 190 * 2 + 300 + 500 - 1);
    expect(perTier.find((r) => r.tier === 'KEY' && r.channel === 'visit')?.n).toBe(10);
    expect(pot!.n).toBeGreaterThanOrEqual(0);
    const m1 = await server.gql<{ merchant: { cadence: { tier: string; cadenceTier: string } } }>(
      `{ merchant(mid: "${mid(1)}") { cadence { tier cadenceTier potential period } } }`,
      {},
      tokens.am1,
    );
    expect(m1.data!.merchant.cadence).toMatchObject({ tier: 'KEY', cadenceTier: 'KEY' });
  });

  it('shows a key customer with no visit in 31 days as overdue for its manager, and clears it when a visit is recorded', async () => {
    await record('am1', {
      mid: mid(1),
      kind: 'VISIT',
      outcome: 'REACHED',
      occurredAt: daysAgo(31),
      notes: '季度回顾',
    });
    const overdue = async (user: string) =>
      (await tasksOf(user, { state: 'OVERDUE', kind: 'CADENCE', channel: 'visit', mid: mid(1) })).edges.map(
        (e) => e.node,
      );
    const before = await overdue('am1');
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ tier: 'KEY', dueOn: addDays(today, -1), merchant: { mid: mid(1) } });
    // Another manager does not see it at all; the branch manager does.
    expect(await overdue('am2')).toHaveLength(0);
    expect(await overdue('bm')).toHaveLength(1);

    const visit = await record('am1', {
      mid: mid(1),
      kind: 'VISIT',
      outcome: 'REACHED',
      nextFollowUp: addDays(today, 3),
    });
    expect(await overdue('am1')).toHaveLength(0);
    const open = await tasksOf('am1', { state: 'OPEN', kind: 'CADENCE', channel: 'visit', mid: mid(1) });
    expect(open.edges.map((e) => [e.node.state, e.node.dueOn])).toEqual([['UPCOMING', addDays(today, 30)]]);
    const [done] = await sql<{ n: number }[]>(
      `select count(*)::int as n from maintenance_task where merchant_id = (select id from merchant where mid = ?)
       and channel = 'visit' and status = 'done' and done_by_interaction_id = ?`,
      // The API answers global ids; the table keeps the row id inside it.
      [mid(1), parseGlobalId(visit.id)!.key],
    );
    expect(done!.n).toBe(1);
    // The follow-up date became a task; a later call answers it.
    const follow = await tasksOf('am1', { kind: 'FOLLOW_UP', mid: mid(1) });
    expect(follow.edges.map((e) => [e.node.state, e.node.dueOn])).toEqual([['DUE', addDays(today, 3)]]);
    await record('am1', { mid: mid(1), kind: 'CALL', outcome: 'REACHED' });
    expect((await tasksOf('am1', { kind: 'FOLLOW_UP', mid: mid(1) })).totalCount).toBe(0);
  });

  it('does not count a call that did not reach the merchant', async () => {
    const before = await tasksOf('am1', { kind: 'CADENCE', channel: 'call', mid: mid(3) });
    await record('am1', { mid: mid(3), kind: 'CALL', outcome: 'UNREACHABLE' });
    const after = await tasksOf('am1', { kind: 'CADENCE', channel: 'call', mid: mid(3) });
    expect(after.edges.map((e) => e.node.id)).toEqual(before.edges.map((e) => e.node.id));
    expect(after.edges[0]!.node.dueOn).toBe(before.edges[0]!.node.dueOn);
  });

  it('recomputes tasks when the cadence policy changes: due dates move in place, nothing twice, nothing lost', async () => {
    const snapshot = () =>
      sql<{ id: string; merchant_id: number; channel: string; status: string; due_on: string }[]>(
        `select id::text, merchant_id, channel, status, due_on::text from maintenance_task where kind = 'cadence' order by id`,
      );
    const before = await snapshot();
    const policy = await server.gql<{ cadencePolicy: Record<string, unknown>[] }>(
      '{ cadencePolicy { tier channel everyDays satisfiedBy } }',
      {},
      tokens.admin,
    );
    const rules = policy.data!.cadencePolicy;
    expect(rules).toHaveLength(6);
    const SET = `mutation($r: [CadenceRuleInput!]!) { setCadencePolicy(rules: $r) { created moved done cancelled } }`;
    // Key customers visited every 60 days instead of 30; small merchants no longer messaged.
    const changed = rules
      .filter((r) => r.tier !== 'SMALL')
      .map((r) => (r.tier === 'KEY' && r.channel === 'VISIT' ? { ...r, everyDays: 60 } : r));
    const res = await server.gql<{ setCadencePolicy: Record<string, number> }>(
      SET,
      { r: changed },
      tokens.admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setCadencePolicy).toMatchObject({ created: 0, done: 0, moved: 10 });
    const [small] = await sql<{ n: number }[]>(
      "select count(*)::int as n from merchant_cadence where cadence_tier = 'SMALL'",
    );
    expect(small!.n).toBeGreaterThan(100);
    expect(res.data!.setCadencePolicy.cancelled).toBe(small!.n);
    const after = await snapshot();
    // No task disappeared; the key visit tasks kept their ids with new due dates.
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    const m1Visit = after.find((t) => t.status === 'open' && t.channel === 'visit' && t.merchant_id === 1)!;
    expect(m1Visit.due_on).toBe(addDays(today, 60));
    expect(before.find((t) => t.id === m1Visit.id)!.due_on).toBe(addDays(today, 30));
    // Putting the small-merchant rule back opens one new task each; running it again changes nothing.
    const back = await server.gql<{ setCadencePolicy: Record<string, number> }>(
      SET,
      { r: rules },
      tokens.admin,
    );
    expect(back.data!.setCadencePolicy.created).toBe(res.data!.setCadencePolicy.cancelled);
    const again = await server.gql<{ setCadencePolicy: Record<string, number> }>(
      SET,
      { r: rules },
      tokens.admin,
    );
    expect(again.data!.setCadencePolicy).toEqual({ created: 0, moved: 0, done: 0, cancelled: 0 });
    const dup = await sql<unknown[]>(
      `select merchant_id, kind, channel from maintenance_task where status = 'open' group by 1, 2, 3 having count(*) > 1`,
    );
    expect(dup).toEqual([]);
    // Invalid policies are refused whole, each problem named, and change nothing.
    const bad = await server.gql(
      SET,
      { r: [{ tier: 'KEY', channel: 'VISIT', everyDays: 0, satisfiedBy: [] }, rules[0]] },
      tokens.admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = fieldsOf(bad);
    expect(fields).toEqual(
      expect.arrayContaining(['rules[0].everyDays', 'rules[0].satisfiedBy', 'rules[1]']),
    );
    expect((await snapshot()).length).toBe(after.length + (back.data?.setCadencePolicy.created ?? 0));
    const denied = await server.gql(SET, { r: rules }, tokens.bm);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('creates each greeting once when a campaign runs twice, rendered from the template', async () => {
    const RUN = `mutation($i: GreetingCampaignInput!) { runGreetingCampaign(input: $i) { campaignId created alreadyThere } }`;
    const template = '{商户名称}您好！{客户经理}祝您{节日}快乐，生意兴隆。';
    const input = {
      holiday: 'SPRING_FESTIVAL',
      year: 2027,
      template,
      sendOn: '2027-02-05',
      segment: { tier: 'KEY', period: snapshotPeriod },
    };
    const first = await server.gql<{ runGreetingCampaign: Record<string, number> }>(
      RUN,
      { i: input },
      tokens.bm,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.runGreetingCampaign).toMatchObject({ created: 10, alreadyThere: 0 });
    const second = await server.gql<{ runGreetingCampaign: Record<string, number> }>(
      RUN,
      { i: input },
      tokens.bm,
    );
    expect(second.data!.runGreetingCampaign).toMatchObject({ created: 0, alreadyThere: 10 });
    // The same campaign again is the same campaign, not a second, empty one.
    expect(second.data!.runGreetingCampaign.campaignId).toBe(first.data!.runGreetingCampaign.campaignId);
    // A wider segment for the same holiday adds only the merchants not greeted yet.
    const wider = await server.gql<{ runGreetingCampaign: Record<string, number> }>(
      RUN,
      { i: { ...input, segment: { tier: 'SECONDARY', period: snapshotPeriod } } },
      tokens.bm,
    );
    expect(wider.data!.runGreetingCampaign).toMatchObject({ created: 190, alreadyThere: 0 });
    const [count] = await sql<{ n: number; d: number }[]>(
      `select count(*)::int as n, count(distinct merchant_id)::int as d from maintenance_task where kind = 'greeting'`,
    );
    expect(count).toEqual({ n: 200, d: 200 });
    const mine = await tasksOf('am1', { kind: 'GREETING', mid: mid(1) });
    expect(mine.edges[0]!.node.message).toBe(
      renderTemplate(template, { 商户名称: '测试商户1号店', 客户经理: 'am1', 节日: '春节' }),
    );
    const sent = await server.gql<{ markGreetingsSent: { sent: number; skipped: string[] } }>(
      'mutation($ids: [ID!]!) { markGreetingsSent(taskIds: $ids) { sent skipped } }',
      { ids: [mine.edges[0]!.node.id, '999999'] },
      tokens.am1,
    );
    expect(sent.data!.markGreetingsSent).toEqual({ sent: 1, skipped: ['999999'] });
    expect((await tasksOf('am1', { kind: 'GREETING', mid: mid(1) })).totalCount).toBe(0);
    // A greeting recorded as a contact that reached the merchant answers its greeting task too.
    const other = (await tasksOf('am1', { kind: 'GREETING' })).edges[0]!.node;
    const greeted = await record('am1', { mid: other.merchant.mid, kind: 'GREETING', outcome: 'REACHED' });
    const [answered] = await sql<{ status: string; close_reason: string; by: string }[]>(
      `select status, close_reason, done_by_interaction_id::text as by from maintenance_task where id = ?`,
      [parseGlobalId(other.id)?.key ?? other.id],
    );
    expect(answered).toEqual({
      status: 'done',
      close_reason: 'greeting sent',
      by: parseGlobalId(greeted.id)!.key,
    });
    const bad = await server.gql(RUN, { i: { ...input, template: '{商户}好', year: 1999 } }, tokens.bm);
    expect(fieldsOf(bad)).toEqual(['year', 'template']);
  });

  it('answers bad interaction input with every field named, and records nothing', async () => {
    const [before] = await sql<{ n: number }[]>('select count(*)::int as n from interaction');
    const r = await server.gql(
      RECORD,
      {
        i: {
          mid: mid(2), // am2's merchant: outside am1's scope, as if it did not exist
          kind: 'VISIT',
          outcome: 'REACHED',
          occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
          nextFollowUp: '2020-01-01',
        },
      },
      tokens.am1,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['mid', 'occurredAt', 'notes', 'nextFollowUp']);
    const analyst = await server.gql(
      RECORD,
      { i: { mid: mid(1), kind: 'VISIT', outcome: 'REACHED' } },
      tokens.analyst,
    );
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [after] = await sql<{ n: number }[]>('select count(*)::int as n from interaction');
    expect(after!.n).toBe(before!.n);
  });

  it('refuses an empty interaction, or an empty correction, by field, and writes nothing', async () => {
    const counts = async () =>
      (
        await sql<{ interactions: number; tasks: number; open: number }[]>(
          `select (select count(*)::int from interaction) as interactions,
             (select count(*)::int from maintenance_task) as tasks,
             (select count(*)::int from maintenance_task where status = 'open') as open`,
        )
      )[0]!;
    const problemsOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      (r.errors?.[0]?.extensions?.fields as { field: string; code?: string }[] | undefined)?.map((f) => [
        f.field,
        f.code,
      ]);
    const kept = await record('am1', { mid: mid(7), kind: 'CALL', outcome: 'REACHED', notes: '电话回访' });
    const before = await counts();
    // The empty form as the web sent it before: a visit, reached, now, and nothing said.
    const empty = await server.gql(
      RECORD,
      { i: { mid: mid(7), kind: 'VISIT', outcome: 'REACHED' } },
      tokens.am1,
    );
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'notes',
        code: 'interaction.notesMissing',
        params: { min: 2 },
        message: 'write a note of at least 2 characters',
      },
    ]);
    for (const notes of ['', '   ', '。'])
      expect(
        problemsOf(
          await server.gql(
            RECORD,
            { i: { mid: mid(7), kind: 'VISIT', outcome: 'REACHED', notes } },
            tokens.am1,
          ),
        ),
        notes,
      ).toEqual([['notes', 'interaction.notesMissing']]);
    // No outcome at all: the schema itself refuses it, before any resolver.
    const noOutcome = await server.gql(
      RECORD,
      { i: { mid: mid(7), kind: 'VISIT', notes: '拜访' } },
      tokens.am1,
    );
    expect(noOutcome.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(noOutcome.errors?.[0]?.message).toMatch(/outcome/);
    // Rescheduled: the new date is what it says.
    const rescheduled = await server.gql(
      RECORD,
      { i: { mid: mid(7), kind: 'VISIT', outcome: 'RESCHEDULED', notes: '商户外出，改约' } },
      tokens.am1,
    );
    expect(problemsOf(rescheduled)).toEqual([['nextFollowUp', 'interaction.rescheduleWithoutDate']]);
    // A correction is held to the same rule, and the corrected entry stays as it was.
    const CORRECT =
      'mutation($id: ID!, $i: InteractionInput!) { correctInteraction(id: $id, input: $i) { id } }';
    const fix = await server.gql(
      CORRECT,
      { id: kept.id, i: { mid: mid(7), kind: 'VISIT', outcome: 'REACHED', notes: ' ' } },
      tokens.am1,
    );
    expect(problemsOf(fix)).toEqual([['notes', 'interaction.notesMissing']]);
    expect(await counts()).toEqual(before);
    const [old] = await sql<{ superseded: boolean }[]>(
      'select exists (select 1 from interaction c where c.supersedes_id = ?) as superseded',
      [parseGlobalId(kept.id)!.key],
    );
    expect(old!.superseded).toBe(false);
    // The same contact with its note and date goes through.
    await record('am1', {
      mid: mid(7),
      kind: 'VISIT',
      outcome: 'RESCHEDULED',
      notes: '商户外出，改约',
      nextFollowUp: addDays(today, 2),
    });
    expect((await counts()).interactions).toBe(before.interactions + 1);
  });

  it('corrects an interaction by a superseding entry and weaves everything into the timeline', async () => {
    const wrong = await record('am1', { mid: mid(5), kind: 'CALL', outcome: 'REACHED', notes: '错记为电话' });
    const fix = await server.gql<{ correctInteraction: { id: string; supersedesId: string; kind: string } }>(
      'mutation($id: ID!, $i: InteractionInput!) { correctInteraction(id: $id, input: $i) { id supersedesId kind } }',
      { id: wrong.id, i: { mid: mid(5), kind: 'VISIT', outcome: 'REACHED', notes: '实为上门拜访' } },
      tokens.am1,
    );
    expect(fix.data!.correctInteraction).toMatchObject({ supersedesId: wrong.id, kind: 'VISIT' });
    const twice = await server.gql(
      'mutation($id: ID!, $i: InteractionInput!) { correctInteraction(id: $id, input: $i) { id } }',
      { id: wrong.id, i: { mid: mid(5), kind: 'VISIT', outcome: 'REACHED', notes: '再次更正' } },
      tokens.am1,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The database itself refuses silent edits.
    await expect(
      sql(`update interaction set notes = 'x' where id = ?`, [parseGlobalId(wrong.id)!.key]),
    ).rejects.toThrow(/supersedes/);
    const t = await server.gql<{
      merchant: { timeline: { type: string; kind: string; ref: string; superseded: boolean; at: string }[] };
    }>(
      `{ merchant(mid: "${mid(5)}") { timeline(first: 50) { type kind ref superseded at summary cursor } } }`,
      {},
      tokens.am1,
    );
    const events = t.data!.merchant.timeline;
    expect(events[0]).toMatchObject({ type: 'INTERACTION', kind: 'visit', superseded: false });
    expect(events[1]).toMatchObject({ type: 'INTERACTION', kind: 'call', superseded: true, ref: wrong.id });
    const types = new Set(events.map((e) => e.type));
    for (const ty of ['INTERACTION', 'TIER', 'STATUS', 'POINTS']) expect(types).toContain(ty);
    const times = events.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // Cadence counts the correction, not the corrected call: merchant 5's visit task is done.
    const visit = await tasksOf('am1', { kind: 'CADENCE', channel: 'visit', mid: mid(5) });
    expect(visit.edges.map((e) => e.node.dueOn)).toEqual([addDays(today, 30)]);
  });

  it('reports KPIs equal to counts computed independently from the recorded interactions', async () => {
    const made: { staff: string; kind: string; at: string; outcome: string; mid: string }[] = [];
    const log = async (staff: string, i: number, kind: string, days: number, outcome = 'REACHED') => {
      const at = daysAgo(days);
      await record(staff, { mid: mid(i), kind, outcome, occurredAt: at });
      made.push({ staff, kind: kind.toLowerCase(), at, outcome, mid: mid(i) });
    };
    await log('am1', 1, 'CALL', 10);
    await log('am1', 1, 'CALL', 2);
    await log('am1', 7, 'WECHAT', 4);
    await log('am1', 9, 'SMS', 6, 'UNREACHABLE');
    await log('am2', 2, 'VISIT', 3);
    await log('am2', 4, 'CALL', 1);
    await log('am2', 6, 'EMAIL', 5);
    await log('am2', 8, 'TRAINING', 20);
    const from = addDays(today, -40);
    const period = `${from}..${today}`;
    const k = await server.gql<{ maintenanceKpis: Record<string, number | string | null>[] }>(
      `query($p: String!) { maintenanceKpis(period: $p) { key visits calls otherContacts keyCustomers keyOnCadence overdueTasks } }`,
      { p: period },
      tokens.bm,
    );
    expect(k.errors).toBeUndefined();
    // Independently: every effective interaction in the database for the period, grouped by staff and kind.
    const all = await sql<{ staff: string; kind: string; day: string; outcome: string; mid: string }[]>(
      `select u.login as staff, i.kind, (i.occurred_at at time zone 'Asia/Shanghai')::date::text as day, i.outcome, m.mid
       from interaction i join app_user u on u.id = i.staff_id join merchant m on m.id = i.merchant_id
       where not exists (select 1 from interaction c where c.supersedes_id = i.id)`,
    );
    expect(all.length).toBeGreaterThanOrEqual(made.length);
    const inPeriod = all.filter((r) => r.day >= from && r.day <= today);
    for (const staff of ['am1', 'am2']) {
      const mine = inPeriod.filter((r) => r.staff === staff);
      const row = k.data!.maintenanceKpis.find((r) => r.key === staff)!;
      expect(row.visits).toBe(mine.filter((r) => kpiGroup(r.kind as never) === 'visit').length);
      expect(row.calls).toBe(mine.filter((r) => kpiGroup(r.kind as never) === 'call').length);
      expect(row.otherContacts).toBe(mine.filter((r) => kpiGroup(r.kind as never) === 'other').length);
    }
    // Key customers on cadence: merchant 1 (am1) has its visits and calls; compute the rule by hand.
    const policy = await server.gql<{
      cadencePolicy: { tier: string; everyDays: number; satisfiedBy: string[] }[];
    }>('{ cadencePolicy { tier everyDays satisfiedBy } }', {}, tokens.bm);
    const days = daysBetween(from, today) + 1;
    const keyRules = policy.data!.cadencePolicy.filter((r) => r.tier === 'KEY');
    const onCadence = (m: string) =>
      keyRules.every(
        (rule) =>
          inPeriod.filter(
            (r) =>
              r.mid === m &&
              rule.satisfiedBy.map((s) => s.toLowerCase()).includes(r.kind) &&
              ['reached', 'issue_found'].includes(r.outcome),
          ).length >= requiredContacts(days, rule.everyDays),
      );
    const keyMids = Array.from({ length: 10 }, (_, j) => mid(j + 1));
    const am1 = k.data!.maintenanceKpis.find((r) => r.key === 'am1')!;
    expect(am1.keyCustomers).toBe(5);
    expect(am1.keyOnCadence).toBe(keyMids.filter((m, j) => (j + 1) % 2 === 1 && onCadence(m)).length);
    expect(am1.keyOnCadence).toBe(1);
    // An account manager sees only their own row.
    const own = await server.gql<{ maintenanceKpis: { key: string }[] }>(
      `query($p: String!) { maintenanceKpis(period: $p) { key } }`,
      { p: period },
      tokens.am2,
    );
    expect(own.data!.maintenanceKpis.map((r) => r.key)).toEqual(['am2']);
    const branch = await server.gql<{ maintenanceKpis: { key: string; visits: number }[] }>(
      `query($p: String!) { maintenanceKpis(period: $p, by: BRANCH) { key visits } }`,
      { p: period },
      tokens.analyst,
    );
    expect(branch.data!.maintenanceKpis).toEqual([
      { key: BRANCH, visits: inPeriod.filter((r) => r.kind === 'visit').length },
    ]);
  });

  it('records a contact and refreshes its tasks in one transaction, without a savepoint', async () => {
    const { sql: statements } = await countQueries(orm, () =>
      record('am1', { mid: mid(1), kind: 'CALL', outcome: 'REACHED' }),
    );
    expect(statements.filter((q) => /savepoint/i.test(q))).toEqual([]);
    // Session, merchant; begin, the entry with the tasks it answers (one statement that answers the
    // entry), the merchant's tasks (done, cancelled and written in one statement), commit; the audit row.
    expect(statements).toHaveLength(7);
  });

  it("reads a merchant's open tasks in one statement, with the priority's joins only when asked", async () => {
    const open = (fields: string) =>
      countQueries(orm, () =>
        server.gql<{ merchant: { openTasks: { id: string; priority?: { score: number } }[] } }>(
          `query($mid: String!) { merchant(mid: $mid) { openTasks { id ${fields} } } }`,
          { mid: mid(1) },
          tokens.am1,
        ),
      );
    const plain = await open('');
    const ranked = await open('priority { score }');
    expect(plain.result.errors).toBeUndefined();
    expect(ranked.result.errors).toBeUndefined();
    const plainTasks = plain.result.data!.merchant.openTasks;
    expect(plainTasks.length).toBeGreaterThan(0);
    expect(ranked.result.data!.merchant.openTasks.map((t) => t.id)).toEqual(plainTasks.map((t) => t.id));
    expect(ranked.result.data!.merchant.openTasks.every((t) => typeof t.priority?.score === 'number')).toBe(
      true,
    );
    // A plain list: no count of the tasks, and no join of the priority's sources.
    const taskStatements = (sql: string[]) => sql.filter((q) => /from maintenance_task t/.test(q));
    expect(taskStatements(plain.sql)).toHaveLength(1);
    expect(taskStatements(plain.sql).some((q) => /count\(\*\)|merchant_cadence pmc/.test(q))).toBe(false);
    expect(taskStatements(ranked.sql)).toHaveLength(1);
    expect(taskStatements(ranked.sql)[0]).toMatch(/merchant_cadence pmc/);
  });

  it('lists 1,000 due tasks with a bounded number of SQL statements', async () => {
    // Every merchant's contact data dates from onboarding in 2024: all 1,000 re-verification tasks are overdue.
    const pages: number[] = [];
    let after: string | undefined;
    let seen = 0;
    do {
      const { result, count } = await countQueries(orm, () =>
        tasksOf('bm', { state: 'OVERDUE', kind: 'REVERIFY' }, 100, after),
      );
      pages.push(count);
      seen += result.edges.length;
      after = result.pageInfo.hasNextPage ? result.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toBe(N);
    expect(pages).toHaveLength(10);
    // Each page: session lookup, page, count, one batch of merchants — whatever the page size.
    expect(Math.max(...pages)).toBeLessThanOrEqual(5);
    const small = await countQueries(orm, () => tasksOf('bm', { state: 'OVERDUE', kind: 'REVERIFY' }, 5));
    expect(small.count).toBe(pages[0]);
    // Verifying the contact data closes the task and schedules the next in a year.
    const v = await server.gql(
      'mutation { verifyContact(mid: "898610000000001", mobile: "13912345678") }',
      {},
      tokens.am1,
    );
    expect(v.errors).toBeUndefined();
    const next = await tasksOf('am1', { kind: 'REVERIFY', mid: mid(1) });
    expect(next.edges.map((e) => e.node.state)).toEqual(['UPCOMING']);
    expect(next.edges[0]!.node.dueOn.slice(0, 4)).toBe(String(Number(today.slice(0, 4)) + 1));
  });
});
