// Browser tests against a running server with demo data: how to run them is in browser.ts.
// "Screens that fit" (issue 26): on the smallest screen in use (1366×768), in Chinese and in English,
// no text may be cut without an ellipsis (whose full value then shows on hover), and the page itself
// may not scroll sideways. Every screen is visited by each role that sees a different set of them.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canUse, type Screen } from '../src/lib/permissions.ts';
import { BASE, signIn, withBrowser } from './browser.ts';

type Lang = 'zh' | 'en';
const WIDTH = 1366;

/** Where a screen lives and the tabs to click through once there. */
interface Visit {
  path: string;
  tabs?: readonly string[];
}

// Every screen of the app (a new one does not compile until it is listed here), in menu order.
// /graphiql is GraphiQL's own screen, not ours.
const VISITS: Record<Screen, Visit> = {
  work: { path: '/work', tabs: ['tab-kpis', 'tab-products'] },
  pyramid: { path: '/pyramid' },
  atRisk: { path: '/at-risk', tabs: ['tab-backtest'] },
  merchants: { path: '/merchants' },
  campaigns: { path: '/campaigns' },
  events: { path: '/events' },
  complaints: { path: '/complaints' },
  faults: { path: '/faults' },
  imports: { path: '/imports' },
  users: { path: '/admin/users' },
  settings: {
    path: '/admin/settings',
    tabs: [
      'settings-tab-cadence',
      'settings-tab-sla',
      'settings-tab-points',
      'settings-tab-products',
      'settings-tab-holidays',
    ],
  },
  audit: { path: '/admin/audit' },
  apiTokens: { path: '/admin/api-tokens' },
  webhooks: { path: '/admin/webhooks' },
};

// The roles that see different screens: the administrator sees the analytic ones (pyramid, back-test,
// imports), a branch manager his branch, an account manager his own merchants and My work.
const ROLES = [
  { login: 'admin', role: 'admin' },
  { login: 'bm_xian', role: 'branch_manager' },
  { login: 'am_xian_1', role: 'account_manager' },
] as const;

/**
 * Waits until the screen has loaded its data: no request in flight, no skeleton, no spinner. A part
 * that never loads fails the test with its name (the card it sits in), not with a bare timeout.
 */
async function settle(page: Page, where: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  const loading = '.ant-layout-content .ant-skeleton, .ant-layout-content .ant-spin-spinning';
  try {
    await page.waitForFunction(
      (sel) => document.querySelector('.ant-layout-content') !== null && document.querySelector(sel) === null,
      loading,
    );
  } catch {
    const parts = await page.$$eval(loading, (els) =>
      els.map((e) => {
        const card = e.closest('.ant-card');
        const title = card?.querySelector('.ant-card-head-title')?.textContent;
        return title ?? card?.getAttribute('data-testid') ?? e.className;
      }),
    );
    throw new Error(`${where}: still loading after 30 s: ${parts.join(', ')}`);
  }
  // Fonts and antd's measuring of ellipsis run a frame after the data lands.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

interface Overflow {
  text: string;
  selector: string;
  textWidth: number;
  clientWidth: number;
}

/**
 * In the page: the text that runs out of a box it sits in without an ellipsis — clipped by the box, or
 * spilling over into the next column. A text's ellipsis counts only when the block that lays out its
 * line (its nearest non-inline ancestor) has one: CSS draws no ellipsis for text nested in a flex item
 * or a block inside a cell that has it. Text that scrolls on purpose (inside an overflow auto/scroll
 * box, such as a table's horizontal scroller), floats out on purpose (a badge, a popup: position
 * absolute or fixed) or is hidden is not cut.
 */
function findOverflows(): Overflow[] {
  const isBox = (el: Element) => {
    const d = getComputedStyle(el).display;
    return d !== 'inline' && d !== 'contents';
  };
  const describe = (el: Element): string => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && parts.length < 4 && e !== document.body; e = e.parentElement) {
      const testId = e.getAttribute('data-testid');
      if (testId) {
        parts.unshift(`[data-testid="${testId}"]`);
        break;
      }
      const classes = [...e.classList].filter((c) => !/^css-|^ant-(col|row)-/.test(c)).slice(0, 3);
      parts.unshift(e.tagName.toLowerCase() + classes.map((c) => `.${c}`).join(''));
    }
    return parts.join(' > ');
  };
  const byBox = new Map<HTMLElement, Overflow>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent?.replace(/\s+/g, ' ').trim();
    const parent = n.parentElement;
    if (!text || !parent || parent.closest('script, style, svg, [aria-hidden="true"]')) continue;
    const style = getComputedStyle(parent);
    if (style.visibility === 'hidden' || style.opacity === '0') continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (rects.length === 0) continue; // not displayed
    let left = Math.min(...rects.map((r) => r.left));
    let right = Math.max(...rects.map((r) => r.right));
    let lineBox: HTMLElement | null = parent;
    while (lineBox && !isBox(lineBox)) lineBox = lineBox.parentElement;
    for (
      let box = parent as HTMLElement | null;
      box && box !== document.documentElement;
      box = box.parentElement
    ) {
      const boxStyle = getComputedStyle(box);
      if (boxStyle.overflowX === 'auto' || boxStyle.overflowX === 'scroll') break;
      if (isBox(box) && box.clientWidth > 0) {
        const outer = box.getBoundingClientRect();
        const inLeft = outer.left + box.clientLeft;
        const inRight = inLeft + box.clientWidth;
        if (right > inRight + 1 || left < inLeft - 1) {
          if (box === lineBox && boxStyle.textOverflow === 'ellipsis' && boxStyle.overflowX !== 'visible') {
            // Cut with an ellipsis: what shows from here up is what fits in this box.
            left = Math.max(left, inLeft);
            right = Math.min(right, inRight);
          } else {
            if (!byBox.has(box)) {
              byBox.set(box, {
                text: text.slice(0, 80),
                selector: describe(box),
                textWidth: Math.round(right - left),
                clientWidth: box.clientWidth,
              });
            }
            break;
          }
        }
      }
      if (boxStyle.position === 'absolute' || boxStyle.position === 'fixed') break;
    }
  }
  return [...byBox.values()];
}

