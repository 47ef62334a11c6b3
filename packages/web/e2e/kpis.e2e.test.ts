// Browser tests against a running server with demo data: how to run them is in browser.ts.
import { MAINTENANCE_KPIS, type MaintenanceKpiKey } from '@cornerstone/shared/maintenance/kpi-definitions';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, signIn, withBrowser } from './browser.ts';

type Lang = 'zh' | 'en';

/** Hovers a KPI's label and reads the explanation its tooltip shows. */
async function helpOf(page: Page, kpi: MaintenanceKpiKey): Promise<string> {
  await page.getByTestId(`kpi-label-${kpi}`).first().hover();
  const help = page.getByTestId(`kpi-help-${kpi}`);
  await help.waitFor({ state: 'visible' });
  const text = (await help.textContent()) ?? '';
  await page.mouse.move(0, 0);
  await help.waitFor({ state: 'hidden' });
  return text;
}

describe('KPI labels and their explanations on My work, in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
    it(`names the two overdue figures apart and explains each KPI on hover (${lang})`, async () => {
      page = await signIn(browser(), 'bm_xian');
      if (lang === 'en') {
        await page.getByTestId('lang-switch').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await page.goto(`${BASE}/work`);
      await page.waitForSelector('[data-testid="count-overdue"][data-count]');

      // 当前逾期 on the task counts: a state now, whatever month the task fell due.
      const now = MAINTENANCE_KPIS.overdueNow;
      await expect(page.getByTestId('kpi-label-overdueNow').textContent()).resolves.toBe(now.label[lang]);
      await expect(helpOf(page, 'overdueNow')).resolves.toBe(now.explanation[lang]);

      // 本月新增逾期 on the KPI tab: the month's missed due dates, labelled otherwise.
      await page.getByTestId('tab-kpis').click();
      await page.waitForSelector('[data-testid="kpis"][data-loading="false"]');
      const month = MAINTENANCE_KPIS.overdueTasks;
      const label = await page.getByTestId('kpi-label-overdueTasks').textContent();
      expect(label).toBe(month.label[lang]);
      expect(label).not.toBe(now.label[lang]);
      await expect(helpOf(page, 'overdueTasks')).resolves.toBe(month.explanation[lang]);
      for (const kpi of ['visits', 'calls', 'otherContacts', 'keyOnCadenceShare'] as const) {
        const def = MAINTENANCE_KPIS[kpi];
        await expect(page.getByTestId(`kpi-label-${kpi}`).textContent()).resolves.toBe(def.label[lang]);
        await expect(helpOf(page, kpi)).resolves.toBe(def.explanation[lang]);
      }
    });
  }
});
