import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUser, startServer } from './support/test-server.ts';

const BRANCH = '渭南分公司';
const N = 100;
const today = businessToday();
const lastMonthDay = addDays(`${today.slice(0, 7)}-01`, -3);
const lastMonth = lastMonthDay.slice(0, 7);
const monthBefore = addDays(`${lastMonth}-01`, -3);
const fieldsOf = (r: GqlResult<unknown>) =>
  ((r.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field);

interface Rec {
  product: { code: string };
  score: number;
  reasonsEn: string[];
}

describe('added value: recommendations, offers, peer benchmarks, events', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const ok = async <T>(user: string, query: string, variables: Record<string, unknown> = {}) => {
    const r = await server.gql<T>(query, variables, tokens[user]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  const recs = async (i: number) =>
    (
      await ok<{ merchant: { recommendations: Rec[] } }>(
        'am1',
        `{ merchant(mid: "${mid(i)}") { recommendations { product { code } score reasonsEn } } }`,
      )
    ).merchant.recommendations;
  const codes = (r: Rec[]) => r.map((x) => x.product.code);

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'admin', 'admin');
    const dir = mkdtempSync(join(tmpdir(), 'cs-value-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      // Profit falls with i (merchant 1 is the key customer); amount and count vary by merchant.
      const fee = 6000 - i * 40;
      lines.push(
        `${lastMonthDay},${mid(i)},${10 + (i % 7)},${(900_000 - i * 3_000).toFixed(2)},0,0.00,${fee}.00,40.00,10.00`,
      );
      lines.push(
        `${monthBefore},${mid(i)},${8 + (i % 5)},${(600_000 + i * 1_000).toFixed(2)},0,0.00,${fee}.00,40.00,10.00`,
      );
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's.csv'));
    await computeTierSnapshot(orm, lastMonth, 'test');
    server = await startServer(orm);
    for (const u of ['am1', 'bm', 'admin']) tokens[u] = await server.login(u);
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('never recommends a product the merchant holds', async () => {
    const m = 7; // general category, rate plan
    expect(codes(await recs(m))).toContain('qr_acceptance');
    const offer = `mutation($mid: String!, $p: String!, $o: String!) { recordProductOffer(mid: $mid, product: $p, outcome: $o) { id outcome } }`;
    await ok('am1', offer, { mid: mid(m), p: 'qr_acceptance', o: 'ACCEPTED'.toLowerCase() });
    expect(codes(await recs(m))).not.toContain('qr_acceptance');
    const held = await ok<{ merchant: { products: string[] } }>(
      'am1',
      `{ merchant(mid: "${mid(m)}") { products } }`,
    );
    expect(held.merchant.products).toEqual(['qr_acceptance']);
    const again = await server.gql(offer, { mid: mid(m), p: 'qr_acceptance', o: 'offered' }, tokens.am1);
    expect(fieldsOf(again)).toEqual(['product']);
    // A merchant on the capped plan holds it: never recommended, whatever its category.
    for (const i of [3, 8, 13, 4, 9]) expect(codes(await recs(i))).not.toContain('capped_plan');
    // Similar merchants now see the adoption among their peers as a reason.
    const peer = (await recs(2)).find((r) => r.product.code === 'qr_acceptance');
    expect(peer?.reasonsEn.some((s) => /% of similar merchants use it$/.test(s))).toBe(true);
  });

  it('does not recommend a declined product again within its cool-down', async () => {
    const m = 1; // the key customer
    expect(codes(await recs(m))).toContain('e_invoice');
    await ok(
      'am1',
      `mutation { recordProductOffer(mid: "${mid(m)}", product: "e_invoice", outcome: "declined", note: "暂不需要") { id } }`,
    );
    expect(codes(await recs(m))).not.toContain('e_invoice');
    // 89 days later it still waits; after the 90-day cool-down it comes back.
    await sql(`update product_offer set offered_on = ?::date - 89 where product_code = 'e_invoice'`, [today]);
    expect(codes(await recs(m))).not.toContain('e_invoice');
    await sql(`update product_offer set offered_on = ?::date - 90 where product_code = 'e_invoice'`, [today]);
    expect(codes(await recs(m))).toContain('e_invoice');
  });

  it('changes the recommendations when the merchant’s tier changes', async () => {
    const m = 1;
    expect(codes(await recs(m))).toContain('owner_wealth');
    // A new official snapshot in which merchant 1 earns least: it leaves the key tier.
    const dir = mkdtempSync(join(tmpdir(), 'cs-value-'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++)
      lines.push(`${today},${mid(i)},10,10000.00,0,0.00,${100 + i * 10}.00,20.00,5.00`);
    await writeLines(join(dir, 's2.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's2.csv'));
    await computeTierSnapshot(orm, today.slice(0, 7), 'test');
    const after = await recs(m);
    expect(codes(after)).not.toContain('owner_wealth');
    expect(codes(after)).not.toContain('t0_settlement');
    // …and the new key customer gets it.
    expect(codes(await recs(N))).toContain('owner_wealth');
  });

  it('benchmarks a merchant against its peers exactly as an independent count does', async () => {
    const m = 12; // livelihood? whatever its category: peers are its category in its branch
    const r = await ok<{
      merchant: {
        category: string;
        benchmark: {
          peers: number;
          metrics: { metric: string; value: number; percentile: number }[];
          categoryFeeRate: number;
        };
      };
    }>(
      'bm',
      `{ merchant(mid: "${mid(m)}") { category benchmark(period: "${lastMonth}") { peers metrics { metric value percentile peerMedian } categoryFeeRate } } }`,
    );
    const rows = await sql<
      { mid: string; cat: string; amount: string; count: string; fee: string; prev: string | null }[]
    >(
      `select m.mid, m.category_code as cat, s.txn_amount::text as amount, s.txn_count::text as count, s.merchant_fee::text as fee,
              (select p.txn_amount::text from settlement p where p.merchant_id = m.id and p.settle_date = ?) as prev
       from merchant m join settlement s on s.merchant_id = m.id and s.settle_date = ?`,
      [monthBefore, lastMonthDay],
    );
    const self = rows.find((x) => x.mid === mid(m))!;
    const peers = rows.filter((x) => x.cat === self.cat && x.mid !== self.mid);
    expect(r.merchant.benchmark.peers).toBe(peers.length);
    const val = {
      amount: (x: (typeof rows)[number]) => Number(x.amount),
      ticket: (x: (typeof rows)[number]) => Number(x.amount) / Number(x.count),
      growth: (x: (typeof rows)[number]) => (Number(x.amount) - Number(x.prev)) / Number(x.prev),
      feeRate: (x: (typeof rows)[number]) => Number(x.fee) / Number(x.amount),
    };
    for (const [metric, f] of Object.entries(val)) {
      const got = r.merchant.benchmark.metrics.find((x) => x.metric === metric)!;
      let atOrBelow = 0;
      for (const p of peers) if (f(p) <= f(self)) atOrBelow++;
      expect(got.value).toBeCloseTo(f(self), 6);
      expect(got.percentile).toBeCloseTo(atOrBelow / peers.length, 9);
    }
    const sameCat = rows.filter((x) => x.cat === self.cat);
    const rate =
      sameCat.reduce((s, x) => s + Number(x.fee), 0) / sameCat.reduce((s, x) => s + Number(x.amount), 0);
    expect(r.merchant.benchmark.categoryFeeRate).toBeCloseTo(rate, 9);
  });

  it('invites each merchant of an event’s segment once, and records attendance on the timeline', async () => {
    const ev = await ok<{ createCustomerEvent: { id: string } }>(
      'bm',
      `mutation { createCustomerEvent(input: { kind: "club", title: "重要客户年会", startsAt: "2026-12-20T06:00:00Z", location: "渭南" }) { id } }`,
    );
    const id = ev.createCustomerEvent.id;
    const rowId = Number(parseGlobalId(id)!.key);
    const [{ n: keys } = { n: 0 }] = await sql<{ n: number }[]>(
      `select count(*)::int as n from merchant_cadence where tier = 'KEY'`,
    );
    const first = await ok<{ inviteToEvent: { invited: number; alreadyInvited: number } }>(
      'bm',
      `mutation { inviteToEvent(event: "${id}") { invited alreadyInvited } }`,
    );
    expect(first.inviteToEvent).toEqual({ invited: keys, alreadyInvited: 0 });
    const second = await ok<{ inviteToEvent: { invited: number; alreadyInvited: number } }>(
      'bm',
      `mutation { inviteToEvent(event: "${id}") { invited alreadyInvited } }`,
    );
    expect(second.inviteToEvent).toEqual({ invited: 0, alreadyInvited: keys });
    const [inv] = await sql<{ mid: string }[]>(
      'select m.mid from event_invitation i join merchant m on m.id = i.merchant_id where i.event_id = ? limit 1',
      [rowId],
    );
    await ok('am1', `mutation { respondToInvitation(event: "${id}", mid: "${inv!.mid}", rsvp: "yes") }`);
    await ok('am1', `mutation { recordEventAttendance(event: "${id}", mid: "${inv!.mid}") }`);
    const tl = await ok<{ merchant: { timeline: { type: string; kind: string; summary: string }[] } }>(
      'am1',
      `{ merchant(mid: "${inv!.mid}") { timeline(first: 5) { type kind summary } } }`,
    );
    expect(tl.merchant.timeline[0]).toMatchObject({ type: 'INTERACTION', kind: 'training' });
    const e = await ok<{
      customerEvent: {
        invited: number;
        accepted: number;
        attended: number;
        invitationsConnection: {
          totalCount: number;
          edges: { node: { mid: string; rsvp: string; attendedAt: string | null } }[];
        };
      };
    }>(
      'bm',
      `{ customerEvent(event: "${id}") { invited accepted attended
         invitationsConnection(first: 100) { totalCount edges { node { mid rsvp attendedAt } } } } }`,
    );
    const { invitationsConnection, ...counts } = e.customerEvent;
    const invitations = invitationsConnection.edges.map((x) => x.node);
    expect(invitationsConnection.totalCount).toBe(keys);
    expect(counts).toEqual({ invited: keys, accepted: 1, attended: 1 });
    expect(invitations).toHaveLength(keys);
    expect(invitations.find((x) => x.mid === inv!.mid)).toMatchObject({ rsvp: 'yes' });
    expect(invitations.filter((x) => x.attendedAt !== null).map((x) => x.mid)).toEqual([inv!.mid]);
  });

  it('reports acceptance per product and branch', async () => {
    const r = await ok<{
      productAcceptance: {
        product: string;
        offers: number;
        accepted: number;
        declined: number;
        rate: number | null;
      }[];
    }>(
      'bm',
      `{ productAcceptance(from: "2020-01-01", to: "${today}") { product branch offers accepted declined rate } }`,
    );
    expect(r.productAcceptance).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ product: 'qr_acceptance', offers: 1, accepted: 1, declined: 0, rate: 1 }),
        expect.objectContaining({ product: 'e_invoice', offers: 1, accepted: 0, declined: 1, rate: 0 }),
      ]),
    );
  });

  it('lists product follow-ups in My work for key and potential customers not offered anything lately', async () => {
    const w = await ok<{
      recommendationWork: { merchant: { mid: string }; top: { product: { code: string }; score: number } }[];
    }>('am1', '{ recommendationWork(first: 50) { merchant { mid } top { product { code } score } } }');
    const mids = w.recommendationWork.map((x) => x.merchant.mid);
    const eligible = await sql<{ mid: string }[]>(
      `select m.mid from merchant m join merchant_cadence mc on mc.merchant_id = m.id
       where (mc.tier = 'KEY' or mc.potential) and not exists
         (select 1 from product_offer o where o.merchant_id = m.id and o.offered_on > ?::date - 90)`,
      [today],
    );
    expect(mids.length).toBeGreaterThan(0);
    expect(new Set(eligible.map((e) => e.mid))).toEqual(new Set(mids));
    const scores = w.recommendationWork.map((x) => x.top.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps the catalogue as data an administrator changes, checked field by field', async () => {
    const save = `mutation($i: ProductInput!) { saveProduct(input: $i) { code cooldownDays rule } }`;
    const product = {
      code: 'pos_upgrade',
      nameZh: '智能 POS 升级',
      nameEn: 'Smart POS upgrade',
      reasonZh: '新机支持扫码与电子发票',
      reasonEn: 'the new terminal takes QR codes and issues e-invoices',
      rule: JSON.stringify({ tiers: ['KEY'] }),
      cooldownDays: 60,
    };
    const bad = await server.gql(
      save,
      { i: { ...product, code: 'Bad Code', rule: '{"colour":1}', cooldownDays: 9999 } },
      tokens.admin,
    );
    expect(fieldsOf(bad)).toEqual(['code', 'cooldownDays', 'rule']);
    expect((await server.gql(save, { i: product }, tokens.bm)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    await ok('admin', save, { i: product });
    const key = (
      await sql<{ mid: string }[]>(
        `select m.mid from merchant m join merchant_cadence mc on mc.merchant_id = m.id where mc.tier = 'KEY' limit 1`,
      )
    )[0]!.mid;
    const n = Number(key.slice(-3));
    expect(codes(await recs(n))).toContain('pos_upgrade');
    await ok('admin', save, { i: { ...product, active: false } });
    expect(codes(await recs(n))).not.toContain('pos_upgrade');
  });
});
