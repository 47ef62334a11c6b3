import { describe, expect, it } from 'vitest';
import { bothWays, type Conn, PAGE_INFO } from './support/both-ways.ts';
import { mid } from './support/fixtures.ts';
import { BAOJI, XIAN, XIANYANG } from './support/merchant-lists-seed.ts';
import { useMerchantListsServer } from './support/merchant-lists-server.ts';

// The lists that sum many merchants up (points by branch, the maintenance KPIs) and a merchant's
// points ledger, which grew without page information, as Relay connections: each pages both ways,
// counts, keeps the old field's scope and roles, and the old field answers as before.

describe('points, KPI aggregates and the points ledger as Relay connections', () => {
  const { server, tokens } = useMerchantListsServer();

  describe('Query.pointsByBranchConnection', () => {
    type B = { branch: string; merchants: number; outstanding: number };
    const read = async (vars: Record<string, unknown>, login = 'admin') => {
      const r = await server.gql<{ pointsByBranchConnection: Conn<B> }>(
        `query($first: Int, $after: String, $last: Int, $before: String) {
          pointsByBranchConnection(first: $first, after: $after, last: $last, before: $before) {
            ${PAGE_INFO} edges { cursor node { branch merchants outstanding } }
          }
        }`,
        vars,
        tokens[login],
      );
      expect(r.errors).toBeUndefined();
      return r.data!.pointsByBranchConnection;
    };
    const old = async (login: string) => {
      const r = await server.gql<{ pointsByBranch: B[] }>(
        'query { pointsByBranch { branch merchants outstanding } }',
        {},
        tokens[login],
      );
      expect(r.errors).toBeUndefined();
      return r.data!.pointsByBranch;
    };

    it('pages the branches most points first, both ways, and counts them', async () => {
      const items = await bothWays(read, 2, (n) => n.branch);
      expect(items).toEqual([
        { branch: XIANYANG, merchants: 1, outstanding: 500 },
        { branch: BAOJI, merchants: 1, outstanding: 300 },
        { branch: XIAN, merchants: 2, outstanding: 252 },
      ]);
      expect(await old('admin')).toEqual(items);
    });

    it('keeps the old field’s scope: a branch manager and an account manager see their own', async () => {
      for (const login of ['bm', 'am_a', 'am_b', 'analyst']) {
        const page = await read({ first: 100 }, login);
        expect(page.edges.map((e) => e.node)).toEqual(await old(login));
        expect(page.totalCount).toBe(page.edges.length);
      }
      expect((await read({ first: 100 }, 'bm')).edges.map((e) => e.node.branch)).toEqual([XIAN]);
      expect((await read({ first: 100 }, 'am_a')).edges.map((e) => e.node)).toEqual([
        { branch: XIAN, merchants: 2, outstanding: 252 },
      ]);
      const anonymous = await server.gql('query { pointsByBranchConnection(first: 2) { totalCount } }');
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('Query.maintenanceKpisConnection', () => {
    type K = { key: string; name: string; visits: number; calls: number; otherContacts: number };
    const FIELDS = 'key name visits calls otherContacts keyCustomers keyOnCadence overdueTasks';
    const read = async (vars: Record<string, unknown>, login = 'admin', by = 'MANAGER') => {
      const r = await server.gql<{ maintenanceKpisConnection: Conn<K> }>(
        `query($by: KpiGrouping!, $first: Int, $after: String, $last: Int, $before: String) {
          maintenanceKpisConnection(period: "2026-06", by: $by, first: $first, after: $after, last: $last, before: $before) {
            ${PAGE_INFO} edges { cursor node { ${FIELDS} } }
          }
        }`,
        { by, ...vars },
        tokens[login],
      );
      return r;
    };
    const page = async (vars: Record<string, unknown>, login = 'admin', by = 'MANAGER') => {
      const r = await read(vars, login, by);
      expect(r.errors).toBeUndefined();
      return r.data!.maintenanceKpisConnection;
    };
    const old = async (login: string, by = 'MANAGER') => {
      const r = await server.gql<{ maintenanceKpis: K[] }>(
        `query($by: KpiGrouping!) { maintenanceKpis(period: "2026-06", by: $by) { ${FIELDS} } }`,
        { by },
        tokens[login],
      );
      expect(r.errors).toBeUndefined();
      return r.data!.maintenanceKpis;
    };
    const byKey = (rows: K[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));

    it('pages the rows by manager, both ways, and counts them', async () => {
      const items = await bothWays(
        (v) => page(v),
        2,
        (n) => n.key,
      );
      expect(items.map((n) => n.key)).toEqual(['am_a', 'am_b', 'am_c', 'am_d', 'bm']);
      expect(items.find((n) => n.key === 'am_a')).toMatchObject({ visits: 3, calls: 2, otherContacts: 0 });
      expect(items.find((n) => n.key === 'bm')).toMatchObject({ visits: 1, calls: 0, otherContacts: 2 });
      expect(items).toEqual(byKey(await old('admin')));
    });

    it('pages the rows by branch as the old field groups them', async () => {
      const items = await bothWays(
        (v) => page(v, 'admin', 'BRANCH'),
        2,
        (n) => n.key,
      );
      expect(new Set(items.map((n) => n.key))).toEqual(new Set([XIAN, XIANYANG, BAOJI]));
      expect(items).toEqual(byKey(await old('admin', 'BRANCH')));
    });

    it('keeps the old field’s scope and refuses operations staff as the old field does', async () => {
      for (const login of ['bm', 'am_a', 'am_b', 'analyst']) {
        const p = await page({ first: 100 }, login);
        expect(p.edges.map((e) => e.node)).toEqual(byKey(await old(login)));
        expect(p.totalCount).toBe(p.edges.length);
      }
      expect((await page({ first: 100 }, 'bm')).edges.map((e) => e.node.key)).toEqual(['am_a', 'am_c', 'bm']);
      expect((await page({ first: 100 }, 'am_a')).edges.map((e) => e.node.key)).toEqual(['am_a', 'bm']);
      const refused = await read({ first: 2 }, 'ops');
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refusedOld = await server.gql(
        'query { maintenanceKpis(period: "2026-06") { key } }',
        {},
        tokens.ops,
      );
      expect(refusedOld.errors?.[0]?.message).toBe(refused.errors?.[0]?.message);
    });
  });

  describe('PointsAccount.entriesConnection', () => {
    type E = { id: string; points: number; balanceAfter: number; reason: string; createdAt: string };
    const FIELDS = 'id kind points balanceAfter source actor reason createdAt';
    const read = async (m: string, vars: Record<string, unknown>, login = 'admin') => {
      const r = await server.gql<{ merchant: { points: { entriesConnection: Conn<E> } } | null }>(
        `query($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
          merchant(mid: $mid) { points {
            entriesConnection(first: $first, after: $after, last: $last, before: $before) {
              ${PAGE_INFO} edges { cursor node { ${FIELDS} } }
            }
          } }
        }`,
        { mid: m, ...vars },
        tokens[login],
      );
      expect(r.errors).toBeUndefined();
      return r.data!.merchant?.points.entriesConnection ?? null;
    };

    it('pages the statement newest first, both ways, and counts it', async () => {
      const items = await bothWays(
        (v) => read(mid(1), v) as Promise<Conn<E>>,
        3,
        (n) => n.id,
      );
      expect(items.map((n) => n.reason)).toEqual([
        'entry 6',
        'entry 5',
        'entry 4',
        'entry 3',
        'entry 2',
        'entry 1',
        'entry 0',
      ]);
      expect(items.map((n) => n.balanceAfter)).toEqual([212, 205, 210, 200, 180, 150, 100]);
      const r = await server.gql<{ merchant: { points: { entries: E[] } } }>(
        `query { merchant(mid: "${mid(1)}") { points { entries(first: 100) { ${FIELDS} } } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.merchant.points.entries).toEqual(items);
      const old = await server.gql<{ merchant: { points: { entries: E[] } } }>(
        `query { merchant(mid: "${mid(1)}") { points { entries(first: 2) { id } } } }`,
        {},
        tokens.admin,
      );
      expect(old.data!.merchant.points.entries.map((e) => e.id)).toEqual(items.slice(0, 2).map((e) => e.id));
    });

    it('keeps the merchant’s scope and refuses a forged cursor', async () => {
      expect(await read(mid(1), { first: 2 }, 'am_b')).toBeNull();
      expect((await read(mid(5), { first: 2 }, 'am_b'))!.totalCount).toBe(1);
      const forged = Buffer.from(JSON.stringify(['pointsEntries', '1; drop'])).toString('base64url');
      const r = await server.gql(
        `query { merchant(mid: "${mid(1)}") { points { entriesConnection(before: "${forged}") { totalCount } } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors?.[0]?.message).toBe('before: not a cursor from this list');
    });
  });
});
