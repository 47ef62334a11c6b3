import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, shot, signIn, tierCounts } from './browser.ts';

describe('the web app in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs in and shows four tiers whose counts sum to the total', async () => {
    const page = await signIn(browser, 'analyst');
    await page.getByTestId('tier-table').waitFor();
    const counts = await tierCounts(page);
    const total = Number((await page.getByTestId('total-merchants').innerText()).replace(/\D/g, ''));
    expect(total).toBeGreaterThan(0);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(total);
    await page.getByTestId('count-pyramid').locator('canvas').waitFor();
    await shot(page, 'pyramid');
    await page.close();
  });

  it('changes the counts with the branch filter, and the key tier lists exactly the key merchants', async () => {
    const page = await signIn(browser, 'analyst');
    await page.getByTestId('tier-table').waitFor();
    const before = await tierCounts(page);
    await page.getByTestId('branch-filter').click();
    await page.getByTitle('西安分公司').click();
    await page.waitForURL(/branch=/);
    await page.waitForFunction(
      (prev) => Number(document.querySelector('[data-testid="tier-count-SMALL"]')?.textContent) !== prev,
      before.SMALL,
    );
    const after = await tierCounts(page);
    expect(after.SMALL).toBeLessThan(before.SMALL!);
    await shot(page, 'pyramid-branch');
    await page.getByTestId('tier-row-KEY').click();
    await page.waitForURL(/\/merchants\?.*tier=KEY/);
    await page.getByTestId('tier-filter-tag').waitFor();
    await page.waitForFunction(() =>
      /\d/.test(document.querySelector('[data-testid="merchant-total"]')?.textContent ?? ''),
    );
    await page.waitForTimeout(500);
    const listed = Number((await page.getByTestId('merchant-total').innerText()).replace(/\D/g, ''));
    expect(listed).toBe(after.KEY);
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    expect(rows).toBe(Math.min(after.KEY!, 20));
    await shot(page, 'key-merchants');
    await page.close();
  });

  it('opens a merchant page where an analyst sees the phone number masked', async () => {
    const page = await signIn(browser, 'analyst');
    await page.goto(`${new URL(page.url()).origin}/merchants`);
    await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
    await page.getByTestId('merchant-name').waitFor();
    const mobile = await page.getByTestId('contact-mobile').innerText();
    expect(mobile).toMatch(/^\d{3}\*{4}\d{4}$/);
    await shot(page, 'merchant');
    await page.close();
  });

  it('switches the labels to English', async () => {
    const page = await signIn(browser, 'analyst');
    await page.getByTestId('tier-table').waitFor();
    await expect(page.getByTestId('tier-row-KEY').innerText()).resolves.toContain('重要客户');
    await page.getByTestId('lang-switch').click();
    await expect(page.getByTestId('tier-row-KEY').innerText()).resolves.toContain('Key');
    await expect(page.getByText('Merchant-count pyramid')).toBeTruthy();
    await shot(page, 'english');
    await page.close();
  });

  it('serves GraphiQL from bundled assets', async () => {
    const page = await signIn(browser, 'analyst');
    await page.goto(`${new URL(page.url()).origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    await shot(page, 'graphiql');
    await page.close();
  });
});
