// Browser tests against a running server with demo data (the CI sets CORNERSTONE_E2E_URL):
//   cd packages/web && CORNERSTONE_E2E_URL=http://localhost:4100 npx vitest run --config vitest.e2e.config.ts
// One screenshot per test goes to packages/web/test-results/.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, countOf, launch, listTotal, pick, pyramidCounts, shot, signIn, TIERS } from './browser.ts';

const sum = (tiers: Record<string, number>) => Object.values(tiers).reduce((a, b) => a + b, 0);

describe('the web app in headless Chromium', () => {
  let browser: Browser;
  let page: Page | undefined;

  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async (ctx) => {
    if (!page) return;
    await shot(page, ctx.task.name.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '')).catch(() => undefined);
    await page.context().close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('logs in as analyst and shows four tiers whose counts sum to the total', async () => {
    page = await signIn(browser, 'analyst');
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
    page = await signIn(browser, 'analyst');
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
    page = await signIn(browser, 'analyst');
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

  it('switches the labels to English and remembers it', async () => {
    page = await signIn(browser, 'analyst');
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
    page = await signIn(browser, 'analyst');
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

  it('lets an account manager clear an overdue visit from My work', async () => {
    page = await signIn(browser, 'am_xian_1');
    await page.waitForURL(/\/work/);
    await expect(page.getByTestId('me').getAttribute('data-role')).resolves.toBe('account_manager');
    await page.waitForSelector('[data-testid="count-overdue"][data-count]');
    expect(await countOf(page, 'count-overdue')).toBeGreaterThan(0);
    // Overdue cadence tasks (visits and call-backs), oldest due first.
    await page.getByTestId('count-overdue').click();
    await page.waitForURL(/state=OVERDUE/);
    await pick(page, 'task-kind-filter', '维护频次');
    await page.waitForURL(/kind=CADENCE/);
    const overdue = page.locator(
      '[data-testid^="work-task-"][data-state="OVERDUE"]:is([data-channel="visit"], [data-channel="call"])',
    );
    await overdue.first().waitFor();
    await page.waitForSelector('[data-testid="work-tasks"][data-loading="false"]');
    const row = overdue.first();
    const mid = (await row.getAttribute('data-mid')) ?? '';
    const channel = (await row.getAttribute('data-channel')) ?? '';
    expect(mid).toMatch(/^\d{15}$/);
    await expect(row.getByTestId('task-state').textContent()).resolves.toContain('已逾期');
    await row.getByTestId('task-merchant-link').click();
    await page.waitForURL(new RegExp(`/merchants/${mid}$`));

    // The merchant page shows the same task overdue.
    await page.waitForSelector('[data-testid="open-tasks"][data-loading="false"]');
    const task = page.getByTestId('open-tasks').getByTestId(`task-${channel}`);
    await expect(task.getAttribute('data-state')).resolves.toBe('OVERDUE');

    // 记录联系: a visit that reached the merchant (a visit also counts as a call-back).
    const notes = `e2e 拜访 ${Date.now()}`;
    await page.getByTestId('log-interaction').click();
    await page.getByTestId('interaction-form').waitFor();
    await page.getByTestId('interaction-notes').fill(notes);
    await page.getByTestId('interaction-save').click();
    await page.getByTestId('interaction-form').waitFor({ state: 'detached' });

    // On the timeline, newest first, and the task is no longer overdue.
    const first = page.getByTestId('timeline').getByTestId('timeline-item').first();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="timeline-item"]')?.textContent?.includes(text) ?? false,
      notes,
    );
    await expect(first.getAttribute('data-kind')).resolves.toBe('visit');
    await expect(first.textContent()).resolves.toContain('拜访');
    await page.waitForFunction((ch) => {
      const t = document.querySelector(`[data-testid="open-tasks"] [data-testid="task-${ch}"]`);
      return t?.getAttribute('data-state') !== 'OVERDUE';
    }, channel);

    await shot(page, 'merchant-page-after-logging-a-visit');

    // Back on My work, the merchant has no overdue visit or call-back left.
    await page.getByTestId('menu-work').click();
    await page.waitForURL(/\/work/);
    await page.waitForSelector('[data-testid="work-tasks"][data-loading="false"]');
    const left = page.locator(
      `[data-testid^="work-task-"][data-mid="${mid}"][data-state="OVERDUE"]:is([data-channel="visit"], [data-channel="call"])`,
    );
    expect(await left.count()).toBe(0);
    await page.getByTestId('tab-kpis').click();
    await page.waitForSelector('[data-testid="kpi-visits"][data-count]');
    expect(await countOf(page, 'kpi-visits')).toBeGreaterThan(0);
  });

  it('runs a greeting campaign once per merchant and marks greetings sent', async () => {
    page = await signIn(browser, 'bm_xian');
    await page.getByTestId('menu-campaigns').click();
    await page.waitForURL(/\/campaigns/);
    await pick(page, 'campaign-tier', '小客户');
    await expect(page.getByTestId('campaign-preview').textContent()).resolves.toContain('春节');
    await page.getByTestId('campaign-run').click();
    const result = page.getByTestId('campaign-result');
    await result.waitFor();
    const created = Number(await result.getAttribute('data-created'));
    const already = Number(await result.getAttribute('data-already'));
    expect(created + already).toBeGreaterThan(0);
    // The same campaign again creates nothing twice.
    await page.getByTestId('campaign-run').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="campaign-result"]')?.getAttribute('data-created') === '0',
    );
    await expect(result.getAttribute('data-already')).resolves.toBe(String(created + already));
    // Mark one greeting sent: it leaves the list of greetings to send.
    await page.waitForSelector('[data-testid="greetings-to-send"][data-loading="false"][data-count]');
    const before = await countOf(page, 'greetings-to-send');
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('greeting-row').first().getByRole('checkbox').check();
    await page.getByTestId('mark-sent').click();
    await page.waitForFunction(
      (n) =>
        document.querySelector('[data-testid="greetings-to-send"]')?.getAttribute('data-count') === String(n),
      before - 1,
    );
  });

  it('lets a branch manager respond to a breached complaint and stops its response clock', async () => {
    page = await signIn(browser, 'bm_xian');
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
      await page.getByTestId('complaint-breached-filter').locator('.ant-select-clear').click();
      await pick(page, 'complaint-status-filter', '待响应');
      await page.waitForURL(/status=OPEN/);
      await page.waitForSelector('[data-testid="complaint-list"][data-loading="false"] [data-status="OPEN"]');
      waiting = page.locator('[data-testid="complaint-row"][data-status="OPEN"]');
    }
    const id = (await waiting.first().getAttribute('data-id')) ?? '';
    expect(id).toMatch(/^\d+$/);
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

  it('reveals a mobile to its account manager but not to an analyst', async () => {
    page = await signIn(browser, 'am_xian_1');
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

    page = await signIn(browser, 'analyst');
    await page.goto(`${BASE}/merchants/${mid}`);
    await page.getByTestId('merchant-page').waitFor();
    await page.getByTestId('terminals').waitFor();
    expect((await page.getByTestId('contact-mobile').textContent())?.trim()).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await page.getByTestId('reveal-mobile').count()).toBe(0);
  });

  it('lets operations staff move a fault ticket to on site', async () => {
    page = await signIn(browser, 'ops_xian');
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

  it('uploads a merchants file and lists its rejected rows by row and column', async () => {
    page = await signIn(browser, 'bm_xian');
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

  it('exports the filtered merchant list as CSV with exactly the listed merchants, masked', async () => {
    page = await signIn(browser, 'analyst');
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

  it('lets an account manager decline a recommended product, which leaves the list', async () => {
    page = await signIn(browser, 'am_xian_1');
    await page.goto(`${BASE}/merchants`);
    expect(await listTotal(page)).toBeGreaterThan(0);
    const mids = (await page.getByTestId('merchant-link').allTextContents()).map((m) => m.trim());
    // The first of the account manager's merchants with something to recommend.
    let rows = page.locator('[data-testid="recommendations"] [data-code]');
    for (const mid of mids) {
      await page.goto(`${BASE}/merchants/${mid}`);
      await page.waitForSelector('[data-testid="recommendations"][data-loading="false"][data-count]');
      if ((await countOf(page, 'recommendations')) > 0) break;
    }
    rows = page.locator('[data-testid="recommendations"] [data-code]');
    expect(await rows.count()).toBeGreaterThan(0);
    const first = rows.first();
    const code = (await first.getAttribute('data-code')) ?? '';
    expect(code).not.toBe('');
    await expect(first.getAttribute('data-testid')).resolves.toBe(`rec-${code}`);
    // The reasons in Chinese, as bullets; the score as a bar; the three outcomes.
    expect(await first.getByTestId('rec-reasons').locator('li').count()).toBeGreaterThan(0);
    await expect(first.getByTestId('rec-reasons').textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);
    await first.getByTestId('rec-score').waitFor();
    await expect(first.getByTestId('rec-offered').textContent()).resolves.toBe('已推荐');
    await expect(first.getByTestId('rec-accepted').textContent()).resolves.toBe('接受');
    const before = await countOf(page, 'recommendations');

    await first.getByTestId('rec-declined').click();
    await page.getByTestId('offer-form').waitFor();
    await page.getByTestId('offer-note').fill('e2e：商户暂不需要');
    await page.getByTestId('offer-save').click();
    await page.getByTestId('offer-form').waitFor({ state: 'detached' });
    await page.locator(`[data-testid="rec-${code}"]`).waitFor({ state: 'detached' });
    await page.waitForSelector(`[data-testid="recommendations"][data-count="${before - 1}"]`);
    await page.getByTestId('held-products').waitFor();
  });

  it('renders the benchmark report for last month with the four metrics and their percentiles', async () => {
    page = await signIn(browser, 'am_xian_1');
    await page.goto(`${BASE}/merchants`);
    expect(await listTotal(page)).toBeGreaterThan(0);
    await page.getByTestId('merchant-link').first().click();
    await page.getByTestId('merchant-page').waitFor();
    const mid = (await page.getByTestId('merchant-mid').textContent())?.trim() ?? '';
    await page.getByTestId('benchmark-link').click();
    await page.waitForURL(new RegExp(`/merchants/${mid}/benchmark\\?period=\\d{4}-\\d{2}$`));
    // Last month in China time: the report's default period.
    const now = new Date(Date.now() + 8 * 3_600_000);
    const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
      .toISOString()
      .slice(0, 7);
    expect(new URL(page.url()).searchParams.get('period')).toBe(lastMonth);
    const report = page.getByTestId('benchmark-report');
    await report.waitFor();
    await expect(report.getAttribute('data-period')).resolves.toBe(lastMonth);
    expect(Number(await report.getAttribute('data-peers'))).toBeGreaterThan(0);
    await expect(page.getByTestId('benchmark-mid').textContent()).resolves.toBe(mid);
    for (const metric of ['amount', 'ticket', 'growth', 'feeRate']) {
      const tile = page.getByTestId(`metric-${metric}`);
      const p = Number(await tile.getAttribute('data-percentile'));
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
      await expect(tile.getByTestId('metric-wording').textContent()).resolves.toBe(
        `高于 ${Math.round(p * 100)}% 同业`,
      );
      await expect(tile.getByTestId('metric-value').textContent()).resolves.not.toBe('–');
      await expect(tile.textContent()).resolves.toContain('同业中位数');
    }
    await expect(
      page.getByTestId('metric-amount').getByTestId('metric-value').textContent(),
    ).resolves.toMatch(/^¥[\d,]+\.\d{2}$/);
    await expect(page.getByTestId('benchmark-category-rate').textContent()).resolves.toMatch(/%$/);

    // Printed: no menu, header or toolbar, and the report fits one A4 portrait page.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('benchmark-print').isVisible()).resolves.toBe(false);
    await expect(report.isVisible()).resolves.toBe(true);
    await shot(page, 'benchmark-report-print');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('lets a branch manager create a club event and invite each merchant once', async () => {
    page = await signIn(browser, 'bm_xian');
    await page.getByTestId('menu-events').click();
    await page.waitForURL(/\/events/);
    const title = `e2e 重要客户俱乐部 ${Date.now()}`;
    await pick(page, 'event-kind', '重要客户俱乐部');
    await page.getByTestId('event-title').fill(title);
    await page.getByTestId('event-location').fill('西安市碑林区南大街 1 号');
    await page.getByTestId('event-create').click();
    const row = page.locator(`[data-testid^="event-"][data-title="${title}"]`);
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('重要客户');
    // Picked and shown in China time: the default start, 14:00.
    await expect(row.textContent()).resolves.toContain(' 14:00');
    const id = ((await row.getAttribute('data-testid')) ?? '').replace(/^event-/, '');
    expect(id).toMatch(/^\d+$/);

    await row.getByTestId('event-invite').click();
    const result = page.locator(`[data-testid="invite-result"][data-event="${id}"]`);
    await result.waitFor();
    const invited = Number(await result.getAttribute('data-invited'));
    expect(invited).toBeGreaterThan(0);
    await expect(result.getAttribute('data-already')).resolves.toBe('0');
    await page.waitForFunction(
      ([t, n]) =>
        document.querySelector(`[data-title="${t}"] [data-testid="event-invited"]`)?.textContent === n,
      [title, invited.toLocaleString('zh-CN')] as const,
    );

    // Sending again invites nobody twice.
    await row.getByTestId('event-invite').click();
    await page.waitForSelector(
      `[data-testid="invite-result"][data-event="${id}"][data-invited="0"][data-already="${invited}"]`,
    );
    await expect(page.getByTestId('invite-now').textContent()).resolves.toBe('0');
  });

  it('lists product follow-ups in My work and shows the lifetime value on the merchant page', async () => {
    page = await signIn(browser, 'am_xian_1');
    await page.waitForURL(/\/work/);
    await page.getByTestId('tab-products').click();
    const first = page.locator('[data-testid^="product-work-"]').first();
    await first.waitFor();
    const mid = (await first.getAttribute('data-testid'))!.replace('product-work-', '');
    await first.locator('a').first().click();
    await page.waitForURL(new RegExp(`/merchants/${mid}`));
    await expect(page.getByTestId('merchant-clv').textContent()).resolves.toMatch(/¥/);
    await page.getByTestId('recommendations').waitFor();
  });

  it('serves GraphiQL from bundled assets', async () => {
    page = await signIn(browser, 'analyst');
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
