// Browser tests against a running server with demo data: how to run them is in browser.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, countOf, listTotal, pick, shot, signIn, withBrowser } from './browser.ts';

describe('My work, greetings, recommendations, the benchmark report and customer events, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  it('lets an account manager clear an overdue visit from My work', async () => {
    page = await signIn(browser(), 'am_xian_1');
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
      '[data-testid="tasks-table"] [data-testid^="work-task-"][data-state="OVERDUE"]:is([data-channel="visit"], [data-channel="call"])',
    );
    await overdue.first().waitFor();
    // The table keeps the previous rows on screen while the filtered ones load: wait until every row
    // is of the kind asked for, so the row read below is the one clicked, not replaced in between.
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll('[data-testid="tasks-table"] [data-testid^="work-task-"]')];
      return (
        document.querySelector('[data-testid="work-tasks"]')?.getAttribute('data-loading') === 'false' &&
        rows.length > 0 &&
        rows.every((r) => r.getAttribute('data-kind') === 'CADENCE')
      );
    });
    const candidate = overdue.first();
    const mid = (await candidate.getAttribute('data-mid')) ?? '';
    const channel = (await candidate.getAttribute('data-channel')) ?? '';
    expect(mid).toMatch(/^\d{15}$/);
    // That row by its merchant and channel, wherever a later render puts it.
    const row = page
      .locator(
        `[data-testid="tasks-table"] [data-testid^="work-task-"][data-state="OVERDUE"][data-mid="${mid}"][data-channel="${channel}"]`,
      )
      .first();
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
    // The outcome is the user's to say (it decides whether the visit counts): 已联系.
    await pick(page, 'interaction-outcome', '已联系');
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
    page = await signIn(browser(), 'bm_xian');
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

  it('lets an account manager decline a recommended product, which leaves the list', async () => {
    page = await signIn(browser(), 'am_xian_1');
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
    page = await signIn(browser(), 'am_xian_1');
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
    page = await signIn(browser(), 'bm_xian');
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
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/); // a global id (CustomerEvent:n, base64url)

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
    page = await signIn(browser(), 'am_xian_1');
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
});
