// What one request asks the database: the lookups that many fields of a query repeat (a period's
// tier scheme, whether its snapshot exists, whether its stored ranking is fresh) are asked once per
// request (platform/cache/request-memo.ts), and a merchant's tiers in several periods are one batch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { countQueries, seedUser, startServer } from './support/test-server.ts';

const BRANCH = '咸阳分公司';
const N = 30;
// Three full months before this one; the last two get a stored snapshot, the first is ranked live.
const m3 = addDays(`${businessToday().slice(0, 7)}-01`, -3).slice(0, 7);
const m2 = addDays(`${m3}-01`, -3).slice(0, 7);
const m1 = addDays(`${m2}-01`, -3).slice(0, 7);

const PYRAMID_PAGE = `query($p: String!, $c: String!) {
  pyramid(period: $p) { merchantCount tiers { tier merchantCount } }
  previous: pyramid(period: $c) { merchantCount }
  lorenz(period: $p, points: 10) { merchantShare profitShare }
  tierMigration(from: $c, to: $p) { cells { fromTier toTier merchantCount } }
}`;
const MERCHANT_PAGE = `query($mid: String!, $a: String!, $b: String!, $c: String!) {
  merchant(mid: $mid) { mid t0: tier(period: $a) t1: tier(period: $b) t2: tier(period: $c) }
}`;

describe('lookups once per request', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'analyst', 'analyst');
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    dir = mkdtempSync(join(tmpdir(), 'cs-lookups-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++)
      for (const [k, m] of [m1, m2, m3].entries())
        lines.push(
          `${m}-10,${mid(i)},10,30000.00,0,0.00,${(k % 2 ? 5000 - i * 90 : 1000 + i * 90).toFixed(2)},30.00,10.00`,
        );
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's.csv'));
    await computeTierSnapshot(orm, m2, 'test');
    await computeTierSnapshot(orm, m3, 'test');
    server = await startServer(orm);
    token = await server.login('analyst');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const matching = (sql: string[], re: RegExp) => sql.filter((s) => re.test(s)).length;

  it('asks each period its scheme, ranking state and snapshot in one statement for the whole pyramid page', async () => {
    const { result, sql } = await countQueries(orm, () => server.gql(PYRAMID_PAGE, { p: m3, c: m2 }, token));
    expect(result.errors).toBeUndefined();
    // Two periods: one lookup each, for four fields that use them (the migration asks for the
    // snapshots, the pyramids and the curve for the scheme and the ranking).
    const lookups = sql.filter((s) => /from tier_scheme/.test(s));
    expect(lookups).toHaveLength(2);
    for (const s of lookups) expect(s).toMatch(/from period_rank_state[\s\S]*from tier_snapshot_run/);
    expect(matching(sql, /from period_rank_state|from tier_snapshot_run/)).toBe(2);
  });

  it('reads a merchant’s tiers in three periods as one batch, and the same tiers one by one', async () => {
    const vars = { mid: mid(7), a: m3, b: m2, c: m1 };
    const { result, sql } = await countQueries(orm, () => server.gql(MERCHANT_PAGE, vars, token));
    expect(result.errors).toBeUndefined();
    // Which periods have a snapshot, and the snapshotted periods' rows: one statement for all three;
    // the period ranked live: its scheme and ranking state in one, not asked about again.
    expect(matching(sql, /from unnest[\s\S]*tier_snapshot_run[\s\S]*tier_snapshot s/)).toBe(1);
    // Nothing else asks about snapshots: the batch, and the live period's lookup (which tells it has none).
    expect(matching(sql, /tier_snapshot_run/)).toBe(2);
    expect(matching(sql, /from tier_scheme/)).toBe(1);
    expect(matching(sql, /from period_rank_state/)).toBe(1);
    const tiers = (result.data as { merchant: Record<string, string | null> }).merchant;
    for (const [field, period] of [
      ['t0', m3],
      ['t1', m2],
      ['t2', m1],
    ] as const) {
      const alone = await server.gql<{ merchant: { tier: string | null } }>(
        'query($mid: String!, $p: String!) { merchant(mid: $mid) { tier(period: $p) } }',
        { mid: mid(7), p: period },
        token,
      );
      expect(tiers[field]).toBe(alone.data!.merchant.tier);
      expect(tiers[field]).not.toBeNull();
    }
  });

  it('keeps nothing from one request to the next', async () => {
    // The memo lives with the request: the next request asks again.
    const first = await countQueries(orm, () => server.gql(PYRAMID_PAGE, { p: m3, c: m2 }, token));
    const second = await countQueries(orm, () => server.gql(PYRAMID_PAGE, { p: m3, c: m2 }, token));
    expect(matching(first.sql, /from tier_scheme/)).toBe(2);
    expect(matching(second.sql, /from tier_scheme/)).toBe(2);
  });
});
