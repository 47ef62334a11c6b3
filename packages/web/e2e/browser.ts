// Helpers for the browser tests: headless Chromium (playwright-core) against a running server with
// demo data at CORNERSTONE_E2E_URL (the CI sets it):
//   cd packages/web && CORNERSTONE_E2E_URL=http://localhost:4100 npx vitest run --config vitest.e2e.config.ts
// One screenshot per test goes to packages/web/test-results/.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { TIER_CODES, type TierCode } from '@cornerstone/shared/tier/tier-scheme';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { LANG_KEY } from '../src/lib/i18n.ts';

export const BASE = (process.env.CORNERSTONE_E2E_URL ?? '').replace(/\/$/, '');
const SHOTS = resolve(import.meta.dirname, '../test-results');
export const TIERS = TIER_CODES;
export type TierKey = TierCode;

export async function launch(): Promise<Browser> {
  if (!BASE) {
    throw new Error(
      'CORNERSTONE_E2E_URL is not set: start the server with demo data and point the browser tests at it',
    );
  }
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * One browser for a test file. After each test the page it opened (`current`) is photographed and
 * closed, then `closed` forgets it. Returns the browser, launched once the file starts.
 */
export function withBrowser(current: () => Page | undefined, closed: () => void): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async (ctx) => {
    const page = current();
    if (!page) return;
    await shot(page, ctx.task.name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')).catch(() => undefined);
    await page.context().close();
    closed();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running (launched before the first test)');
    return browser;
  };
}

/** A fresh context (own sessionStorage and localStorage) on the smallest screen in use, signed in. */
export async function signIn(browser: Browser, login: string, password = 'cornerstone-demo'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.setDefaultTimeout(30_000);
  await page.goto(`${BASE}/`);
  await page.getByTestId('login-name').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('me').waitFor();
  return page;
}

/**
 * A fresh context whose app speaks `lang` (zh-CN or en-US), on the smallest screen in use, signed
 * in as `login`.
 */
export async function signInAs(
  browser: Browser,
  login: string,
  lang: 'zh' | 'en',
  opts: { password?: string; acceptDownloads?: boolean } = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: lang === 'zh' ? 'zh-CN' : 'en-US',
    acceptDownloads: opts.acceptDownloads ?? false,
  });
  await context.addInitScript(([key, l]) => localStorage.setItem(key, l), [LANG_KEY, lang] as const);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${BASE}/`);
  await page.getByTestId('login-name').fill(login);
  await page.getByTestId('login-password').fill(opts.password ?? 'cornerstone-demo');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('me').waitFor();
  return page;
}

/**
 * GraphQL through the page's own session cookie, as the app sends it: to read a setting before a
 * test and put it back after. Throws on any GraphQL error.
 */
export async function gqlIn<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return (await res.json()) as { data?: unknown; errors?: unknown };
    },
    [query, variables] as const,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Counts the requests that send the named mutation: a refusal must come from the server. */
export function countMutations(page: Page, name: string): { n: number } {
  const counter = { n: 0 };
  page.on('request', (r) => {
    if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes(name)) counter.n++;
  });
  return counter;
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

/** A number the app puts in a data-count attribute, free of locale formatting. */
export async function countOf(page: Page, testId: string): Promise<number> {
  const value = await page.getByTestId(testId).first().getAttribute('data-count');
  if (!value || !/^\d+$/.test(value)) throw new Error(`${testId} has no count (${value})`);
  return Number(value);
}

/** The pyramid's total and the count of each tier, once the page has data. */
export async function pyramidCounts(page: Page): Promise<{ total: number; tiers: Record<TierKey, number> }> {
  await page.getByTestId('tier-count-KEY').waitFor();
  const tiers = {} as Record<TierKey, number>;
  for (const t of TIERS) tiers[t] = await countOf(page, `tier-count-${t}`);
  return { total: await countOf(page, 'total-merchants'), tiers };
}

/** The merchant list's total, once it has finished loading. */
export async function listTotal(page: Page): Promise<number> {
  await page.waitForSelector(
    '[data-testid="merchant-list"][data-loading="false"] [data-testid="merchant-total"][data-count]',
  );
  return countOf(page, 'merchant-total');
}

/** Clicks the option showing `text` in the open dropdown, then waits until that dropdown has closed. */
async function chooseOption(page: Page, text: string): Promise<void> {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor();
  // A dropdown still closing would offer its options to the next pick: wait until it has closed.
  // On a starved machine a click can land while the list is still sliding in and choose nothing,
  // leaving it open (seen once in CI-like runs); then choose again — in a single select, choosing
  // the chosen option only closes the list.
  const open = page.locator('.ant-select-dropdown:visible').first();
  for (let attempt = 1; ; attempt++) {
    await option.click();
    try {
      await open.waitFor({ state: 'hidden', timeout: 10_000 });
      return;
    } catch (err) {
      if (attempt >= 3) throw err;
      if (!(await open.isVisible())) return;
    }
  }
}

/**
 * Picks the option of a searchable select that shows `text`: types it (the select searches as it
 * would for a user), then chooses that option — never another in its place.
 */
export async function pickSearched(page: Page, selectTestId: string, text: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.keyboard.type(text);
  await chooseOption(page, text);
}

/** Picks the option of a select that shows `text` (a part of it); fails when there is none. */
export async function pick(page: Page, selectTestId: string, text: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await chooseOption(page, text);
}
