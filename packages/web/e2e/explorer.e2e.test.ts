// Browser tests against a running server with demo data: how to run them is in browser.ts.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, listTotal, pick, pyramidCounts, shot, signIn, TIERS, withBrowser } from './browser.ts';

const sum = (tiers: Record<string, number>) => Object.values(tiers).reduce((a, b) => a + b, 0);

describe('the pyramid, the merchant list and the merchant page, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  it('logs in as analyst and shows four tiers whose counts sum to the total', async () => {
    page = await signIn(browser(), 'analyst');
    await page.waitForURL(/\/pyramid/);
    await expect(page.getByTestId('me').getAttribute('data-role')).resolves.toBe('analyst');
    const { total, tiers } = await pyramidCounts(page);
    expect(Object.keys(tiers)).toEqual([...TIERS]);
    expect(total).toBeGreaterThan(0);
    expect(sum(tiers)).toBe(total);
    expect(tiers.SMALL).toBeGreaterThan(tiers.KEY);
    await page.getByTestId('count-pyramid').locator('canvas').waitFor();
    await page.getByTestId('profit-pyramid').locator('canvas').waitFor();
  });

  it('changes the counts when the branch filter changes', async () => {
    page = await signIn(browser(), 'analyst');
    const before = await pyramidCounts(page);
    await pick(page, 'branch-filter', '西安分公司');
    await page.waitForURL(/branch=/);
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-testid="total-merchants"]')?.getAttribute('data-count') !== prev,
      String(before.total),
    );
    const after = await pyramidCounts(page);
    expect(after.total).toBeLessThan(before.total);
    expect(sum(after.tiers)).toBe(after.total);
    expect(after.tiers).not.toEqual(before.tiers);
  });

  it('lists exactly the key merchants when the key tier is clicked', async () => {
    page = await signIn(browser(), 'analyst');
    const before = await pyramidCounts(page);
    await pick(page, 'branch-filter', '西安分公司');
    await page.waitForURL(/branch=/);
    // Wait for the branch's pyramid itself, not just the end of a spinner that may not have started.
    await page.waitForFunction(
      (prev) =>
        document.querySelector('[data-testid="total-merchants"]')?.getAttribute('data-count') !== prev,
      String(before.total),
    );
    const branch = new URL(page.url()).searchParams.get('branch');
    const { tiers } = await pyramidCounts(page);
    await page.getByTestId('tier-row-KEY').click();
    await page.waitForURL(/\/merchants\?.*tier=KEY/);
    const url = new URL(page.url());
    expect(url.searchParams.get('period')).toMatch(/^\d{4}-\d{2}$/);
    expect(url.searchParams.get('branch')).toBe(branch);
    expect(await listTotal(page)).toBe(tiers.KEY);
    expect(await page.getByTestId('merchant-link').count()).toBe(Math.min(tiers.KEY, 20));
    // The same for another tier, back through the browser history.
    await page.goBack();
    await page.getByTestId('tier-row-SECONDARY').click();
    await page.waitForURL(/tier=SECONDARY/);
    expect(await listTotal(page)).toBe(tiers.SECONDARY);
  });

  it('pages the merchant list both ways by number: next, previous, the last page and back', async () => {
    page = await signIn(browser(), 'analyst');
    await page.goto(`${BASE}/merchants`);
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(40);
    const mids = () => page!.getByTestId('merchant-link').allTextContents();
    const pager = page.getByTestId('merchant-pager');
    // Waits for the list to show another page than `shown` (the pager refetches in place).
    const turn = async (selector: string, shown: string[]) => {
      await pager.locator(selector).first().click();
      await page!.waitForFunction(
        (prev) =>
          document.querySelector('[data-testid="merchant-list"]')?.getAttribute('data-loading') === 'false' &&
          [...document.querySelectorAll('[data-testid="merchant-link"]')].map((a) => a.textContent).join() !==
            prev,
        shown.join(),
      );
      return mids();
    };
    const first = await mids();
    expect(first).toHaveLength(20);
    const second = await turn('.ant-pagination-next', first);
    expect(second).toHaveLength(20);
    expect(second[0]! > first.at(-1)!).toBe(true);
    expect(await turn('.ant-pagination-prev', second)).toEqual(first);
    const pages = Math.ceil(total / 20);
    const last = await turn(`.ant-pagination-item-${pages}`, first);
    expect(last).toHaveLength(total - (pages - 1) * 20);
    await expect(pager.getAttribute('data-page')).resolves.toBe(String(pages));
    const beforeLast = await turn('.ant-pagination-prev', last);
    expect(beforeLast).toHaveLength(20);
    expect(beforeLast.at(-1)! < last[0]!).toBe(true);
    expect(await turn('.ant-pagination-item-1', beforeLast)).toEqual(first);
  });

  it('switches the labels to English and remembers it', async () => {
    page = await signIn(browser(), 'analyst');
    await page.getByTestId('tier-count-KEY').waitFor();
    await expect(page.getByTestId('menu-pyramid').textContent()).resolves.toBe('客户金字塔');
    await expect(page.getByTestId('tier-row-KEY').textContent()).resolves.toContain('重要客户');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('menu-pyramid').textContent()).resolves.toBe('Customer pyramid');
    await expect(page.getByTestId('tier-row-KEY').textContent()).resolves.toContain('Key');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.reload();
    await page.getByTestId('tier-count-KEY').waitFor();
    await expect(page.getByTestId('menu-pyramid').textContent()).resolves.toBe('Customer pyramid');
  });

  it('opens a merchant page where an analyst sees the phone number masked', async () => {
    page = await signIn(browser(), 'analyst');
    await page.goto(`${BASE}/merchants`);
    expect(await listTotal(page)).toBeGreaterThan(0);
    const link = page.getByTestId('merchant-link').first();
    const mid = (await link.textContent())?.trim() ?? '';
    expect(mid).toMatch(/^\d{15}$/);
    await link.click();
    await page.waitForURL(new RegExp(`/merchants/${mid}$`));
    await page.getByTestId('merchant-page').waitFor();
    await expect(page.getByTestId('merchant-mid').textContent()).resolves.toBe(mid);
    expect(await page.locator('[data-testid^="tier-badge-"]').count()).toBe(3);
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    const mobile = (await page.getByTestId('contact-mobile').textContent())?.trim();
    expect(mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
  });

  it('reveals a mobile to its account manager but not to an analyst', async () => {
    page = await signIn(browser(), 'am_xian_1');
    await page.goto(`${BASE}/merchants`);
    expect(await listTotal(page)).toBeGreaterThan(0);
    const link = page.getByTestId('merchant-link').first();
    const mid = (await link.textContent())?.trim() ?? '';
    await link.click();
    await page.waitForURL(new RegExp(`/merchants/${mid}$`));
    const mobile = page.getByTestId('contact-mobile');
    await mobile.waitFor();
    expect((await mobile.textContent())?.trim()).toMatch(/^\d{3}\*{4}\d{4}$/);
    await page.getByTestId('reveal-mobile').click();
    await page.waitForSelector('[data-testid="contact-mobile"][data-revealed="true"]');
    expect((await mobile.textContent())?.trim()).toMatch(/^1\d{10}$/);
    await shot(page, 'account-manager-reveals-the-mobile');
    await page.context().close();

    page = await signIn(browser(), 'analyst');
    await page.goto(`${BASE}/merchants/${mid}`);
    await page.getByTestId('merchant-page').waitFor();
    await page.getByTestId('terminals').waitFor();
    expect((await page.getByTestId('contact-mobile').textContent())?.trim()).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await page.getByTestId('reveal-mobile').count()).toBe(0);
  });

  it('exports the filtered merchant list as CSV with exactly the listed merchants, masked', async () => {
    page = await signIn(browser(), 'analyst');
    await page.goto(`${BASE}/merchants?branch=${encodeURIComponent('西安分公司')}`);
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^mid,name,/);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.includes('西安分公司'))).toBe(true);
    expect(text).not.toMatch(/(?<![0-9A-Za-z_-])1[3-9]\d{9}(?![0-9A-Za-z_])/);
  });

  it('serves GraphiQL from bundled assets', async () => {
    page = await signIn(browser(), 'analyst');
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(BASE) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        external.push(r.url());
    });
    await page.goto(`${BASE}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    expect(external).toEqual([]);
  });
});
