// Browser tests against a running server with demo data: how to run them is in browser.ts.
// 系统设置 › 维护频次, 服务时限, 产品目录 in both languages: an administrator changes one cadence
// interval and one SLA and sees them saved, while a bad value is refused under its field by the
// server; adds a product and finds it in the catalogue, and cannot add its code twice. What the
// tests change is put back in a `finally` (later test files share the demo server); a branch
// manager is refused the page (403).
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Lang, translate } from '../src/lib/i18n.ts';
import { BASE, countMutations, gqlIn, signInAs, withBrowser } from './browser.ts';

const LANGS: Lang[] = ['zh', 'en'];

/** A fresh context whose app speaks `lang`, signed in as `login`, on the settings tab `tab`. */
async function openSettings(browser: Browser, login: string, lang: Lang, tab: string) {
  const p = await signInAs(browser, login, lang);
  await p.goto(`${BASE}/admin/settings?tab=${tab}`);
  return p;
}

const fieldError = (p: Page, testId: string) => p.getByTestId(testId).locator('.ant-form-item-explain-error');

type Rule = { tier: string; channel: string; everyDays: number; satisfiedBy: string[] };
type Sla = { kind: string; responseHours: number; resolutionHours: number };
const POLICY = '{ cadencePolicy { tier channel everyDays satisfiedBy } }';
const SET_POLICY = 'mutation($r: [CadenceRuleInput!]!) { setCadencePolicy(rules: $r) { moved } }';
const SLAS = '{ slaPolicies { kind responseHours resolutionHours } }';
const SET_SLA =
  'mutation($k: SlaKind!, $a: Int!, $b: Int!) { setSlaPolicy(kind: $k, responseHours: $a, resolutionHours: $b) { kind } }';

