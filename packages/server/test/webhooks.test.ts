import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { verifySignature } from '@cornerstone/shared/webhooks/signature';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { CLEAR_MOBILE } from '../src/platform/logger.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { deliverDue } from '../src/webhooks/webhooks.service.ts';
import { merchantLine, mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUser, startServer } from './support/test-server.ts';

const BRANCH = '渭南分公司';
const N = 50;
// Two months: profit falls with i in the first, rises with i in the second, so tiers change.
const month2Day = addDays(`${businessToday().slice(0, 7)}-01`, -3);
const month1Day = addDays(`${month2Day.slice(0, 7)}-01`, -3);

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A webhook receiver on localhost that can be taken down and brought back on the same port. */
class Receiver {
  readonly got: Received[] = [];
  private server: Server | null = null;
  port = 0;
  async up() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        this.got.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
  }
  async down() {
    await new Promise((r) => this.server?.close(r));
    this.server?.closeAllConnections();
    this.server = null;
  }
  get url() {
    return `http://127.0.0.1:${this.port}/hooks`;
  }
}

describe('webhooks from a durable outbox, and API tokens', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const receiver = new Receiver();
  let secret = '';
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, tokens[user]);
  const ok = async <T>(user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r: GqlResult<T> = await gql<T>(user, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const deliverAll = async (now?: Date) => {
    const total = { delivered: 0, retried: 0, failed: 0 };
    for (;;) {
      const r = await deliverDue(orm.em.fork() as EntityManager, { now, allowLoopback: true });
      total.delivered += r.delivered;
      total.retried += r.retried;
      total.failed += r.failed;
      if (r.delivered + r.retried + r.failed === 0) return total;
      if (r.retried + r.failed > 0 && r.delivered === 0) return total;
    }
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'admin2', 'admin');
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    const dir = mkdtempSync(join(tmpdir(), 'cs-hooks-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    // The receiver is on 127.0.0.1: loopback targets allowed, as for a local relay.
    server = await startServer(orm, { webhookAllowLoopback: true });
    for (const u of ['admin', 'bm', 'am1']) tokens[u] = await server.login(u);
    await receiver.up();
    const sub = await ok<{
      subscribeWebhook: { secret: string; subscription: { id: string; events: string[] } };
    }>(
      'admin',
      `mutation($url: String!) { subscribeWebhook(url: $url, events: [MERCHANT_TIER_CHANGED, MERCHANT_STATUS_CHANGED,
         COMPLAINT_SLA_BREACHED, POINTS_POSTED, IMPORT_FINISHED]) { secret subscription { id events } } }`,
      { url: receiver.url },
    );
    secret = sub.subscribeWebhook.secret;
    expect(secret).toMatch(/^whsec_/);
    // The secret is kept encrypted.
    const [row] = await sql<{ secret: string }[]>('select secret from webhook_subscription');
    expect(row!.secret).not.toContain(secret);

    // Events of every kind, each written with the change that causes it.
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      lines.push(`${month1Day},${mid(i)},10,30000.00,0,0.00,${5000 - i * 50}.00,30.00,10.00`);
      lines.push(`${month2Day},${mid(i)},10,30000.00,0,0.00,${2600 + i * 50}.00,30.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's.csv'));
    await computeTierSnapshot(orm, month1Day.slice(0, 7), 'test');
    await computeTierSnapshot(orm, month2Day.slice(0, 7), 'test');
    await ok(
      'bm',
      `mutation { setMerchantStatus(mid: "${mid(3)}", status: "dormant", reason: "停业装修") { status } }`,
    );
    await ok('am1', 'mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id } }', {
      i: {
        mid: mid(4),
        channel: 'PHONE',
        category: 'OTHER',
        summary: '未回复',
        receivedAt: new Date(Date.now() - 25 * 3_600_000).toISOString(),
      },
    });
    await ok('bm', 'mutation { escalateBreachedComplaints { escalated } }');
    await ok(
      'admin',
      `mutation { adjustPoints(mid: "${mid(5)}", points: 100, reason: "活动奖励", approver: "admin2", idempotencyKey: "hook-1") { entryId } }`,
    );
    const upload = await fetch(`${server.url}/api/imports/merchants?fileName=more.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'text/csv' },
      body: `${readFileSync(join(dir, 'm.csv'), 'utf8')}${merchantLine(N + 1, { manager: 'am1', branch: BRANCH })}\n`,
    });
    expect(upload.status).toBeLessThan(300);
    for (let i = 0; i < 100; i++) {
      const [run] = await sql<{ n: number }[]>(
        `select count(*)::int as n from outbox_event where event = 'import.finished'`,
      );
      if (run!.n > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 180_000);

  afterAll(async () => {
    await receiver.down();
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('delivers every event once, signed, to a receiver on localhost', async () => {
    const events = await sql<{ id: string; event: string }[]>(
      'select id::text, event from outbox_event order by id',
    );
    const kinds = new Set(events.map((e) => e.event));
    expect([...kinds].sort()).toEqual([
      'complaint.sla_breached',
      'import.finished',
      'merchant.status_changed',
      'merchant.tier_changed',
      'points.posted',
    ]);
    const result = await deliverAll();
    expect(result).toEqual({ delivered: events.length, retried: 0, failed: 0 });
    expect(receiver.got).toHaveLength(events.length);
    const ids = receiver.got.map((g) => g.headers['x-cornerstone-event-id']);
    expect(new Set(ids).size).toBe(events.length);
    const now = Math.floor(Date.now() / 1000);
    for (const g of receiver.got) {
      expect(verifySignature(secret, g.headers['x-cornerstone-signature'] as string, g.body, now)).toBe(true);
      const body = JSON.parse(g.body) as { id: string; event: string; data: Record<string, unknown> };
      expect(body.event).toBe(g.headers['x-cornerstone-event']);
      expect(JSON.stringify(body.data)).not.toMatch(CLEAR_MOBILE);
    }
    const status = receiver.got.find((g) => g.headers['x-cornerstone-event'] === 'merchant.status_changed')!;
    expect(JSON.parse(status.body).data).toMatchObject({
      mid: mid(3),
      from: 'active',
      to: 'dormant',
      actor: 'bm',
    });
    const tier = receiver.got.filter((g) => g.headers['x-cornerstone-event'] === 'merchant.tier_changed');
    expect(tier.length).toBeGreaterThan(0);
    // Nothing left to send, and a second round sends nothing again.
    expect(await deliverAll()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(receiver.got).toHaveLength(events.length);
  });

  it('retries with back-off while the receiver is down and delivers once it is back: none lost, none doubled', async () => {
    const before = receiver.got.length;
    await receiver.down();
    await ok(
      'bm',
      `mutation { setMerchantStatus(mid: "${mid(6)}", status: "churned", reason: "转投他行") { status } }`,
    );
    await ok(
      'bm',
      `mutation { setMerchantStatus(mid: "${mid(7)}", status: "dormant", reason: "季节性歇业") { status } }`,
    );
    const t0 = new Date();
    expect(await deliverAll(t0)).toEqual({ delivered: 0, retried: 2, failed: 0 });
    // Not due again until the back-off has passed.
    expect(await deliverAll(new Date(t0.getTime() + 5_000))).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(await deliverAll(new Date(t0.getTime() + 11_000))).toEqual({
      delivered: 0,
      retried: 2,
      failed: 0,
    });
    const pending = await sql<{ attempts: number; status: string; last_error: string }[]>(
      `select attempts, status, last_error from webhook_delivery where status <> 'delivered'`,
    );
    expect(pending.map((p) => [p.attempts, p.status])).toEqual([
      [2, 'pending'],
      [2, 'pending'],
    ]);
    expect(pending[0]!.last_error).toBeTruthy();
    await receiver.up();
    // Two workers at once (two server processes): each delivery is claimed by one of them.
    const later = new Date(t0.getTime() + 3_600_000);
    const [a, b] = await Promise.all([
      deliverDue(orm.em.fork() as EntityManager, { now: later, allowLoopback: true }),
      deliverDue(orm.em.fork() as EntityManager, { now: later, allowLoopback: true }),
    ]);
    expect(a.delivered + b.delivered).toBe(2);
    const fresh = receiver.got.slice(before);
    expect(fresh.map((g) => JSON.parse(g.body).data.mid).sort()).toEqual([mid(6), mid(7)]);
    const [counts] = await sql<{ events: number; deliveries: number; dup: number }[]>(
      `select (select count(*)::int from outbox_event where event = 'merchant.status_changed') as events,
              (select count(*)::int from webhook_delivery d join outbox_event e on e.id = d.event_id where e.event = 'merchant.status_changed') as deliveries,
              (select count(*)::int from (select event_id from webhook_delivery group by 1 having count(*) > 1) x) as dup`,
    );
    expect(counts).toEqual({ events: 3, deliveries: 3, dup: 0 });
    // The delivery log, and a replay on request.
    const log = await ok<{ webhookDeliveries: { id: string; status: string; attempts: number }[] }>(
      'admin',
      '{ webhookDeliveries(first: 2) { id status attempts event } }',
    );
    expect(log.webhookDeliveries.map((d) => [d.status, d.attempts])).toEqual([
      ['delivered', 3],
      ['delivered', 3],
    ]);
    await ok('admin', 'mutation($id: ID!) { replayWebhookDelivery(id: $id) }', {
      id: log.webhookDeliveries[0]!.id,
    });
    expect((await deliverAll()).delivered).toBe(1);
  });

  it('lets an administrator create a scoped API token, records its use, and refuses it once revoked', async () => {
    const bad = await gql(
      'admin',
      'mutation { createApiToken(input: { name: "crm", role: "account_manager" }) { token } }',
    );
    expect(((bad.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field)).toEqual([
      'branch',
    ]);
    const created = await ok<{ createApiToken: { token: string; apiToken: { name: string; role: string } } }>(
      'admin',
      `mutation { createApiToken(input: { name: "bi-tool", role: "branch_manager", branch: "${BRANCH}", expiresInDays: 90 }) {
        token apiToken { name role branch expiresAt } } }`,
    );
    const token = created.createApiToken.token;
    expect(token).toMatch(/^cs_api_/);
    const [stored] = await sql<{ token_hash: string }[]>('select token_hash from api_token where name = ?', [
      'bi-tool',
    ]);
    expect(stored!.token_hash).not.toContain(token.slice(7));
    const asTool = await server.gql<{ merchants: { totalCount: number } }>(
      '{ merchants { totalCount } }',
      {},
      token,
    );
    expect(asTool.data!.merchants.totalCount).toBe(N + 1);
    const used = await sql<{ actor: string; outcome: string }[]>(
      `select actor, outcome from audit_log where action = 'api_token' and target = 'api_token:bi-tool'`,
    );
    expect(used).toEqual([{ actor: 'api.bi-tool', outcome: 'ok' }]);
    // The REST routes resolve the caller in the same place, so the token's use there is on record too.
    const exported = await fetch(`${server.url}/api/exports/merchants.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(200);
    await exported.arrayBuffer();
    const usedTwice = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'api_token' and target = 'api_token:bi-tool'`,
    );
    expect(usedTwice[0]!.n).toBe(2);
    // A token cannot be used to sign in with a password, and is gone the moment it is revoked.
    expect(await ok('admin', 'mutation { revokeApiToken(name: "bi-tool") }')).toEqual({
      revokeApiToken: true,
    });
    const refused = await server.gql('{ merchants { totalCount } }', {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const denied = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'api_token' and outcome = 'denied'`,
    );
    expect(denied[0]!.n).toBe(1);
  });

  it('answers the analysts’ starting questions: profit growth against the period before, points by branch', async () => {
    const g = await ok<{
      profitGrowth: { merchant: { mid: string }; profit: string; previousProfit: string; growth: string }[];
    }>(
      'bm',
      `{ profitGrowth(period: "${month2Day.slice(0, 7)}", first: 3) { merchant { mid } profit previousProfit growth growthRate } }`,
    );
    // Profit this month 2,560 + 50·i, the month before 4,960 − 50·i: growth 100·i − 2,400, largest for i = N.
    expect(g.profitGrowth.map((r) => r.merchant.mid)).toEqual([mid(N), mid(N - 1), mid(N - 2)]);
    expect(g.profitGrowth[0]).toMatchObject({
      profit: `${2560 + 50 * N}.00`,
      previousProfit: `${4960 - 50 * N}.00`,
      growth: `${100 * N - 2400}.00`,
    });
    const p = await ok<{ pointsByBranch: { branch: string; merchants: number; outstanding: number }[] }>(
      'bm',
      '{ pointsByBranch { branch merchants outstanding } }',
    );
    const [sum] = await sql<{ n: number; total: string }[]>(
      'select count(*)::int as n, sum(balance)::text as total from points_account',
    );
    expect(p.pointsByBranch).toEqual([
      { branch: BRANCH, merchants: sum!.n, outstanding: Number(sum!.total) },
    ]);
  });
});
