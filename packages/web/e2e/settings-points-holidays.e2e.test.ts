// Browser tests against a running server with demo data: how to run them is in browser.ts.
// 系统设置 › 积分规则 and 节日日历 in both languages: an administrator sees the default points table
// in DOMAIN.md's words and has a row with an amount of ¥0 refused under its field by the server,
// with nothing written; enters 2028's holiday dates, and the greeting campaign form then pre-fills
// its send date from them (and says when the calendar has no date). What the tests change is put
// back in a `finally`: later test files share the demo server.

import { businessToday } from '@cornerstone/shared/period/business-day';
import { problemText } from '@cornerstone/shared/problems';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, translate } from '../src/lib/i18n.ts';
import { BASE, countMutations, gqlIn, pick, signInAs, withBrowser } from './browser.ts';

const LANGS: Lang[] = ['zh', 'en'];

/** A fresh context whose app speaks `lang`, signed in as the administrator, at `path`. */
async function open(browser: Browser, lang: Lang, path: string) {
  const p = await signInAs(browser, 'admin', lang);
  await p.goto(`${BASE}${path}`);
  return p;
}

/** Types a date into an antd picker input and leaves it (Enter would submit the form). */
async function typeDate(input: ReturnType<Page['locator']>, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

const TABLE = `query($on: Date) { pointsRules(on: $on, first: 100) { totalCount edges { node {
  code category feePlan cap discountBelow discountAtLeast amountThreshold cappedCountN validFrom validTo } } } }`;
const CALENDAR = 'query($y: Int!) { holidayCalendar(year: $y) { entries { holiday date offFrom offTo } } }';
const SET_CALENDAR =
  'mutation($y: Int!, $e: [HolidayDateInput!]!) { setHolidayCalendar(year: $y, entries: $e) { year } }';

type Entry = { holiday: string; date: string; offFrom: string | null; offTo: string | null };
const Y2028: Entry[] = [
  { holiday: 'SPRING_FESTIVAL', date: '2028-01-26', offFrom: '2028-01-25', offTo: '2028-02-01' },
  { holiday: 'LANTERN', date: '2028-02-09', offFrom: null, offTo: null },
  { holiday: 'DRAGON_BOAT', date: '2028-05-28', offFrom: null, offTo: null },
  { holiday: 'MID_AUTUMN', date: '2028-10-03', offFrom: null, offTo: null },
  { holiday: 'NATIONAL_DAY', date: '2028-10-01', offFrom: '2028-10-01', offTo: '2028-10-07' },
];

describe('settings: the points table and the holiday calendar in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const lang of LANGS) {
    it(`[${lang}] shows the default points table and refuses a row of ¥0 under its field, writing nothing`, async () => {
      page = await open(browser(), lang, '/admin/settings?tab=points');
      const p = page;
      const today = businessToday();
      const before = await gqlIn(p, TABLE, { on: today });
      const dining = p.getByTestId('ptable-row-dining-rate');
      await expect
        .poll(() => dining.getByTestId('ptable-plan').textContent())
        .toBe(
          [translate(lang, 'category.dining'), translate(lang, 'ptableRate')].join(
            lang === 'zh' ? '，' : ', ',
          ),
        );
      expect(await dining.getByTestId('ptable-amount').textContent()).toBe('¥10,000');
      expect(await dining.getByTestId('ptable-count').textContent()).toBe('–');
      const capped30 = p.getByTestId('ptable-row-capped-30');
      expect(await capped30.getByTestId('ptable-amount').textContent()).toBe('¥25,000');
      expect(await capped30.getByTestId('ptable-count').textContent()).toBe('7');
      expect(
        await p
          .getByTestId('ptable-row-general-rate-large-discount')
          .getByTestId('ptable-plan')
          .textContent(),
      ).toContain(translate(lang, 'ptableDiscountAtLeast', { rate: '0.08%' }));

      const sent = countMutations(p, 'savePointsRules');
      await p.getByTestId('ptable-edit').click();
      const row = p.getByTestId('ptable-edit-row-0');
      await row.getByTestId('ptable-amount-input').fill('0');
      await p.getByTestId('ptable-save').click();
      await expect
        .poll(() => row.locator('.ant-form-item-explain-error').textContent())
        .toBe(problemText(lang, 'pointsRule.amountPositive'));
      expect(sent.n).toBe(1);
      expect(await gqlIn(p, TABLE, { on: today })).toEqual(before);
    }, 120_000);

    it(`[${lang}] enters 2028's holidays at once, and the greeting campaign pre-fills its send date from them`, async () => {
      page = await open(browser(), lang, '/admin/settings?tab=holidays');
      const p = page;
      const original = (await gqlIn<{ holidayCalendar: { entries: Entry[] } }>(p, CALENDAR, { y: 2028 }))
        .holidayCalendar.entries;
      try {
        // Start from an empty 2028, whatever an earlier run left.
        await gqlIn(p, SET_CALENDAR, { y: 2028, e: [] });
        const year = p.getByTestId('hcal-year');
        await year.fill('2028');
        await year.press('Tab');
        await p.getByTestId('hcal-empty').waitFor();
        for (const e of Y2028) {
          const inputs = p.getByTestId(`hcal-row-${e.holiday}`).locator('input');
          await typeDate(inputs.nth(0), e.date);
          if (e.offFrom && e.offTo) {
            await typeDate(inputs.nth(1), e.offFrom);
            await typeDate(inputs.nth(2), e.offTo);
          }
        }
        const sent = countMutations(p, 'setHolidayCalendar');
        await p.getByTestId('hcal-save').click();
        await p.getByText(translate(lang, 'hcalSaved', { year: 2028 })).waitFor();
        expect(sent.n).toBe(1);
        const saved = (await gqlIn<{ holidayCalendar: { entries: Entry[] } }>(p, CALENDAR, { y: 2028 }))
          .holidayCalendar.entries;
        expect([...saved].sort((a, b) => a.holiday.localeCompare(b.holiday))).toEqual(
          [...Y2028].sort((a, b) => a.holiday.localeCompare(b.holiday)),
        );

        await p.goto(`${BASE}/campaigns`);
        await pick(p, 'campaign-holiday', translate(lang, 'holiday.SPRING_FESTIVAL'));
        const campaignYear = p.getByTestId('campaign-year');
        await campaignYear.fill('2028');
        await campaignYear.press('Tab');
        const sendOn = p.getByTestId('campaign-send-on');
        const hint = p.getByTestId('campaign-send-on-calendar');
        // 春节 2028 has days off: the greeting goes out on the first of them.
        await expect.poll(() => sendOn.inputValue()).toBe('2028-01-25');
        expect(await hint.textContent()).toBe(
          translate(lang, 'sendOnFromCalendarOff', {
            holiday: translate(lang, 'holiday.SPRING_FESTIVAL'),
            date: '2028-01-25',
          }),
        );
        await pick(p, 'campaign-holiday', translate(lang, 'holiday.LANTERN'));
        await campaignYear.fill('2028');
        await campaignYear.press('Tab');
        await expect.poll(() => sendOn.inputValue()).toBe('2028-02-09');
        // A year the calendar has no date for: the form says so and leaves the date alone.
        await campaignYear.fill('2029');
        await campaignYear.press('Tab');
        await expect
          .poll(() => hint.textContent())
          .toBe(
            translate(lang, 'sendOnNoCalendar', { year: 2029, holiday: translate(lang, 'holiday.LANTERN') }),
          );
        expect(await sendOn.inputValue()).toBe('2028-02-09');
      } finally {
        await gqlIn(p, SET_CALENDAR, { y: 2028, e: original });
      }
    }, 120_000);
  }
});
