import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { expirePoints, postEntry, reverseEntry } from '../src/loyalty/loyalty.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

type Op =
  | { op: 'accrue'; n: number }
  | { op: 'redeem'; n: number }
  | { op: 'reverse'; pick: number }
  | { op: 'expire'; future: boolean };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('accrue' as const), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('redeem' as const), n: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ op: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('expire' as const), future: fc.boolean() }),
);

const RUNS = 25;

// The ledger against a simple in-memory model: balance = sum of entries, never below zero.
describe('points ledger against a model', () => {
  let db: TestDb;
  let orm: Orm;
  let run = 0;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '商洛分公司');
    const dir = mkdtempSync(join(tmpdir(), 'cs-ledger-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), 1, { manager: 'am', branch: '商洛分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it('keeps every balance equal to the model and to the sum of its entries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        run++;
        const em = orm.em.fork() as EntityManager;
        // A fresh merchant per run (shrinking runs the property many more times than numRuns).
        const [fresh] = await em.execute<{ id: number }[]>(
          `insert into merchant (mid, name, mcc, category_code, fee_plan, rate, branch_id, manager_id, onboarded_on)
           select ?, name, mcc, category_code, fee_plan, rate, branch_id, manager_id, onboarded_on from merchant where id = 1
           returning id`,
          [`7${String(run).padStart(14, '0')}`],
        );
        const merchantId = fresh!.id;
        const model: { id: string; points: number; kind: string; reversed: boolean }[] = [];
        let balance = 0;
        let step = 0;
        let expired = false; // an expiry for a cut-off happens once per merchant
        for (const o of ops) {
          step++;
          const key = `${run}-${step}`;
          if (o.op === 'accrue') {
            const [row] = await em.execute<{ id: string }[]>(
              `insert into points_entry (merchant_id, kind, points, balance_after, source, actor, idempotency_key, request_hash)
               values (?, 'accrual', ?, 0, 'model test', 'system', ?, 'h') returning id::text`,
              [merchantId, o.n, `accrual:${key}`],
            );
            model.push({ id: row!.id, points: o.n, kind: 'accrual', reversed: false });
            balance += o.n;
          } else if (o.op === 'redeem') {
            const attempt = postEntry(em, {
              merchantId,
              kind: 'redemption',
              points: -BigInt(o.n),
              source: 'model',
              actor: 'am',
              key: `r:${key}`,
            });
            if (o.n > balance)
              await expect(attempt).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
            else {
              const r = await attempt;
              model.push({ id: r.entryId, points: -o.n, kind: 'redemption', reversed: false });
              balance -= o.n;
            }
          } else if (o.op === 'reverse') {
            const candidates = model.filter((e) => e.kind !== 'reversal');
            if (candidates.length === 0) continue;
            const target = candidates[o.pick % candidates.length]!;
            const attempt = reverseEntry(em, target.id, 'admin', 'model');
            if (target.reversed) {
              // The same reversal again is a replay of the first: nothing new.
              await attempt;
            } else if (balance - target.points < 0) {
              await expect(attempt).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
            } else {
              const r = await attempt;
              target.reversed = true;
              model.push({ id: r.entryId, points: -target.points, kind: 'reversal', reversed: false });
              balance -= target.points;
            }
          } else {
            // Entries are all "now": a cut-off in the future expires the whole balance, one in the past nothing.
            await expirePoints(em, o.future ? '2200-01-01' : '2000-01-01');
            if (o.future && balance > 0 && !expired) {
              const [e] = await em.execute<{ id: string }[]>(
                `select id::text from points_entry where merchant_id = ? and kind = 'expiry' order by id desc limit 1`,
                [merchantId],
              );
              model.push({ id: e!.id, points: -balance, kind: 'expiry', reversed: false });
              balance = 0;
              expired = true;
            }
          }
          const [state] = await em.execute<{ balance: string | null; sum: string | null; n: number }[]>(
            `select (select balance::text from points_account where merchant_id = ?) as balance,
                    (select coalesce(sum(points), 0)::text from points_entry where merchant_id = ?) as sum,
                    (select count(*)::int from points_entry where merchant_id = ?) as n`,
            [merchantId, merchantId, merchantId],
          );
          expect(Number(state!.balance ?? 0)).toBe(balance);
          expect(Number(state!.sum)).toBe(balance);
          expect(state!.n).toBe(model.length);
          expect(balance).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: RUNS },
    );
  }, 300_000);
});
