import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { globalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { deliverDue } from '../src/webhooks/webhooks.service.ts';
import { mid, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUsers, startServer } from './support/test-server.ts';

/**
 * The role holes of issue #25, tried as a hostile user would: each `it` is one hole, asserted over
 * real HTTP through the real server, so that each assertion fails on the code before the fix.
 */

const BRANCH = '渭南分公司';
const OTHER = '宝鸡分公司';
const N = 10;
// Merchants 1..6 in BRANCH (am1), 7..10 in OTHER (am3).
const branchOf = (i: number) => (i <= 6 ? BRANCH : OTHER);
const managerOf = (i: number) => (i <= 6 ? 'am1' : 'am3');
const PERIOD = businessToday().slice(0, 7);
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
const fieldsOf = (r: GqlResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.fields as { field: string }[] | undefined) ?? []).map((f) => f.field);
/** What a client sees of a refusal: code, field(s) and words. */
const refusal = (r: GqlResult<unknown>) => ({
  data: r.data ?? null,
  code: codeOf(r),
  field: r.errors?.[0]?.extensions?.field,
  fields: r.errors?.[0]?.extensions?.fields,
  message: r.errors?.[0]?.message,
});

/** A webhook receiver on 127.0.0.1. */
class Receiver {
  readonly got: string[] = [];
  private server: Server | null = null;
  async up() {
    this.server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        this.got.push(String(req.headers['x-cornerstone-event-id']));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
  }
  async down() {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
  get port() {
    return (this.server!.address() as AddressInfo).port;
  }
}

describe('hostile roles (#25): read-only analysts, operations without complaints, scoped events, approvers, TIDs, webhook targets', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, tokens[user]);
  const ok = async <T>(user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await gql<T>(user, query, variables);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    // Users (and so their branches) before the merchants that name them.
    await seedUsers(orm, [
      ['admin', 'admin', undefined],
      ['admin2', 'admin', undefined],
      ['retired', 'admin', undefined],
      ['analyst', 'analyst', undefined],
      ['bm', 'branch_manager', BRANCH],
      ['bm_other', 'branch_manager', OTHER],
      ['am1', 'account_manager', BRANCH],
      ['am3', 'account_manager', OTHER],
      ['ops', 'operations', BRANCH],
      ['ops_other', 'operations', OTHER],
    ]);
    await sql(`update app_user set active = false where login = 'retired'`);
    const dir = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: managerOf, branch: branchOf });
    await importMerchants(orm, join(dir, 'm.csv'));
    server = await startServer(orm);
    for (const u of ['admin', 'admin2', 'analyst', 'bm', 'bm_other', 'am1', 'am3', 'ops', 'ops_other'])
      tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const entriesOf = async (m: string) =>
    (
      await ok<{ merchant: { points: { balance: number; entries: { id: string; kind: string }[] } } }>(
        'admin',
        `{ merchant(mid: "${m}") { points { balance entries(first: 100) { id kind } } } }`,
      )
    ).merchant.points;

  it('lists a merchant’s points entries newest first by number: entry 10 after 9, not between 1 and 2', async () => {
    // The ids must cross a power of ten within the merchant for a text sort to show: none yet.
    const [before] = await sql<{ n: number }[]>('select coalesce(max(id), 0)::int as n from points_entry');
    expect(before!.n).toBeLessThan(9);
    await ok(
      'admin',
      `mutation { adjustPoints(mid: "${mid(3)}", points: 100, reason: "开户礼", approver: "admin2", idempotencyKey: "order-0") { entryId } }`,
    );
    for (let i = 1; i <= 11; i++)
      await ok(
        'am1',
        `mutation { redeemPoints(mid: "${mid(3)}", points: 1, reason: "兑换${i}", idempotencyKey: "order-${i}") { entryId } }`,
      );
    const { balance, entries } = await entriesOf(mid(3));
    expect(balance).toBe(89);
    const ids = entries.map((e) => Number(e.id));
    expect(ids.length).toBe(12);
    expect(Math.min(...ids)).toBeLessThan(10);
    expect(Math.max(...ids)).toBeGreaterThanOrEqual(10);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(entries.at(-1)!.kind).toBe('adjustment');
  });

  it('refuses an analyst’s tier snapshot, and writes none', async () => {
    const r = await gql('analyst', 'mutation($p: String!) { computeTiers(period: $p) { merchantCount } }', {
      p: PERIOD,
    });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.data ?? null).toBeNull();
    const runs = await sql<{ period: string; computed_by: string }[]>(
      'select period, computed_by from tier_snapshot_run',
    );
    expect(runs).toEqual([]);
    const [snap] = await sql<{ n: number }[]>('select count(*)::int as n from tier_snapshot');
    expect(snap!.n).toBe(0);
    // Administrators and branch managers still take it.
    await ok('bm', 'mutation($p: String!) { computeTiers(period: $p) { merchantCount } }', { p: PERIOD });
    expect(await sql('select period, computed_by from tier_snapshot_run')).toEqual([
      { period: PERIOD, computed_by: 'bm' },
    ]);
  });

  it('shows operations staff a merchant’s timeline without its complaints, and refuses them the maintenance KPIs', async () => {
    const m = mid(1);
    await ok('am1', 'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }', {
      i: { mid: m, kind: 'VISIT', outcome: 'REACHED', notes: '巡店' },
    });
    await ok('am1', 'mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id } }', {
      i: { mid: m, channel: 'PHONE', category: 'OTHER', summary: '结算款晚到三天，商户很不满' },
    });
    await ok('ops', 'mutation($i: TerminalInput!) { registerTerminal(input: $i) { tid } }', {
      i: { mid: m, tid: 'T1000001', model: 'PAX A920', serialNo: 'SN-1' },
    });
    await ok('ops', 'mutation($i: FaultTicketInput!) { openFaultTicket(input: $i) { id } }', {
      i: { tid: 'T1000001', description: '打印机卡纸' },
    });
    const TIMELINE = `{ merchant(mid: "${m}") { timeline(first: 100) { type summary } } }`;
    type Timeline = { merchant: { timeline: { type: string; summary: string }[] } };
    // The branch manager sees the complaint: it is there to be hidden.
    const all = (await ok<Timeline>('bm', TIMELINE)).merchant.timeline;
    expect(all.map((e) => e.type)).toEqual(expect.arrayContaining(['COMPLAINT', 'FAULT', 'INTERACTION']));
    // Operations staff: everything else, the interaction and their fault ticket included.
    const seen = (await ok<Timeline>('ops', TIMELINE)).merchant.timeline;
    expect(seen).toEqual(all.filter((e) => e.type !== 'COMPLAINT'));
    expect(JSON.stringify(seen)).not.toContain('结算款晚到');

    const KPIS = `{ maintenanceKpis(period: "${PERIOD}", by: BRANCH) { key complaints visits } }`;
    const kpis = await gql('ops', KPIS);
    expect(codeOf(kpis)).toBe('FORBIDDEN');
    expect(kpis.data ?? null).toBeNull();
    // Branch managers keep them, complaints counted.
    expect((await ok<{ maintenanceKpis: unknown[] }>('bm', KPIS)).maintenanceKpis).toEqual([
      { key: BRANCH, complaints: 1, visits: 1 },
    ]);
  });

  it('answers null for another branch’s customer event, exactly as for one that does not exist', async () => {
    const EVENT = 'mutation($i: CustomerEventInput!) { createCustomerEvent(input: $i) { id } }';
    const theirs = (
      await ok<{ createCustomerEvent: { id: string } }>('bm_other', EVENT, {
        i: {
          kind: 'seminar',
          title: '宝鸡商户闭门会',
          startsAt: '2027-03-01T02:00:00Z',
          location: '宝鸡迎宾馆',
        },
      })
    ).createCustomerEvent.id;
    const BY_ID = `query($id: ID!) { customerEvent(event: $id) { id title location createdBy
      invitationsConnection(first: 100) { edges { node { mid } } } } }`;
    const asked = await gql('bm', BY_ID, { id: theirs });
    const missing = await gql('bm', BY_ID, { id: globalId('CustomerEvent', 999_999) });
    expect(asked).toEqual({ data: { customerEvent: null } });
    expect(asked).toEqual(missing);
    expect(await gql('am1', BY_ID, { id: theirs })).toEqual({ data: { customerEvent: null } });
    expect(await gql('ops', BY_ID, { id: theirs })).toEqual({ data: { customerEvent: null } });
    expect(await gql('bm', 'query($id: ID!) { node(id: $id) { id } }', { id: theirs })).toEqual({
      data: { node: null },
    });
    // The list said so already; its own branch and administrators still see it.
    const list = await ok<{ customerEventsConnection: { edges: { node: { id: string } }[] } }>(
      'bm',
      '{ customerEventsConnection(first: 100) { edges { node { id } } } }',
    );
    expect(list.customerEventsConnection.edges.map((e) => e.node.id)).not.toContain(theirs);
    expect(
      (await ok<{ customerEvent: { title: string } }>('bm_other', BY_ID, { id: theirs })).customerEvent.title,
    ).toBe('宝鸡商户闭门会');
    expect(
      (await ok<{ customerEvent: { title: string } }>('admin', BY_ID, { id: theirs })).customerEvent.title,
    ).toBe('宝鸡商户闭门会');

    // A company-wide event invites both branches; each branch sees its own invitations only.
    const company = (
      await ok<{ createCustomerEvent: { id: string } }>('admin', EVENT, {
        i: { kind: 'customer_event', title: '年度商户答谢会', startsAt: '2027-04-01T02:00:00Z' },
      })
    ).createCustomerEvent.id;
    await ok('admin', 'mutation($id: ID!) { inviteToEvent(event: $id) { invited } }', { id: company });
    const invited = async (user: string) =>
      (
        await ok<{ customerEvent: { invitationsConnection: { edges: { node: { mid: string } }[] } } }>(
          user,
          BY_ID,
          { id: company },
        )
      ).customerEvent.invitationsConnection.edges.map((e) => e.node.mid);
    expect(await invited('bm')).toEqual([1, 2, 3, 4, 5, 6].map(mid));
    expect(await invited('am3')).toEqual([7, 8, 9, 10].map(mid));
    expect(await invited('admin')).toHaveLength(N);
  });

  it('takes a manual adjustment only with a real approver: an active administrator or the merchant’s branch manager, not oneself', async () => {
    const m = mid(2);
    const adjust = (approver: string, key: string) =>
      gql<{ adjustPoints: { balanceAfter: number } }>(
        'admin',
        `mutation($a: String!, $k: String!) { adjustPoints(mid: "${m}", points: 5000, reason: "补偿", approver: $a, idempotencyKey: $k) { balanceAfter } }`,
        { a: approver, k: key },
      );
    for (const [approver, why] of [
      ['no-such-person', 'nobody of that login'],
      ['admin', 'the caller themselves'],
      ['retired', 'an inactive administrator'],
      ['bm_other', 'a branch manager of another branch'],
      ['am1', 'an account manager'],
      ['ops', 'operations staff'],
      ['analyst', 'an analyst'],
    ]) {
      const r = await adjust(approver!, `bad-${approver}`);
      expect(codeOf(r), why).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field, why).toBe('approver');
    }
    expect((await entriesOf(m)).balance).toBe(0);
    const [none] = await sql<{ n: number }[]>(
      `select count(*)::int as n from points_entry where merchant_id = (select id from merchant where mid = ?)`,
      [m],
    );
    expect(none!.n).toBe(0);
    // The merchant's branch manager, and another administrator, may approve; their login is kept.
    expect((await adjust('bm', 'good-bm')).data!.adjustPoints.balanceAfter).toBe(5000);
    expect((await adjust('admin2', 'good-admin2')).data!.adjustPoints.balanceAfter).toBe(10000);
    const approvers = await sql<{ approver: string; actor: string }[]>(
      `select approver, actor from points_entry where merchant_id = (select id from merchant where mid = ?) order by id`,
      [m],
    );
    expect(approvers).toEqual([
      { approver: 'bm', actor: 'admin' },
      { approver: 'admin2', actor: 'admin' },
    ]);
  });

  it('answers another branch’s TID as any taken TID: no word of where it is, and nothing for a merchant out of scope', async () => {
    const REG = 'mutation($i: TerminalInput!) { registerTerminal(input: $i) { tid } }';
    const terminal = (m: string, tid: string) => ({
      i: { mid: m, tid, model: 'PAX A920', serialNo: 'SN-9' },
    });
    await ok('ops', REG, terminal(mid(4), 'T2000001'));
    // The same TID at a merchant of the other branch, and again at the holder's own branch: one answer.
    const fromOther = await gql('ops_other', REG, terminal(mid(8), 'T2000001'));
    const fromOwn = await gql('ops', REG, terminal(mid(5), 'T2000001'));
    expect(fieldsOf(fromOther)).toEqual(['tid']);
    expect(refusal(fromOther)).toEqual(refusal(fromOwn));
    for (const word of [mid(4), '测试商户4号店', BRANCH, 'am1'])
      expect(fromOther.errors![0]!.message).not.toContain(word);
    // With a merchant outside the caller's scope the TID is not even looked at: the answer is the
    // same whether it is taken or not.
    const outTaken = await gql('ops_other', REG, terminal(mid(4), 'T2000001'));
    const outFree = await gql('ops_other', REG, terminal(mid(4), 'T2999999'));
    expect(fieldsOf(outTaken)).toEqual(['mid']);
    expect(refusal(outTaken)).toEqual(refusal(outFree));
    const [n] = await sql<{ n: number }[]>(`select count(*)::int as n from terminal where tid like 'T2%'`);
    expect(n!.n).toBe(1);
  });

  it('refuses webhook targets on loopback and link-local addresses unless configured, at subscription and at delivery', async () => {
    const receiver = new Receiver();
    await receiver.up();
    const SUB =
      'mutation($url: String!) { subscribeWebhook(url: $url, events: [POINTS_POSTED]) { subscription { id url } } }';
    try {
      for (const url of [
        `http://127.0.0.1:${receiver.port}/hooks`,
        'http://169.254.169.254/latest/meta-data/',
        `http://localhost:${receiver.port}/hooks`,
        `http://[::1]:${receiver.port}/hooks`,
        `http://[::ffff:127.0.0.1]:${receiver.port}/hooks`,
        `http://[::ffff:a9fe:a9fe]/`,
        `http://[fe80::1]/`,
        'http://0.0.0.0/',
        `http://2130706433:${receiver.port}/hooks`,
        `https://127.1:${receiver.port}/hooks`,
      ]) {
        const r = await gql('admin', SUB, { url });
        expect(codeOf(r), url).toBe('BAD_USER_INPUT');
        expect(fieldsOf(r), url).toEqual(['url']);
        // Coded, so the page words it in the user's language.
        const ext = r.errors?.[0]?.extensions as { fields?: { code?: string }[] } | undefined;
        const problems = ext?.fields;
        expect(
          problems?.map((p) => p.code),
          url,
        ).toEqual(['webhook.targetBlocked']);
      }
      expect(await sql('select id from webhook_subscription')).toEqual([]);

      // Allowed by configuration (a local relay, these tests).
      const relay = await startServer(orm, { webhookAllowLoopback: true });
      try {
        for (const url of [
          `http://127.0.0.1:${receiver.port}/hooks`,
          `http://localhost:${receiver.port}/hooks`,
        ]) {
          const r = await relay.gql(SUB, { url }, tokens.admin);
          expect(r.errors, url).toBeUndefined();
        }
      } finally {
        await relay.close();
      }
      // An event for both subscriptions; delivered by a worker without the setting, it is refused
      // before any connection, with the reason in the delivery log, and tried again later.
      await ok(
        'admin',
        `mutation { adjustPoints(mid: "${mid(6)}", points: 10, reason: "测试", approver: "admin2", idempotencyKey: "hook") { entryId } }`,
      );
      const sent = await ok<{ deliverWebhooksNow: unknown }>(
        'admin',
        'mutation { deliverWebhooksNow { delivered retried failed } }',
      );
      expect(sent.deliverWebhooksNow).toEqual({ delivered: 0, retried: 2, failed: 0 });
      expect(receiver.got).toEqual([]);
      const log = await sql<{ status: string; last_error: string }[]>(
        'select status, last_error from webhook_delivery order by id',
      );
      expect(log.map((d) => d.status)).toEqual(['pending', 'pending']);
      expect(log[0]!.last_error).toMatch(
        /^refused: 127\.0\.0\.1 is a loopback, link-local or unspecified address/,
      );
      expect(log[1]!.last_error).toMatch(/^refused: localhost resolves to .* loopback/);
      // A worker without the setting (the default) refuses them again; one with it sends them.
      const later = new Date(Date.now() + 3_600_000);
      const em = () => orm.em.fork() as EntityManager;
      expect(await deliverDue(em(), { now: later })).toEqual({ delivered: 0, retried: 2, failed: 0 });
      expect(receiver.got).toEqual([]);
      expect(
        await deliverDue(em(), { now: new Date(later.getTime() + 3_600_000), allowLoopback: true }),
      ).toEqual({
        delivered: 2,
        retried: 0,
        failed: 0,
      });
      expect(receiver.got).toHaveLength(2);
    } finally {
      await receiver.down();
    }
  });
});
