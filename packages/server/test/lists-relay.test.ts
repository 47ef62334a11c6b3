import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { addUser } from '../src/identity/users.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import {
  MERCHANT_HEADER,
  mid,
  SETTLEMENT_HEADER,
  seedBranches,
  writeMerchantsCsv,
} from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUsers, startServer } from './support/test-server.ts';

// The lists that answered everything at once (branches, account managers, tokens, webhooks,
// products, acceptance, recommendations, import runs) as connections: paged both ways, counted,
// in the old field's scope — and the old fields still answering as before.

const A = '西安分公司';
const B = '咸阳分公司';
const PAGE_VARS = '$first: Int, $after: String, $last: Int, $before: String';
const PAGE_ARGS = 'first: $first, after: $after, last: $last, before: $before';
const PAGE_BODY = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor';

/** A query of one top-level connection, paged by its variables, with `node { fields }`. */
const connection = (field: string, node: string, vars = '', args = '') =>
  `query(${vars}${PAGE_VARS}) { ${field}(${args}${PAGE_ARGS}) { ${PAGE_BODY} node { ${node} } } } }`;

type PageInfo = Record<'hasNextPage' | 'hasPreviousPage', boolean> &
  Record<'startCursor' | 'endCursor', string | null>;
interface Conn<N> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: N }[];
}

