// Browser tests against a running server with demo data: how to run them is in browser.ts.
// The administrator's pages of issue 24 in both languages: an API token created (shown once),
// used and revoked, the next request with it refused; a webhook subscribed to a receiver this test
// runs, its failing delivery listed with the error, replayed and delivered; the audit log filtered
// by action and exported to files whose rows match; and a branch manager refused all three.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { verifySignature } from '@cornerstone/shared/webhooks/signature';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { translate } from '../src/lib/i18n.ts';
import { BASE, signInAs, withBrowser } from './browser.ts';

// Token names are never reused: each run makes its own.
const STAMP = Date.now().toString(36);
const TOKEN_NAME = `e2e-${STAMP}`;

/** GraphQL over HTTP with the page's session (its cookie), as the app itself sends it. */
async function gqlAsPage<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post(`${BASE}/graphql`, { data: { query, variables } });
  return (await res.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

/** Waits for a card's list to have finished loading. */
const loaded = (page: Page, testId: string) =>
  page.waitForSelector(`[data-testid="${testId}"][data-loading="false"]`);

/**
 * A webhook receiver reachable from the server as a network address of this machine (the server
 * refuses this host's loopback unless configured to allow it). It answers 500 while `failing`.
 */
class Receiver {
  readonly got: { headers: IncomingMessage['headers']; body: string }[] = [];
  failing = true;
  private server: Server | null = null;
  host = '127.0.0.1';
  async up() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        this.got.push({ headers: req.headers, body });
        res.writeHead(this.failing ? 500 : 204).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '0.0.0.0', () => r()));
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) this.host = external.address;
  }
  get url() {
    return `http://${this.host}:${(this.server!.address() as AddressInfo).port}/hooks`;
  }
  async down() {
    this.server?.closeAllConnections();
    await new Promise((r) => this.server?.close(r));
  }
}

