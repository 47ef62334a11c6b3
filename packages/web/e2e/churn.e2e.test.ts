// Browser tests against a running server with demo data whose churn scores and back-test have been
// computed (`clv compute`, `clv backtest`): how to run them is in browser.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countOf, shot, signIn, withBrowser } from './browser.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const XIAN = '西安分公司';

type Lang = 'zh' | 'en';

/** Signs in on a 1440×900 screen, in the language asked for (the app starts in Chinese). */
async function open(browser: Parameters<typeof signIn>[0], login: string, lang: Lang): Promise<Page> {
  const page = await signIn(browser, login);
  await page.setViewportSize({ width: 1440, height: 900 });
  if (lang === 'en') {
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  return page;
}

/** Opens 流失预警 from the menu and waits for the first page of the list. */
async function openAtRisk(page: Page, lang: Lang): Promise<void> {
  const menu = page.getByTestId('menu-at-risk');
  await expect(menu.textContent()).resolves.toBe(lang === 'zh' ? '流失预警' : 'At risk');
  await menu.click();
  await page.waitForURL(/\/at-risk/);
  await page.waitForSelector(
    '[data-testid="at-risk-list"][data-loading="false"] [data-testid="at-risk-total"]',
  );
}

interface RowSeen {
  mid: string;
  branch: string;
  manager: string;
  branchText: string;
  managerText: string;
  score: number;
  reasons: string[];
}

/** What each row of the list's page shows, and the data it carries. */
async function rowsOf(page: Page): Promise<RowSeen[]> {
  return page.locator('[data-testid="at-risk-row"]').evaluateAll((rows) =>
    rows.map((r) => {
      return {
        mid: r.getAttribute('data-mid') ?? '',
        branch: r.getAttribute('data-branch') ?? '',
        manager: r.getAttribute('data-manager') ?? '',
        branchText: r.querySelector('[data-testid="at-risk-branch"]')?.textContent?.trim() ?? '',
        managerText: r.querySelector('[data-testid="at-risk-manager"]')?.textContent?.trim() ?? '',
        score: Number(r.getAttribute('data-score')),
        reasons: [...r.querySelectorAll('[data-testid="churn-reason"]')].map((t) => t.textContent ?? ''),
      };
    }),
  );
}

/** The reasons are in the page's language: Chinese in zh-CN; English words and no Chinese in en. */
function expectReasonsIn(rows: RowSeen[], lang: Lang): void {
  const withReasons = rows.filter((r) => r.reasons.length > 0);
  expect(withReasons.length).toBeGreaterThan(0);
  const all = rows.flatMap((r) => r.reasons);
  if (lang === 'zh') {
    expect(all.some((text) => CHINESE.test(text))).toBe(true);
  } else {
    expect(all.filter((text) => CHINESE.test(text))).toEqual([]);
    expect(all.every((text) => /[A-Za-z]{3,}/.test(text))).toBe(true);
  }
}

describe('流失预警: the at-risk list and the back-test, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const lang of ['zh', 'en'] as const) {
    it(`shows a branch manager only the branch's merchants at risk, reasons in ${lang}`, async () => {
      page = await open(browser(), 'bm_xian', lang);
      await openAtRisk(page, lang);
      expect(await countOf(page, 'at-risk-total')).toBeGreaterThan(0);
      const rows = await rowsOf(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.branch === XIAN && r.branchText === XIAN)).toBe(true);
      expectReasonsIn(rows, lang);
      await expect(
        page.locator('th', { hasText: lang === 'zh' ? '风险价值' : 'Value at risk' }).count(),
      ).resolves.toBeGreaterThan(0);
      // The value at risk as yuan with separators.
      const value = (await page.getByTestId('at-risk-value').first().textContent()) ?? '';
      expect(value).toMatch(/^¥\d{1,3}(,\d{3})*$/);
      // A branch manager picks among the branch's managers, not among branches.
      await page.getByTestId('manager-filter').waitFor();
      expect(await page.getByTestId('branch-filter').count()).toBe(0);

      if (lang === 'zh') {
        // By score: highest first, still within the branch.
        await page.getByTestId('at-risk-order-SCORE').click();
        await page.waitForURL(/order=SCORE/);
        await page.waitForSelector(
          '[data-testid="at-risk-list"][data-order="SCORE"][data-loading="false"] [data-testid="at-risk-row"]',
        );
        const byScore = await rowsOf(page);
        const scores = byScore.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        expect(byScore.every((r) => r.branch === XIAN)).toBe(true);
      }
    });

    it(`shows an account manager only their own merchants at risk, reasons in ${lang}`, async () => {
      page = await open(browser(), 'am_xian_1', lang);
      const me = ((await page.getByTestId('me').textContent()) ?? '').split(' · ')[0]?.trim() ?? '';
      expect(me).not.toBe('');
      await openAtRisk(page, lang);
      expect(await countOf(page, 'at-risk-total')).toBeGreaterThan(0);
      const rows = await rowsOf(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.manager === 'am_xian_1' && r.managerText === me)).toBe(true);
      expectReasonsIn(rows, lang);
      // Nobody to choose: an account manager sees only their own merchants.
      expect(await page.getByTestId('manager-filter').count()).toBe(0);
      expect(await page.getByTestId('tab-backtest').count()).toBe(0);

      // The merchant page shows the same score with its reasons, in the same language.
      const first = rows.find((r) => r.reasons.length > 0)!;
      await page
        .locator(`[data-testid="at-risk-row"][data-mid="${first.mid}"] [data-testid="at-risk-link"]`)
        .click();
      await page.waitForURL(new RegExp(`/merchants/${first.mid}$`));
      const card = page.getByTestId('merchant-churn');
      await card.waitFor();
      await expect(card.getAttribute('data-score')).resolves.toBe(String(first.score));
      const reasons = await card.getByTestId('churn-reason').allTextContents();
      expect(reasons).toEqual(first.reasons);
      await page.getByTestId('clv-model').waitFor();
      await shot(page, `merchant-page-churn-${lang}`);
    });
  }

  it('shows an analyst the back-test: the calibration chart and the three signals', async () => {
    page = await open(browser(), 'analyst', 'zh');
    await openAtRisk(page, 'zh');
    await page.getByTestId('tab-backtest').click();
    await page.waitForURL(/tab=backtest/);
    await page.getByTestId('backtest').waitFor();
    await expect(page.getByTestId('backtest-header').textContent()).resolves.toMatch(
      /基准日 \d{4}-\d{2}-\d{2}/,
    );
    await page.getByTestId('calibration-chart').locator('canvas').waitFor();
    expect(await page.locator('[data-testid="decile-row"]').count()).toBeGreaterThan(0);
    const signals = page.locator('[data-testid="signal-row"]');
    expect(await signals.count()).toBe(3);
    const names = await signals.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(names).toEqual(['pAlive', 'rule', 'score']);
    const text = (await page.getByTestId('signals-table').textContent()) ?? '';
    for (const name of ['模型 P(alive)', '现行规则', '流失评分']) expect(text).toContain(name);
    for (const auc of await page.getByTestId('signal-auc').allTextContents())
      expect(auc).toMatch(/^(\d\.\d{3}|–)$/);
    await page.getByTestId('backtest-score-weights').waitFor();
  });
});