describe('settings: cadence, SLA and the product catalogue in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const lang of LANGS) {
    it(`[${lang}] changes an ordinary customer's call interval and refuses an interval of 0 under its field`, async () => {
      page = await openSettings(browser(), 'admin', lang, 'cadence');
      const p = page;
      const original = (await gqlIn<{ cadencePolicy: Rule[] }>(p, POLICY)).cadencePolicy;
      const call = original.find((r) => r.tier === 'ORDINARY' && r.channel === 'CALL')!;
      const changed = call.everyDays + (lang === 'zh' ? 1 : 2);
      const cell = p.getByTestId('cadence-ORDINARY-CALL');
      try {
        await expect
          .poll(() => cell.textContent())
          .toBe(translate(lang, 'cadenceEvery', { n: call.everyDays }));
        const sent = countMutations(p, 'setCadencePolicy');
        await p.getByTestId('cadence-edit-ORDINARY').click();
        const input = p.getByTestId('cadence-field-CALL').locator('input');
        // The dialog opens animated: type only once its form holds the rule's value, and save only
        // once the field shows what was typed (seen once: the save landed while it was not yet so).
        await expect.poll(() => input.inputValue()).toBe(String(call.everyDays));
        await input.fill('0');
        await expect.poll(() => input.inputValue()).toBe('0');
        await p.getByTestId('cadence-save').click();
        await expect
          .poll(() => fieldError(p, 'cadence-field-CALL').textContent())
          .toBe(translate(lang, 'cadenceDaysInvalid'));
        expect(sent.n).toBe(1);
        expect((await gqlIn<{ cadencePolicy: Rule[] }>(p, POLICY)).cadencePolicy).toEqual(original);

        await input.fill(String(changed));
        await p.getByTestId('cadence-save').click();
        await p.getByTestId('cadence-refreshed').waitFor();
        await expect.poll(() => cell.textContent()).toBe(translate(lang, 'cadenceEvery', { n: changed }));
        const saved = (await gqlIn<{ cadencePolicy: Rule[] }>(p, POLICY)).cadencePolicy;
        expect(saved.find((r) => r.tier === 'ORDINARY' && r.channel === 'CALL')!.everyDays).toBe(changed);
        // The other tiers' rules went back as they were.
        expect(saved.filter((r) => r.tier !== 'ORDINARY')).toEqual(
          original.filter((r) => r.tier !== 'ORDINARY'),
        );
      } finally {
        await gqlIn(p, SET_POLICY, { r: original });
      }
    }, 120_000);

    it(`[${lang}] shows the SLA policies, saves a complaint's resolution hours and refuses one shorter than the response`, async () => {
      page = await openSettings(browser(), 'admin', lang, 'sla');
      const p = page;
      const original = (await gqlIn<{ slaPolicies: Sla[] }>(p, SLAS)).slaPolicies;
      const complaint = original.find((s) => s.kind === 'COMPLAINT')!;
      const cell = p.getByTestId('sla-COMPLAINT-resolution');
      try {
        for (const kind of ['COMPLAINT', 'FEEDBACK', 'FAULT'])
          await p.getByTestId(`sla-row-${kind}`).waitFor();
        await expect
          .poll(() => cell.textContent())
          .toBe(translate(lang, 'slaHoursValue', { n: complaint.resolutionHours }));
        const sent = countMutations(p, 'setSlaPolicy');
        await p.getByTestId('sla-edit-COMPLAINT').click();
        const resolution = p.getByTestId('sla-field-resolutionHours').locator('input');
        await resolution.fill(String(complaint.responseHours - 1));
        await p.getByTestId('sla-save').click();
        await expect
          .poll(() => fieldError(p, 'sla-field-resolutionHours').textContent())
          .toBe(translate(lang, 'slaResolutionShorter'));
        expect(sent.n).toBe(1);

        const changed = complaint.resolutionHours + 1;
        await resolution.fill(String(changed));
        await p.getByTestId('sla-save').click();
        await expect.poll(() => cell.textContent()).toBe(translate(lang, 'slaHoursValue', { n: changed }));
        const saved = (await gqlIn<{ slaPolicies: Sla[] }>(p, SLAS)).slaPolicies;
        expect(saved.find((s) => s.kind === 'COMPLAINT')).toEqual({ ...complaint, resolutionHours: changed });
      } finally {
        await gqlIn(p, SET_SLA, { k: 'COMPLAINT', a: complaint.responseHours, b: complaint.resolutionHours });
      }
    }, 120_000);

    it(`[${lang}] adds a product that shows in the catalogue, and refuses its code a second time`, async () => {
      page = await openSettings(browser(), 'admin', lang, 'products');
      const p = page;
      // Unique in every run: the demo data may have seen this test before.
      const code = `e2e_${lang}_${Date.now().toString(36)}`;
      const add = async () => {
        await p.getByTestId('product-add').click();
        await p.getByTestId('product-form').waitFor();
        await p.getByTestId('product-code').fill(code);
        await p.getByTestId('product-nameZh').fill('测试台卡');
        await p.getByTestId('product-nameEn').fill('Test stand');
        await p.getByTestId('product-reasonZh').fill('柜台扫码更快');
        await p.getByTestId('product-reasonEn').fill('Faster checkout');
        await p.getByTestId('product-save').click();
      };
      const total = p.getByTestId('products-total');
      await p.locator('[data-testid="products-total"]:not([data-count=""])').waitFor();
      const before = Number(await total.getAttribute('data-count'));
      try {
        await add();
        await p.getByTestId('product-form').waitFor({ state: 'hidden' });
        await expect.poll(async () => Number(await total.getAttribute('data-count'))).toBe(before + 1);
        // A new product goes to the end of the catalogue's order.
        const last = p.getByTestId('products-last');
        if (await last.isEnabled()) await last.click();
        const row = p.getByTestId(`product-row-${code}`);
        await row.waitFor();
        expect(await row.textContent()).toContain(lang === 'zh' ? '测试台卡' : 'Test stand');

        await add();
        await expect
          .poll(() => fieldError(p, 'product-field-code').textContent())
          .toBe(translate(lang, 'productCodeTaken'));
        expect(Number(await total.getAttribute('data-count'))).toBe(before + 1);
      } finally {
        // Deactivated, it is offered to no merchant in the test files that follow.
        await gqlIn(
          p,
          `mutation($c: String!) { saveProduct(input: { code: $c, nameZh: "测试台卡", nameEn: "Test stand",
            reasonZh: "测试", reasonEn: "test", rule: "{}", cooldownDays: 90, active: false }) { code } }`,
          { c: code },
        ).catch(() => undefined);
      }
    }, 120_000);
  }

  it('answers 403 on the settings page for a branch manager', async () => {
    page = await openSettings(browser(), 'bm_xian', 'zh', 'cadence');
    await page.getByTestId('page-forbidden').waitFor();
    expect(await page.getByTestId('cadence-table').count()).toBe(0);
  });
});
