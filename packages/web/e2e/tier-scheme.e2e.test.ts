// Browser tests against a running server with demo data: how to run them is in browser.ts.
// 系统设置 › 分级方案 in both languages (issue 24): an administrator switches to the card-level
// threshold scheme from the last full month; the pyramid of that month and the merchant list then
// name the tiers 钻石卡 / 黑金卡 / 白金卡 / 金卡 (Diamond / Black / Platinum / Gold); a scheme whose
// shares do not rise is refused under its field and nothing is written. The default share scheme
// is put back in a `finally`: later test files share the demo server and expect its names.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { presetValues, schemeInput } from '../src/features/tier/tier-scheme-form.ts';
import { type Lang } from '../src/lib/i18n.ts';
import { defaultPeriod } from '../src/lib/period.ts';
import { BASE, gqlIn, listTotal, signInAs, TIERS, withBrowser } from './browser.ts';

const LANGS: { lang: Lang; cards: string[]; defaults: string[] }[] = [
  {
    lang: 'zh',
    cards: ['钻石卡', '黑金卡', '白金卡', '金卡'],
    defaults: ['重要客户', '次要客户', '普通客户', '小客户'],
  },
  {
    lang: 'en',
    cards: ['Diamond', 'Black', 'Platinum', 'Gold'],
    defaults: ['Key', 'Secondary', 'Ordinary', 'Small'],
  },
];

const SET = 'mutation($i: SetTierSchemeInput!) { setTierScheme(input: $i) { recomputedPeriods } }';
const VERSIONS = '{ tierSchemes(first: 1) { totalCount } }';

const versions = async (p: Page) =>
  (await gqlIn<{ tierSchemes: { totalCount: number } }>(p, VERSIONS)).tierSchemes.totalCount;

describe('settings: the tier scheme in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );
  const month = defaultPeriod();

  for (const { lang, cards, defaults } of LANGS) {
    it(`[${lang}] switches to card levels from ${month}: the pyramid and the merchant list name them; shares that do not rise are refused`, async () => {
      page = await signInAs(browser(), 'admin', lang);
      const p = page;
      try {
        await p.goto(`${BASE}/admin/settings?tab=tiers`);
        await p.getByTestId('tier-scheme-current').waitFor();
        const before = await versions(p);

        // Card levels from the preset, in force from the last full month.
        await p.getByTestId('tier-scheme-preset-cards').click();
        await p.getByTestId('tier-scheme-effective').fill(month);
        await expect(p.getByTestId('tier-scheme-zh-0').inputValue()).resolves.toBe('钻石卡');
        await p.getByTestId('tier-scheme-save').click();
        await p.getByTestId('tier-scheme-saved').waitFor();
        await expect
          .poll(() => p.getByTestId('tier-scheme-current').getAttribute('data-kind'))
          .toBe('THRESHOLD');
        await expect.poll(() => p.getByTestId('tier-scheme-current-KEY').textContent()).toContain(cards[0]);
        expect(await versions(p)).toBe(before + 1);

        // The pyramid of that month: its scheme, and each tier by its card name.
        await p.goto(`${BASE}/pyramid?period=${month}`);
        await p.getByTestId('tier-count-KEY').waitFor();
        await expect(p.getByTestId('pyramid-scheme').getAttribute('data-kind')).resolves.toBe('THRESHOLD');
        for (const [i, tier] of TIERS.entries())
          await expect.poll(() => p.getByTestId(`tier-row-${tier}`).textContent()).toContain(cards[i]);

        // The merchant list's tier tags speak the same names, none of the default ones.
        await p.goto(`${BASE}/merchants`);
        await listTotal(p);
        const tags = p.getByTestId('merchant-list').locator('.ant-tag[data-tier]');
        await tags.first().waitFor();
        await expect
          .poll(async () => (await tags.allTextContents()).every((x) => cards.includes(x)))
          .toBe(true);
        const texts = await tags.allTextContents();
        expect(texts.length).toBeGreaterThan(0);
        expect(texts.some((x) => defaults.includes(x))).toBe(false);

        // Shares that do not rise: refused under the third level's share, nothing written.
        await p.goto(`${BASE}/admin/settings?tab=tiers`);
        await p.getByTestId('tier-scheme-current').waitFor();
        await p.getByTestId('tier-scheme-preset-default').click();
        await p.getByTestId('tier-scheme-effective').fill(month);
        await p.getByTestId('tier-scheme-share-2').fill('10');
        await p.getByTestId('tier-scheme-save').click();
        await expect
          .poll(() =>
            p.getByTestId('tier-scheme-field-2-share').locator('.ant-form-item-explain-error').textContent(),
          )
          .toMatch(lang === 'zh' ? /须高于上一级（20%）/ : /above the level above \(20%\)/);
        expect(await versions(p)).toBe(before + 1);
        await expect(p.getByTestId('tier-scheme-saved').count()).resolves.toBe(0);
      } finally {
        await gqlIn(p, SET, { i: schemeInput(presetValues('default', month)) });
      }
    }, 180_000);
  }
});
