import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// One settlement row on the 10th of each month: amount and profit chosen per merchant and month.
const row = (month: string, i: number, amount: number, profit: number) => {
  const merchantFee = Math.max(profit, 0) + 50;
  const issuer = merchantFee - profit - 10;
  return `${month}-10,${mid(i)},10,${amount.toFixed(2)},0,0.00,${merchantFee.toFixed(2)},${issuer.toFixed(2)},10.00`;
};

const LIST = (
  name: string,
) => `query($f: MerchantFilter) { ${name}(period: "2026-10", first: 100, filter: $f) {
  totalCount edges { node { merchant { mid } tier reasons detail } } } }`;
type ListData = Record<
  string,
  { totalCount: number; edges: { node: { merchant: { mid: string }; tier: string; reasons: string[] } }[] }
>;

describe('lists that act on the tiers', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '渭南分公司');
    await seedUser(orm, 'analyst', 'analyst');
    const dir = mkdtempSync(join(tmpdir(), 'cs-lists-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), 100, { manager: 'am', branch: '渭南分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (const month of ['2026-07', '2026-08', '2026-09', '2026-10']) {
      // Merchants 1..96: steady, profit falling with i, so tiers are stable.
      for (let i = 1; i <= 96; i++) lines.push(row(month, i, 30_000, 2000 - i * 20));
    }
    // 97: small, growing 100 → 110 → 130 over Aug..Oct.
    lines.push(row('2026-08', 97, 5000, 100), row('2026-09', 97, 5000, 110), row('2026-10', 97, 5000, 130));
    // 98: stopped settling after September 10th: dormant by the end of October.
    lines.push(row('2026-08', 98, 9000, 50), row('2026-09', 98, 9000, 50));
    // 99: loses money three months running.
    lines.push(row('2026-08', 99, 9000, -40), row('2026-09', 99, 9000, -30), row('2026-10', 99, 9000, -20));
    // 100: volume collapses in October against its July–September average.
    for (const m of ['2026-07', '2026-08', '2026-09']) lines.push(row(m, 100, 30_000, 60));
    lines.push(row('2026-10', 100, 9_000, 20));
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    server = await startServer(orm);
    token = await server.login('analyst');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('lists the growing small merchant with upgrade potential and its reason', async () => {
    const r = await server.gql<ListData>(LIST('upgradeCandidates'), {}, token);
    expect(r.errors).toBeUndefined();
    const found = r.data!.upgradeCandidates!.edges.find((e) => e.node.merchant.mid === mid(97));
    expect(found?.node.reasons).toContain('growth');
    expect(['ORDINARY', 'SMALL']).toContain(found?.node.tier);
    for (const e of r.data!.upgradeCandidates!.edges) expect(['ORDINARY', 'SMALL']).toContain(e.node.tier);
  });

  it('lists dormant and collapsing merchants as churn risks', async () => {
    const r = await server.gql<ListData>(LIST('churnRisks'), {}, token);
    expect(r.errors).toBeUndefined();
    const reasons = new Map(r.data!.churnRisks!.edges.map((e) => [e.node.merchant.mid, e.node.reasons]));
    // No October volume against a July–September average of 6,000: both reasons hold.
    expect(reasons.get(mid(98))).toEqual(['dormant', 'volume_drop']);
    expect(reasons.get(mid(100))).toEqual(['volume_drop']);
    expect(reasons.has(mid(1))).toBe(false);
  });

  it('lists only the merchant with three loss-making months as a poor-quality candidate', async () => {
    const r = await server.gql<ListData>(LIST('poorQualityCandidates'), {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.poorQualityCandidates!.edges.map((e) => e.node.merchant.mid)).toEqual([mid(99)]);
    expect(r.data!.poorQualityCandidates!.totalCount).toBe(1);
  });

  it('pages each list forward and backward over the same merchants, and fetches an item again by its id', async () => {
    const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
      churnRisks(period: "2026-10", first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { id merchant { mid } reasons } }
      }
    }`;
    type Page = {
      churnRisks: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
        edges: { node: { id: string; merchant: { mid: string }; reasons: string[] } }[];
      };
    };
    const read = async (vars: Record<string, unknown>) => {
      const r = await server.gql<Page>(PAGE, vars, token);
      expect(r.errors).toBeUndefined();
      return r.data!.churnRisks;
    };
    const forward: string[] = [];
    for (let after: string | null = null; ; ) {
      const p = await read({ first: 1, after });
      forward.push(...p.edges.map((e) => e.node.merchant.mid));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward.length).toBeGreaterThan(1);
    const backward: string[] = [];
    for (let before: string | null = null; ; ) {
      const p = await read({ last: 1, before });
      backward.unshift(...p.edges.map((e) => e.node.merchant.mid));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    const item = (await read({ first: 1 })).edges[0]!.node;
    const NODE = `query($id: ID!) { node(id: $id) { id ... on MerchantInsight { merchant { mid } reasons } } }`;
    const again = await server.gql(NODE, { id: item.id }, token);
    expect(again.data).toEqual({ node: item });
  });
});
