// Browser tests against a running server with demo data: how to run them is in browser.ts.
// Forms that cannot lie, in both languages: an empty 记录联系 saves nothing, a refused sign-in says
// why until the user types again, and a screen the role may not use says so (403), unlike a page
// that does not exist (404).
import { problemText } from '@cornerstone/shared/problems';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANG_KEY, type Lang, translate } from '../src/lib/i18n.ts';
import { BASE, listTotal, withBrowser } from './browser.ts';

const LANGS: { lang: Lang; locale: string }[] = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
];
const PASSWORD = 'cornerstone-demo';
// A refused sign-in counts toward the server's throttle (5 a login in 15 minutes): one login each.
const REFUSED_LOGIN: Record<Lang, string> = { zh: 'analyst', en: 'admin' };

describe('forms that cannot lie, and pages that say why, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  /** A fresh context at 1440×900 whose app speaks `lang`, on the sign-in page. */
  const open = async (lang: Lang, locale: string): Promise<Page> => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, locale });
    await context.addInitScript(([key, l]) => localStorage.setItem(key, l), [LANG_KEY, lang] as const);
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    await p.goto(`${BASE}/`);
    await p.getByTestId('login-name').waitFor();
    return p;
  };
  const signIn = async (p: Page, login: string) => {
    await p.getByTestId('login-name').fill(login);
    await p.getByTestId('login-password').fill(PASSWORD);
    await p.getByTestId('login-submit').click();
    await p.getByTestId('me').waitFor();
  };
  const fieldError = (p: Page, field: string) =>
    p.getByTestId(`interaction-field-${field}`).locator('.ant-form-item-explain-error');

  for (const { lang, locale } of LANGS) {
    it(`[${lang}] refuses an empty interaction under its fields, keeps the words until the field changes, and saves nothing`, async () => {
      page = await open(lang, locale);
      await signIn(page, 'am_xian_1');
      await page.goto(`${BASE}/merchants`);
      expect(await listTotal(page)).toBeGreaterThan(0);
      await page.getByTestId('merchant-link').first().click();
      await page.getByTestId('merchant-page').waitFor();
      const timeline = page.locator('[data-testid="timeline"][data-loading="false"][data-total]');
      await timeline.waitFor();
      const total = await timeline.getAttribute('data-total');
      const newest = await page.getByTestId('timeline-item').first().getAttribute('data-ref');
      let sent = 0;
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('recordInteraction')) sent++;
      });

      // 记录联系, and save at once: the outcome and the note are missing, said in the page's language.
      await page.getByTestId('log-interaction').click();
      await page.getByTestId('interaction-form').waitFor();
      await page.getByTestId('interaction-save').click();
      const outcome = fieldError(page, 'outcome');
      const notes = fieldError(page, 'notes');
      await expect(outcome.textContent()).resolves.toBe(problemText(lang, 'interaction.outcomeMissing'));
      await expect(notes.textContent()).resolves.toBe(
        problemText(lang, 'interaction.notesMissing', { min: 2 }),
      );
      await expect(notes.textContent()).resolves.toMatch(lang === 'zh' ? /备注/ : /note/);
      // Still there a while later: nothing but the user clears them.
      await page.waitForTimeout(3000);
      await expect(outcome.isVisible()).resolves.toBe(true);
      await expect(notes.isVisible()).resolves.toBe(true);
      expect(await fieldError(page, 'kind').count()).toBe(0);
      // One character is not a note; two are, and only the note's message goes.
      await page.getByTestId('interaction-notes').fill('好');
      await page.getByTestId('interaction-save').click();
      await expect(notes.textContent()).resolves.toBe(
        problemText(lang, 'interaction.notesMissing', { min: 2 }),
      );
      await page.getByTestId('interaction-notes').fill('巡店');
      await notes.waitFor({ state: 'detached' });
      await expect(outcome.isVisible()).resolves.toBe(true);
      await page.getByTestId('interaction-save').click();
      await expect(outcome.textContent()).resolves.toBe(problemText(lang, 'interaction.outcomeMissing'));
      // Closed without saving: the server heard nothing, and the timeline is as it was after a reload.
      await page.getByTestId('interaction-cancel').click();
      await page.getByTestId('interaction-form').waitFor({ state: 'detached' });
      expect(sent).toBe(0);
      await page.reload();
      await timeline.waitFor();
      await expect(timeline.getAttribute('data-total')).resolves.toBe(total);
      await expect(page.getByTestId('timeline-item').first().getAttribute('data-ref')).resolves.toBe(newest);
    });

    it(`[${lang}] keeps a wrong password's message and the login until the user types again`, async () => {
      page = await open(lang, locale);
      const login = REFUSED_LOGIN[lang];
      await page.getByTestId('login-name').fill(login);
      await page.getByTestId('login-password').fill('not-the-password');
      await page.getByTestId('login-submit').click();
      const error = page.getByTestId('login-error');
      await error.waitFor();
      await expect(error.textContent()).resolves.toBe(translate(lang, 'loginFailed'));
      await page.waitForTimeout(3000);
      await expect(error.isVisible()).resolves.toBe(true);
      await expect(error.textContent()).resolves.toBe(translate(lang, 'loginFailed'));
      await expect(page.getByTestId('login-name').inputValue()).resolves.toBe(login);
      // The password is emptied for the next try; typing it takes the message away.
      await expect(page.getByTestId('login-password').inputValue()).resolves.toBe('');
      await page.getByTestId('login-password').pressSequentially(PASSWORD.slice(0, 3));
      await error.waitFor({ state: 'detached' });
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('me').waitFor();
    });

    it(`[${lang}] tells an account manager the pyramid is not for the role (403), and a made-up page is not there (404)`, async () => {
      page = await open(lang, locale);
      await signIn(page, 'am_xian_1');
      await page.waitForURL(/\/work/);
      await page.goto(`${BASE}/pyramid`);
      const forbidden = page.getByTestId('page-forbidden');
      await forbidden.waitFor();
      const text = (await forbidden.textContent()) ?? '';
      expect(text).toContain(translate(lang, 'noPermission'));
      expect(text).toContain(translate(lang, 'menuPyramid'));
      expect(text).toContain(translate(lang, 'role.account_manager'));
      expect(text).toMatch(lang === 'zh' ? /无权访问/ : /No permission/);
      expect(text).not.toContain('404');
      expect(await page.getByTestId('page-not-found').count()).toBe(0);

      await page.goto(`${BASE}/no-such-page`);
      const missing = page.getByTestId('page-not-found');
      await missing.waitFor();
      await expect(missing.textContent()).resolves.toContain(translate(lang, 'pageNotFound'));
      expect(await page.getByTestId('page-forbidden').count()).toBe(0);
      // Home is the role's own: My work.
      await missing.getByTestId('go-home').click();
      await page.waitForURL(/\/work$/);
    });
  }
});
