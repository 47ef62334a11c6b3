import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateSettlementRow } from '@cornerstone/shared/settlement/settlement-row';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/db/orm.ts';
import { importMerchants } from '../src/modules/merchant/merchant-import.ts';
import { fastImportSettlements } from '../src/modules/settlement/settlement-fast-import.ts';
import { mid, SETTLEMENT_HEADER, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser } from './support/test-server.ts';

// Cells the fast path must never accept when the shared validator rejects them.
const ROWS = [
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300,0,0,3,1,0.2`,
  `2026-10-32,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-02-29,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `10-01-2026,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026/10/01,${mid(1)},3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},+3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,3e2,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,.5,0,0.00,0.10,0.10,0.10`,
  `2026-10-01,${mid(1)},3,5.,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.001,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,4,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,10.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},0,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,301.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,200.00,200.00`,
  `2026-10-01,${mid(1)},-3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,-300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,NaN,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)}, 3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},3,300.00,0,0.00,3.00,1.00,`,
  `2026-10-01,12345,3,300.00,0,0.00,3.00,1.00,0.20`,
  `2026-10-01,${mid(1)},99999999999,300.00,0,0.00,3.00,1.00,0.20`,
];

describe('the fast settlement path', () => {
  let db: TestDb;
  let orm: Orm;
  const dir = mkdtempSync(join(tmpdir(), 'cs-fast-'));

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am', 'account_manager', '铜川分公司');
    await writeMerchantsCsv(join(dir, 'm.csv'), 2, { manager: 'am', branch: '铜川分公司' });
    await importMerchants(orm, join(dir, 'm.csv'));
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  it.each(ROWS.map((r, i) => [i, r]))(
    'row %i: accepted only when the shared validator accepts it',
    async (i, line) => {
      const file = join(dir, `row-${i}.csv`);
      writeFileSync(file, `${SETTLEMENT_HEADER}\n${line}\n`);
      const result = await fastImportSettlements(orm, file, {});
      const cells = Object.fromEntries(
        SETTLEMENT_HEADER.split(',').map((c, k) => [c, (line as string).split(',')[k]]),
      );
      const shared = validateSettlementRow(cells);
      if (result) expect(shared.ok, `fast path accepted a row the shared rule rejects: ${line}`).toBe(true);
      else expect(shared.ok && i < 2, `fast path refused the clean row ${line}`).toBe(false);
      // Leave nothing behind for the next row.
      if (result)
        await orm.em.getConnection().execute('delete from settlement; delete from settlement_month');
    },
  );
});
