import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import type { Conn } from './support/both-ways.ts';
import { MERCHANT_HEADER, SETTLEMENT_HEADER } from './support/fixtures.ts';
import { A, code, connection, useListsServer } from './support/lists-relay.ts';
import { seedUsers } from './support/test-server.ts';

// The lists of the edges to the outside that answered everything at once (webhook subscriptions and
// deliveries, import runs) as connections: paged both ways, counted, in the old field's scope — and
// the old fields still answering as before.

/** An administrator, an analyst, and branch A's manager, operations staff and account manager. */
async function seed(orm: Orm) {
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['analyst', 'analyst'],
    ['bm_a', 'branch_manager', A],
    ['ops_a', 'operations', A],
    ['am_a01', 'account_manager', A],
  ]);
}

describe('the webhook and import lists as Relay connections, over HTTP', () => {
  const { server, tokens, orm, ok, walk } = useListsServer(
    seed,
    ['admin', 'analyst', 'bm_a', 'ops_a', 'am_a01'],
    { webhookAllowLoopback: true },
  );

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
    const em = orm().em.fork() as EntityManager;
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
});
