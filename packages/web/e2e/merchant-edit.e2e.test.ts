// Browser tests against a running server with demo data: how to run them is in browser.ts.
import { problemText } from '@cornerstone/shared/problems';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, listTotal, pick, signIn, withBrowser } from './browser.ts';

// Issue 24, editing merchants: a branch manager changes a merchant's contact mobile on its page; the
// page shows it masked, revealing shows the new number, the history has it masked; a bad number is
// refused under its field and changes nothing; a new merchant is created from the list. The demo
// database is shared by every browser test: this file alone uses am_xian_2's merchants.

const OWNER = 'am_xian_2';

async function english(page: Page) {
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

/** The MID of the owner's n-th merchant (0-based) in the list, by MID. */
async function merchantOf(page: Page, n: number): Promise<string> {
  await page.goto(`${BASE}/merchants?manager=${OWNER}`);
  await page.waitForURL((u) => u.searchParams.get('manager') === OWNER);
  expect(await listTotal(page)).toBeGreaterThan(n);
  await page.waitForFunction(
    (i) => (document.querySelectorAll('[data-testid="merchant-link"]').length ?? 0) > i,
    n,
  );
  return (await page.getByTestId('merchant-link').nth(n).textContent())!.trim();
}

/** Opens the edit form, sets the mobile and saves. */
async function editMobile(page: Page, mobile: string) {
  await page.getByTestId('merchant-edit').click();
  await page.getByTestId('merchant-form').waitFor();
  await page.getByTestId('merchant-form-contactMobile').fill(mobile);
  await page.getByTestId('merchant-form-save').click();
}

/** Changes the mobile, then checks the page, the reveal, the history and a refused bad number. */
async function mobileRoundTrip(page: Page, lang: 'zh' | 'en', mobile: string) {
  const masked = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
  await editMobile(page, mobile);
  const shown = page.getByTestId('contact-mobile');
  await page.waitForFunction(
    (m) => document.querySelector('[data-testid="contact-mobile"]')?.textContent === m,
    masked,
  );
  expect(await shown.getAttribute('data-revealed')).toBe('false');
  const history = page.getByTestId('change-history');
  await history.getByText(`→ ${masked}`).first().waitFor();
  const text = (await history.textContent()) ?? '';
  expect(text).toContain(lang === 'zh' ? '手机: ' : 'Mobile: ');
  expect(text).not.toContain(mobile);

  await page.getByTestId('reveal-mobile').click();
  await page.waitForSelector('[data-testid="contact-mobile"][data-revealed="true"]');
  expect(await shown.textContent()).toBe(mobile);
  await page.getByTestId('hide-mobile').click();

  // A bad number: refused under its field, in the page's language, and nothing changes.
  const rows = await history.locator('tbody tr').count();
  await editMobile(page, '1234567');
  const error = page.locator('.ant-form-item-has-error .ant-form-item-explain-error');
  await error.first().waitFor();
  expect(await error.first().textContent()).toBe(problemText(lang, 'import.mobileFormat'));
  await page.keyboard.press('Escape');
  await page.reload();
  await page.getByTestId('merchant-page').waitFor();
  await history.locator('tbody tr').first().waitFor();
  expect(await shown.textContent()).toBe(masked);
  expect(await history.locator('tbody tr').count()).toBe(rows);
}

describe('editing merchants, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  it('a branch manager edits a merchant’s mobile: masked on the page and in the history, the new number revealed (zh)', async () => {
    page = await signIn(browser(), 'bm_xian');
    const mid = await merchantOf(page, 0);
    await page.goto(`${BASE}/merchants/${mid}`);
    await page.getByTestId('merchant-page').waitFor();
    expect(await page.getByTestId('merchant-edit').textContent()).toContain('编辑');
    await mobileRoundTrip(page, 'zh', '13812341234');
  });

  it('the same in English', async () => {
    page = await signIn(browser(), 'bm_xian');
    await english(page);
    const mid = await merchantOf(page, 1);
    await page.goto(`${BASE}/merchants/${mid}`);
    await page.getByTestId('merchant-page').waitFor();
    expect(await page.getByTestId('merchant-edit').textContent()).toContain('Edit');
    await mobileRoundTrip(page, 'en', '13912345678');
  });

  it('creates a merchant from the list and opens its page (en)', async () => {
    page = await signIn(browser(), 'bm_xian');
    await english(page);
    await page.goto(`${BASE}/merchants`);
    await listTotal(page);
    await page.getByTestId('merchant-new').click();
    await page.getByTestId('merchant-form').waitFor();
    const mid = `8986109${String(Date.now() % 100_000_000).padStart(8, '0')}`;
    await page.getByTestId('merchant-form-mid').fill(mid);
    await page.getByTestId('merchant-form-name').fill('秦味面馆');
    // The MCC picks its category.
    await page.getByTestId('merchant-form-mcc').fill('5812');
    await page.getByTestId('merchant-form-rate').fill('0.006');
    await pick(page, 'merchant-form-manager', OWNER);
    await page.getByTestId('merchant-form-onboardedOn').fill('2026-12-01');
    // A bad number first: refused under its field; nothing is created.
    await page.getByTestId('merchant-form-contactMobile').fill('99');
    await page.getByTestId('merchant-form-save').click();
    const error = page.locator('.ant-form-item-has-error .ant-form-item-explain-error');
    await error.first().waitFor();
    expect(await error.first().textContent()).toBe(problemText('en', 'import.mobileFormat'));
    await page.getByTestId('merchant-form-contactMobile').fill('13700001111');
    await page.getByTestId('merchant-form-save').click();
    await page.waitForURL((u) => u.pathname === `/merchants/${mid}`);
    await page.getByTestId('merchant-page').waitFor();
    expect(await page.getByTestId('merchant-name').textContent()).toBe('秦味面馆');
    expect(await page.getByTestId('contact-mobile').textContent()).toBe('137****1111');
    await page.getByTestId('change-history').getByText('Created').first().waitFor();
  });
});
