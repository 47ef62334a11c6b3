import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { countQueries, seedUser, startServer } from './support/test-server.ts';

const LIST = `query($first: Int, $after: String, $filter: MerchantFilter) {
  merchants(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { mid name category branch status manager { login } feePlan { kind rate cap listRate discount } contact { mobile } } }
  }
}`;

describe('GraphQL merchants over HTTP', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let analyst: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am_a', 'account_manager', '西安分公司');
    await seedUser(orm, 'am_b', 'account_manager', '咸阳分公司');
    await seedUser(orm, 'bm_xy', 'branch_manager', '咸阳分公司');
    await seedUser(orm, 'analyst', 'analyst');
    const file = join(mkdtempSync(join(tmpdir(), 'cs-gql-')), 'm.csv');
    await writeMerchantsCsv(file, 250, {
      manager: (i) => (i % 2 ? 'am_a' : 'am_b'),
      branch: (i) => (i % 2 ? '西安分公司' : '咸阳分公司'),
      edit: (i, line) => (i === 7 ? line.replace('测试商户7号店', '大唐不夜城火锅店') : line),
    });
    const summary = await importMerchants(orm, file);
    expect(summary.inserted).toBe(250);
    server = await startServer(orm);
    analyst = await server.login('analyst');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('refuses anonymous callers', async () => {
    const r = await server.gql(LIST, { first: 5 });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data ?? null).toBeNull();
  });

  it('pages through all merchants with cursors, totalCount fixed', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      type Page = {
        merchants: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { mid: string } }[];
        };
      };
      const r: { data?: Page; errors?: unknown } = await server.gql<Page>(
        LIST,
        { first: 100, after },
        analyst,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.merchants.totalCount).toBe(250);
      seen.push(...r.data!.merchants.edges.map((e) => e.node.mid));
      if (!r.data!.merchants.pageInfo.hasNextPage) break;
      after = r.data!.merchants.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect([...seen].sort()).toEqual(seen);
  });

  it('runs a bounded number of SQL statements whatever the page size', async () => {
    const small = await countQueries(orm, () => server.gql(LIST, { first: 5 }, analyst));
    const large = await countQueries(orm, () => server.gql(LIST, { first: 100 }, analyst));
    expect((large.result as { errors?: unknown }).errors).toBeUndefined();
    // Session lookup, page, count: the same for 5 rows and for 100.
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(4);
    // The count runs only when the request reads totalCount (look-ahead on the selection), also
    // when it is asked for through a fragment.
    const withoutCount = await countQueries(orm, () =>
      server.gql('{ merchants(first: 100) { edges { node { mid } } } }', {}, analyst),
    );
    expect(withoutCount.count).toBe(large.count - 1);
    const throughFragment = await countQueries(orm, () =>
      server.gql(
        '{ merchants(first: 100) { ...Counted } } fragment Counted on MerchantConnection { totalCount }',
        {},
        analyst,
      ),
    );
    expect(throughFragment.count).toBe(large.count);
    expect(
      (throughFragment.result as { data: { merchants: { totalCount: number } } }).data.merchants.totalCount,
    ).toBe(250);
  });

  it('limits first to 1..100', async () => {
    const r = await server.gql(LIST, { first: 1000 }, analyst);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by branch, category, manager and a Chinese text search', async () => {
    const q = async (filter: Record<string, unknown>) =>
      (
        await server.gql<{
          merchants: {
            totalCount: number;
            edges: { node: { name: string; branch: string; category: string } }[];
          };
        }>(LIST, { first: 100, filter }, analyst)
      ).data!.merchants;
    expect((await q({ branch: '咸阳分公司' })).totalCount).toBe(125);
    expect((await q({ category: '餐娱类' })).totalCount).toBe(50);
    expect((await q({ category: 'dining' })).totalCount).toBe(50);
    expect(
      (await q({ manager: 'am_a', category: '餐娱类' })).edges.every((e) => e.node.branch === '西安分公司'),
    ).toBe(true);
    const found = await q({ search: '不夜城' });
    expect(found.totalCount).toBe(1);
    expect(found.edges[0]!.node.name).toBe('大唐不夜城火锅店');
    expect((await q({ search: '898610000000007' })).totalCount).toBe(1);
  });

  it('answers merchant(mid) with fee plan, masked contact and list-rate discount', async () => {
    const r = await server.gql<{
      merchant: {
        name: string;
        category: string;
        feePlan: { kind: string; rate: string; listRate: string; discount: string; cap: string | null };
        contact: { mobile: string };
      };
    }>(
      'query { merchant(mid: "898610000000004") { name category feePlan { kind rate cap listRate discount } contact { mobile } } }',
      {},
      analyst,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.merchant.category).toBe('auto_realty');
    expect(r.data!.merchant.feePlan).toEqual({
      kind: 'capped',
      rate: '0.0125',
      cap: '80.00',
      listRate: '0.0125',
      discount: '0',
    });
    expect(r.data!.merchant.contact.mobile).toMatch(/^139\*{4}\d{4}$/);
  });

  it('scopes an account manager to their own merchants and a branch manager to the branch', async () => {
    const amA = await server.login('am_a');
    const own = await server.gql<{ merchants: { totalCount: number } }>(LIST, { first: 10 }, amA);
    expect(own.data!.merchants.totalCount).toBe(125);
    // Merchant 2 belongs to am_b: for am_a it is as if it did not exist.
    const other = await server.gql<{ merchant: unknown }>(
      'query { merchant(mid: "898610000000002") { mid } }',
      {},
      amA,
    );
    expect(other.errors).toBeUndefined();
    expect(other.data!.merchant).toBeNull();
    const bm = await server.login('bm_xy');
    const branch = await server.gql<{ merchants: { totalCount: number } }>(
      LIST,
      { first: 10, filter: { branch: '西安分公司' } },
      bm,
    );
    expect(branch.data!.merchants.totalCount).toBe(0);
  });

  it('logs in with me, and a revoked token is refused on the next request', async () => {
    const token = await server.login('am_b');
    const me = await server.gql<{ me: { login: string; role: string; branch: string } }>(
      'query { me { login role branch } }',
      {},
      token,
    );
    expect(me.data!.me).toEqual({ login: 'am_b', role: 'account_manager', branch: '咸阳分公司' });
    const out = await server.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(out.data!.logout).toBe(true);
    const after = await server.gql(LIST, { first: 1 }, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await server.gql('mutation { login(login: "am_b", password: "wrong-password") { token } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
