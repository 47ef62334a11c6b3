import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { globalId, parseGlobalId } from '../src/platform/graphql/node.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { countQueries, type GqlResult, seedUsers, startServer } from './support/test-server.ts';

// Customer events the Relay way: events and invitations are nodes with global ids, both lists page
// both ways and count, a branch manager of another branch sees neither the event nor its
// invitations, and the deprecated Int arguments and plain lists still answer as before.

const XIAN = '西安分公司';
const XIANYANG = '咸阳分公司';
const N = 30; // odd merchants in Xi'an (am_a), even ones in Xianyang (am_b)

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Conn<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: { cursor: string; node: T }[];
}
interface Ev {
  id: string;
  title: string;
}
interface Inv {
  id: string;
  mid: string;
}

const PAGE_ARGS = '$first: Int, $after: String, $last: Int, $before: String';
const PAGE = 'first: $first, after: $after, last: $last, before: $before';
const INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const EVENTS = `query(${PAGE_ARGS}) { customerEventsConnection(${PAGE}) { ${INFO} edges { cursor node { id title } } } }`;
const INVITATIONS = `query($event: ID!, ${PAGE_ARGS}) { customerEvent(event: $event) {
  invitationsConnection(${PAGE}) { ${INFO} edges { cursor node { id mid } } } } }`;
const CREATE = 'mutation($i: CustomerEventInput!) { createCustomerEvent(input: $i) { id title } }';
const BY_EVENT = 'query($e: ID) { customerEvent(event: $e) { id title } }';
const NODE =
  'query($id: ID!) { node(id: $id) { __typename id ... on CustomerEvent { title } ... on EventInvitation { mid rsvp } } }';

