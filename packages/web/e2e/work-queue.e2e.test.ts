// Browser tests against a running server with demo data: how to run them is in browser.ts.
// The work queue (docs/work-queue.md), in both languages: My work opens on today's plan — no more
// than the day holds, key and secondary merchants first, highest priority first — a branch
// manager compares the team's backlogs and opens one manager's plan, and chores are done for a
// selection at once.
import { capacityBucket } from '@cornerstone/shared/maintenance/task-priority';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANG_KEY, type Lang, translate } from '../src/lib/i18n.ts';
import { BASE, withBrowser } from './browser.ts';

const LANGS: { lang: Lang; locale: string }[] = [
  { lang: 'zh', locale: 'zh-CN' },
  { lang: 'en', locale: 'en-US' },
];
const PASSWORD = 'cornerstone-demo';

describe('the work queue in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  const open = async (lang: Lang, locale: string, login: string): Promise<Page> => {
    const context = await browser().newContext({ viewport: { width: 1366, height: 768 }, locale });
    await context.addInitScript(([key, l]) => localStorage.setItem(key, l), [LANG_KEY, lang] as const);
    const p = await context.newPage();
    p.setDefaultTimeout(30_000);
    await p.goto(`${BASE}/`);
    await p.getByTestId('login-name').fill(login);
    await p.getByTestId('login-password').fill(PASSWORD);
    await p.getByTestId('login-submit').click();
    await p.getByTestId('me').waitFor();
    return p;
  };

  /** The plan's rows as the page shows them, once it has loaded. */
  const planRows = async (p: Page) => {
    await p.locator('[data-testid="today-plan"][data-loading="false"]').waitFor();
    const plan = p.getByTestId('today-plan');
    const capacity = {
      visits: Number(await plan.getAttribute('data-visits')),
      calls: Number(await plan.getAttribute('data-calls')),
      others: Number(await plan.getAttribute('data-others')),
    };
    const rows = await p
      .locator('[data-testid="plan-table"] tr[data-testid^="work-task-"]')
      .evaluateAll((trs) =>
        trs.map((tr) => ({
          kind: tr.getAttribute('data-kind') ?? '',
          channel: tr.getAttribute('data-channel') ?? '',
          tier: tr.getAttribute('data-tier') ?? '',
          score: Number(tr.getAttribute('data-score')),
          raised: Number(tr.getAttribute('data-raised')),
        })),
      );
    return { capacity, rows, count: Number(await plan.getAttribute('data-count')) };
  };

  for (const { lang, locale } of LANGS) {
    it(`[${lang}] opens My work on today's plan: within the capacity, key and secondary merchants first`, async () => {
      page = await open(lang, locale, 'am_xian_1');
      await page.goto(`${BASE}/work`);
      const { capacity, rows, count } = await planRows(page);
      expect(rows.length).toBe(count);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(capacity.visits + capacity.calls + capacity.others);
      for (const bucket of ['visits', 'calls', 'others'] as const)
        expect(
          rows.filter((r) => capacityBucket(r.kind.toLowerCase(), r.channel) === bucket).length,
          bucket,
        ).toBeLessThanOrEqual(capacity[bucket]);
      // Highest priority first, key and secondary merchants first: an ordinary or small merchant's
      // task comes before one of theirs only when lateness, open cases or value at risk raised it.
      const scores = rows.map((r) => r.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      const important = (r: (typeof rows)[number]) => r.tier === 'KEY' || r.tier === 'SECONDARY';
      expect(important(rows[0]!)).toBe(true);
      const lastImportant = rows.findLastIndex(important);
      for (const r of rows.slice(0, lastImportant)) if (!important(r)) expect(r.raised).toBeGreaterThan(0);
      // The page speaks the user's language: the tab and the capacity line.
      await expect(page.getByTestId('tab-today').textContent()).resolves.toBe(translate(lang, 'todayTab'));
      const line = (await page.getByTestId('plan-capacity').textContent()) ?? '';
      expect(line).toContain(
        translate(lang, 'planCapacity', {
          visits: capacity.visits,
          calls: capacity.calls,
          others: capacity.others,
        }),
      );
      if (lang === 'en') expect(line).not.toMatch(/[\u4e00-\u9fff]/);
      // The priority explains itself on hover.
      await page.locator('[data-testid="plan-table"] [data-testid="priority"]').first().hover();
      await expect(page.getByTestId('priority-parts').textContent()).resolves.toContain(
        translate(lang, 'priorityRule'),
      );
    });
  }

  it('lets a branch manager compare the team’s backlogs and open one manager’s plan', async () => {
    page = await open('zh', 'zh-CN', 'bm_xian');
    await page.goto(`${BASE}/work`);
    await page.getByTestId('plan-pick-manager').waitFor();
    await page.getByTestId('tab-team').click();
    await page.locator('[data-testid="team-backlog"][data-count]').waitFor();
    const managers = await page
      .locator('tr[data-testid^="backlog-"]')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')!.replace('backlog-', '')));
    expect(managers.length).toBeGreaterThan(1);
    expect(managers.every((m) => m.startsWith('am_xian_'))).toBe(true);
    await page.getByTestId('backlog-am_xian_1').getByTestId('backlog-see-plan').click();
    await page.waitForURL(/manager=am_xian_1/);
    const { rows } = await planRows(page);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('completes the ticked re-verifications at once', async () => {
    page = await open('zh', 'zh-CN', 'am_xian_1');
    await page.goto(`${BASE}/work?tab=tasks&kind=REVERIFY&state=OVERDUE`);
    await page.waitForSelector('[data-testid="work-tasks"][data-loading="false"]');
    const total = page.getByTestId('tasks-total');
    await total.waitFor();
    const before = Number(((await total.textContent()) ?? '').replace(/\D/g, ''));
    expect(before).toBeGreaterThan(1);
    const boxes = page.locator('[data-testid="tasks-table"] tr[data-kind="REVERIFY"] .ant-checkbox-input');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId('complete-chores').click();
    await page.waitForFunction(
      (n) =>
        Number(
          (document.querySelector('[data-testid="tasks-total"]')?.textContent ?? '').replace(/\D/g, ''),
        ) === n,
      before - 2,
    );
  });

  for (const { lang, locale } of LANGS) {
    it(`[${lang}] says while the tasks are still following a tier snapshot, and reloads once they have`, async () => {
      page = await open(lang, locale, 'am_xian_1');
      // The server's first answer is held back to one of a snapshot stored a moment ago (a demo's
      // few hundred merchants are followed too fast to catch); the next poll is the server's own.
      let held = false;
      await page.route('**/graphql', async (route) => {
        const body = route.request().postDataJSON() as { operationName?: string } | null;
        if (body?.operationName !== 'TierFollowUp' || held) return route.continue();
        held = true;
        return route.fulfill({
          json: {
            data: {
              tierFollowUp: { __typename: 'TierFollowUp', pendingPeriods: ['2026-11'], running: true },
            },
          },
        });
      });
      const plans = { n: 0 };
      page.on('request', (r) => {
        if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('"operationName":"WorkPlan"'))
          plans.n++;
      });
      await page.goto(`${BASE}/work`);
      const notice = page.getByTestId('tier-follow-up');
      await notice.waitFor();
      expect(await notice.textContent()).toContain(
        translate(lang, 'tierFollowUpPending', { periods: '2026-11' }),
      );
      await page.locator('[data-testid="today-plan"][data-loading="false"]').waitFor();
      const before = plans.n;
      // Caught up (the server says so at the next poll): the notice goes and the plan is asked again.
      await notice.waitFor({ state: 'detached', timeout: 30_000 });
      await expect.poll(() => plans.n, { timeout: 10_000 }).toBeGreaterThan(before);
    });
  }
});