describe('audit log, API tokens and webhooks in headless Chromium', () => {
  let page: Page | undefined;
  const browser = withBrowser(
    () => page,
    () => {
      page = undefined;
    },
  );
  const receiver = new Receiver();
  afterAll(() => receiver.down());

  it('creates an API token shown once, lists it, and revokes it; a request with it is then refused (zh)', async () => {
    page = await signInAs(browser(), 'admin', 'zh', { acceptDownloads: true });
    await page.goto(`${BASE}/admin/api-tokens`);
    await loaded(page, 'page-api-tokens');
    await page.getByTestId('token-create').click();
    await page.getByTestId('token-name').fill(TOKEN_NAME);
    await page.getByTestId('token-form-save').click();
    const dialog = page.getByTestId('token-secret');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('只显示这一次');
    const token = (await page.getByTestId('token-secret-secret').textContent())!.trim();
    expect(token).toMatch(/^cs_api_[\w-]{40,}$/);
    await page.getByTestId('token-secret-done').click();
    await dialog.waitFor({ state: 'hidden' });
    // Listed, active, never used — and the secret is nowhere on the page any more.
    const row = page.locator(`[data-testid="token-row-${TOKEN_NAME}"][data-status="active"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('从未使用');
    expect(await page.content()).not.toContain(token);

    const asToken = (t: string) =>
      fetch(`${BASE}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t}` },
        body: JSON.stringify({ query: '{ me { login role } merchants(first: 1) { totalCount } }' }),
      });
    const used = (await (await asToken(token)).json()) as {
      data?: { me: { login: string; role: string }; merchants: { totalCount: number } };
    };
    expect(used.data?.me).toEqual({ login: `api.${TOKEN_NAME}`, role: 'analyst' });
    expect(used.data?.merchants.totalCount).toBeGreaterThan(0);
    await page.reload();
    await loaded(page, 'page-api-tokens');
    expect(await row.textContent()).not.toContain('从未使用');

    await page.getByTestId(`token-revoke-${TOKEN_NAME}`).click();
    await page.locator('[data-testid="confirm-ok"]:visible').click();
    await page.locator(`[data-testid="token-row-${TOKEN_NAME}"][data-status="revoked"]`).waitFor();
    // Revoked: the token names nobody — `me` is null and merchant data is refused.
    const refused = await asToken(token);
    const body = (await refused.json()) as {
      data?: { me: unknown } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    expect(refused.status === 401 || body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED').toBe(true);
    expect(body.data?.me ?? null).toBeNull();
  });

  it('subscribes a webhook, lists its failing delivery with the error, replays it and sees it delivered (en)', async () => {
    await receiver.up();
    page = await signInAs(browser(), 'admin', 'en', { acceptDownloads: true });
    await page.goto(`${BASE}/admin/webhooks`);
    await loaded(page, 'page-webhooks');
    const before = Number(await page.getByTestId('webhooks-total').getAttribute('data-count'));

    // A URL that is not http(s) is marked on its field and nothing is sent.
    await page.getByTestId('webhook-subscribe').click();
    await page.getByTestId('webhook-url').fill('crm.example.com/hooks');
    await page.getByTestId('webhook-event-merchant.status_changed').click();
    await page.getByTestId('webhook-form-save').click();
    await page.getByText(translate('en', 'webhookUrlInvalid')).waitFor();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    await page.getByTestId('webhook-url').fill(receiver.url);
    await page.getByTestId('webhook-form-save').click();
    await page.getByTestId('webhook-secret').waitFor();
    const secret = (await page.getByTestId('webhook-secret-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_/);
    await page.getByTestId('webhook-secret-done').click();
    const row = page.locator(`[data-testid="webhook-row"][data-url="${receiver.url}"][data-active="true"]`);
    await row.waitFor();
    await page.locator(`[data-testid="webhooks-total"][data-count="${before + 1}"]`).waitFor();
    expect(await row.textContent()).toContain('Status changed');
    // The new subscription's deliveries open below it: none yet.
    await page.locator('[data-testid="deliveries-total"][data-count="0"]').waitFor();

    // An event for it: a merchant's status changed (and changed back at the end).
    const found = await gqlAsPage<{ merchants: { edges: { node: { mid: string } }[] } }>(
      page,
      '{ merchants(first: 1, direction: DESC, filter: { status: "active" }) { edges { node { mid } } } }',
    );
    const mid = found.data!.merchants.edges[0]!.node.mid;
    const setStatus = (status: string) =>
      gqlAsPage(
        page!,
        'mutation($mid: String!, $s: String!) { setMerchantStatus(mid: $mid, status: $s, reason: "e2e webhook") { mid } }',
        {
          mid,
          s: status,
        },
      );
    expect((await setStatus('dormant')).errors).toBeUndefined();
    try {
      // The receiver fails the first attempt: the delivery waits with its error.
      await page.getByTestId('deliver-now').click();
      const failing = page.locator('[data-testid="delivery-row"][data-status="pending"]', {
        hasText: 'HTTP 500',
      });
      await failing.waitFor();
      const eventId = (await failing.getAttribute('data-event-id'))!;
      const attempts = Number(await failing.getAttribute('data-attempts'));
      expect(attempts).toBeGreaterThanOrEqual(1);
      const sent = receiver.got.length;

      receiver.failing = false;
      await failing.getByTestId('delivery-replay').click();
      await page.getByTestId('deliver-now').click();
      const delivered = page.locator(
        `[data-testid="delivery-row"][data-event-id="${eventId}"][data-status="delivered"]`,
      );
      await delivered.waitFor();
      expect(Number(await delivered.getAttribute('data-attempts'))).toBe(attempts + 1);
      expect(receiver.got.length).toBe(sent + 1);
      const last = receiver.got.at(-1)!;
      expect(last.headers['x-cornerstone-event-id']).toBe(eventId);
      expect(JSON.parse(last.body)).toMatchObject({
        event: 'merchant.status_changed',
        data: { mid, to: 'dormant' },
      });
      // Signed with the secret shown once.
      expect(
        verifySignature(
          secret,
          last.headers['x-cornerstone-signature'] as string,
          last.body,
          Date.now() / 1000,
        ),
      ).toBe(true);
    } finally {
      await row.getByTestId('webhook-unsubscribe').click();
      await page.locator('[data-testid="confirm-ok"]:visible').click();
      await page
        .locator(`[data-testid="webhook-row"][data-url="${receiver.url}"][data-active="false"]`)
        .waitFor();
      expect((await setStatus('active')).errors).toBeUndefined();
    }
  });

  it('filters the audit log by action and exports exactly the rows it shows (zh)', async () => {
    page = await signInAs(browser(), 'admin', 'zh', { acceptDownloads: true });
    await page.goto(`${BASE}/admin/audit`);
    await loaded(page, 'page-audit');
    const all = Number(await page.getByTestId('audit-total').getAttribute('data-count'));
    const action = 'mutation:createApiToken';
    await page.getByTestId('audit-filter-action').click();
    await page.getByTestId('audit-filter-action').locator('input').fill(action);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: action })
      .first()
      .click();
    await page.waitForURL((u) => u.searchParams.get('action') === action);
    await page.waitForFunction(
      (before) =>
        document.querySelector('[data-testid="page-audit"]')?.getAttribute('data-loading') === 'false' &&
        document.querySelector('[data-testid="audit-total"]')?.getAttribute('data-count') !== String(before),
      all,
    );
    const total = Number(await page.getByTestId('audit-total').getAttribute('data-count'));
    expect(total).toBeGreaterThanOrEqual(1);
    const rows = page.getByTestId('audit-row');
    expect(await rows.count()).toBe(Math.min(total, 20));
    for (const a of await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))))
      expect(a).toBe(action);
    // This run's token is among them, made by the administrator.
    expect(await rows.first().textContent()).toContain('admin');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export-csv').click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^audit-log-.+\.csv$/);
    const text = (await streamText(await csv.createReadStream())).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toBe('at,actor,role,action,target,outcome,ip,request_id,detail');
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(1).every((l) => l.split(',')[3] === action)).toBe(true);

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-export-xlsx').click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.read(await xlsx.createReadStream());
    const sheet = book.getWorksheet('audit_log')!;
    expect(sheet.rowCount).toBe(total + 1);
    for (let r = 2; r <= sheet.rowCount; r++) expect(String(sheet.getRow(r).getCell(4).value)).toBe(action);
  });

  it('refuses a branch manager all three pages, the export and the queries (en)', async () => {
    page = await signInAs(browser(), 'bm_xian', 'en', { acceptDownloads: true });
    for (const path of ['/admin/audit', '/admin/api-tokens', '/admin/webhooks']) {
      await page.goto(`${BASE}${path}`);
      await page.getByTestId('page-forbidden').waitFor();
    }
    const exported = await page.request.get(`${BASE}/api/exports/audit-log.csv`);
    expect(exported.status()).toBe(403);
    expect(await exported.text()).not.toContain('mutation:');
    const asked = await gqlAsPage(
      page,
      '{ auditLog(first: 1) { totalCount } apiTokensConnection(first: 1) { totalCount } }',
    );
    expect(asked.data ?? null).toBeNull();
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
