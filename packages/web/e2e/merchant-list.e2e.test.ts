// Browser tests against a running server with demo data: how to run them is in browser.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, listTotal, signIn, withBrowser } from './browser.ts';

// Issue 26: the merchant list sorts by the columns people sort by and pages by number and size.

/** Profit in fen from the Decimal string a row carries (exact: no binary float). */
const fen = (yuan: string) => {
  const [whole, frac = ''] = yuan.replace('-', '').split('.');
  const v = BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
  return yuan.startsWith('-') ? -v : v;
};

const mids = (page: Page) => page.getByTestId('merchant-link').allTextContents();
const profits = async (page: Page) =>
  (
    await page
      .getByTestId('merchant-profit')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-value')!))
  ).map(fen);

/** Waits until the list has loaded rows other than `shown` (the table refetches in place). */
async function changed(page: Page, shown: string[]) {
  await page.waitForFunction(
    (prev) =>
      document.querySelector('[data-testid="merchant-list"]')?.getAttribute('data-loading') === 'false' &&
      [...document.querySelectorAll('[data-testid="merchant-link"]')].map((a) => a.textContent).join() !==
        prev,
    shown.join(),
  );
  return mids(page);
}

const nonIncreasing = (xs: bigint[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);

describe('the merchant list sorts by column and pages by number, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const lang of ['zh', 'en'] as const)
    it(`sorts by profit, jumps to page 3 and shows 50 a page (${lang})`, async () => {
      page = await signIn(browser(), 'bm_xian');
      if (lang === 'en') {
        await page.getByTestId('lang-switch').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await page.goto(`${BASE}/merchants`);
      const total = await listTotal(page);
      expect(total).toBeGreaterThan(100);
      // The total with the locale's separators (a branch of 1,000+ merchants reads "1,000").
      await expect(page.getByTestId('merchant-total').textContent()).resolves.toContain(
        new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US').format(total),
      );
      const byMid = await mids(page);
      expect(byMid).toHaveLength(20);

      // Profit, largest first: one click on the column's header; the order goes into the URL.
      const header = page.locator('th.ant-table-column-has-sorters', {
        hasText: lang === 'zh' ? '利润' : 'Profit',
      });
      await header.click();
      await page.waitForURL(/sort=profit/);
      expect(new URL(page.url()).searchParams.get('dir')).toBe('desc');
      const first = await changed(page, byMid);
      expect(first).toHaveLength(20);
      const p1 = await profits(page);
      expect(p1[0]! >= p1[1]!).toBe(true);
      expect(p1.every((p) => p1[0]! >= p)).toBe(true);
      expect(nonIncreasing(p1)).toBe(true);
      await expect(header.getAttribute('aria-sort')).resolves.toBe('descending');

      // Page 3 by number: rows 41..60 of the same order.
      await page.getByTestId('merchant-pager').locator('.ant-pagination-item-3').click();
      await page.waitForURL(/page=3/);
      const third = await changed(page, first);
      expect(third).toHaveLength(20);
      expect(third.some((m) => first.includes(m))).toBe(false);
      const p3 = await profits(page);
      expect(nonIncreasing(p3)).toBe(true);
      expect(p1.at(-1)! >= p3[0]!).toBe(true);
      await expect(page.getByTestId('merchant-pager').getAttribute('data-page')).resolves.toBe('3');

      // 50 a page: back to page 1, still by profit.
      await page.getByTestId('merchant-pager').locator('.ant-pagination-options .ant-select').click();
      await page
        .locator('.ant-select-dropdown:visible .ant-select-item-option', {
          hasText: lang === 'zh' ? '50 条/页' : '50 / page',
        })
        .click();
      await page.waitForURL(/size=50/);
      const fifty = await changed(page, third);
      expect(fifty).toHaveLength(50);
      expect(fifty.slice(0, 20)).toEqual(first);
      expect(nonIncreasing(await profits(page))).toBe(true);
      expect(new URL(page.url()).searchParams.get('page')).toBeNull();
      expect(await listTotal(page)).toBe(total);

      // The sorted, paged list survives a reload: it is all in the URL.
      await page.reload();
      await page.waitForSelector(
        '[data-testid="merchant-list"][data-loading="false"] [data-testid="merchant-link"]',
      );
      expect(await mids(page)).toEqual(fifty);
    });
});
