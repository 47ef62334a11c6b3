import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/app/demo/demo.service.ts';
import type { Orm } from '../src/app/orm.ts';
import { RETENTION_MIN_SCORE } from '../src/clv/churn.service.ts';
import { runCli } from './support/cli.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { startServer } from './support/test-server.ts';

// Lifetime value by month (BG/BB) and the churn score on the demo data (docs/clv.md): the demo's
// merchants settle almost daily, where BG/NBD fell back for all of them; BG/BB must score them with
// the model itself. The at-risk list keeps everyone's scope, retention tasks follow the scores, and
// the back-test prints what it measured, through the real CLI.
const DEMO_PASSWORD = 'cornerstone-demo';

describe('lifetime value by month and churn risk on the demo', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = <T>(q: string, params: unknown[] = []) =>
    (orm.em.fork() as EntityManager).execute<T[]>(q, params);

  beforeAll(async () => {
    // On disk: the back-test also runs through the CLI, a process of its own.
    db = await createTestDb({ onDisk: true });
    orm = await db.open();
    await loadDemo(orm, { merchants: 400, months: 6 });
    server = await startServer(orm);
    for (const login of ['admin', 'analyst', 'bm_xian', 'am_xian_1', 'ops_xian'])
      tokens[login] = await server.login(login, DEMO_PASSWORD).catch(() => '');
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('scores every merchant with BG/BB by default, hardly any by approximation', async () => {
    const r = await server.gql<{ clvRun: { model: string; merchants: number; params: string } }>(
      '{ clvRun { model merchants params } }',
      {},
      tokens.analyst,
    );
    const run = r.data!.clvRun;
    expect(run.model).toBe('BGBB');
    const params = JSON.parse(run.params) as {
      bgBb: { alpha: number; beta: number; gamma: number; delta: number };
      approximated: number;
    };
    expect(run.merchants).toBeGreaterThan(350);
    expect(params.approximated).toBeLessThanOrEqual(run.merchants * 0.01);
    for (const v of Object.values(params.bgBb).filter((x) => typeof x === 'number'))
      expect(Number.isFinite(v)).toBe(true);
    const [bad] = await sql<{ n: number }>(
      `select count(*)::int as n from merchant_clv
       where not (probability_alive between 0 and 1) or expected_transactions < 0 or expected_transactions > 12`,
    );
    expect(bad!.n).toBe(0);
    const m = await server.gql<{
      merchantsByClv: { clv: { model: string; expectedActiveMonths: number; probabilityAlive: number } }[];
    }>(
      '{ merchantsByClv(first: 5) { clv { model expectedActiveMonths probabilityAlive } } }',
      {},
      tokens.analyst,
    );
    expect(m.data!.merchantsByClv).toHaveLength(5);
    for (const row of m.data!.merchantsByClv) {
      expect(row.clv.model).toBe('BGBB');
      expect(row.clv.expectedActiveMonths).toBeGreaterThan(0);
    }
  });

  const AT_RISK = `query($first: Int, $after: String, $order: AtRiskOrder) {
    atRiskMerchants(first: $first, after: $after, orderBy: $order, minScore: 0) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { score valueAtRisk reasons { key zh en } merchant { mid branch manager { login } } } } } }`;
  type AtRiskNode = {
    score: number;
    valueAtRisk: string | null;
    reasons: { key: string; zh: string; en: string }[];
    merchant: { mid: string; branch: string; manager: { login: string } };
  };
  type AtRiskPage = {
    atRiskMerchants: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: AtRiskNode }[];
    };
  };

  it('lists merchants at risk within each scope, by value at risk, with reasons in both languages', async () => {
    const all = await server.gql<AtRiskPage>(AT_RISK, { first: 100 }, tokens.analyst);
    const list = all.data!.atRiskMerchants;
    expect(list.totalCount).toBeGreaterThan(300);
    const values = list.edges.map((e) => Number(e.node.valueAtRisk ?? 0));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const withReasons = list.edges.filter((e) => e.node.reasons.length > 0);
    expect(withReasons.length).toBeGreaterThan(0);
    for (const { node } of withReasons)
      for (const reason of node.reasons) {
        expect(reason.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(reason.en).toMatch(/^[\x20-\x7e]+$/);
      }
    // The next page follows without a gap or a repeat.
    const next = await server.gql<AtRiskPage>(
      AT_RISK,
      { first: 100, after: list.pageInfo.endCursor },
      tokens.analyst,
    );
    // A cursor whose keys are not of the list's shape is refused as any foreign cursor is.
    const forged = Buffer.from(JSON.stringify(['atRiskVALUE_AT_RISK', '1e9999; drop', '898'])).toString(
      'base64url',
    );
    const bad = await server.gql(AT_RISK, { first: 5, after: forged }, tokens.analyst);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const mids = new Set(list.edges.map((e) => e.node.merchant.mid));
    for (const e of next.data!.atRiskMerchants.edges) expect(mids.has(e.node.merchant.mid)).toBe(false);

    const am = await server.gql<AtRiskPage>(AT_RISK, { first: 100, order: 'SCORE' }, tokens.am_xian_1);
    const own = am.data!.atRiskMerchants;
    expect(own.totalCount).toBeGreaterThan(0);
    expect(own.totalCount).toBeLessThan(list.totalCount);
    for (const e of own.edges) expect(e.node.merchant.manager.login).toBe('am_xian_1');
    const scores = own.edges.map((e) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const bm = await server.gql<AtRiskPage>(AT_RISK, { first: 100 }, tokens.bm_xian);
    expect(bm.data!.atRiskMerchants.totalCount).toBeGreaterThanOrEqual(own.totalCount);
    for (const e of bm.data!.atRiskMerchants.edges) expect(e.node.merchant.branch).toBe('西安分公司');
  });

  it('gives valuable merchants at risk a retention task, closed by a reached contact', async () => {
    const [expected] = await sql<{ n: number }>(
      `select count(*)::int as n from merchant_churn c join merchant_cadence mc using (merchant_id)
       where c.score >= ? and exists (select 1 from cadence_rule r where r.tier = mc.cadence_tier and r.channel in ('visit', 'call'))`,
      [RETENTION_MIN_SCORE],
    );
    const tasks = await sql<{ merchant_id: number; mid: string; channel: string; message: string }>(
      `select t.merchant_id, m.mid, t.channel, t.message from maintenance_task t join merchant m on m.id = t.merchant_id
       where t.kind = 'retention' and t.status = 'open'`,
    );
    expect(tasks.length).toBe(expected!.n);
    if (tasks.length === 0) return;
    for (const t of tasks) expect(['visit', 'call']).toContain(t.channel);
    const task = tasks[0]!;
    const r = await server.gql(
      `mutation($mid: String!) { recordInteraction(input: { mid: $mid, kind: VISIT, outcome: REACHED, notes: "挽留拜访" }) { id } }`,
      { mid: task.mid },
      tokens.admin,
    );
    expect(r.errors).toBeUndefined();
    const [closed] = await sql<{ status: string; close_reason: string }>(
      `select status, close_reason from maintenance_task where kind = 'retention' and merchant_id = ? order by id desc limit 1`,
      [task.merchant_id],
    );
    expect(closed).toEqual({ status: 'done', close_reason: 'contacted about the risk of leaving' });
  });

  it('back-tests through the CLI: deciles and three signals, stored for the web', async () => {
    const out = await runCli(['clv', 'backtest', '--holdout-months', '2'], db.env);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/decile +merchants +predicted +actual/);
    for (const key of ['pAlive', 'rule', 'score'])
      expect(out.stdout).toMatch(new RegExp(`\\n +${key} +[01]\\.\\d{3} `));
    const r = await server.gql<{
      clvBacktest: { deciles: unknown[]; signals: { key: string; auc: number | null }[]; merchants: number };
    }>(
      '{ clvBacktest { merchants deciles { decile count } signals { key auc precisionTop5 } } }',
      {},
      tokens.analyst,
    );
    expect(r.data!.clvBacktest.deciles).toHaveLength(10);
    expect(r.data!.clvBacktest.signals.map((s) => s.key)).toEqual(['pAlive', 'rule', 'score']);
    // Analysts read it and cannot run it; operations staff do neither.
    const run = await server.gql(
      'mutation { runClvBacktest(asOf: "2026-01-31") { id } }',
      {},
      tokens.analyst,
    );
    expect(run.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    if (tokens.ops_xian) {
      const ops = await server.gql('{ clvBacktest { id } }', {}, tokens.ops_xian);
      expect(ops.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
