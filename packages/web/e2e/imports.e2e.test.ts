// Browser tests of the imports page against a running server with demo data (how to run them is in
// browser.ts): a GBK CSV with Chinese headers and CRLF line ends, rejected for one bad row (its
// problem in Chinese, then in English), then imported skipping it; an xlsx read from the sheet named
// in the form; a file with a header and no rows, refused.
import { MERCHANT_COLUMNS } from '@cornerstone/shared/merchant/merchant-row';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE, listTotal, signIn, withBrowser } from './browser.ts';
import { encodeGbk } from './gbk.ts';

// New 15-digit MIDs for every run (the demo's start with 898), so a rerun against the same data inserts again.
const STAMP = String(Date.now()).slice(-12);
const mid = (i: number) => `99${STAMP}${i}`;

// A branch and an account manager of the demo data (packages/server/src/app/demo/demo-branches.ts).
const BRANCH = '西安分公司';
const MANAGER = 'am_xian_1';

async function openImports(page: Page): Promise<void> {
  await page.getByTestId('menu-imports').click();
  await page.waitForURL(/\/imports/);
  await page.getByTestId('import-form').waitFor();
}

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page
    .getByTestId('import-form')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType, buffer });
}

/** Waits for the shown run (a new one when `notRun` is given) to end, and answers its status. */
async function runEnds(page: Page, notRun?: string): Promise<{ id: string; status: string }> {
  await page.waitForFunction(
    (old) => {
      const run = document.querySelector('[data-testid="import-run"]');
      const id = new URL(location.href).searchParams.get('run');
      const status = run?.getAttribute('data-status');
      return !!id && id !== old && !!status && status !== 'running' && run?.textContent?.includes(`#${id}`);
    },
    notRun ?? '',
    { timeout: 60_000 },
  );
  const id = new URL(page.url()).searchParams.get('run') ?? '';
  const status = (await page.getByTestId('import-run').getAttribute('data-status')) ?? '';
  return { id, status };
}

/**
 * How many merchants the merchant list finds for `search`, asked in a second signed-in tab: the
 * imports tab keeps the file it would send again with bad rows skipped, so it stays where it is.
 */
async function merchantsFound(tab: Page, search: string): Promise<number> {
  await tab.goto(`${BASE}/merchants?search=${encodeURIComponent(search)}`);
  return listTotal(tab);
}

