import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import { countQueries, seedUser } from './support/test-server.ts';

// My work's product follow-ups score every key and potential customer of the caller's scope. They
// were scored one merchant at a time (six statements each: seconds for a branch); now all at once.
// The batch must give each merchant exactly what its own merchant page gives, in a fixed number of
// statements however many merchants there are.

const XIAN = '西安分公司';
const WEINAN = '渭南分公司';
const N = 80;
const today = businessToday();
const lastMonthDay = addDays(`${today.slice(0, 7)}-01`, -3);
const lastMonth = lastMonthDay.slice(0, 7);
const monthBefore = addDays(`${lastMonth}-01`, -3);

async function seed(orm: Orm) {
  await seedUser(orm, 'am_x', 'account_manager', XIAN);
  await seedUser(orm, 'am_w', 'account_manager', WEINAN);
  await seedUser(orm, 'admin', 'admin');
  const dir = mkdtempSync(join(tmpdir(), 'cs-rec-work-'));
  await writeMerchantsCsv(join(dir, 'm.csv'), N, {
    manager: (i) => (i % 2 ? 'am_x' : 'am_w'),
    branch: (i) => (i % 2 ? XIAN : WEINAN),
  });
  await importMerchants(orm, join(dir, 'm.csv'));
  const lines: string[] = [];
  for (let i = 1; i <= N; i++) {
    const fee = 6000 - i * 40;
    lines.push(
      `${lastMonthDay},${mid(i)},${10 + (i % 7)},${(900_000 - i * 9_000).toFixed(2)},0,0.00,${fee}.00,40.00,10.00`,
    );
    lines.push(
      `${monthBefore},${mid(i)},${8 + (i % 5)},${(600_000 + i * 1_000).toFixed(2)},0,0.00,${fee}.00,40.00,10.00`,
    );
  }
  await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
  await importSettlements(orm, join(dir, 's.csv'));
  await computeTierSnapshot(orm, lastMonth, 'test');
}

type Top = {
  merchant: { mid: string };
  top: { product: { code: string }; score: number; reasonsEn: string[] };
};

describe('My work’s product follow-ups, scored all at once', () => {
  const { server, tokens, orm } = useSeededServer(seed, ['am_x', 'am_w', 'admin']);
  const WORK =
    '{ recommendationWork(first: 50) { merchant { mid } top { product { code } score reasonsEn } } }';
  const work = async (token: string | undefined) => {
    const r = await server.gql<{ recommendationWork: Top[] }>(WORK, {}, token);
    expect(r.errors).toBeUndefined();
    return r.data!.recommendationWork;
  };

  it('gives each merchant the top recommendation of its own page, with peers of its own branch', async () => {
    // Peers take up a product: merchants of one branch and band see it adopted, the others do not.
    const offer = `mutation($mid: String!) { recordProductOffer(mid: $mid, product: "qr_acceptance", outcome: "accepted") { id } }`;
    for (const i of [61, 63, 65, 67, 69, 71]) {
      const r = await server.gql(offer, { mid: mid(i) }, tokens.admin);
      expect(r.errors).toBeUndefined();
    }
    const all = await work(tokens.admin);
    expect(all.length).toBeGreaterThan(5);
    for (const w of all) {
      const own = await server.gql<{
        merchant: { recommendationsConnection: { edges: { node: Top['top'] }[] } };
      }>(
        `{ merchant(mid: "${w.merchant.mid}") { recommendationsConnection(first: 1) { edges { node { product { code } score reasonsEn } } } } }`,
        {},
        tokens.admin,
      );
      expect(own.errors).toBeUndefined();
      expect(w.top).toEqual(own.data!.merchant.recommendationsConnection.edges[0]!.node);
    }
    const scores = all.map((w) => w.top.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Scope: each account manager sees their own merchants only.
    const mine = await work(tokens.am_x);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((w) => Number(w.merchant.mid.slice(-9)) % 2 === 1)).toBe(true);
  });

  it('runs the same statements for one branch as for the whole company', async () => {
    const one = await countQueries(orm(), () => work(tokens.am_x));
    const all = await countQueries(orm(), () => work(tokens.admin));
    const counts = (r: { result: Top[] }) => r.result.length;
    expect(counts(all)).toBeGreaterThan(counts(one));
    expect(all.count).toBe(one.count);
    // Session, candidates, their merchants, catalogue, profiles, peers, peers' products, offers.
    expect(all.count).toBeLessThanOrEqual(10);
  });
});