/** The problems of the screen as it is now: cut text, and a page wider than the window. */
async function problemsOn(page: Page, where: string): Promise<string[]> {
  const cut = await page.evaluate(findOverflows);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  return [
    ...cut.map(
      (o) => `${where}: "${o.text}" is cut (${o.textWidth}px of text in ${o.clientWidth}px) at ${o.selector}`,
    ),
    ...(pageWidth > WIDTH ? [`${where}: the page scrolls sideways (${pageWidth}px wide at ${WIDTH}px)`] : []),
  ];
}

describe('screens that fit 1366×768 in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );

  for (const { login, role } of ROLES) {
    for (const lang of ['zh', 'en'] as const satisfies readonly Lang[]) {
      it(`cuts no text without an ellipsis on any screen of ${login} (${lang})`, async () => {
        page = await signIn(browser(), login);
        const p = page;
        if (lang === 'en') {
          await p.getByTestId('lang-switch').click();
          await p.waitForFunction(() => document.documentElement.lang === 'en');
        }
        const problems: string[] = [];
        const look = async (where: string) => {
          await settle(p, `${where} (${login}, ${lang})`);
          problems.push(...(await problemsOn(p, `${where} (${login}, ${lang})`)));
        };

        let mid: string | undefined;
        for (const [screen, visit] of Object.entries(VISITS) as [Screen, Visit][]) {
          if (!canUse(role, screen)) continue;
          await p.goto(`${BASE}${visit.path}`);
          await look(visit.path);
          if (screen === 'merchants') {
            const href = await p.getByTestId('merchant-link').first().getAttribute('href');
            mid = href?.split('/').pop();
          }
          for (const tab of visit.tabs ?? []) {
            if ((await p.getByTestId(tab).count()) === 0) continue; // a tab this role does not get
            await p.getByTestId(tab).click();
            await look(`${visit.path} › ${tab}`);
          }
        }
        // 客户 360 and its benchmark report, for a merchant in the user's scope.
        expect(mid, 'the merchant list shows a merchant to open').toBeTruthy();
        await p.goto(`${BASE}/merchants/${mid}`);
        await look('/merchants/:mid');
        await p.goto(`${BASE}/merchants/${mid}/benchmark`);
        await look('/merchants/:mid/benchmark');

        expect(problems).toEqual([]);
      }, 300_000); // every screen of a role in one test (one sign-in): minutes on a busy 2-core runner
    }
  }
});