describe('the plain lists as Relay connections, over HTTP', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedBranches(orm, ...Array.from({ length: 10 }, (_, i) => `测试分公司${i}`));
    await seedUsers(orm, [
      ['admin', 'admin'],
      ['analyst', 'analyst'],
      ['bm_a', 'branch_manager', A],
      ['bm_b', 'branch_manager', B],
      ['ops_a', 'operations', A],
      ['am_b1', 'account_manager', B],
      ['am_b2', 'account_manager', B],
    ]);
    const em = orm.em.fork() as EntityManager;
    for (let i = 1; i <= 23; i++)
      await addUser(em, {
        login: `am_a${String(i).padStart(2, '0')}`,
        displayName: i === 7 ? '王小明' : `客户经理${i}`,
        role: 'account_manager',
        branch: A,
        password: 'test-password-1',
      });
    await em.execute(`update app_user set active = false where login = 'am_a23'`);
    const file = join(mkdtempSync(join(tmpdir(), 'cs-lists-')), 'm.csv');
    await writeMerchantsCsv(file, 6, {
      manager: (i) => (i <= 3 ? 'am_a01' : 'am_b1'),
      branch: (i) => (i <= 3 ? A : B),
    });
    expect((await importMerchants(orm, file)).inserted).toBe(6);
    server = await startServer(orm, { webhookAllowLoopback: true });
    for (const u of ['admin', 'analyst', 'bm_a', 'bm_b', 'ops_a', 'am_a01', 'am_b1'])
      tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const ok = async <T>(user: string, query: string, vars: Record<string, unknown> = {}) => {
    const r = await server.gql<T>(query, vars, tokens[user]);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

  /**
   * Every item of a connection, read forward `size` at a time and then backward: the same items in
   * the same order both ways, each page's info consistent, the count equal to the items.
   */
  async function walk<N>(
    user: string,
    query: string,
    pick: (data: never) => Conn<N>,
    size: number,
    vars: Record<string, unknown> = {},
  ): Promise<N[]> {
    const read = async (page: Record<string, unknown>) =>
      pick((await ok(user, query, { ...vars, ...page })) as never);
    const forward: N[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const p: Conn<N> = await read({ first: size, after });
      pages++;
      total = p.totalCount;
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      expect(p.edges.length).toBeLessThanOrEqual(size);
      forward.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(total);
    expect(pages).toBe(Math.max(1, Math.ceil(total / size)));
    const backward: N[][] = [];
    let before: string | null = null;
    for (;;) {
      const p: Conn<N> = await read({ last: size, before });
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      expect(p.totalCount).toBe(total);
      backward.unshift(p.edges.map((e) => e.node));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.flat()).toEqual(forward);
    return forward;
  }

  it('pages branchesConnection in the old field’s scope and order', async () => {
    const Q = connection('branchesConnection', 'id name region');
    const OLD = '{ branches { id name region } }';
    const pick = (d: { branchesConnection: Conn<{ name: string }> }) => d.branchesConnection;
    const all = await walk('analyst', Q, pick, 5);
    expect(all).toHaveLength(12);
    expect(all).toEqual((await ok<{ branches: unknown[] }>('analyst', OLD)).branches);
    expect(new Set(all.map((b) => (b as unknown as { id: string }).id)).size).toBe(12);
    // A branch-bound role sees its own branch, in both.
    const own = await walk('bm_b', Q, pick, 5);
    expect(own.map((b) => b.name)).toEqual([B]);
    const opsOld = (await ok<{ branches: { name: string }[] }>('ops_a', OLD)).branches;
    expect(opsOld.map((b) => b.name)).toEqual([A]);
    expect(pick(await ok('ops_a', Q, { first: 100 })).edges.map((e) => e.node.name)).toEqual([A]);
  });

  it('pages, scopes and searches accountManagersConnection', async () => {
    const Q = connection(
      'accountManagersConnection',
      'id login displayName branch',
      '$branch: String, $search: String, ',
      'branch: $branch, search: $search, ',
    );
    const OLD = 'query($branch: String) { accountManagers(branch: $branch) { id login displayName branch } }';
    type M = { login: string; branch: string };
    const pick = (d: { accountManagersConnection: Conn<M> }) => d.accountManagersConnection;
    const everyone = await walk('analyst', Q, pick, 10);
    // 22 active in A (the 23rd is inactive) and 2 in B, by login.
    expect(everyone).toHaveLength(24);
    expect(everyone).toEqual((await ok<{ accountManagers: M[] }>('analyst', OLD)).accountManagers);
    const inA = await walk('admin', Q, pick, 10, { branch: A });
    expect(inA.map((m) => m.branch)).toEqual(Array(22).fill(A));
    expect(inA).toEqual((await ok<{ accountManagers: M[] }>('admin', OLD, { branch: A })).accountManagers);
    // A branch manager sees their branch's, whatever branch they ask for.
    const bm = await walk('bm_b', Q, pick, 1, { branch: A });
    expect(bm.map((m) => m.login)).toEqual(['am_b1', 'am_b2']);
    expect(bm).toEqual((await ok<{ accountManagers: M[] }>('bm_b', OLD, { branch: A })).accountManagers);
    // Search: part of a display name or login, in any case; LIKE's own characters taken literally.
    const search = async (text: string, user = 'analyst') =>
      (await ok<{ accountManagersConnection: Conn<M> }>(user, Q, { search: text, first: 100 }))
        .accountManagersConnection;
    expect((await search('小明')).edges.map((e) => e.node.login)).toEqual(['am_a07']);
    expect((await search('AM_A1')).totalCount).toBe(10);
    expect((await search('am_b', 'bm_a')).totalCount).toBe(0);
    expect((await search('%')).totalCount).toBe(0);
    expect((await search('m_a0')).totalCount).toBe(9);
    expect((await search('a_0')).totalCount).toBe(0);
    // Roles the old field refuses, the new one refuses too.
    for (const user of ['am_a01', 'ops_a']) {
      expect(code(await server.gql(Q, { first: 5 }, tokens[user]))).toBe('FORBIDDEN');
      expect(code(await server.gql(OLD, {}, tokens[user]))).toBe('FORBIDDEN');
    }
  });

  it('pages apiTokensConnection newest first, for administrators only', async () => {
    for (let i = 1; i <= 5; i++)
      await ok(
        'admin',
        'mutation($n: String!) { createApiToken(input: { name: $n, role: "analyst" }) { token apiToken { id } } }',
        { n: `feed.${i}` },
      );
    const Q = connection('apiTokensConnection', 'id name role');
    const OLD = '{ apiTokens { id name role } }';
    const pick = (d: { apiTokensConnection: Conn<{ name: string }> }) => d.apiTokensConnection;
    const tokensPaged = await walk('admin', Q, pick, 2);
    expect(tokensPaged.map((t) => t.name)).toEqual(['feed.5', 'feed.4', 'feed.3', 'feed.2', 'feed.1']);
    expect(tokensPaged).toEqual((await ok<{ apiTokens: unknown[] }>('admin', OLD)).apiTokens);
    for (const user of ['analyst', 'bm_a']) {
      expect(code(await server.gql(Q, { first: 5 }, tokens[user]))).toBe('FORBIDDEN');
      expect(code(await server.gql(OLD, {}, tokens[user]))).toBe('FORBIDDEN');
    }
  });

  it('pages webhook subscriptions and deliveries, and takes their global ids where row ids went', async () => {
    const SUB =
      'mutation($url: String!) { subscribeWebhook(url: $url, events: [POINTS_POSTED]) { subscription { id } } }';
    const subs: string[] = [];
    for (let i = 1; i <= 5; i++)
      subs.push(
        (
          await ok<{ subscribeWebhook: { subscription: { id: string } } }>('admin', SUB, {
            url: `http://127.0.0.1:9/h${i}`,
          })
        ).subscribeWebhook.subscription.id,
      );
    const QS = connection('webhookSubscriptionsConnection', 'id url active');
    type S = { id: string; url: string; active: boolean };
    const pickS = (d: { webhookSubscriptionsConnection: Conn<S> }) => d.webhookSubscriptionsConnection;
    const paged = await walk('admin', QS, pickS, 2);
    expect(paged.map((s) => s.id)).toEqual(subs);
    expect(paged).toEqual(
      (await ok<{ webhookSubscriptions: S[] }>('admin', '{ webhookSubscriptions { id url active } }'))
        .webhookSubscriptions,
    );

    // Deliveries: 7 events, to the first two subscriptions, some delivered.
    const em = orm.em.fork() as EntityManager;
    const [s1, s2] = await em.execute<{ id: number }[]>(
      'select id from webhook_subscription order by id limit 2',
    );
    for (let i = 1; i <= 7; i++) {
      const [e] = await em.execute<{ id: string }[]>(
        `insert into outbox_event (event, payload) values ('points.posted', ?::jsonb) returning id::text`,
        [JSON.stringify({ n: i })],
      );
      await em.execute(`insert into webhook_delivery (subscription_id, event_id, status) values (?, ?, ?)`, [
        i % 2 ? s1!.id : s2!.id,
        e!.id,
        i % 3 ? 'delivered' : 'failed',
      ]);
    }
    const QD = connection(
      'webhookDeliveriesConnection',
      'id subscriptionId status payload',
      '$subscription: ID, $status: String, ',
      'subscription: $subscription, status: $status, ',
    );
    const OLD = `query($subscriptionId: Int, $status: String) {
      webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) { id subscriptionId status payload } }`;
    type D = { id: string; subscriptionId: number; status: string };
    const pickD = (d: { webhookDeliveriesConnection: Conn<D> }) => d.webhookDeliveriesConnection;
    const log = await walk('admin', QD, pickD, 3);
    expect(log).toHaveLength(7);
    expect(log).toEqual((await ok<{ webhookDeliveries: D[] }>('admin', OLD)).webhookDeliveries);
    const ofFirst = await walk('admin', QD, pickD, 2, { subscription: subs[0], status: 'delivered' });
    expect(ofFirst.map((d) => [d.subscriptionId, d.status])).toEqual(Array(3).fill([s1!.id, 'delivered']));
    expect(ofFirst).toEqual(
      (await ok<{ webhookDeliveries: D[] }>('admin', OLD, { subscriptionId: s1!.id, status: 'delivered' }))
        .webhookDeliveries,
    );
    // The bare row id still names a subscription; an id of anything else names none.
    expect(pickD(await ok('admin', QD, { subscription: String(s2!.id), first: 10 })).totalCount).toBe(3);
    expect(pickD(await ok('admin', QD, { subscription: log[0]!.id, first: 10 })).totalCount).toBe(0);
    // Replay and unsubscribe take the global id; the bare row ids they took before still work.
    const replay = 'mutation($id: ID!) { replayWebhookDelivery(id: $id) }';
    expect(await ok('admin', replay, { id: log[0]!.id })).toEqual({ replayWebhookDelivery: true });
    expect(await ok('admin', replay, { id: log[1]!.id.replace(/./g, 'x') })).toEqual({
      replayWebhookDelivery: false,
    });
    const unsub = 'mutation($s: ID, $id: Int) { unsubscribeWebhook(subscription: $s, id: $id) }';
    expect(await ok('admin', unsub, { s: subs[4] })).toEqual({ unsubscribeWebhook: true });
    expect(await ok('admin', unsub, { id: s2!.id })).toEqual({ unsubscribeWebhook: true });
    expect(await ok('admin', unsub, { s: subs[4] })).toEqual({ unsubscribeWebhook: false });
    expect((await server.gql(unsub, {}, tokens.admin)).errors?.[0]?.extensions?.field).toBe('subscription');
    for (const q of [QS, QD])
      expect(code(await server.gql(q, { first: 5 }, tokens.analyst))).toBe('FORBIDDEN');
  });

  it('pages the catalogue, the acceptance figures and a merchant’s recommendations', async () => {
    for (let i = 1; i <= 4; i++)
      await ok(
        'admin',
        `mutation($c: String!) { saveProduct(input: { code: $c, nameZh: "附加产品", nameEn: "Extra", reasonZh: "测试",
          reasonEn: "test", rule: "{}", cooldownDays: 30 }) { id code } }`,
        { c: `extra${i}` },
      );
    const QP = connection('productsConnection', 'id code nameEn');
    const pickP = (d: { productsConnection: Conn<{ code: string }> }) => d.productsConnection;
    const products = await walk('am_a01', QP, pickP, 4);
    expect(products.length).toBeGreaterThan(8);
    expect(products).toEqual(
      (await ok<{ products: unknown[] }>('am_a01', '{ products { id code nameEn } }')).products,
    );

    // Offers in both branches: merchants 1..3 in A (am_a01), 4..6 in B (am_b1).
    const offer =
      'mutation($mid: String!, $p: String!, $o: String!) { recordProductOffer(mid: $mid, product: $p, outcome: $o) { id } }';
    for (const [i, p, o] of [
      [1, 'extra1', 'offered'],
      [2, 'extra1', 'declined'],
      [2, 'extra2', 'offered'],
      [4, 'extra1', 'declined'],
      [5, 'extra3', 'offered'],
      [6, 'extra4', 'offered'],
    ] as const)
      await ok('admin', offer, { mid: mid(i), p, o });
    const QA = connection(
      'productAcceptanceConnection',
      'id product branch offers declined rate',
      '$from: String!, $to: String!, ',
      'from: $from, to: $to, ',
    );
    const OLD =
      'query($from: String!, $to: String!) { productAcceptance(from: $from, to: $to) { id product branch offers declined rate } }';
    type F = { product: string; branch: string };
    const range = { from: '2020-01-01', to: '2099-12-31' };
    const pickA = (d: { productAcceptanceConnection: Conn<F> }) => d.productAcceptanceConnection;
    const sorted = (xs: F[]) =>
      [...xs].sort((x, y) => `${x.product}/${x.branch}`.localeCompare(`${y.product}/${y.branch}`));
    for (const [user, n] of [
      ['analyst', 5],
      ['bm_b', 3],
      ['am_a01', 2],
    ] as const) {
      const figures = await walk(user, QA, pickA, 2, range);
      expect(figures).toHaveLength(n);
      expect(sorted(figures)).toEqual(
        sorted((await ok<{ productAcceptance: F[] }>(user, OLD, range)).productAcceptance),
      );
    }

    // Merchant 3 has no offers: every product with an empty rule is recommended to it.
    const QR = `query($mid: String!, ${PAGE_VARS}) { merchant(mid: $mid) { recommendationsConnection(${PAGE_ARGS}) {
      ${PAGE_BODY} node { id score product { code } } } } } }`;
    type R = { id: string; score: number; product: { code: string } };
    const pickR = (d: { merchant: { recommendationsConnection: Conn<R> } }) =>
      d.merchant.recommendationsConnection;
    const recs = await walk('am_a01', QR, pickR, 2, { mid: mid(3) });
    expect(recs.length).toBeGreaterThanOrEqual(5);
    const old = await ok<{ merchant: { recommendations: R[] } }>(
      'am_a01',
      `{ merchant(mid: "${mid(3)}") { recommendations { id score product { code } } } }`,
    );
    expect(recs).toEqual(old.merchant.recommendations);
    // Another account manager's merchant is not there to ask.
    expect(await ok('am_b1', QR, { mid: mid(3), first: 5 })).toEqual({ merchant: null });
  });

  it('pages importRunsConnection: your own runs, administrators all', async () => {
    const upload = async (user: string, kind: string, header: string) => {
      const res = await fetch(`${server.url}/api/imports/${kind}?fileName=${kind}.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${tokens[user]}` },
        body: `${header}\n`,
      });
      expect(res.status).toBe(202);
      return ((await res.json()) as { id: number }).id;
    };
    const mine: number[] = [];
    for (let i = 0; i < 3; i++) mine.unshift(await upload('bm_a', 'merchants', MERCHANT_HEADER));
    const theirs: number[] = [];
    for (let i = 0; i < 2; i++) theirs.unshift(await upload('ops_a', 'settlements', SETTLEMENT_HEADER));
    const Q = connection('importRunsConnection', 'id runId kind fileName');
    const OLD = '{ importRuns(first: 100) { id kind fileName } }';
    type I = { id: string; runId: number; kind: string; fileName: string };
    const pick = (d: { importRunsConnection: Conn<I> }) => d.importRunsConnection;
    const own = await walk('bm_a', Q, pick, 2);
    expect(own.map((r) => r.runId)).toEqual(mine);
    const oldOwn = (await ok<{ importRuns: { id: number; kind: string; fileName: string }[] }>('bm_a', OLD))
      .importRuns;
    expect(own.map(({ runId, kind, fileName }) => ({ id: runId, kind, fileName }))).toEqual(oldOwn);
    expect((await walk('ops_a', Q, pick, 1)).map((r) => r.runId)).toEqual(theirs);
    const all = await walk('admin', Q, pick, 2);
    expect(all.map((r) => r.runId)).toEqual(expect.arrayContaining([...mine, ...theirs]));
    const oldAll = (await ok<{ importRuns: { id: number }[] }>('admin', OLD)).importRuns;
    expect(all.map((r) => r.runId)).toEqual(oldAll.map((r) => r.id));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    for (const user of ['am_a01', 'analyst'])
      expect(code(await server.gql(Q, { first: 5 }, tokens[user]))).toBe('FORBIDDEN');
  });

  it('refuses one list’s cursor on another', async () => {
    const branches = await ok<{ branchesConnection: Conn<unknown> }>(
      'analyst',
      '{ branchesConnection(first: 1) { pageInfo { endCursor } edges { cursor } totalCount } }',
    );
    const r = await server.gql(
      'query($after: String) { productsConnection(first: 2, after: $after) { totalCount } }',
      { after: branches.branchesConnection.pageInfo.endCursor },
      tokens.analyst,
    );
    expect(r.errors?.[0]?.message).toBe('after: not a cursor from this list');
  });
});
