import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulateBgNbd } from '@cornerstone/shared/clv/index';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

// Merchants drawn from the model's own generative process with known parameters, written as real
// settlement rows (a transaction = a day with settlements), imported through the real importer; the
// server's fit must find the parameters again. Low daily rates keep two transactions from falling on
// one day (the model is continuous, settlements are daily).
const TRUE = { r: 0.8, alpha: 16, a: 1, b: 24, p: 4, q: 5, v: 50 };
const N = 1500;
const AS_OF = '2026-10-31';

describe('customer lifetime value on generated data with known parameters', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let admin = '';
  let collisions = 0;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'am1', 'account_manager', '渭南分公司');
    const dir = mkdtempSync(join(tmpdir(), 'cs-clv-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: 'am1', branch: '渭南分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
    const ages = Array.from({ length: N }, (_, i) => 200 + ((i * 7919) % 500));
    const customers = simulateBgNbd({ ...TRUE, n: N, T: ages, seed: 7 });
    const lines: string[] = [];
    customers.forEach((c, i) => {
      const { x, tx, T } = c.summary;
      const first = addDays(AS_OF, -Math.round(T));
      const last = Math.min(Math.round(tx), Math.round(T));
      const profit = Math.max(0.01, c.summary.m || c.meanValue).toFixed(2);
      const day = (d: number) =>
        `${addDays(first, d)},${mid(i + 1)},1,10000.00,0,0.00,${(Number(profit) + 1).toFixed(2)},0.70,0.30`;
      // The repeat days spread over (first, last], the last one on `last`.
      const days = new Set<number>();
      if (x > 0) days.add(last);
      for (let k = 1; k < x; k++) days.add(Math.max(1, Math.round((last * k) / x)));
      if (days.size < x) collisions++;
      lines.push(day(0));
      for (const d of days) if (d > 0) lines.push(day(d));
    });
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    const r = await importSettlements(orm, join(dir, 's.csv'));
    expect(r.rejected).toBe(0);
    server = await startServer(orm);
    admin = await server.login('admin');
  }, 240_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('recovers the known parameters within the stated tolerance, and scores every merchant', async () => {
    // Few merchants had two transactions on one day; they are written once (a daily system's view).
    expect(collisions).toBeLessThan(N * 0.05);
    const r = await server.gql<{ computeClv: { merchants: number; fittedOn: number; params: string } }>(
      `mutation { computeClv(asOf: "${AS_OF}", model: BGNBD) { merchants fittedOn params model } }`,
      {},
      admin,
    );
    expect(r.errors).toBeUndefined();
    const { bgNbd, gammaGamma } = JSON.parse(r.data!.computeClv.params) as {
      bgNbd: { r: number; alpha: number; a: number; b: number; converged: boolean };
      gammaGamma: { p: number; q: number; v: number; converged: boolean };
    };
    expect(r.data!.computeClv.merchants).toBe(N);
    expect(bgNbd.converged && gammaGamma.converged).toBe(true);
    const rel = (got: number, want: number) => Math.abs(got - want) / want;
    // Tolerances (docs/clv.md): the data pin down the population means far better than each
    // parameter (a with b, p with v trade off): means within 15%, r and alpha within 30%.
    expect(rel(bgNbd.r / bgNbd.alpha, TRUE.r / TRUE.alpha)).toBeLessThan(0.15);
    expect(rel(bgNbd.a / (bgNbd.a + bgNbd.b), TRUE.a / (TRUE.a + TRUE.b))).toBeLessThan(0.3);
    expect(rel(bgNbd.r, TRUE.r)).toBeLessThan(0.3);
    expect(rel(bgNbd.alpha, TRUE.alpha)).toBeLessThan(0.3);
    expect(
      rel((gammaGamma.p * gammaGamma.v) / (gammaGamma.q - 1), (TRUE.p * TRUE.v) / (TRUE.q - 1)),
    ).toBeLessThan(0.15);

    const top = await server.gql<{
      merchantsByClv: {
        merchant: { mid: string; clv: { clv: string } };
        clv: { clv: string; probabilityAlive: number };
      }[];
    }>(
      '{ merchantsByClv(first: 5) { merchant { mid clv { clv } } clv { clv probabilityAlive expectedTransactions } } }',
      {},
      admin,
    );
    expect(top.errors).toBeUndefined();
    const values = top.data!.merchantsByClv.map((m) => Number(m.clv.clv));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0]).toBeGreaterThan(0);
    for (const m of top.data!.merchantsByClv) {
      expect(m.merchant.clv.clv).toBe(m.clv.clv);
      expect(m.clv.probabilityAlive).toBeGreaterThan(0);
      expect(m.clv.probabilityAlive).toBeLessThanOrEqual(1);
    }
  });
});