describe('customer events as Relay nodes and connections', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, tokens[user]);
  const ok = async <T>(user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await gql<T>(user, query, variables);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;
  const rowId = (id: string) => parseGlobalId(id)!.key;
  /** Every item of a connection, paged forward (`first`) or backward (`last`), checking each page. */
  const all = async <T>(
    read: (vars: Record<string, unknown>) => Promise<Conn<T>>,
    size: number,
    backward = false,
  ): Promise<{ items: T[]; pages: number; total: number }> => {
    const pages: T[][] = [];
    let cursor: string | null = null;
    let total = -1;
    for (;;) {
      const p = await read(backward ? { last: size, before: cursor } : { first: size, after: cursor });
      total = p.totalCount;
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      expect(backward ? p.pageInfo.hasNextPage : p.pageInfo.hasPreviousPage).toBe(cursor !== null);
      const nodes = p.edges.map((e) => e.node);
      if (backward) pages.unshift(nodes);
      else pages.push(nodes);
      const more = backward ? p.pageInfo.hasPreviousPage : p.pageInfo.hasNextPage;
      if (!more) break;
      expect(nodes).toHaveLength(size);
      cursor = backward ? p.pageInfo.startCursor : p.pageInfo.endCursor;
    }
    return { items: pages.flat(), pages: pages.length, total };
  };
  const events = (user: string) => async (vars: Record<string, unknown>) =>
    (await ok<{ customerEventsConnection: Conn<Ev> }>(user, EVENTS, vars)).customerEventsConnection;
  const invitations = (user: string, event: string) => async (vars: Record<string, unknown>) =>
    (await ok<{ customerEvent: { invitationsConnection: Conn<Inv> } }>(user, INVITATIONS, { event, ...vars }))
      .customerEvent.invitationsConnection;
  const create = async (user: string, title: string, startsAt: string) =>
    (await ok<{ createCustomerEvent: Ev }>(user, CREATE, { i: { kind: 'seminar', title, startsAt } }))
      .createCustomerEvent;

  let company: Ev; // organised by an administrator: every branch sees it
  let xian: Ev; // bm_a's, Xi'an only
  let xianyang: Ev; // bm_b's

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUsers(orm, [
      ['admin', 'admin'],
      ['analyst', 'analyst'],
      ['bm_a', 'branch_manager', XIAN],
      ['bm_b', 'branch_manager', XIANYANG],
      ['am_a', 'account_manager', XIAN],
      ['am_b', 'account_manager', XIANYANG],
    ]);
    const file = join(mkdtempSync(join(tmpdir(), 'cs-events-relay-')), 'm.csv');
    await writeMerchantsCsv(file, N, {
      manager: (i) => (i % 2 ? 'am_a' : 'am_b'),
      branch: (i) => (i % 2 ? XIAN : XIANYANG),
    });
    expect((await importMerchants(orm, file)).inserted).toBe(N);
    server = await startServer(orm);
    for (const u of ['admin', 'analyst', 'bm_a', 'bm_b', 'am_a', 'am_b']) tokens[u] = await server.login(u);
    company = await create('admin', '年度商户答谢会', '2027-01-10T02:00:00Z');
    xian = await create('bm_a', '西安商户座谈', '2027-01-05T02:00:00Z');
    xianyang = await create('bm_b', '咸阳商户座谈', '2027-01-06T02:00:00Z');
    // Many Xi'an events, three to a start time: the row id breaks the ties.
    for (let i = 0; i < 21; i++)
      await create(
        'bm_a',
        `西安讲座 ${i}`,
        `2027-02-${String(1 + Math.floor(i / 3)).padStart(2, '0')}T06:30:00Z`,
      );
    await ok('admin', 'mutation($e: ID) { inviteToEvent(event: $e) { invited } }', { e: company.id });
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('gives events global ids that node(id) and nodes(ids) fetch again, in scope only', async () => {
    expect(parseGlobalId(xian.id)?.type).toBe('CustomerEvent');
    expect(xian.id).toBe(globalId('CustomerEvent', rowId(xian.id)));
    const got = await ok<{ node: { __typename: string; id: string; title: string } }>('bm_a', NODE, {
      id: xian.id,
    });
    expect(got.node).toEqual({ __typename: 'CustomerEvent', id: xian.id, title: xian.title });
    const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on CustomerEvent { title } } }';
    const many = await ok<{ nodes: (Ev | null)[] }>('bm_a', NODES, {
      ids: [company.id, xianyang.id, xian.id, globalId('CustomerEvent', 99_999_999)],
    });
    expect(many.nodes.map((n) => n?.title ?? null)).toEqual([company.title, null, xian.title, null]);
    // Another branch's event answers exactly as one that does not exist, by node and by field.
    const theirs = await gql('bm_a', NODE, { id: xianyang.id });
    expect(theirs).toEqual(await gql('bm_a', NODE, { id: globalId('CustomerEvent', 99_999_999) }));
    expect(theirs.data).toEqual({ node: null });
    expect((await gql('bm_a', BY_EVENT, { e: xianyang.id })).data).toEqual({ customerEvent: null });
    expect((await gql('am_a', BY_EVENT, { e: xianyang.id })).data).toEqual({ customerEvent: null });
    expect((await ok<{ customerEvent: Ev }>('bm_b', BY_EVENT, { e: xianyang.id })).customerEvent).toEqual(
      xianyang,
    );
    expect((await ok<{ customerEvent: Ev }>('analyst', BY_EVENT, { e: xianyang.id })).customerEvent).toEqual(
      xianyang,
    );
    // The id of another type, a bare row id, and ids no event has.
    const merchant = globalId('Merchant', '898610000000001');
    expect((await gql('bm_a', BY_EVENT, { e: merchant })).data).toEqual({ customerEvent: null });
    expect((await ok<{ customerEvent: Ev }>('bm_a', BY_EVENT, { e: rowId(xian.id) })).customerEvent).toEqual(
      xian,
    );
    for (const e of ['999999999999999999', globalId('CustomerEvent', '999999999999'), 'nonsense'])
      expect(await gql('bm_a', BY_EVENT, { e })).toEqual({ data: { customerEvent: null } });
  });

  it('pages the events both ways over the same items, latest start first, in scope', async () => {
    // Starts a microsecond apart (as SQL may write them) keep their place: the cursor holds the
    // start to the microsecond, not to the millisecond a JavaScript Date keeps.
    await sql(`update customer_event set starts_at = starts_at + interval '1 microsecond' where id % 3 = 0`);
    const expected = await sql<{ id: number }[]>(
      `select id from customer_event where branch_id is null or branch_id = (select id from branch where name = ?)
       order by starts_at desc, id desc`,
      [XIAN],
    );
    expect(expected).toHaveLength(23);
    const forward = await all(events('bm_a'), 5);
    expect(forward.total).toBe(23);
    expect(forward.pages).toBe(5);
    expect(forward.items.map((e) => Number(rowId(e.id)))).toEqual(expected.map((r) => r.id));
    const backward = await all(events('bm_a'), 5, true);
    expect(backward.items).toEqual(forward.items);
    expect(backward.pages).toBe(5);
    // Turning back from the middle ends just before the cursor.
    const first = await events('bm_a')({ first: 5 });
    const second = await events('bm_a')({ first: 5, after: first.pageInfo.endCursor });
    const back = await events('bm_a')({ last: 5, before: second.pageInfo.startCursor });
    expect(back.edges).toEqual(first.edges);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });

    // A page costs the same statements however long it is: its counts are read in the page's SQL.
    const cost = async (first: number) => (await countQueries(orm, () => events('bm_a')({ first }))).count;
    const two = await cost(2);
    expect(two).toBeGreaterThanOrEqual(2);
    expect(await cost(20)).toBe(two);

    // Another branch sees its own and the company-wide event only; analysts every event.
    const b = await all(events('bm_b'), 100);
    expect(b.items.map((e) => e.title).sort()).toEqual([company.title, xianyang.title].sort());
    expect((await all(events('am_a'), 100)).total).toBe(23);
    expect((await all(events('analyst'), 7)).total).toBe(24);

    // The deprecated list answers as before: the same events (ties in its order are unordered).
    const old = await ok<{ customerEvents: Ev[] }>('bm_a', '{ customerEvents { id title } }');
    expect(old.customerEvents.map((e) => e.id).sort()).toEqual(forward.items.map((e) => e.id).sort());
  });

  it('pages an event’s invitations both ways by MID, only the merchants in scope', async () => {
    const forward = await all(invitations('admin', company.id), 4);
    expect(forward.total).toBe(N);
    expect(forward.pages).toBe(8);
    const mids = forward.items.map((i) => i.mid);
    expect(mids).toEqual([...mids].sort());
    expect(new Set(mids).size).toBe(N);
    expect((await all(invitations('admin', company.id), 4, true)).items).toEqual(forward.items);

    const a = await all(invitations('bm_a', company.id), 4);
    const b = await all(invitations('bm_b', company.id), 4, true);
    expect(a.total).toBe(15);
    expect(b.total).toBe(15);
    expect([...a.items, ...b.items].map((i) => i.mid).sort()).toEqual(mids);
    expect(a.items.some((i) => b.items.some((j) => j.mid === i.mid))).toBe(false);
    // The old field: the same invitations, by MID.
    const old = await ok<{ customerEvent: { invitations: Inv[] } }>(
      'bm_a',
      'query($e: ID) { customerEvent(event: $e) { invitations { id mid } } }',
      { e: company.id },
    );
    expect(old.customerEvent.invitations).toEqual(a.items);

    // An invitation is a node too; another branch's merchant's answers as one that does not exist.
    const mine = a.items[0]!;
    expect(parseGlobalId(mine.id)?.type).toBe('EventInvitation');
    expect(
      (await ok<{ node: { mid: string; rsvp: string } }>('bm_a', NODE, { id: mine.id })).node,
    ).toMatchObject({
      __typename: 'EventInvitation',
      id: mine.id,
      mid: mine.mid,
      rsvp: 'pending',
    });
    const theirs = await gql('bm_b', NODE, { id: mine.id });
    expect(theirs).toEqual(
      await gql('bm_b', NODE, { id: globalId('EventInvitation', `1_${'9'.repeat(15)}`) }),
    );
    expect(theirs.data).toEqual({ node: null });
  });

  it('shows another branch manager neither the event nor its invitations', async () => {
    await ok('bm_a', 'mutation($e: ID) { inviteToEvent(event: $e) { invited } }', { e: xian.id });
    expect((await all(invitations('bm_a', xian.id), 10)).total).toBe(15);
    const r = await gql('bm_b', INVITATIONS, { event: xian.id, first: 10 });
    expect(r).toEqual({ data: { customerEvent: null } });
    const [inv] = await sql<{ mid: string }[]>(
      'select m.mid from event_invitation i join merchant m on m.id = i.merchant_id where i.event_id = ? limit 1',
      [Number(rowId(xian.id))],
    );
    const key = `${rowId(xian.id)}_${inv!.mid}`;
    expect((await gql('bm_b', NODE, { id: globalId('EventInvitation', key) })).data).toEqual({ node: null });
    expect(
      (await ok<{ node: { mid: string } }>('bm_a', NODE, { id: globalId('EventInvitation', key) })).node.mid,
    ).toBe(inv!.mid);
    // Their mutations answer another branch's event as one that does not exist.
    for (const mutation of [
      'mutation($e: ID) { inviteToEvent(event: $e) { invited } }',
      `mutation($e: ID) { respondToInvitation(event: $e, mid: "${inv!.mid}", rsvp: "yes") }`,
    ]) {
      const theirs = await gql('bm_b', mutation, { e: xian.id });
      const none = await gql('bm_b', mutation, { e: globalId('CustomerEvent', 99_999_999) });
      expect(codeOf(theirs)).toBe('NOT_FOUND');
      expect(JSON.stringify(theirs).replace(/"requestId":"[^"]*"/g, '')).toBe(
        JSON.stringify(none).replace(/"requestId":"[^"]*"/g, ''),
      );
    }
  });

  it('still takes the deprecated Int arguments, and a bare row id in event', async () => {
    const ev = await create('bm_a', '旧接口活动', '2027-03-01T02:00:00Z');
    const id = Number(rowId(ev.id));
    expect(
      (await ok<{ customerEvent: Ev }>('bm_a', `{ customerEvent(id: ${id}) { id title } }`)).customerEvent,
    ).toEqual(ev);
    const run = await ok<{ inviteToEvent: { invited: number } }>(
      'bm_a',
      `mutation { inviteToEvent(eventId: ${id}) { invited } }`,
    );
    expect(run.inviteToEvent.invited).toBe(15);
    const mid = (await all(invitations('bm_a', ev.id), 1)).items[0]!.mid;
    await ok('am_a', `mutation { respondToInvitation(eventId: ${id}, mid: "${mid}", rsvp: "no") }`);
    const attended = await ok<{ recordEventAttendance: string }>(
      'am_a',
      `mutation { recordEventAttendance(event: "${id}", mid: "${mid}") }`,
    );
    // The attendance answers the interaction's global id, which node(id) fetches.
    const interaction = await ok<{ node: { __typename: string } }>('am_a', NODE, {
      id: attended.recordEventAttendance,
    });
    expect(interaction.node.__typename).toBe('Interaction');
    const again = await gql('am_a', `mutation { recordEventAttendance(eventId: ${id}, mid: "${mid}") }`);
    expect(codeOf(again)).toBe('CONFLICT');
    const [row] = await sql<{ rsvp: string; attended: boolean }[]>(
      `select i.rsvp, i.attended_at is not null as attended from event_invitation i
       join merchant m on m.id = i.merchant_id where i.event_id = ? and m.mid = ?`,
      [id, mid],
    );
    expect(row).toEqual({ rsvp: 'yes', attended: true });
    const { customerEvent } = await ok<{ customerEvent: { accepted: number; attended: number } }>(
      'bm_a',
      `{ customerEvent(id: ${id}) { accepted attended } }`,
    );
    expect(customerEvent).toEqual({ accepted: 1, attended: 1 });
  });

  it('refuses neither or both of event and the Int argument, ids of other types and foreign cursors', async () => {
    const e = xian.id;
    const id = Number(rowId(xian.id));
    for (const [query, vars] of [
      ['{ customerEvent { id } }', {}],
      ['query($e: ID, $id: Int) { customerEvent(event: $e, id: $id) { id } }', { e, id }],
      ['mutation { inviteToEvent { invited } }', {}],
      ['mutation($e: ID, $id: Int) { inviteToEvent(event: $e, eventId: $id) { invited } }', { e, id }],
      [`mutation { respondToInvitation(mid: "x", rsvp: "yes") }`, {}],
      ['mutation($e: ID, $id: Int) { recordEventAttendance(event: $e, eventId: $id, mid: "x") }', { e, id }],
    ] as const) {
      const r = await gql('bm_a', query, vars);
      expect(codeOf(r), query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field, query).toBe('event');
      expect(r.errors?.[0]?.message, query).toMatch(/^event: give event \(the global id\) or the deprecated/);
    }
    const other = await gql('bm_a', 'mutation($e: ID) { inviteToEvent(event: $e) { invited } }', {
      e: globalId('Merchant', '898610000000001'),
    });
    expect(other.errors?.[0]?.message).toBe('event: not a CustomerEvent id');
    // A cursor of the invitations is not one of the events, nor the other way round; no forged key reaches SQL.
    const invCursor = (await invitations('admin', company.id)({ first: 1 })).pageInfo.endCursor;
    const evCursor = (await events('bm_a')({ first: 1 })).pageInfo.endCursor;
    const forged = (keys: unknown[]) => Buffer.from(JSON.stringify(keys)).toString('base64url');
    for (const after of [
      invCursor,
      forged(['customerEvents', 'yesterday', 1]),
      forged(['customerEvents', 1, 1]),
    ]) {
      const r = await gql('bm_a', EVENTS, { first: 5, after });
      expect(r.errors?.[0]?.message).toBe('after: not a cursor from this list');
    }
    for (const before of [evCursor, forged(['eventInvitations', 7])]) {
      const r = await gql('admin', INVITATIONS, { event: company.id, last: 5, before });
      expect(r.errors?.[0]?.message).toBe('before: not a cursor from this list');
    }
  });
});