describe('imports of real files (GBK CSV, xlsx), in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );
  // The second tab, where the merchant list is searched.
  let lists: Page | undefined;
  afterEach(async () => {
    await lists?.context().close();
    lists = undefined;
  });

  it('rejects a GBK CSV with a bad row, lists the bad cell, then imports the good rows skipping it', async () => {
    page = await signIn(browser(), 'admin');
    await page.setViewportSize({ width: 1440, height: 900 });
    lists = await signIn(browser(), 'admin');
    await openImports(page);
    const header = '商户号,商户名称,MCC,商户类型,费率方案,扣率,封顶,分公司,客户经理,入网日期,联系人,联系电话';
    const row = (i: number, name: string, rate: string) =>
      `${mid(i)},${name},5812,餐娱类,rate,${rate},,${BRANCH},${MANAGER},2025-06-01,张三,`;
    const text = [
      header,
      row(0, `西安雁塔区e2e导入餐厅${STAMP}甲`, '0.0060'),
      row(1, `西安碑林区e2e导入餐厅${STAMP}乙`, '0.0055'),
      // Line 4: a rate of 90%, above the 5% ceiling.
      row(2, `西安莲湖区e2e导入餐厅${STAMP}丙`, '0.9'),
      row(3, `西安新城区e2e导入餐厅${STAMP}丁`, '0.0060'),
    ].join('\r\n');
    const bytes = encodeGbk(`${text}\r\n`);
    // The bytes are GBK, not UTF-8: a reader that assumed UTF-8 would not read these names.
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(`${text}\r\n`);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();

    await upload(page, `e2e-商户-${STAMP}.csv`, 'text/csv', bytes);
    // A CSV asks for its encoding; automatic detection is the default.
    await page.getByTestId('import-encoding').waitFor();
    await expect(page.getByTestId('import-encoding').locator('input:checked').inputValue()).resolves.toBe(
      'auto',
    );
    await page.getByTestId('import-start').click();
    const first = await runEnds(page);
    expect(first.status).toBe('rejected');
    const run = page.getByTestId('import-run');
    await expect(run.getAttribute('data-rejected')).resolves.toBe('1');
    await expect(run.getAttribute('data-encoding')).resolves.toBe('gb18030');
    await expect(page.getByTestId('import-run-encoding').textContent()).resolves.toBe('GB18030 (GBK)');
    await expect(page.getByTestId('import-run-status').getAttribute('data-status')).resolves.toBe('rejected');

    // The bad cell: line 4, under the file's own name of the rate column, with the problem in the
    // user's language (by its code: the server's English never shows in the Chinese page).
    const table = page.getByTestId('import-errors-table');
    await page.waitForSelector('[data-testid="import-errors"][data-loading="false"][data-count="1"]');
    const bad = table.locator('tbody tr[data-row="4"]');
    await expect(bad.getAttribute('data-column')).resolves.toBe('扣率');
    await expect(bad.getAttribute('data-code')).resolves.toBe('import.rateTooHigh');
    const cells = await bad.locator('td').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[1]).toBe('扣率');
    expect(cells[2]).toBe('扣率不能超过 0.05');
    await expect(page.getByTestId('import-errors-total').getAttribute('data-count')).resolves.toBe('1');
    // In English, the same problem in the words the command line prints; then back to Chinese.
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(bad.locator('td').nth(2).textContent()).resolves.toBe('rate must be at most 0.05');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang !== 'en');
    await expect(bad.locator('td').nth(2).textContent()).resolves.toBe('扣率不能超过 0.05');

    // Every error as CSV, for Excel: the same session downloads it.
    const href = (await page.getByTestId('import-errors-download').getAttribute('href')) ?? '';
    expect(href).toBe(`/api/imports/${first.id}/errors.csv`);
    const download = await page.request.get(`${BASE}${href}`);
    expect(download.status()).toBe(200);
    const body = await download.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = body.subarray(3).toString('utf8');
    expect(csv).toMatch(/^row,column,cell,message,code\r?\n/);
    expect(csv).toMatch(/\n4,扣率,,rate must be at most 0\.05,import\.rateTooHigh\r?\n/);

    // Nothing was written.
    await expect(page.getByTestId('import-inserted').getAttribute('data-count')).resolves.toBe('0');
    expect(await merchantsFound(lists, mid(0))).toBe(0);

    // Skip the bad row: the confirmation says how many rows go in and how many are left out.
    await page.getByTestId('import-skip-bad-rows').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    await expect(confirm.textContent()).resolves.toMatch(/跳过 1 行.*导入其余 3 行/);
    await page.getByTestId('import-skip-confirm').click();
    const second = await runEnds(page, first.id);
    expect(second.status).toBe('succeeded');
    await expect(page.getByTestId('import-inserted').getAttribute('data-count')).resolves.toBe('3');
    await expect(run.getAttribute('data-rejected')).resolves.toBe('1');
    // The skipped row is still listed, and there is nothing more to skip.
    await page.waitForSelector('[data-testid="import-errors"][data-loading="false"][data-count="1"]');
    expect(await page.getByTestId('import-skip-bad-rows').count()).toBe(0);

    // The good rows are merchants now, with their Chinese names; the bad one is not.
    for (const i of [0, 1, 3]) expect(await merchantsFound(lists, mid(i))).toBe(1);
    expect(await merchantsFound(lists, mid(2))).toBe(0);
    await lists.goto(`${BASE}/merchants/${mid(1)}`);
    await expect(lists.getByTestId('merchant-name').textContent()).resolves.toContain(
      `西安碑林区e2e导入餐厅${STAMP}乙`,
    );
  });

  it('imports an xlsx from the sheet named in the form and shows the sheet read', async () => {
    page = await signIn(browser(), 'admin');
    await page.setViewportSize({ width: 1440, height: 900 });
    lists = await signIn(browser(), 'admin');
    await openImports(page);
    const book = new ExcelJS.Workbook();
    // The first sheet is a note: the data is on the second, which the form names.
    book.addWorksheet('说明').addRow(['商户导入 · e2e']);
    const sheet = book.addWorksheet('商户清单');
    sheet.addRow([...MERCHANT_COLUMNS]);
    const onboarded = new Date(Date.UTC(2025, 6, 15));
    sheet.addRow([
      mid(5),
      `西安高新区e2e表格商户${STAMP}`,
      '5812',
      '餐娱类',
      'rate',
      0.0058,
      null,
      BRANCH,
      MANAGER,
      onboarded,
    ]);
    sheet.addRow([
      mid(6),
      `西安未央区e2e表格商户${STAMP}`,
      '5511',
      '车房类',
      'capped',
      0.0125,
      80,
      BRANCH,
      MANAGER,
      onboarded,
    ]);
    const buffer = Buffer.from(await book.xlsx.writeBuffer());

    await upload(
      page,
      `e2e-商户-${STAMP}.xlsx`,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    );
    // A workbook asks for its sheet, not an encoding.
    await page.getByTestId('import-sheet').waitFor();
    expect(await page.getByTestId('import-encoding').count()).toBe(0);
    await page.getByTestId('import-sheet').fill('商户清单');
    await page.getByTestId('import-start').click();
    const done = await runEnds(page);
    if (done.status !== 'succeeded') {
      const errors = await page
        .getByTestId('import-errors-table')
        .locator('tbody tr[data-row]')
        .allTextContents();
      throw new Error(`the xlsx import ended ${done.status}: ${errors.join(' | ')}`);
    }
    const run = page.getByTestId('import-run');
    await expect(run.getAttribute('data-format')).resolves.toBe('xlsx');
    await expect(page.getByTestId('import-run-sheet').textContent()).resolves.toBe('商户清单');
    await expect(page.getByTestId('import-inserted').getAttribute('data-count')).resolves.toBe('2');
    expect(await page.getByTestId('import-run-encoding').count()).toBe(0);
    expect(await merchantsFound(lists, mid(6))).toBe(1);
  });

  it('refuses a file with a header and no rows, saying so in the user’s language', async () => {
    page = await signIn(browser(), 'admin');
    await page.setViewportSize({ width: 1440, height: 900 });
    await openImports(page);
    const header = '商户号,商户名称,MCC,商户类型,费率方案,扣率,封顶,分公司,客户经理,入网日期,联系人,联系电话';
    await upload(page, `e2e-空文件-${STAMP}.csv`, 'text/csv', Buffer.from(`${header}\r\n\r\n`));
    await page.getByTestId('import-start').click();
    const done = await runEnds(page);
    expect(done.status).toBe('rejected');
    await expect(page.getByTestId('import-inserted').getAttribute('data-count')).resolves.toBe('0');
    // A problem of the file: fixing it is the only way, so there is no skipping past it.
    await expect(page.getByTestId('import-rejected').textContent()).resolves.toContain('没有数据行');
    expect(await page.getByTestId('import-skip-bad-rows').count()).toBe(0);
    await page.waitForSelector('[data-testid="import-errors"][data-loading="false"][data-count="1"]');
    const error = page.getByTestId('import-errors-table').locator('tbody tr[data-row="1"]');
    await expect(error.getAttribute('data-code')).resolves.toBe('import.noRows');
    await expect(error.locator('td').nth(2).textContent()).resolves.toBe('文件只有表头，没有数据行');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect(error.locator('td').nth(2).textContent()).resolves.toBe('the file has no data rows');
  });
});
