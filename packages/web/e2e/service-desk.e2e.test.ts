// Browser tests against a running server with demo data: how to run them is in browser.ts.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countOf, pick, signIn, withBrowser } from './browser.ts';

type Lang = 'zh' | 'en';

/** Signs in, in the language asked for (the app starts in Chinese). */
async function openAs(browser: Parameters<typeof signIn>[0], login: string, lang: Lang): Promise<Page> {
  const page = await signIn(browser, login);
  if (lang === 'en') {
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  return page;
}

/** Picks the antd Select option whose whole text is `text` (pick() matches a part: "Fixed" in "All unfixed"). */
async function pickExact(page: Page, selectTestId: string, text: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.first().waitFor();
  await options
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first()
    .click();
}

/**
 * How urgent each row reads, in list order: the least time left of its running clocks (negative once
 * overdue; the clock that runs next always has the least), or Infinity when both have stopped.
 */
async function urgencyOfRows(rows: Locator): Promise<number[]> {
  return rows.evaluateAll((els) =>
    els.map((el) => {
      const left = [...el.querySelectorAll('[data-minutes-left]')].map((t) =>
        Number(t.getAttribute('data-minutes-left')),
      );
      return left.length ? Math.min(...left) : Number.POSITIVE_INFINITY;
    }),
  );
}

const isSorted = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);

