// Browser tests against a running server with demo data: how to run them is in browser.ts.
// 用户管理 in both languages: an administrator creates an account manager, who signs in with the
// one-time password, must choose their own (the policy's words before anything is sent), then sees
// My work; deactivated, their open session (another browser context) is refused at its next
// request and the sign-in page says why.
import { problemText } from '@cornerstone/shared/problems';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANG_KEY, type Lang, translate } from '../src/lib/i18n.ts';
import { BASE, withBrowser } from './browser.ts';

const LANGS: { lang: Lang; locale: string }[] = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
];
const PASSWORD = 'cornerstone-demo';

/** A fresh context whose app speaks `lang`, on the sign-in page. */
async function open(browser: Browser, lang: Lang, locale: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
  await context.addInitScript(([key, l]) => localStorage.setItem(key, l), [LANG_KEY, lang] as const);
  const p = await context.newPage();
  p.setDefaultTimeout(30_000);
  await p.goto(`${BASE}/`);
  await p.getByTestId('login-name').waitFor();
  return p;
}

async function submitLogin(p: Page, login: string, password: string) {
  await p.getByTestId('login-name').fill(login);
  await p.getByTestId('login-password').fill(password);
  await p.getByTestId('login-submit').click();
}

/**
 * Picks the branch of the user form. Its options arrive with the branches query, which may answer
 * while the list is opening: a click then can land on a list being redrawn, so the choice is read
 * back and made again if it did not take.
 */
async function chooseBranch(p: Page, name: string) {
  const select = p.getByTestId('user-branch');
  for (let attempt = 0; attempt < 3; attempt++) {
    await select.click();
    const option = p
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name })
      .first();
    await option.waitFor();
    await option.click();
    await p.waitForTimeout(300);
    if ((await select.textContent())?.includes(name)) {
      await p.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
      return;
    }
  }
  throw new Error(`the branch ${name} could not be chosen`);
}

describe('user administration in headless Chromium', () => {
  let page: Page | undefined;
  let other: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const { lang, locale } of LANGS) {
    it(`[${lang}] creates an account manager who must change the one-time password, then is refused at once when deactivated`, async () => {
      // Unique in every run: the demo data may have seen this test before.
      const login = `am_e2e_${lang}_${Date.now().toString(36)}`;
      page = await open(browser(), lang, locale);
      await submitLogin(page, 'admin', PASSWORD);
      await page.getByTestId('me').waitFor();
      await page.getByTestId('menu-admin/users').click();
      await page.locator('[data-testid="page-users"][data-loading="false"]').waitFor();

      await page.getByTestId('user-create').click();
      await page.getByTestId('user-login').fill(login);
      await page.getByTestId('user-display-name').fill(lang === 'zh' ? '测试经理' : 'Test manager');
      await chooseBranch(page, '西安分公司');
      await page.getByTestId('user-form-save').click();
      const shown = page.getByTestId('one-time-password');
      await shown.waitFor();
      const otp = (await shown.textContent())?.trim() ?? '';
      expect(otp).toMatch(/^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
      await page.getByTestId('one-time-password-done').click();

      // The new account manager, in a second browser context.
      other = await open(browser(), lang, locale);
      await submitLogin(other, login, otp);
      await other.getByTestId('page-must-change-password').waitFor();
      await other.getByTestId('current-password').fill(otp);
      // The policy speaks before anything is sent, in the page's language.
      await other.getByTestId('new-password').fill('short-1');
      await other.getByTestId('confirm-password').fill('short-1');
      await other.getByTestId('change-password-submit').click();
      // The field's message, once the (asynchronous) validation has put it there.
      const explained = (text: string) =>
        other!.locator('.ant-form-item-explain-error', { hasText: text }).first().waitFor();
      await explained(problemText(lang, 'password.tooShort', { min: 10 }));
      await other.getByTestId('new-password').fill(`${login}-pw-2026`);
      await other.getByTestId('confirm-password').fill(`${login}-pw-2026`);
      await other.getByTestId('change-password-submit').click();
      await explained(problemText(lang, 'password.containsLogin'));
      await other.getByTestId('new-password').fill('lantern-river-stone');
      await other.getByTestId('confirm-password').fill('lantern-river-stone');
      await other.getByTestId('change-password-submit').click();
      await other.getByTestId('my-work').waitFor();
      await expect(other.getByTestId('me').getAttribute('data-role')).resolves.toBe('account_manager');

      // The administrator deactivates them (confirmed); the list says so.
      await page.getByTestId('users-search').locator('input').fill(login);
      await page.getByTestId('users-search').locator('input').press('Enter');
      const row = page.getByTestId(`user-row-${login}`);
      await row.waitFor();
      await page.getByTestId(`user-deactivate-${login}`).click();
      await page.locator('[data-testid="confirm-ok"]:visible').click();
      await page.locator(`[data-testid="user-row-${login}"][data-active="false"]`).waitFor();

      // Their open session: the next request is refused, and the sign-in page says why.
      await other.getByTestId('menu-merchants').click();
      const notice = other.getByTestId('login-notice');
      await notice.waitFor();
      await expect(notice.getAttribute('data-reason')).resolves.toBe('sessionEnded');
      await expect(notice.textContent()).resolves.toContain(translate(lang, 'sessionEnded'));
      // Nor can they sign in again.
      await submitLogin(other, login, 'lantern-river-stone');
      await other.getByTestId('login-error').waitFor();
      await other.context().close();
      other = undefined;
    }, 120_000);
  }

  it('answers 403 on the users page for a role that may not use it', async () => {
    page = await open(browser(), 'zh', 'zh-CN');
    await submitLogin(page, 'analyst', PASSWORD);
    await page.getByTestId('me').waitFor();
    expect(await page.getByTestId('menu-admin/users').count()).toBe(0);
    await page.goto(`${BASE}/admin/users`);
    await page.getByTestId('page-forbidden').waitFor();
  });
});
