import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export const BASE = process.env.CORNERSTONE_E2E_URL ?? '';
const SHOTS = resolve(import.meta.dirname, '../test-results');

export async function launch(): Promise<Browser> {
  if (!BASE)
    throw new Error(
      'CORNERSTONE_E2E_URL is not set: start the server with demo data and point the browser tests at it',
    );
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function signIn(browser: Browser, login: string, password = 'cornerstone-demo'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await page.goto(BASE);
  await page.getByTestId('login-name').fill(login);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('me').waitFor();
  return page;
}

export async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`), fullPage: true });
}

export const tierCounts = async (page: Page) => {
  const counts: Record<string, number> = {};
  for (const t of ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'])
    counts[t] = Number(await page.getByTestId(`tier-count-${t}`).innerText());
  return counts;
};
