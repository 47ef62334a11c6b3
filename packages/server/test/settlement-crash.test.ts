import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { settlementRows } from './support/settlement-fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// A process killed mid-import leaves either the whole file or none of it; the next run completes it.
describe('a killed settlement import', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-crash-'));
  const file = join(dir, 'settlements.csv');
  let total = 0;

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    (await db.open()).close();
    const add = await addAccountManagerCli(db.env, 'am', '榆林分公司', 'password-123');
    expect(add.code, add.stderr).toBe(0);
    await writeMerchantsCsv(join(dir, 'm.csv'), 400, { manager: 'am', branch: '榆林分公司' });
    expect((await runCli(['import', 'merchants', join(dir, 'm.csv')], db.env)).code).toBe(0);
    const lines: string[] = [];
    for (const r of settlementRows(400, '2024-01-01', '2025-12-31')) lines.push(r.line);
    total = lines.length;
    await writeLines(file, SETTLEMENT_HEADER, lines);
  }, 300_000);
  afterAll(() => db.drop());

  it('is killed while loading, and a rerun gives exactly the file’s rows', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/app/cli/main.ts', 'import', 'settlements', file],
      {
        cwd: resolve(import.meta.dirname, '..'),
        env: { ...process.env, ...db.env, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    // Kill it once the progress line shows rows streaming into the staging table.
    await new Promise<void>((done) => {
      child.stderr.on('data', (d: Buffer) => {
        const m = /(\d[\d,]*) rows/.exec(d.toString());
        if (m && Number(m[1]!.replaceAll(',', '')) > 20_000) {
          child.kill('SIGKILL');
          done();
        }
      });
      child.on('close', () => done());
    });
    const exit = await new Promise((r) => child.on('close', (code, signal) => r(signal ?? code)));
    expect(exit, `the import finished before it could be killed: ${stdout}`).toBe('SIGKILL');

    const count = async () => {
      const orm = await db.open();
      try {
        const [row] = await orm.em
          .getConnection()
          .execute<{ n: number; r: number }[]>(
            'select (select count(*)::int from settlement) as n, (select coalesce(sum(days), 0)::int from settlement_month) as r',
          );
        return row!;
      } finally {
        await orm.close();
      }
    };
    expect(await count()).toEqual({ n: 0, r: 0 });

    const rerun = await runCli(['import', 'settlements', file], db.env);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain(`${total} rows read, ${total} inserted`);
    expect(await count()).toEqual({ n: total, r: total });
  }, 600_000);
});
