import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { encodeCursor } from '../src/platform/graphql/connection.ts';
import { globalId } from '../src/platform/graphql/node.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// Lists and ids the Relay way, as GitHub's API has them: pages both ways with one cursor format,
// PageInfo in full, and global ids that fetch their object again through node / nodes.

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  merchants(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id mid } }
  }
}`;

interface Page {
  merchants: {
    totalCount: number;
    pageInfo: {
      hasNextPage: boolean;
      hasPreviousPage: boolean;
      startCursor: string | null;
      endCursor: string | null;
    };
    edges: { cursor: string; node: { id: string; mid: string } }[];
  };
}

describe('Relay lists and global ids over HTTP', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let analyst: string;
  let am: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am_a', 'account_manager', '西安分公司');
    await seedUser(orm, 'am_b', 'account_manager', '咸阳分公司');
    await seedUser(orm, 'analyst', 'analyst');
    const file = join(mkdtempSync(join(tmpdir(), 'cs-relay-')), 'm.csv');
    await writeMerchantsCsv(file, 45, {
      manager: (i) => (i % 2 ? 'am_a' : 'am_b'),
      branch: (i) => (i % 2 ? '西安分公司' : '咸阳分公司'),
    });
    expect((await importMerchants(orm, file)).inserted).toBe(45);
    server = await startServer(orm);
    analyst = await server.login('analyst');
    am = await server.login('am_a');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  const page = async (vars: Record<string, unknown>, token = analyst) => {
    const r = await server.gql<Page>(PAGE, vars, token);
    expect(r.errors).toBeUndefined();
    return r.data!.merchants;
  };

  it('pages forward with first/after and backward with last/before over the same items', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const p = await page({ first: 10, after });
      pages++;
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      forward.push(...p.edges.map((e) => e.node.mid));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(pages).toBe(5);
    expect(forward).toHaveLength(45);
    expect([...forward].sort()).toEqual(forward);

    const backward: string[][] = [];
    let before: string | null = null;
    for (;;) {
      const p = await page({ last: 10, before });
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      // Each page is in the list's order, whichever way it was read.
      const mids = p.edges.map((e) => e.node.mid);
      expect([...mids].sort()).toEqual(mids);
      backward.unshift(mids);
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.flat()).toEqual(forward);
    expect(backward[0]).toHaveLength(5);
  });

  it('turns back from the middle: the page before a cursor ends just before it', async () => {
    const second = await page({ first: 10, after: (await page({ first: 10 })).pageInfo.endCursor });
    const back = await page({ last: 10, before: second.pageInfo.startCursor });
    const first = await page({ first: 10 });
    expect(back.edges.map((e) => e.node.mid)).toEqual(first.edges.map((e) => e.node.mid));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
    expect(back.pageInfo.hasNextPage).toBe(true);
  });

  it('answers the same wording for the same mistakes on every list', async () => {
    const audit = `query($after: String) { auditLog(first: 5, after: $after) { totalCount } }`;
    const admin = await (async () => {
      await seedUser(orm, 'admin_relay', 'admin');
      return server.login('admin_relay');
    })();
    const merchantCursor = (await page({ first: 1 })).pageInfo.endCursor;
    const foreign = await server.gql(audit, { after: merchantCursor }, admin);
    expect(foreign.errors?.[0]?.message).toBe('after: not a cursor from this list');
    expect(foreign.errors?.[0]?.extensions?.field).toBe('after');
    const both = await server.gql(PAGE, { first: 5, last: 5 }, analyst);
    expect(both.errors?.[0]?.message).toBe('first, last: give one of them, not both');
    for (const [vars, message] of [
      [{ first: 0 }, 'first: must be between 1 and 100'],
      [{ first: 101 }, 'first: must be between 1 and 100'],
      [{ last: 101 }, 'last: must be between 1 and 100'],
      [{ before: 'bm90IGEgY3Vyc29y' }, 'before: not a cursor from this list'],
    ] as const) {
      const r = await server.gql(PAGE, vars, analyst);
      expect(r.errors?.[0]?.message).toBe(message);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('fetches a merchant and a user again by their global ids, in scope only', async () => {
    const { edges } = await page({ first: 3 });
    const ids = edges.map((e) => e.node.id);
    expect(ids[0]).toBe(globalId('Merchant', edges[0]!.node.mid));
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id __typename ... on Merchant { mid } } }`;
    const r = await server.gql<{ nodes: ({ id: string; mid: string } | null)[] }>(
      NODES,
      { ids: [ids[2], ids[0], 'bm9wZQ'] },
      analyst,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.nodes.map((n) => n?.mid ?? null)).toEqual([edges[2]!.node.mid, edges[0]!.node.mid, null]);

    // am_a owns the odd merchants: another's merchant answers exactly as one that does not exist.
    const NODE = `query($id: ID!) { node(id: $id) { id ... on Merchant { mid } } }`;
    const own = await page({ first: 45 }, am);
    const mine = own.edges[0]!.node;
    expect((await server.gql<{ node: { mid: string } }>(NODE, { id: mine.id }, am)).data!.node.mid).toBe(
      mine.mid,
    );
    const others = edges.find((e) => !own.edges.some((o) => o.node.mid === e.node.mid))!;
    const outside = await server.gql(NODE, { id: others.node.id }, am);
    const missing = await server.gql(NODE, { id: globalId('Merchant', '999999999999999') }, am);
    expect(outside).toEqual(missing);
    expect(outside.data).toEqual({ node: null });

    const ME = `{ me { id login } }`;
    const me = (await server.gql<{ me: { id: string; login: string } }>(ME, {}, am)).data!.me;
    const USER = `query($id: ID!) { node(id: $id) { __typename ... on User { login } } }`;
    expect((await server.gql(USER, { id: me.id }, analyst)).data).toEqual({
      node: { __typename: 'User', login: 'am_a' },
    });
    const otherAm = await server.login('am_b');
    expect((await server.gql(USER, { id: me.id }, otherAm)).data).toEqual({ node: null });

    const tooMany = await server.gql(NODES, { ids: Array.from({ length: 101 }, () => ids[0]) }, analyst);
    expect(tooMany.errors?.[0]?.message).toBe('ids: at most 100 at a time');
  });

  it('pages the tasks both ways too, and fetches a task again by its id', async () => {
    const TASKS = `query($first: Int, $after: String, $last: Int, $before: String) {
      tasks(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { id dueOn } }
      }
    }`;
    type Tasks = {
      tasks: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        edges: { node: { id: string; dueOn: string } }[];
      };
    };
    const read = async (vars: Record<string, unknown>) => {
      const r = await server.gql<Tasks>(TASKS, vars, analyst);
      expect(r.errors).toBeUndefined();
      return r.data!.tasks;
    };
    const forward: string[] = [];
    for (let after: string | null = null; ; ) {
      const p = await read({ first: 7, after });
      forward.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const first = await read({ first: 1 });
    expect(forward.length).toBe(first.totalCount);
    expect(forward.length).toBeGreaterThan(7);
    const backward: string[] = [];
    for (let before: string | null = null; ; ) {
      const p = await read({ last: 7, before });
      backward.unshift(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    const NODE = `query($id: ID!) { node(id: $id) { id __typename ... on MaintenanceTask { dueOn } } }`;
    const task = first.edges[0]!.node;
    const r = await server.gql(NODE, { id: task.id }, analyst);
    expect(r.data).toEqual({ node: { id: task.id, __typename: 'MaintenanceTask', dueOn: task.dueOn } });
    // A merchant cursor is no task cursor.
    const foreign = await server.gql(
      TASKS,
      { first: 5, after: (await page({ first: 1 })).pageInfo.endCursor },
      analyst,
    );
    expect(foreign.errors?.[0]?.message).toBe('after: not a cursor from this list');
    // A cursor of the list's own name whose keys would not cast (a due date that is no date, an id
    // that is no number) is refused in the same words, before the database sees it.
    for (const keys of [
      ['tomorrow', '1'],
      ['2026-02-30', '1'],
      ['2026-06-01', '1; drop table x'],
    ]) {
      const forged = await server.gql(TASKS, { first: 5, after: encodeCursor('tasks', keys) }, analyst);
      expect(forged.errors?.[0]?.message).toBe('after: not a cursor from this list');
      expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
