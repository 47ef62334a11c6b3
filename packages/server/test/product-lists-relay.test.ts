import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import type { Conn } from './support/both-ways.ts';
import { mid, writeMerchantsCsv } from './support/fixtures.ts';
import { A, B, connection, PAGE_ARGS, PAGE_BODY, PAGE_VARS, useListsServer } from './support/lists-relay.ts';
import { seedUsers } from './support/test-server.ts';

// The product lists that answered everything at once (the catalogue, the acceptance figures, a
// merchant's recommendations) as connections: paged both ways, counted, in the old field's scope —
// and the old fields still answering as before; and one list's cursor refused on another.

/** Merchants 1..3 in branch A (am_a01's), 4..6 in B (am_b1's), and who reads their products. */
async function seed(orm: Orm) {
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['analyst', 'analyst'],
    ['bm_b', 'branch_manager', B],
    ['am_a01', 'account_manager', A],
    ['am_b1', 'account_manager', B],
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'cs-lists-')), 'm.csv');
  await writeMerchantsCsv(file, 6, {
    manager: (i) => (i <= 3 ? 'am_a01' : 'am_b1'),
    branch: (i) => (i <= 3 ? A : B),
  });
  expect((await importMerchants(orm, file)).inserted).toBe(6);
}

describe('the product lists as Relay connections, over HTTP', () => {
  const { server, tokens, ok, walk } = useListsServer(seed, ['admin', 'analyst', 'bm_b', 'am_a01', 'am_b1']);

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
