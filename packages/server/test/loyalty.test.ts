import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// Merchant 5 is 餐娱类 on a rate plan (fixtures): 1 point per cumulative ¥10,000 of non-capped amount.
// Merchant 3 is 批发类 capped at ¥26: ¥25,000 of non-capped amount or 15 capped transactions.
const day = (d: string, i: number, amount: string, cappedCount = 0, cappedAmount = '0.00') =>
  `${d},${mid(i)},${Math.max(cappedCount, 1)},${amount},${cappedCount},${cappedAmount},10.00,2.00,1.00`;

describe('loyalty points ledger', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'cs-points-'));
  const file = (name: string, lines: string[]) => {
    const p = join(dir, name);
    writeFileSync(p, `${SETTLEMENT_HEADER}\n${lines.join('\n')}\n`);
    return p;
  };
  const balance = async (i: number) => {
    const r = await server.gql<{ merchant: { points: { balance: number } } }>(
      `query { merchant(mid: "${mid(i)}") { points { balance } } }`,
      {},
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data!.merchant.points.balance;
  };
  const sql = <T>(q: string) => orm.em.getConnection().execute<T>(q);

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '延安分公司');
    await seedUser(orm, 'admin', 'admin');
    await writeMerchantsCsv(join(dir, 'm.csv'), 10, { manager: 'am', branch: '延安分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
    server = await startServer(orm);
    token = await server.login('am');
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('carries remainders: two days of ¥6,000 at ¥10,000 earn 0, then 1, across imports', async () => {
    await importSettlements(orm, file('d1.csv', [day('2026-10-01', 5, '6000.00')]));
    expect(await balance(5)).toBe(0);
    const d2 = file('d2.csv', [day('2026-10-02', 5, '6000.00')]);
    await importSettlements(orm, d2);
    expect(await balance(5)).toBe(1);
    // Re-importing posts nothing.
    const again = await importSettlements(orm, d2);
    expect(again.inserted).toBe(0);
    expect(await balance(5)).toBe(1);
  });

  it('counts capped transactions for capped plans', async () => {
    await importSettlements(orm, file('capped.csv', [day('2026-10-01', 3, '100000.00', 16, '90000.00')]));
    // Non-capped ¥10,000 < ¥25,000: 0; 16 capped transactions at 15 per point: 1.
    expect(await balance(3)).toBe(1);
  });

  it('redeems idempotently and never below zero', async () => {
    const redeem = (points: number, key: string) =>
      server.gql<{ redeemPoints: { balanceAfter: number; replayed: boolean } }>(
        'mutation($p: Int!, $k: String!) { redeemPoints(mid: "898610000000005", points: $p, reason: "POS 纸卷", idempotencyKey: $k) { balanceAfter replayed } }',
        { p: points, k: key },
        token,
      );
    const first = await redeem(1, 'r-1');
    expect(first.data!.redeemPoints).toEqual({ balanceAfter: 0, replayed: false });
    const replay = await redeem(1, 'r-1');
    expect(replay.data!.redeemPoints).toEqual({ balanceAfter: 0, replayed: true });
    const conflict = await redeem(2, 'r-1');
    expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const overdraw = await redeem(1, 'r-2');
    expect(overdraw.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await balance(5)).toBe(0);
  });

  it('serialises concurrent redemptions: the balance ends at or above zero, exactly the successful ones recorded', async () => {
    // Merchant 7 (一般类, rate 0.0078 → ¥10,000 per point): 10 points.
    await importSettlements(orm, file('m7.csv', [day('2026-10-03', 7, '100000.00')]));
    expect(await balance(7)).toBe(10);
    const attempts = await Promise.all(
      Array.from({ length: 50 }, (_, k) =>
        server.gql<{ redeemPoints: { balanceAfter: number } }>(
          `mutation { redeemPoints(mid: "${mid(7)}", points: 1, reason: "纸卷", idempotencyKey: "c-${k}") { balanceAfter } }`,
          {},
          token,
        ),
      ),
    );
    const ok = attempts.filter((a) => a.data?.redeemPoints);
    expect(ok).toHaveLength(10);
    expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT')).toHaveLength(40);
    expect(await balance(7)).toBe(0);
    const [n] = await sql<{ n: number }[]>(
      `select count(*)::int as n from points_entry where kind = 'redemption' and source like 'redemption:c-%'`,
    );
    expect(n!.n).toBe(10);
  });

  it('answers 20 concurrent replays of one idempotency key with one entry', async () => {
    await importSettlements(orm, file('m9.csv', [day('2026-10-03', 10, '50000.00')]));
    const replays = await Promise.all(
      Array.from({ length: 20 }, () =>
        server.gql<{ redeemPoints: { entryId: string } }>(
          `mutation { redeemPoints(mid: "${mid(10)}", points: 2, reason: "礼品", idempotencyKey: "same-key") { entryId } }`,
          {},
          token,
        ),
      ),
    );
    expect(replays.every((r) => r.data?.redeemPoints)).toBe(true);
    expect(new Set(replays.map((r) => r.data!.redeemPoints.entryId)).size).toBe(1);
    const [n] = await sql<{ n: number }[]>(
      `select count(*)::int as n from points_entry where idempotency_key = 'redemption:same-key'`,
    );
    expect(n!.n).toBe(1);
  });

  it('reverses an entry once, through GraphQL', async () => {
    const admin = await server.login('admin');
    const [entry] = await sql<{ id: string }[]>(
      `select e.id::text from points_entry e join merchant m on m.id = e.merchant_id where m.mid = '${mid(7)}' and e.kind = 'redemption' limit 1`,
    );
    const reverse = (reason: string) =>
      server.gql<{ reversePointsEntry: { points: number; balanceAfter: number } }>(
        'mutation($id: String!, $r: String!) { reversePointsEntry(entryId: $id, reason: $r) { points balanceAfter } }',
        { id: entry!.id, r: reason },
        admin,
      );
    const first = await reverse('误兑换');
    expect(first.data!.reversePointsEntry).toEqual({ points: 1, balanceAfter: 1 });
    const second = await reverse('再次冲正');
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await balance(7)).toBe(1);
  });

  it('is append-only in the database itself, and every balance is the sum of its entries', async () => {
    await expect(sql('update points_entry set points = 100')).rejects.toThrow(/append-only/);
    await expect(sql('delete from points_entry')).rejects.toThrow(/append-only/);
    await expect(
      sql(`insert into points_entry (merchant_id, kind, points, balance_after, source, actor, idempotency_key, request_hash)
           values (5, 'redemption', -5, 0, 'x', 'x', 'raw-overdraw', 'x')`),
    ).rejects.toThrow(/below zero|balance_check/);
    // No entry without a merchant: the posting trigger opens the account, whose key is the merchant's.
    await expect(
      sql(`insert into points_entry (merchant_id, kind, points, balance_after, source, actor, idempotency_key, request_hash)
           values (999999, 'adjustment', 5, 0, 'x', 'x', 'no-merchant', 'x')`),
    ).rejects.toThrow(/foreign key/);
    // An accrual posted outside the import's one statement moves the balance through the trigger too.
    const before = await balance(6);
    await (orm.em as EntityManager).transactional(async (tx) => {
      // The setting as the import leaves it after its statement: off, in the same transaction.
      await tx.execute(`select set_config('cornerstone.bulk_accrual', 'off', true)`);
      await tx.execute(`insert into points_entry (merchant_id, kind, points, balance_after, source, actor, idempotency_key, request_hash)
             select id, 'accrual', 7, 0, 'x', 'system', 'raw-accrual', 'x' from merchant where mid = '${mid(6)}'`);
    });
    expect(await balance(6)).toBe(before + 7);
    const [entry] = await sql<{ balance_after: string }[]>(
      `select balance_after::text from points_entry where idempotency_key = 'raw-accrual'`,
    );
    expect(Number(entry!.balance_after)).toBe(before + 7);
    const [check] = await sql<{ bad: number }[]>(
      `select count(*)::int as bad from points_account a
       left join (select merchant_id, sum(points) as s from points_entry group by 1) e using (merchant_id)
       where a.balance <> coalesce(e.s, 0)`,
    );
    expect(check!.bad).toBe(0);
  });
});
