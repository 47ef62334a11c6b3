import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { LOGIN_LIMITS } from '../src/identity/audit/audit.service.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { CLEAR_MOBILE } from '../src/platform/logger.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { findClearPersonalData } from './support/log-check.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { type GqlResult, seedUsers, startServer } from './support/test-server.ts';

const BRANCH = '渭南分公司';
const OTHER = '宝鸡分公司';
const N = 100;
// Merchants 1..80 in BRANCH (odd am1, even am2), 81..100 in OTHER (am3).
const branchOf = (i: number) => (i <= 80 ? BRANCH : OTHER);
const managerOf = (i: number) => (i > 80 ? 'am3' : i % 2 ? 'am1' : 'am2');
const settleDate = addDays(businessToday(), -5);
const period = settleDate.slice(0, 7);
const codeOf = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

describe('access: scope through every path, masked personal data, reveal, audit trail, login throttling', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = <T>(user: string, query: string, variables: Record<string, unknown> = {}) =>
    server.gql<T>(query, variables, tokens[user]);

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUsers(orm, [
      ['am1', 'account_manager', BRANCH],
      ['am2', 'account_manager', BRANCH],
      ['am3', 'account_manager', OTHER],
      ['bm', 'branch_manager', BRANCH],
      ['bm_other', 'branch_manager', OTHER],
      ['admin', 'admin', undefined],
      ['analyst', 'analyst', undefined],
      ['victim', 'account_manager', BRANCH],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'cs-access-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: managerOf, branch: branchOf });
    await importMerchants(orm, join(dir, 'm.csv'));
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      const profit = 5000 - i * 3;
      lines.push(`${settleDate},${mid(i)},10,30000.00,0,0.00,${profit + 50}.00,30.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    await importSettlements(orm, join(dir, 's.csv'));
    await computeTierSnapshot(orm, period, 'test');
    server = await startServer(orm);
    for (const u of ['am1', 'am2', 'am3', 'bm', 'bm_other', 'admin', 'analyst'])
      tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('gives an account manager nothing of another manager’s merchant, by MID, list, relation or drill-down', async () => {
    const theirs = mid(1); // am1's, and a key customer
    const rec = await gql<{ recordInteraction: { id: string } }>(
      'am1',
      'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }',
      { i: { mid: theirs, kind: 'VISIT', outcome: 'REACHED', notes: '上门拜访' } },
    );
    expect(rec.errors).toBeUndefined();
    const byMid = await gql<{ merchant: unknown }>('am2', `{ merchant(mid: "${theirs}") { mid } }`);
    expect(byMid.data!.merchant).toBeNull();
    const nonexistent = await gql<{ merchant: unknown }>(
      'am2',
      '{ merchant(mid: "898610999999999") { mid } }',
    );
    expect(byMid).toEqual(nonexistent);
    const search = await gql<{ merchants: { totalCount: number } }>(
      'am2',
      `{ merchants(filter: { search: "${theirs}" }) { totalCount } }`,
    );
    expect(search.data!.merchants.totalCount).toBe(0);
    const viaInteraction = await gql<{ interaction: unknown }>(
      'am2',
      `{ interaction(id: "${rec.data!.recordInteraction.id}") { merchant { mid contact { mobile } } } }`,
    );
    expect(viaInteraction.data!.interaction).toBeNull();
    const viaTasks = await gql<{ tasks: { totalCount: number } }>(
      'am2',
      `{ tasks(filter: { mid: "${theirs}", state: OPEN }) { totalCount } }`,
    );
    expect(viaTasks.data!.tasks.totalCount).toBe(0);
    // The pyramid's drill-down: the key tier's list holds only the caller's own key customers.
    const drill = await gql<{
      merchants: { edges: { node: { mid: string; manager: { login: string } } }[] };
    }>(
      'am2',
      `{ merchants(first: 100, filter: { tier: KEY, period: "${period}" }) { edges { node { mid manager { login } } } } }`,
    );
    const mids = drill.data!.merchants.edges.map((e) => e.node.mid);
    expect(mids).not.toContain(theirs);
    expect(drill.data!.merchants.edges.every((e) => e.node.manager.login === 'am2')).toBe(true);
    const pyramid = await gql<{ pyramid: { merchantCount: number } }>(
      'am2',
      `{ pyramid(period: "${period}") { merchantCount } }`,
    );
    expect(pyramid.data!.pyramid.merchantCount).toBe(40);
  });

  it('keeps a branch manager to the branch', async () => {
    const r = await gql<{ merchant: unknown }>('bm', `{ merchant(mid: "${mid(90)}") { mid } }`);
    expect(r.data!.merchant).toBeNull();
    const list = await gql<{ merchants: { totalCount: number } }>('bm_other', '{ merchants { totalCount } }');
    expect(list.data!.merchants.totalCount).toBe(20);
    const reveal = await gql('bm', `mutation { revealContact(mid: "${mid(90)}") { mobile } }`);
    expect(codeOf(reveal)).toBe('NOT_FOUND');
  });

  it('shows an analyst masked personal data and refuses the analyst’s writes', async () => {
    const r = await gql<{ merchants: { edges: { node: { contact: { mobile: string } } }[] } }>(
      'analyst',
      '{ merchants(first: 20) { edges { node { contact { mobile } } } } }',
    );
    for (const e of r.data!.merchants.edges) expect(e.node.contact.mobile).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const write = await gql(
      'analyst',
      'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }',
      {
        i: { mid: mid(2), kind: 'CALL', outcome: 'REACHED' },
      },
    );
    expect(codeOf(write)).toBe('FORBIDDEN');
    expect(codeOf(await gql('analyst', `mutation { revealContact(mid: "${mid(2)}") { mobile } }`))).toBe(
      'FORBIDDEN',
    );
  });

  it('reveals a contact in clear only through revealContact, which writes exactly one audit row', async () => {
    const target = `mid:${mid(3)}`;
    const before = await sql<{ n: number }[]>('select count(*)::int as n from audit_log');
    const r = await gql<{ revealContact: { mobile: string } }>(
      'am1',
      `mutation { revealContact(mid: "${mid(3)}", reason: "回访核实") { mid mobile } }`,
    );
    expect(r.data!.revealContact.mobile).toBe(`139${String(3).padStart(8, '0')}`);
    const after = await sql<{ n: number }[]>('select count(*)::int as n from audit_log');
    expect(after[0]!.n - before[0]!.n).toBe(1);
    const rows = await sql<
      { actor: string; action: string; outcome: string; ip: string; request_id: string }[]
    >('select actor, action, outcome, ip, request_id from audit_log where target = ?', [target]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'am1', action: 'reveal', outcome: 'ok' });
    expect(rows[0]!.ip).toBeTruthy();
    expect(rows[0]!.request_id).toMatch(/^[0-9a-f-]{36}$/);
    // Another manager's merchant: refused as if it did not exist, and the attempt is on record.
    expect(codeOf(await gql('am2', `mutation { revealContact(mid: "${mid(3)}") { mobile } }`))).toBe(
      'NOT_FOUND',
    );
    const tried = await sql<{ outcome: string }[]>(
      `select outcome from audit_log where target = ? and actor = 'am2'`,
      [target],
    );
    expect(tried).toEqual([{ outcome: 'denied' }]);
  });

  it('audits every write with its outcome and every sign-in; the log is append-only and for administrators', async () => {
    await gql('am1', 'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }', {
      i: { mid: mid(5), kind: 'CALL', outcome: 'REACHED', notes: '电话回访' },
    });
    await gql('am1', 'mutation($i: InteractionInput!) { recordInteraction(input: $i) { id } }', {
      i: { mid: mid(5), kind: 'NOPE', outcome: 'REACHED' },
    });
    await gql('analyst', 'mutation { refreshMaintenanceTasks { created } }');
    await server.gql('mutation { login(login: "am1", password: "wrong-password") { token } }');
    const log = await gql<{
      auditLog: {
        edges: { node: { actor: string | null; action: string; target: string | null; outcome: string } }[];
      };
    }>('admin', '{ auditLog(first: 10) { edges { node { actor action target outcome detail } } } }');
    const entries = log.data!.auditLog.edges.map((e) => e.node);
    expect(entries.slice(0, 4).map((e) => [e.actor, e.action, e.target, e.outcome])).toEqual([
      [null, 'login', 'login:am1', 'denied'],
      ['analyst', 'mutation:refreshMaintenanceTasks', null, 'denied'],
      ['am1', 'mutation:recordInteraction', `mid:${mid(5)}`, 'error'],
      ['am1', 'mutation:recordInteraction', `mid:${mid(5)}`, 'ok'],
    ]);
    const signIns = await sql<{ n: number }[]>(
      `select count(*)::int as n from audit_log where action = 'login' and outcome = 'ok'`,
    );
    expect(signIns[0]!.n).toBeGreaterThanOrEqual(7);
    expect(codeOf(await gql('bm', '{ auditLog { totalCount } }'))).toBe('FORBIDDEN');
    await expect(sql(`update audit_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_log')).rejects.toThrow(/append-only/);
  });

  it('throttles sign-in after repeated failures for a login, even with the right password', async () => {
    for (let i = 0; i < LOGIN_LIMITS.perLogin; i++) {
      const r = await server.gql('mutation { login(login: "victim", password: "guess-123456") { token } }');
      expect(codeOf(r)).toBe('UNAUTHENTICATED');
    }
    const r = await server.gql('mutation { login(login: "victim", password: "test-password-1") { token } }');
    expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
    // Other logins from the same address still sign in.
    const other = await server.gql('mutation { login(login: "am2", password: "test-password-1") { token } }');
    expect(other.errors).toBeUndefined();
  });

  it('stores mobiles encrypted and keeps them out of the log in clear', async () => {
    const [row] = await sql<{ contact_mobile: string; contact_mobile_hash: string }[]>(
      'select contact_mobile, contact_mobile_hash from merchant where mid = ?',
      [mid(7)],
    );
    const clear = `139${String(7).padStart(8, '0')}`;
    expect(row!.contact_mobile).toMatch(/^v1\.[\w-]+$/);
    expect(row!.contact_mobile).not.toContain(clear);
    expect(row!.contact_mobile_hash).toMatch(/^[0-9a-f]{64}$/);
    // A new mobile through verifyContact, and a request that fails with a mobile in its variables.
    const verified = await gql(
      'am1',
      `mutation($m: String) { verifyContact(mid: "${mid(7)}", mobile: $m) }`,
      {
        m: '13700001111',
      },
    );
    expect(verified.errors).toBeUndefined();
    const [after] = await sql<{ contact_mobile: string }[]>(
      'select contact_mobile from merchant where mid = ?',
      [mid(7)],
    );
    expect(after!.contact_mobile).not.toContain('13700001111');
    const revealed = await gql<{ revealContact: { mobile: string } }>(
      'am1',
      `mutation { revealContact(mid: "${mid(7)}") { mobile } }`,
    );
    expect(revealed.data!.revealContact.mobile).toBe('13700001111');
    await gql('am1', `mutation($m: String) { verifyContact(mid: "898610999999999", mobile: $m) }`, {
      m: '13700002222',
    });
    const changes = await sql<{ changes: string }[]>(
      'select changes::text as changes from merchant_change m join merchant x on x.id = m.merchant_id where x.mid = ?',
      [mid(7)],
    );
    expect(changes.map((c) => c.changes).join('\n')).not.toMatch(CLEAR_MOBILE);

    // The run's log (one file for every test file, CORNERSTONE_LOG_FILE) has this file's requests
    // and no mobile number in clear.
    const path = process.env.CORNERSTONE_LOG_FILE!;
    expect(path).toBeTruthy();
    const log = readFileSync(path, 'utf8');
    expect(log).toContain('"operation":"mutation"');
    expect(CLEAR_MOBILE.test('{"mobile":"13700001111"}')).toBe(true);
    expect(
      CLEAR_MOBILE.test('{"requestId":"0a6ec72c-5d3b-4606-a2d5-18696598389d","mid":"898610013800138000"}'),
    ).toBe(false);
    expect(findClearPersonalData(path)).toEqual([]);
  });

  it('keeps the web session in an HttpOnly, SameSite cookie that logout ends at once', async () => {
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });
    const res = await post({
      query:
        'mutation { login(login: "bm", password: "test-password-1", cookie: true) { token user { login } } }',
    });
    const body = (await res.json()) as { data: { login: { token: string } } };
    expect(body.data.login.token).toBe('');
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^cs_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const cookie = setCookie.split(';')[0]!;
    const me = async () =>
      ((await (await post({ query: '{ me { login } }' }, { cookie })).json()) as { data: { me: unknown } })
        .data.me;
    expect(await me()).toEqual({ login: 'bm' });
    const out = await post({ query: 'mutation { logout }' }, { cookie });
    expect(out.headers.get('set-cookie')).toMatch(/cs_session=;/);
    expect(await me()).toBeNull();
  });

  it('exports the merchant list of a filter as CSV and XLSX, in scope, masked, and audited', async () => {
    const get = (path: string, user?: string) =>
      fetch(`${server.url}${path}`, { headers: user ? { authorization: `Bearer ${tokens[user]}` } : {} });
    expect((await get('/api/exports/merchants.csv')).status).toBe(401);
    const bad = await get('/api/exports/merchants.csv?tier=KEY', 'am1');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ field: 'filter.period' });

    const csv = await get('/api/exports/merchants.csv', 'am1');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="merchants-.+\.csv"/);
    const rows = parse(await csv.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(40);
    expect(rows.every((r) => r.manager === 'am1')).toBe(true);
    expect(rows.every((r) => /^1\d{2}\*{4}\d{4}$/.test(r.contact_mobile!))).toBe(true);
    const key = await get(
      `/api/exports/merchants.csv?tier=SECONDARY&period=${period}&branch=${encodeURIComponent(BRANCH)}`,
      'bm',
    );
    const keyRows = parse(await key.text(), { bom: true, columns: true }) as Record<string, string>[];
    const listed = await gql<{ merchants: { totalCount: number } }>(
      'bm',
      `{ merchants(filter: { tier: SECONDARY, period: "${period}", branch: "${BRANCH}" }) { totalCount } }`,
    );
    expect(keyRows.length).toBe(listed.data!.merchants.totalCount);
    expect(keyRows.length).toBeGreaterThan(0);

    const xlsx = await get('/api/exports/merchants.xlsx', 'analyst');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = book.getWorksheet('merchants')!;
    expect(sheet.rowCount).toBe(N + 1);
    expect(String(sheet.getRow(2).getCell(13).value)).toMatch(/^1\d{2}\*{4}\d{4}$/);

    const exports = await sql<
      { actor: string; outcome: string; detail: { rows?: number; format: string } }[]
    >(`select actor, outcome, detail from audit_log where action = 'export' order by id`);
    expect(exports.map((e) => [e.actor, e.outcome, e.detail.format, e.detail.rows])).toEqual([
      ['am1', 'error', 'csv', undefined],
      ['am1', 'ok', 'csv', 40],
      ['bm', 'ok', 'csv', keyRows.length],
      ['analyst', 'ok', 'xlsx', N],
    ]);
  });
});
