import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { settlementRows } from './support/settlement-fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// The build deployments run (`pnpm --filter @cornerstone/server build`, then `node dist/main.js`):
// it migrates a new database (migrations load on demand), adds a user and imports both files.
describe('the built CLI', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-built-'));

  beforeAll(async () => {
    execFileSync(process.execPath, ['build.mjs'], { cwd: resolve(import.meta.dirname, '..') });
    db = await createTestDb({ onDisk: true });
  }, 120_000);
  afterAll(() => db?.drop());

  it('migrates, adds a user and imports merchants and settlements', async () => {
    const built = (args: string[]) => runCli(args, db.env, undefined, true);
    const add = await addAccountManagerCli(db.env, 'am', '榆林分公司', 'password-123', true);
    expect(add.code, add.stderr).toBe(0);
    await writeMerchantsCsv(join(dir, 'm.csv'), 30, { manager: 'am', branch: '榆林分公司' });
    const m = await built(['import', 'merchants', join(dir, 'm.csv')]);
    expect(m.code, m.stderr).toBe(0);
    const rows = [...settlementRows(30, '2026-01-20', '2026-02-10')].map((r) => r.line);
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, rows);
    const s = await built(['import', 'settlements', join(dir, 's.csv')]);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).toContain(`${rows.length} inserted`);
    const orm = await db.open();
    try {
      const [n] = await orm.em
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from settlement');
      expect(n!.n).toBe(rows.length);
    } finally {
      await orm.close();
    }
  });
});
