// Browser tests against a running server with demo data: how to run them is in browser.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, gqlIn, listTotal, pickSearched, signIn, withBrowser } from './browser.ts';

// Issue 24, 客户移交: a branch manager moves an account manager's merchants to a colleague from the
// merchant list. The demo database is shared by every browser test, so this file alone uses
// am_xian_3 and am_xian_4 (no other test signs in as them or filters by them).

const FROM = 'am_xian_3';
const TO = 'am_xian_4';

/** Waits until the list shows `n` merchants in all (it refetches in place after a move). */
const totalIs = (page: Page, n: number) =>
  page.waitForSelector(
    `[data-testid="merchant-list"][data-loading="false"] [data-testid="merchant-total"][data-count="${n}"]`,
  );

/** The number of open tasks My work's task tab lists for the signed-in account manager. */
async function openTasksOnMyWork(page: Page): Promise<number> {
  await page.goto(`${BASE}/work?tab=tasks&state=OPEN`);
  await page.waitForSelector('[data-testid="work-tasks"][data-loading="false"]');
  const total = page.getByTestId('tasks-total');
  await total.waitFor();
  return Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
}

async function english(page: Page) {
  await page.getByTestId('lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
}

describe('客户移交: moving merchants to another account manager, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );
  let moved = '';
  let movedCount = 0;

  it('moves all of one manager’s merchants by the list’s filter; the new manager has them, with the change in their history (zh)', async () => {
    page = await signIn(browser(), 'bm_xian');
    await page.goto(`${BASE}/merchants`);
    const all = await listTotal(page);
    await pickSearched(page, 'manager-filter', FROM);
    await page.waitForURL((u) => u.searchParams.get('manager') === FROM);
    // The list has refetched for the filter once its total is no longer everyone's.
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-testid="merchant-list"]')?.getAttribute('data-loading') === 'false' &&
        document.querySelector('[data-testid="merchant-total"]')?.getAttribute('data-count') !==
          String(before),
      all,
    );
    const n = await listTotal(page);
    expect(n).toBeLessThan(all);
    expect(n).toBeGreaterThan(0);
    movedCount = n;
    moved = (await page.getByTestId('merchant-link').first().textContent())!;
    await expect(page.getByTestId('move-all').textContent()).resolves.toContain('移交全部筛选结果');
    await page.getByTestId('move-all').click();
    const dialog = page.getByTestId('move-dialog');
    await dialog.waitFor();
    await pickSearched(page, 'move-target', TO);
    await expect(page.getByTestId('move-ok').textContent()).resolves.toContain(
      `确认移交 ${new Intl.NumberFormat('zh-CN').format(n)} 个商户`,
    );
    await page.getByTestId('move-ok').click();
    // The list refetches: the filter by the old manager now matches nothing.
    await totalIs(page, 0);

    const mine = await signIn(browser(), TO);
    await mine.goto(`${BASE}/merchants?search=${moved}`);
    expect(await listTotal(mine)).toBe(1);
    await mine.goto(`${BASE}/merchants`);
    expect(await listTotal(mine)).toBeGreaterThanOrEqual(n);
    await mine.goto(`${BASE}/merchants/${moved}`);
    const history = mine.getByTestId('change-history');
    await history.getByText('客户移交').first().waitFor();
    expect(await history.textContent()).toContain(`${FROM} → ${TO}`);
    // Their open tasks came along: the moved merchant's are in the new manager's queue, which My
    // work lists (the tasks query is the one My work sends, in the new manager's session).
    const { tasks } = await gqlIn<{ tasks: { totalCount: number } }>(
      mine,
      'query($mid: String!) { tasks(filter: { mid: $mid, state: OPEN }) { totalCount } }',
      { mid: moved },
    );
    expect(tasks.totalCount).toBeGreaterThan(0);
    expect(await openTasksOnMyWork(mine)).toBeGreaterThanOrEqual(tasks.totalCount);
    await mine.context().close();

    const theirs = await signIn(browser(), FROM);
    await theirs.goto(`${BASE}/merchants`);
    expect(await listTotal(theirs)).toBe(0);
    expect(await openTasksOnMyWork(theirs)).toBe(0);
    await theirs.context().close();
  });

  it('the audit log, filtered by the move’s action, shows that request as one row with its counts (zh)', async () => {
    expect(movedCount).toBeGreaterThan(0);
    page = await signIn(browser(), 'admin');
    const action = 'mutation:moveMerchants';
    await page.goto(`${BASE}/admin/audit?actor=bm_xian&target=${encodeURIComponent(`manager:${TO}`)}`);
    await page.waitForSelector(
      '[data-testid="page-audit"][data-loading="false"] [data-testid="audit-total"][data-count]',
    );
    // The action is picked as an administrator would, from the list of known actions.
    const select = page.getByTestId('audit-filter-action');
    await select.click();
    await select.locator('input').fill(action);
    // The list read with the action in its filter, not the one before it.
    const filtered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(`"action":"${action}"`),
    );
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: action })
      .first()
      .click();
    await page.waitForURL((u) => u.searchParams.get('action') === action);
    await filtered;
    await page.waitForSelector(
      '[data-testid="page-audit"][data-loading="false"] [data-testid="audit-total"][data-count="1"]',
    );
    const rows = page.getByTestId('audit-row');
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    expect(await row.getAttribute('data-action')).toBe(action);
    expect(await row.getAttribute('data-outcome')).toBe('ok');
    expect(await row.getAttribute('data-target')).toBe(`manager:${TO}`);
    const text = await row.textContent();
    expect(text).toContain('bm_xian');
    expect(text).toContain(`移交: ${movedCount}`);
    expect(text).toContain('未变: 0');
    expect(text).toContain('方式: 按筛选条件');
  });

  it('moves a selected merchant back, in English; its history says so', async () => {
    expect(moved).not.toBe('');
    page = await signIn(browser(), 'bm_xian');
    await english(page);
    await page.goto(`${BASE}/merchants?manager=${TO}&search=${moved}`);
    expect(await listTotal(page)).toBe(1);
    await page.getByTestId(`merchant-row-${moved}`).locator('.ant-checkbox-input').check();
    await expect(page.getByTestId('move-selected').textContent()).resolves.toContain('Move (1)');
    await page.getByTestId('move-selected').click();
    await page.getByTestId('move-dialog').waitFor();
    await pickSearched(page, 'move-target', FROM);
    await expect(page.getByTestId('move-ok').textContent()).resolves.toContain('Move merchants (1)');
    await page.getByTestId('move-ok').click();
    await totalIs(page, 0);

    await page.goto(`${BASE}/merchants/${moved}`);
    const history = page.getByTestId('change-history');
    await history.getByText('Manager change').first().waitFor();
    expect(await history.textContent()).toContain(`${TO} → ${FROM}`);
  });

  it('deactivating a manager who still has merchants offers to move them first, then deactivates', async () => {
    // am_xian_3 has the one merchant moved back above; last in the file, since they end deactivated.
    page = await signIn(browser(), 'bm_xian');
    await page.goto(`${BASE}/admin/users`);
    await page.getByTestId('users-search').locator('input').fill(FROM);
    await page.getByTestId('users-search').locator('input').press('Enter');
    await page.getByTestId(`user-row-${FROM}`).waitFor();
    await page.getByTestId(`user-deactivate-${FROM}`).click();
    await page.locator('[data-testid="confirm-ok"]:visible').click();
    const dialog = page.getByTestId('move-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`${FROM} 仍负责 1 个商户`);
    await pickSearched(page, 'move-target', TO);
    await page.getByTestId('move-ok').click();
    await page.locator(`[data-testid="user-row-${FROM}"][data-active="false"]`).waitFor();
    await page.goto(`${BASE}/merchants/${moved}`);
    await page.getByTestId('change-history').getByText(`${FROM} → ${TO}`).first().waitFor();
  });
});
