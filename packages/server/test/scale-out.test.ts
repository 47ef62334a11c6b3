// Two server processes (`cornerstone serve`) on one PostgreSQL database behave as one: sessions
// are shared, and background or repeated work is done once however many processes do it at once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../bench/server-process.ts';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { findClearPersonalData } from './support/log-check.ts';
import { createTestDb, onPostgres, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUser } from './support/test-server.ts';

const BRANCH = '咸阳分公司';
const N = 200;
// Two months: profit falls with i in the first and rises with i in the second, so most tiers change.
const month2Day = addDays(`${businessToday().slice(0, 7)}-01`, -3);
const month1Day = addDays(`${month2Day.slice(0, 7)}-01`, -3);
// The receiver holds each delivery this long: a round of 50 then outlasts the 5 s delivery timer,
// so the second process's timer fires while the first is still sending.
const RECEIVER_DELAY_MS = 120;

/** A webhook receiver that counts every request and the most it had in flight at once. */
class Receiver {
  readonly eventIds: string[] = [];
  inFlight = 0;
  maxInFlight = 0;
  private server: Server | null = null;
  async up() {
    this.server = createServer((req, res) => {
      this.inFlight++;
      this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
      req.resume();
      req.on('end', () => {
        this.eventIds.push(String(req.headers['x-cornerstone-event-id']));
        setTimeout(() => {
          this.inFlight--;
          res.writeHead(204).end();
        }, RECEIVER_DELAY_MS);
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
  }
  async down() {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
  get url() {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hooks`;
  }
}

async function gql<T = Record<string, unknown>>(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

async function ok<T = Record<string, unknown>>(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const r = await gql<T>(server, query, variables, token);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

async function signIn(server: ServerProcess, login: string) {
  const data = await ok<{ login: { token: string } }>(
    server,
    'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }',
    { l: login, p: 'test-password-1' },
  );
  return data.login.token;
}

describe.skipIf(!onPostgres)('two server processes on one database (PostgreSQL)', () => {
  let db: TestDb;
  let orm: Orm;
  let a: ServerProcess;
  let b: ServerProcess;
  let dir: string;
  const receiver = new Receiver();
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) =>
    (await orm.em.fork().getConnection().execute(q, p)) as T;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    dir = mkdtempSync(join(tmpdir(), 'cs-scale-out-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      lines.push(`${month1Day},${mid(i)},10,30000.00,0,0.00,${5000 - i * 20}.00,30.00,10.00`);
      lines.push(`${month2Day},${mid(i)},10,30000.00,0,0.00,${1000 + i * 20}.00,30.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's.csv'));
    await computeTierSnapshot(orm, month1Day.slice(0, 7), 'test');
    // Both processes as production runs them, with their background timers; each its own log.
    const started = await Promise.all(
      ['a', 'b'].map((name) =>
        startServerProcess({
          env: {
            ...db.env,
            CORNERSTONE_LOG_FILE: join(dir, `${name}.log`),
            // The webhook receiver is on 127.0.0.1.
            CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK: 'true',
          },
        }),
      ),
    );
    a = started[0]!;
    b = started[1]!;
    for (const u of ['admin', 'bm']) tokens[u] = await signIn(a, u);
    await receiver.up();
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await receiver.down();
    await orm?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('takes a session signed in on one process on the other, and refuses it there at once after sign-out', async () => {
    const token = await signIn(a, 'am1');
    const onB = await ok<{ me: { login: string }; merchants: { totalCount: number } }>(
      b,
      '{ me { login } merchants { totalCount } }',
      {},
      token,
    );
    expect(onB).toEqual({ me: { login: 'am1' }, merchants: { totalCount: N } });
    expect(await ok(a, 'mutation { logout }', {}, token)).toEqual({ logout: true });
    // The very next request on B, with no wait: the revocation is in the shared database.
    const refused = await gql(b, '{ merchants { totalCount } }', {}, token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await ok(b, '{ me { login } }', {}, token)).toEqual({ me: null });
    // And the other way round: signed in on B, signed out on B, refused on A.
    const second = await signIn(b, 'am1');
    expect((await ok<{ me: { login: string } }>(a, '{ me { login } }', {}, second)).me.login).toBe('am1');
    await ok(b, 'mutation { logout }', {}, second);
    expect((await gql(a, '{ merchants { totalCount } }', {}, second)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('delivers each webhook event exactly once while both processes run their delivery timers', async () => {
    await ok(
      a,
      'mutation($url: String!) { subscribeWebhook(url: $url, events: [MERCHANT_TIER_CHANGED]) { secret } }',
      { url: receiver.url },
      tokens.admin,
    );
    // One transaction writes all the events at once (the snapshot of the second month, on B).
    await ok(
      b,
      'mutation($p: String!) { computeTiers(period: $p) { merchantCount } }',
      {
        p: month2Day.slice(0, 7),
      },
      tokens.admin,
    );
    // The snapshot answered with its tiers; its tasks follow behind, on B. A, asked, sees them
    // pending until they have (the tests below start from the tasks in line with it).
    const followDeadline = Date.now() + 60_000;
    for (;;) {
      const r = await ok<{ tierFollowUp: { pendingPeriods: string[] } }>(
        a,
        '{ tierFollowUp { pendingPeriods } }',
        {},
        tokens.admin,
      );
      if (r.tierFollowUp.pendingPeriods.length === 0) break;
      expect(Date.now(), 'the tasks followed the snapshot within a minute').toBeLessThan(followDeadline);
      await new Promise((done) => setTimeout(done, 250));
    }
    const [run] = await sql<{ followed: boolean }[]>(
      'select cadence_followed_at >= computed_at as followed from tier_snapshot_run where period = ?',
      [month2Day.slice(0, 7)],
    );
    expect(run!.followed).toBe(true);
    const events = await sql<{ id: string }[]>(
      `select id::text from outbox_event where event = 'merchant.tier_changed' order by id`,
    );
    // More than one round of 50, so both processes have work.
    expect(events.length).toBeGreaterThan(100);
    const deadline = Date.now() + 90_000;
    for (;;) {
      const [left] = await sql<{ n: number }[]>(
        `select count(*)::int as n from webhook_delivery where status <> 'delivered'`,
      );
      if (left!.n === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    // Both timers fire at least once more with nothing due: nothing is sent again.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(receiver.eventIds.length).toBe(events.length);
    expect([...new Set(receiver.eventIds)].sort()).toEqual(events.map((e) => e.id).sort());
    const deliveries = await sql<{ status: string; attempts: number; n: number }[]>(
      'select status, attempts, count(*)::int as n from webhook_delivery group by 1, 2',
    );
    // Claimed once each: no delivery was taken by both processes, none retried.
    expect(deliveries).toEqual([{ status: 'delivered', attempts: 1, n: events.length }]);
    // Each process sends one at a time, so two in flight at once means both were delivering.
    expect(receiver.maxInFlight).toBe(2);
  }, 150_000);

  it('runs the same greeting campaign on both processes at once and creates each task once', async () => {
    const input = (holiday: string) => ({
      holiday,
      year: 2027,
      template: '{商户名称}，{节日}快乐！{客户经理}',
      sendOn: '2027-01-20',
    });
    for (const holiday of ['SPRING_FESTIVAL', 'LANTERN', 'DRAGON_BOAT']) {
      const [ra, rb] = await Promise.all(
        [a, b].map((s) =>
          ok<{ runGreetingCampaign: { created: number; alreadyThere: number } }>(
            s,
            'mutation($i: GreetingCampaignInput!) { runGreetingCampaign(input: $i) { created alreadyThere } }',
            { i: input(holiday) },
            tokens.bm,
          ),
        ),
      );
      const [x, y] = [ra!.runGreetingCampaign, rb!.runGreetingCampaign];
      expect(x.created + y.created, holiday).toBe(N);
      expect(x.created + x.alreadyThere, holiday).toBe(N);
      expect(y.created + y.alreadyThere, holiday).toBe(N);
      const [tasks] = await sql<{ n: number; merchants: number }[]>(
        `select count(*)::int as n, count(distinct t.merchant_id)::int as merchants from maintenance_task t
         join greeting_campaign c on c.id = t.campaign_id where t.kind = 'greeting' and c.holiday = ? and c.year = 2027`,
        [holiday.toLowerCase()],
      );
      expect(tasks, holiday).toEqual({ n: N, merchants: N });
    }
  });

  it('refreshes the maintenance tasks on both processes at once without doubling any', async () => {
    // Open cadence tasks gone (as before a first refresh): both refreshes want to create them all.
    const [before] = await sql<{ n: number }[]>(
      `select count(*)::int as n from maintenance_task where kind in ('cadence', 'reverify') and status = 'open'`,
    );
    expect(before!.n).toBeGreaterThan(N);
    await sql(`delete from maintenance_task where kind in ('cadence', 'reverify')`);
    const q = 'mutation { refreshMaintenanceTasks { created moved done cancelled } }';
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(
        [a, b].map((s) => gql<{ refreshMaintenanceTasks: { created: number } }>(s, q, {}, tokens.admin)),
      );
      for (const r of results) expect(r.errors, `round ${round}`).toBeUndefined();
      const created = results.reduce((s, r) => s + r.data!.refreshMaintenanceTasks.created, 0);
      expect(created, `round ${round}`).toBe(round === 0 ? before!.n : 0);
      const [doubled] = await sql<{ n: number }[]>(
        `select count(*)::int as n from (select merchant_id, kind, channel from maintenance_task
           where status = 'open' and kind in ('cadence', 'reverify') group by 1, 2, 3 having count(*) > 1) d`,
      );
      expect(doubled!.n).toBe(0);
      const [open] = await sql<{ n: number; cadence: number }[]>(
        `select (select count(*)::int from maintenance_task where kind in ('cadence', 'reverify') and status = 'open') as n,
                (select count(*)::int from merchant_cadence) as cadence`,
      );
      expect(open).toEqual({ n: before!.n, cadence: N });
    }
  });

  it('escalates breached complaints once when both processes escalate at the same moment', async () => {
    const K = 12;
    const ids: string[] = [];
    for (let i = 1; i <= K; i++) {
      const r = await ok<{ openComplaint: { id: string } }>(
        i % 2 ? a : b,
        'mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id } }',
        {
          i: {
            mid: mid(i),
            channel: 'PHONE',
            category: 'OTHER',
            summary: `未回复 ${i}`,
            receivedAt: new Date(Date.now() - 25 * 3_600_000).toISOString(),
          },
        },
        tokens.bm,
      );
      // The API answers global ids; the tables keep the row id inside them.
      ids.push(parseGlobalId(r.openComplaint.id)!.key);
    }
    const [ra, rb] = await Promise.all(
      [a, b].map((s) =>
        ok<{ escalateBreachedComplaints: { escalated: number } }>(
          s,
          'mutation { escalateBreachedComplaints { escalated } }',
          {},
          tokens.bm,
        ),
      ),
    );
    expect(ra!.escalateBreachedComplaints.escalated + rb!.escalateBreachedComplaints.escalated).toBe(K);
    const [counts] = await sql<{ events: number; complaints: number; outbox: number }[]>(
      `select (select count(*)::int from complaint_event where action = 'escalated' and complaint_id = any(?::bigint[])) as events,
              (select count(*)::int from complaint where escalation_level = 1 and id = any(?::bigint[])) as complaints,
              (select count(*)::int from outbox_event where event = 'complaint.sla_breached') as outbox`,
      [`{${ids.join(',')}}`, `{${ids.join(',')}}`],
    );
    expect(counts).toEqual({ events: K, complaints: K, outbox: K });
    // Again on both: nothing left to escalate.
    const again = await Promise.all(
      [a, b].map((s) =>
        ok<{ escalateBreachedComplaints: { escalated: number } }>(
          s,
          'mutation { escalateBreachedComplaints { escalated } }',
          {},
          tokens.bm,
        ),
      ),
    );
    expect(again.map((r) => r.escalateBreachedComplaints.escalated)).toEqual([0, 0]);
  });

  it('refreshes a stale stored ranking in one process while both run the refresh timer', async () => {
    const pyramid = (s: ServerProcess) =>
      ok<{ pyramid: { merchantCount: number } }>(
        s,
        'query($p: String!) { pyramid(period: $p) { merchantCount } }',
        { p: month2Day.slice(0, 7) },
        tokens.admin,
      );
    const state = async () =>
      (
        await sql<{ computed: string | null; merchants: number | null; rows: number; distinct: number }[]>(
          `select s.computed_at::text as computed, s.merchants,
                  (select count(*)::int from period_rank r where r.period_key = s.period_key) as rows,
                  (select count(distinct merchant_id)::int from period_rank r where r.period_key = s.period_key) as distinct
           from period_rank_state s where s.period_start = ?::date and s.lease_until is null`,
          [`${month2Day.slice(0, 7)}-01`],
        )
      )[0];
    const waitFor = async (ready: (x: Awaited<ReturnType<typeof state>>) => boolean) => {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const x = await state();
        if (ready(x) || Date.now() > deadline) return x;
        await new Promise((r) => setTimeout(r, 250));
      }
    };
    // Asked for on A: noted as wanted, then computed by whichever process's timer claims it.
    expect((await pyramid(a)).pyramid.merchantCount).toBe(N);
    const first = await waitFor((x) => Boolean(x?.computed));
    expect(first).toMatchObject({ merchants: N, rows: N, distinct: N });
    // A change makes it stale; asked for on B, it is computed again, once.
    await ok(
      b,
      `mutation { setMerchantStatus(mid: "${mid(N)}", status: "dormant", reason: "停业装修") { status } }`,
      {},
      tokens.bm,
    );
    expect((await pyramid(b)).pyramid.merchantCount).toBe(N);
    const second = await waitFor((x) => Boolean(x?.computed && x.computed !== first!.computed));
    expect(second!.computed).not.toBe(first!.computed);
    expect(second).toMatchObject({ merchants: N, rows: N, distinct: N });
  }, 90_000);

  it('logged no failed request or background round in either process, and no personal data in clear', async () => {
    for (const name of ['a', 'b']) {
      const log = readFileSync(join(dir, `${name}.log`), 'utf8');
      const errors = log.split('\n').filter((l) => /"level":(5|6)\d/.test(l));
      expect(errors, name).toEqual([]);
      expect(findClearPersonalData(join(dir, `${name}.log`)), name).toEqual([]);
      // The log is really there: every request left a line.
      expect(log).toContain('"msg":"graphql"');
    }
  });
});
