import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskError } from '../src/app/app.ts';
import type { Orm } from '../src/app/orm.ts';
import { LOGIN_LIMITS } from '../src/identity/audit/audit.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { MERCHANT_HEADER, merchantLine, mid, writeLines } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUser, startServer } from './support/test-server.ts';

const BRANCH = '渭南分公司';
// Merchant names a spreadsheet would run as formulas (OWASP's CSV-injection examples).
const FORMULAS = ["=cmd|' /C calc'!A0", '+1+1', '@SUM(1)', '-2+3'];
const LOGIN =
  'mutation($l: String!, $p: String!, $c: Boolean) { login(login: $l, password: $p, cookie: $c) { token } }';
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

/**
 * What a hostile caller tries over real HTTP: concurrent password guessing, forged forwarding
 * headers, formulas in exported cells, malformed and oversized bodies, schema probing through
 * suggestions, NUL bytes and huge strings in arguments, and a flood of bogus API tokens.
 */
describe('hostile HTTP', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let proxied: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const post = (base: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  // The run's log: what this file's requests added to it.
  const logFile = process.env.CORNERSTONE_LOG_FILE!;
  const logSize = () => statSync(logFile, { throwIfNoEntry: false })?.size ?? 0;
  const logSince = (offset: number) => readFileSync(logFile).subarray(offset).toString('utf8');

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    for (const [u, role] of [
      ['am1', 'account_manager'],
      ['victim', 'account_manager'],
      ['analyst', 'analyst'],
    ] as const)
      await seedUser(orm, u, role, role === 'analyst' ? undefined : BRANCH);
    const dir = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
    const lines = [1, 2, 3, 4, 5].map((i) => {
      const cells = merchantLine(i, { manager: 'am1', branch: BRANCH, name: FORMULAS[i - 1] }).split(',');
      if (i === 5) cells[10] = '=1+2'; // a contact name
      return cells.join(',');
    });
    await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, lines);
    const summary = await importMerchants(orm, join(dir, 'm.csv'));
    expect(summary).toMatchObject({ rejected: 0 });
    server = await startServer(orm);
    proxied = await startServer(orm, { trustProxy: 'loopback' });
    token = await server.login('analyst');
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await proxied?.close();
    await orm?.close();
    await db?.drop();
  });

  it('checks at most 5 passwords for 12 concurrent wrong sign-ins to one login, and refuses the rest', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => server.gql(LOGIN, { l: 'victim', p: 'guess-123456' })),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(LOGIN_LIMITS.perLogin);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS').length).toBeGreaterThanOrEqual(
      12 - LOGIN_LIMITS.perLogin,
    );
    expect(codes.every((c) => c === 'UNAUTHENTICATED' || c === 'TOO_MANY_REQUESTS')).toBe(true);
    const [checked] = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'login' and target = 'login:victim'
         and outcome = 'denied' and detail->>'reason' = 'wrong login or password'`,
    );
    expect(checked!.n).toBeLessThanOrEqual(LOGIN_LIMITS.perLogin);
    // The right password within the window is refused too.
    expect(codeOf(await server.gql(LOGIN, { l: 'victim', p: 'test-password-1' }))).toBe('TOO_MANY_REQUESTS');
    // Successful sign-ins are not failures: a user who signs in often is never throttled for it.
    for (let i = 0; i < LOGIN_LIMITS.perLogin + 1; i++) await server.login('am1');
    expect(codeOf(await server.gql(LOGIN, { l: 'am1', p: 'wrong-password' }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(LOGIN, { l: 'am1', p: 'test-password-1' }))).toBeUndefined();
  });

  it('takes the client’s address from X-Forwarded-For only behind a trusted proxy, and sets Secure behind HTTPS', async () => {
    const signIn = async (base: string, headers: Record<string, string>) => {
      const res = await post(
        base,
        JSON.stringify({ query: LOGIN, variables: { l: 'am1', p: 'test-password-1', c: true } }),
        headers,
      );
      const [row] = await sql<{ ip: string }[]>('select ip from audit_log where request_id = ?', [
        res.headers.get('x-request-id'),
      ]);
      return { ip: row!.ip, cookie: res.headers.get('set-cookie') ?? '' };
    };
    const forwarded = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };
    const behindProxy = await signIn(proxied.url, forwarded);
    expect(behindProxy.ip).toBe('203.0.113.7');
    expect(behindProxy.cookie).toMatch(/^cs_session=[\w-]+;/);
    expect(behindProxy.cookie).toMatch(/;\s*Secure/i);
    // Without trust proxy, the same headers are a client's claim and are ignored.
    const direct = await signIn(server.url, forwarded);
    expect(direct.ip).not.toBe('203.0.113.7');
    expect(direct.ip).toMatch(/127\.0\.0\.1|::1/);
    expect(direct.cookie).not.toMatch(/Secure/i);
  });

  it('neutralises formula cells in the CSV and XLSX exports and keeps numbers as they are', async () => {
    const get = (format: string) =>
      fetch(`${server.url}/api/exports/merchants.${format}`, {
        headers: { authorization: `Bearer ${token}` },
      });
    const csv = parse(await (await get('csv')).text(), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    const byMid = new Map(csv.map((r) => [r.mid, r]));
    for (let i = 1; i <= 4; i++) expect(byMid.get(mid(i))!.name).toBe(`'${FORMULAS[i - 1]}`);
    expect(byMid.get(mid(5))!.contact_name).toMatch(/^'=/);
    expect(byMid.get(mid(5))!.name).toBe('测试商户5号店');
    expect(byMid.get(mid(1))!.rate).toMatch(/^0\.0\d+$/);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await (await get('xlsx')).arrayBuffer()) as never);
    const sheet = book.getWorksheet('merchants')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const cells = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, n) => {
      if (n > 1) cells.set(String(row.getCell(col('mid')).value), row);
    });
    for (let i = 1; i <= 4; i++)
      expect(cells.get(mid(i))!.getCell(col('name')).value).toBe(`'${FORMULAS[i - 1]}`);
    expect(String(cells.get(mid(5))!.getCell(col('contact_name')).value)).toMatch(/^'=/);
    for (const row of cells.values()) expect(row.getCell(col('name')).formula).toBeUndefined();
  });

  it('marks every GraphQL answer no-store, so no browser or proxy keeps one (a GET query too)', async () => {
    const viaPost = await post(server.url, JSON.stringify({ query: '{ __typename }' }));
    expect(viaPost.status).toBe(200);
    expect(viaPost.headers.get('cache-control')).toBe('no-store');
    const viaGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('cache-control')).toBe('no-store');
  });

  it('answers malformed JSON and a 1.1 MB body with JSON, a code and the request id, never a stack', async () => {
    const check = async (res: Response, status: number, code: string) => {
      const text = await res.text();
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/json/);
      expect(text).not.toMatch(/node_modules|\bat \w+.*\(|<html|stack/i);
      expect(JSON.parse(text)).toMatchObject({ code, requestId: res.headers.get('x-request-id') });
    };
    await check(await post(server.url, '{"query": "{ __typename }",'), 400, 'BAD_REQUEST');
    const big = JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(1_100_000) } });
    await check(await post(server.url, big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('suggests enum values to signed-in users only', async () => {
    const literal = '{ merchants(filter: { tier: KEYS, period: "2026-10" }) { totalCount } }';
    const variable =
      'query($t: TierCode) { merchants(filter: { tier: $t, period: "2026-10" }) { totalCount } }';
    for (const r of [await server.gql(literal), await server.gql(variable, { t: 'KEYS' })]) {
      expect(r.errors?.[0]?.message).toMatch(/KEYS/);
      expect(r.errors?.[0]?.message).not.toMatch(/Did you mean|"KEY"/);
    }
    const signedIn = await server.gql(literal, {}, token);
    expect(signedIn.errors?.[0]?.message).toMatch(/Did you mean the enum value "KEY"\?/);
    const viaVariable = await server.gql(variable, { t: 'KEYS' }, token);
    expect(viaVariable.errors?.[0]?.message).toMatch(/Did you mean the enum value "KEY"\?/);
  });

  it('refuses NUL and lone surrogates in any string argument before SQL, and logs no SQL', async () => {
    const offset = logSize();
    const query = 'query($f: MerchantFilter) { merchants(filter: $f) { totalCount } }';
    for (const search of ['a\u0000b', '13812345678\u0000', '\ud800x']) {
      const r = await server.gql(query, { f: { search } }, token);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.field).toBe('filter.search');
    }
    // A literal in the document, inside an input object.
    const literal = await server.gql(
      '{ merchants(filter: { search: "a\\u0000b" }) { totalCount } }',
      {},
      token,
    );
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    expect(literal.errors?.[0]?.extensions?.field).toBe('filter.search');
    // The export's filter is the same text.
    const exported = await fetch(`${server.url}/api/exports/merchants.csv?search=a%00b`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(exported.status).toBe(400);
    expect(await exported.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const log = logSince(offset);
    expect(log).toContain('"graphql"');
    expect(log).not.toMatch(/select|from "?merchant|13812345678/i);
  });

  it('logs a database error with its code and message but without the SQL or its values', async () => {
    // PostgreSQL's own message may name the value too: `value "13812345678" is out of range …`.
    const q = 'select mid from merchant where name = ? and cast(? as int) = 1';
    const params = ['x', '13812345678'];
    // The driver's own error, and MikroORM's DriverException around it.
    const errors = [
      await sql(q, params).catch((e: unknown) => e),
      await (orm.em.fork() as EntityManager).execute(q, params).catch((e: unknown) => e),
    ];
    for (const [i, err] of errors.entries()) {
      expect(String((err as Error).message)).toMatch(/select mid from merchant/);
      const offset = logSize();
      const masked = maskError({ message: 'x', extensions: {} }, err, `req-db-error-${i}`);
      expect(masked.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const log = logSince(offset);
      expect(log).toContain(`req-db-error-${i}`);
      expect(log).toMatch(/is out of range for type integer/);
      expect(log).toContain('22003');
      expect(log).not.toMatch(/select|from merchant|13812345678/i);
    }
  });

  it('writes one audit row for a burst of 50 bogus API tokens, not 50', async () => {
    const [before] = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'api_token' and outcome = 'denied'`,
    );
    for (let i = 0; i < 50; i++) {
      const r = await server.gql('{ me { login } }', {}, `cs_api_bogus${i}`);
      expect(r.data).toEqual({ me: null });
    }
    const [after] = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'api_token' and outcome = 'denied'`,
    );
    expect(after!.n - before!.n).toBeGreaterThanOrEqual(1);
    expect(after!.n - before!.n).toBeLessThanOrEqual(2);
  });

  it('refuses a 200,000-character free-text argument as BAD_USER_INPUT naming it', async () => {
    const am1 = await server.login('am1');
    const r = await server.gql(
      'mutation($r: String!) { redeemPoints(idempotencyKey: "k-hostile-1", mid: "898610000000001", points: 1, reason: $r) { entryId } }',
      { r: '兑'.repeat(200_000) },
      am1,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.extensions?.field).toBe('reason');
    expect(r.errors?.[0]?.message).toMatch(/at most 2000 characters/);
    const inList = await server.gql(
      `{ merchants(filter: { search: "${'x'.repeat(2001)}" }) { totalCount } }`,
      {},
      token,
    );
    expect(codeOf(inList)).toBe('BAD_USER_INPUT');
  });
});
