import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccountManagerCli, runCli } from './support/cli.ts';
import { MERCHANT_HEADER, mid, seedBranches } from './support/fixtures.ts';
import { encodeGb18030 } from './support/gb18030.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// Files as a branch keeps them — a CSV saved by Excel on Chinese Windows (GBK, CRLF, Chinese
// headers), a UTF-8 CSV with a BOM, Excel workbooks — through the real CLI, on a database of its own.
const ZH_MERCHANT_HEADER =
  '商户号,商户名称,MCC,商户类型,费率方案,扣率,封顶,分公司,客户经理,入网日期,联系人,联系电话';
const ZH_SETTLEMENT_HEADER =
  '清算日期,商户号,交易笔数,交易金额,封顶笔数,封顶交易金额,商户手续费,发卡行服务费,网络服务费';

describe('real files: encodings, workbooks, Chinese headers', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-real-files-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const orm = await db.open();
    try {
      return await orm.em.getConnection().execute<T[]>(sql, params);
    } finally {
      await orm.close();
    }
  }
  const merchantCount = async () =>
    (await query<{ n: number }>('select count(*)::int as n from merchant'))[0]!.n;

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    const orm = await db.open();
    await seedBranches(orm, '西安分公司');
    await orm.close();
    const add = await addAccountManagerCli(db.env, 'am_xa_1', '西安分公司', 'a-long-password');
    expect(add.code, add.stderr).toBe(0);
  }, 180_000);
  afterAll(() => db.drop());

  it('imports a GBK CSV with CRLF line ends and Chinese headers, names exact, and says it read GB18030', async () => {
    const lines = [
      ZH_MERCHANT_HEADER,
      `${mid(1)},西安回民街老孙家泡馍馆,5812,餐娱类,扣率,0.0125,,西安分公司,am_xa_1,2024-03-15,孙师傅,13912345678`,
      `${mid(2)},钟楼饭庄（总店）,5812,餐娱类,封顶,0.0125,80,西安分公司,am_xa_1,2024-03-16,,`,
    ];
    const path = file('商户-gbk.csv', encodeGb18030(`${lines.join('\r\n')}\r\n`));
    const r = await runCli(['import', 'merchants', path], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(CSV, GB18030 (GBK))');
    expect(r.stdout).toMatch(/2 rows read, 2 inserted/);
    const rows = await query<{ mid: string; name: string; cap: string | null }>(
      'select mid, name, cap::text as cap from merchant where mid in (?, ?) order by mid',
      [mid(1), mid(2)],
    );
    expect(rows).toEqual([
      { mid: mid(1), name: '西安回民街老孙家泡馍馆', cap: null },
      { mid: mid(2), name: '钟楼饭庄（总店）', cap: '80.00' },
    ]);
  }, 180_000);

  it('imports a UTF-8 CSV with a BOM, and reads it as UTF-8', async () => {
    const path = file(
      'bom.csv',
      `\uFEFF${MERCHANT_HEADER}\n${mid(3)},大雁塔书店,5942,一般类,rate,0.0078,,西安分公司,am_xa_1,2024-04-01,,\n`,
    );
    const r = await runCli(['import', 'merchants', path], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(CSV, UTF-8)');
    expect(
      (await query<{ name: string }>('select name from merchant where mid = ?', [mid(3)]))[0]?.name,
    ).toBe('大雁塔书店');
  }, 180_000);

  it('refuses a Latin-1 file with one error naming the encoding and its first bad line, and writes nothing', async () => {
    const before = await merchantCount();
    const text = `${MERCHANT_HEADER}\n${mid(4)},Cafe Paris,5812,dining,rate,0.0125,,西安分公司,am_xa_1,2024-03-15,,\n${mid(5)},Café Müller,5812,dining,rate,0.0125,,x,am_xa_1,2024-03-15,,\n`;
    // Latin-1 bytes, as a Western Windows machine would save the file.
    const path = file('latin1.csv', Buffer.from(text.replace('西安分公司', 'Xian'), 'latin1'));
    const r = await runCli(['import', 'merchants', path], db.env);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('latin1.csv:'));
    expect(errors.map((l) => l.slice(l.indexOf('latin1.csv:')))).toEqual([
      'latin1.csv:3:- the file is neither UTF-8 nor GB18030 (GBK) text: save it as UTF-8 (Excel: CSV UTF-8), or name its encoding',
    ]);
    expect(r.stdout).toContain('nothing was written');
    expect(await merchantCount()).toBe(before);
  }, 180_000);

  it('takes --encoding: a GBK file forced as UTF-8 is one error at its first Chinese line', async () => {
    const path = file(
      'forced.csv',
      encodeGb18030(
        `${MERCHANT_HEADER}\n${mid(6)},小寨超市,5411,民生类,rate,0.0038,,西安分公司,am_xa_1,2024-03-15,,\n`,
      ),
    );
    const r = await runCli(['import', 'merchants', path, '--encoding', 'utf-8'], db.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/forced\.csv:2:- the file is not UTF-8 text from this line on/m);
    const ok = await runCli(['import', 'merchants', path, '--encoding', 'gbk'], db.env);
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await runCli(['import', 'merchants', path, '--encoding', 'latin1'], db.env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('unknown encoding "latin1": use utf-8 or gb18030 (GBK)');
  }, 180_000);

  it('names an unknown header with the nearest known one, and writes nothing', async () => {
    const path = file(
      'typo.csv',
      `${ZH_MERCHANT_HEADER.replace('商户名称', '商户明称')}\n${mid(7)},曲江茶社,5812,餐娱类,rate,0.0125,,西安分公司,am_xa_1,2024-03-15,,\n`,
    );
    const r = await runCli(['import', 'merchants', path], db.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'typo.csv:1:name column "name" (商户名称) is missing from the header; the header has "商户明称": did you mean "商户名称"?',
    );
  }, 180_000);

  /** A merchant row as a sheet holds it: the MID stored as a number. */
  const sheetMerchant = (i: number, name: string, category = '餐娱类'): ExcelJS.CellValue[] => [
    Number(mid(i)),
    name,
    5812,
    category,
    'rate',
    0.0125,
    null,
    '西安分公司',
    'am_xa_1',
    '2024-05-20',
    null,
    null,
  ];

  /** A workbook with the rows on `sheet`, and a sheet of notes before it when `notesFirst`. */
  async function workbook(path: string, sheet: string, rows: ExcelJS.CellValue[][], notesFirst = false) {
    const wb = new ExcelJS.Workbook();
    if (notesFirst) wb.addWorksheet('说明').addRow(['本表由分公司维护']);
    const ws = wb.addWorksheet(sheet);
    for (const r of rows) ws.addRow(r);
    if (!notesFirst) wb.addWorksheet('说明').addRow(['本表由分公司维护']);
    await wb.xlsx.writeFile(path);
  }

  it('imports an .xlsx of merchants: MIDs stored as numbers, dates as dates, errors by sheet and cell', async () => {
    const path = join(dir, 'merchants.xlsx');
    await workbook(
      path,
      '商户',
      [
        ZH_MERCHANT_HEADER.split(','),
        [
          Number(mid(8)),
          '城墙根咖啡',
          5812,
          '餐娱类',
          '扣率',
          0.0125,
          null,
          '西安分公司',
          'am_xa_1',
          new Date(Date.UTC(2024, 4, 20)),
          '王五',
          13800001111,
        ],
        [
          Number(mid(9)),
          '碑林文具',
          5311,
          '一般类',
          'rate',
          0.0078,
          null,
          '西安分公司',
          'am_xa_1',
          new Date(Date.UTC(2024, 4, 21)),
          null,
          null,
        ],
      ],
      true,
    );
    const r = await runCli(['import', 'merchants', path, '--sheet', '商户'], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('(XLSX, sheet 商户)');
    const rows = await query<{ mid: string; name: string; rate: string; onboarded_on: string }>(
      'select mid, name, rate::text as rate, onboarded_on::text as onboarded_on from merchant where mid in (?, ?) order by mid',
      [mid(8), mid(9)],
    );
    expect(rows).toEqual([
      { mid: mid(8), name: '城墙根咖啡', rate: '0.012500', onboarded_on: '2024-05-20' },
      { mid: mid(9), name: '碑林文具', rate: '0.007800', onboarded_on: '2024-05-21' },
    ]);

    // A bad cell is named by its sheet and cell, as a CSV's by row and column.
    const bad = join(dir, 'bad.xlsx');
    await workbook(bad, 'Sheet1', [MERCHANT_HEADER.split(','), sheetMerchant(10, '南门酒家', '奢侈品类')]);
    const before = await merchantCount();
    const b = await runCli(['import', 'merchants', bad, '--sheet', 'Sheet1'], db.env);
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('bad.xlsx:Sheet1!D2 unknown category "奢侈品类"');
    expect(await merchantCount()).toBe(before);
  }, 180_000);

  it('imports an .xlsx of settlements with amounts exact to the fen, whatever float the sheet holds', async () => {
    const path = join(dir, 'settlements.xlsx');
    await workbook(path, '结算', [
      ZH_SETTLEMENT_HEADER.split(','),
      // 1.1 + 2.2 is 3.3000000000000003 as a double, 0.1 + 0.2 is 0.30000000000000004: read as
      // Excel shows them, 3.30 and 0.30, not a refused third decimal or a fen off.
      [new Date(`${daysAgo(4)}T00:00:00Z`), Number(mid(1)), 3, 1.1 + 2.2, 0, 0, 0.1 + 0.2, 0.07, 0.01],
      [new Date(`${daysAgo(3)}T00:00:00Z`), mid(2), 1, 1234567.89, 1, 1234567.89, 80, 40.1, 2.5],
    ]);
    const r = await runCli(['import', 'settlements', path], db.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 rows read, 2 inserted/);
    const rows = await query<{ mid: string; txn_amount: string; merchant_fee: string }>(
      `select m.mid, s.txn_amount::text as txn_amount, s.merchant_fee::text as merchant_fee
       from settlement s join merchant m on m.id = s.merchant_id order by m.mid`,
    );
    expect(rows).toEqual([
      { mid: mid(1), txn_amount: '3.30', merchant_fee: '0.30' },
      { mid: mid(2), txn_amount: '1234567.89', merchant_fee: '80.00' },
    ]);
  }, 180_000);

  it('takes a machine-written settlements CSV with Chinese headers on the fast path', async () => {
    const day = daysAgo(5);
    const path = file(
      'settlements-zh.csv',
      `${ZH_SETTLEMENT_HEADER}\r\n${day},${mid(1)},2,100.00,0,0.00,1.00,0.40,0.05\r\n${day},${mid(2)},1,50.00,1,50.00,0.80,0.20,0.02\r\n`,
    );
    // With CORNERSTONE_TIMING the fast path prints its phases, and says so when it steps aside.
    const r = await runCli(['import', 'settlements', path], { ...db.env, CORNERSTONE_TIMING: '1' });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/2 rows read, 2 inserted/);
    expect(r.stderr).toContain('phase copy');
    expect(r.stderr).not.toContain('careful path');
    const [row] = await query<{ txn_amount: string }>(
      `select s.txn_amount::text as txn_amount from settlement s join merchant m on m.id = s.merchant_id
       where m.mid = ? and s.settle_date = ?::date`,
      [mid(2), day],
    );
    expect(row?.txn_amount).toBe('50.00');
  }, 180_000);

  it('refuses a truncated .xlsx with one clear error and writes nothing', async () => {
    const whole = join(dir, 'whole.xlsx');
    await workbook(whole, 'Sheet1', [MERCHANT_HEADER.split(','), sheetMerchant(11, '朱雀门面馆')]);
    const bytes = readFileSync(whole);
    const path = file('cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const before = await merchantCount();
    const r = await runCli(['import', 'merchants', path], db.env);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.includes('cut.xlsx:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/the file is not a readable \.xlsx workbook .*save it again from Excel/);
    expect(await merchantCount()).toBe(before);
  }, 180_000);
});