describe('the service desk (complaints, fault tickets) and imports, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  it('lets a branch manager respond to a breached complaint and stops its response clock', async () => {
    page = await signIn(browser(), 'bm_xian');
    await page.getByTestId('menu-complaints').click();
    await page.waitForURL(/\/complaints/);
    await page.waitForSelector(
      '[data-testid="complaint-list"][data-loading="false"] [data-testid="complaint-row"]',
    );
    await pick(page, 'complaint-breached-filter', '已超时');
    await page.waitForURL(/breached=true/);
    // Only breached rows once the filtered page has loaded.
    await page.waitForFunction(() => {
      const list = document.querySelector('[data-testid="complaint-list"]');
      const rows = [...document.querySelectorAll('[data-testid="complaint-row"]')];
      return (
        list?.getAttribute('data-loading') === 'false' &&
        rows.length > 0 &&
        rows.every((r) => r.getAttribute('data-breached') === 'true')
      );
    });
    expect(await countOf(page, 'complaint-total')).toBeGreaterThan(0);
    // Every row shows both clocks; a breached one in red.
    const rows = page.getByTestId('complaint-row');
    for (let i = 0; i < (await rows.count()); i++) {
      const states = [
        await rows.nth(i).getByTestId('sla-response').getAttribute('data-state'),
        await rows.nth(i).getByTestId('sla-resolution').getAttribute('data-state'),
      ];
      expect(states).toContain('BREACHED');
    }
    const breachedClock = page.locator('[data-testid^="sla-"][data-state="BREACHED"]').first();
    await expect(breachedClock.textContent()).resolves.toContain('已超时');
    const color = await breachedClock.evaluate((el) => getComputedStyle(el).color);
    const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
    expect(r).toBeGreaterThan((g ?? 0) + 60);
    expect(r).toBeGreaterThan((b ?? 0) + 60);

    // A complaint still waiting for its first response (among the breached, or else any open one).
    let waiting = page.locator('[data-testid="complaint-row"][data-status="OPEN"]');
    if ((await waiting.count()) === 0) {
      // The whole board, most urgent first: a complaint waiting for its answer is near the top (a
      // status filter would drop the row from view once it is answered).
      await page.getByTestId('complaint-breached-filter').locator('.ant-select-clear').click();
      await page.waitForURL((url) => !url.search.includes('breached=true'));
      await page.waitForSelector('[data-testid="complaint-list"][data-loading="false"] [data-status="OPEN"]');
      waiting = page.locator('[data-testid="complaint-row"][data-status="OPEN"]');
    }
    const id = (await waiting.first().getAttribute('data-id')) ?? '';
    // A complaint's id is its global id (opaque, URL-safe).
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const row = page.locator(`[data-testid="complaint-row"][data-id="${id}"]`);
    await expect(row.getByTestId('sla-response').getAttribute('data-state')).resolves.not.toBe('MET');
    await row.getByTestId('complaint-respond').click();
    await page.getByTestId('complaint-action-form').waitFor();
    await page.getByTestId('complaint-note').fill('e2e 已致电商户，正在核实');
    await page.getByTestId('complaint-action-save').click();
    await page.getByTestId('complaint-action-form').waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-testid="complaint-row"][data-id="${id}"][data-status="IN_PROGRESS"]`);
    const stopped = await row.getByTestId('sla-response').getAttribute('data-state');
    expect(['MET', 'BREACHED']).toContain(stopped);
    await expect(row.getByTestId('sla-response').textContent()).resolves.toContain('用时');
    // The history shows the response.
    await row.locator('.ant-table-row-expand-icon').click();
    await page.locator('[data-testid="desk-event"][data-action="respond"]').first().waitFor();
  });

  it('lets operations staff move a fault ticket to on site', async () => {
    page = await signIn(browser(), 'ops_xian');
    await page.waitForURL(/\/faults/);
    await page.waitForSelector('[data-testid="fault-list"][data-loading="false"] [data-testid="fault-row"]');
    await pick(page, 'fault-status-filter', '全部未修复');
    await page.waitForURL(/status=UNFIXED/);
    await page.waitForFunction(() => {
      const list = document.querySelector('[data-testid="fault-list"]');
      const rows = [...document.querySelectorAll('[data-testid="fault-row"]')];
      return (
        list?.getAttribute('data-loading') === 'false' &&
        rows.length > 0 &&
        rows.every((r) => ['OPEN', 'ASSIGNED', 'ON_SITE'].includes(r.getAttribute('data-status') ?? ''))
      );
    });
    // An assigned ticket; else take an open one first.
    let assigned = page.locator('[data-testid="fault-row"][data-status="ASSIGNED"]');
    if ((await assigned.count()) === 0) {
      const open = page.locator('[data-testid="fault-row"][data-status="OPEN"]').first();
      const openId = (await open.getAttribute('data-id')) ?? '';
      await open.getByTestId('fault-assign-me').click();
      await page.waitForSelector(`[data-testid="fault-row"][data-id="${openId}"][data-status="ASSIGNED"]`);
      assigned = page.locator(`[data-testid="fault-row"][data-id="${openId}"]`);
    }
    const id = (await assigned.first().getAttribute('data-id')) ?? '';
    const row = page.locator(`[data-testid="fault-row"][data-id="${id}"]`);
    await expect(row.getByTestId('sla-response').getAttribute('data-state')).resolves.not.toBe('MET');
    await row.getByTestId('fault-to-ON_SITE').click();
    await page.getByTestId('fault-action-form').waitFor();
    await page.getByTestId('fault-note').fill('e2e 工程师已到场');
    await page.getByTestId('fault-action-save').click();
    await page.getByTestId('fault-action-form').waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-testid="fault-row"][data-id="${id}"][data-status="ON_SITE"]`);
    await expect(row.getByTestId('fault-status').textContent()).resolves.toBe('已到场');
    expect(['MET', 'BREACHED']).toContain(await row.getByTestId('sla-response').getAttribute('data-state'));
    await expect(row.getByTestId('sla-repair').getAttribute('data-state')).resolves.not.toBe('MET');
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`opens the complaints and fault boards most urgent first (${lang})`, async () => {
      page = await openAs(browser(), 'bm_xian', lang);
      await page.getByTestId('menu-complaints').click();
      await page.waitForURL(/\/complaints/);
      await page.waitForSelector(
        '[data-testid="complaint-list"][data-loading="false"] [data-testid="complaint-row"]',
      );
      const complaints = await urgencyOfRows(page.getByTestId('complaint-row'));
      expect(complaints.length).toBeGreaterThan(1);
      expect(isSorted(complaints)).toBe(true);
      // The first row is breached (time left below zero) or has the least time left of the page.
      const first = page.getByTestId('complaint-row').first();
      const firstStates = [
        await first.getByTestId('sla-response').getAttribute('data-state'),
        await first.getByTestId('sla-resolution').getAttribute('data-state'),
      ];
      expect(firstStates.includes('BREACHED') || complaints[0] === Math.min(...complaints)).toBe(true);

      await page.close();
      page = await openAs(browser(), 'ops_xian', lang);
      await page.waitForURL(/\/faults/);
      await page.waitForSelector(
        '[data-testid="fault-list"][data-loading="false"] [data-testid="fault-row"]',
      );
      const tickets = await urgencyOfRows(page.getByTestId('fault-row'));
      expect(tickets.length).toBeGreaterThan(1);
      expect(isSorted(tickets)).toBe(true);
      // Running tickets come first: the first row is not yet fixed.
      expect(['OPEN', 'ASSIGNED', 'ON_SITE']).toContain(
        await page.getByTestId('fault-row').first().getAttribute('data-status'),
      );
    });

    it(`offers a fixed fault ticket only close and reopen, and reopens it (${lang})`, async () => {
      const label =
        lang === 'zh'
          ? { fixed: '已修复', close: '关闭', reopen: '重新打开' }
          : { fixed: 'Fixed', close: 'Close', reopen: 'Reopen' };
      page = await openAs(browser(), 'ops_xian', lang);
      await page.waitForURL(/\/faults/);
      await page.waitForSelector(
        '[data-testid="fault-list"][data-loading="false"] [data-testid="fault-row"]',
      );
      await pickExact(page, 'fault-status-filter', label.fixed);
      await page.waitForURL(/status=FIXED/);
      await page.waitForFunction(() => {
        const list = document.querySelector('[data-testid="fault-list"]');
        const rows = [...document.querySelectorAll('[data-testid="fault-row"]')];
        return (
          list?.getAttribute('data-loading') === 'false' &&
          rows.length > 0 &&
          rows.every((r) => r.getAttribute('data-status') === 'FIXED')
        );
      });
      const row = page.getByTestId('fault-row').first();
      const id = (await row.getAttribute('data-id')) ?? '';
      // Exactly two steps: close, and reopen (not "assign", not "on site").
      const steps = row.locator('[data-testid^="fault-to-"]');
      expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
        'fault-to-CLOSED',
        'fault-to-REOPEN',
      ]);
      expect(await steps.allTextContents()).toEqual([label.close, label.reopen]);
      expect(await row.getByTestId('fault-assign-me').count()).toBe(0);

      // Reopening (the fix did not hold) sends it back to its engineer: it leaves the fixed list.
      await row.getByTestId('fault-to-REOPEN').click();
      await page.getByTestId('fault-action-form').waitFor();
      await expect(page.locator('.ant-modal-title').last().textContent()).resolves.toBe(label.reopen);
      await page.getByTestId('fault-note').fill(`e2e ${lang} 修复后仍无法刷卡`);
      await page.getByTestId('fault-action-save').click();
      await page.getByTestId('fault-action-form').waitFor({ state: 'detached' });
      await page.waitForSelector(`[data-testid="fault-row"][data-id="${id}"]`, { state: 'detached' });
    });
  }

  it('uploads a merchants file and lists its rejected rows by row and column', async () => {
    page = await signIn(browser(), 'bm_xian');
    await page.getByTestId('menu-imports').click();
    await page.waitForURL(/\/imports/);
    const csv = [
      'mid,name,mcc,category,fee_plan,rate,cap,branch,manager,onboarded_on,contact_name,contact_mobile',
      '12345,坏商户号,5812,餐娱类,rate,0.0125,,西安分公司,am_xian_1,2026-01-05,,',
      '898791099999991,坏日期,5812,餐娱类,rate,0.0125,,西安分公司,am_xian_1,2026-13-45,,',
    ].join('\n');
    await page
      .getByTestId('import-form')
      .locator('input[type="file"]')
      .setInputFiles({ name: 'e2e-merchants.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
    await page.getByTestId('import-start').click();
    await page.waitForURL(/run=\d+/);
    // Polled until it ends: nothing written, both rows listed.
    await page.waitForSelector('[data-testid="import-run"][data-status="rejected"]', { timeout: 60_000 });
    await expect(page.getByTestId('import-run').getAttribute('data-rejected')).resolves.toBe('2');
    const errors = page.getByTestId('import-errors');
    await expect(errors.locator('tbody tr', { hasText: 'mid' }).first().textContent()).resolves.toMatch(/^2/);
    await expect(
      errors.locator('tbody tr', { hasText: 'onboarded_on' }).first().textContent(),
    ).resolves.toMatch(/^3/);
  });
});
