import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { AUDIT_EXPORT_HEADER, maskAddress } from '../src/exports/audit-log-export.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { MERCHANT_HEADER, merchantLine, mid, writeLines } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import { codeOf, seedUsers } from './support/test-server.ts';

// The audit log's filter and its export (issue 24, docs/security.md): GET
// /api/exports/audit-log.{csv|xlsx} with the `auditLog` query's filter, administrators only, a file
// a CSV parser reads whose rows are exactly the query's, addresses masked, no personal data, and the
// export itself on record.

const BRANCH = '渭南分公司';

async function seed(orm: Orm) {
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['bm', 'branch_manager', BRANCH],
    ['am1', 'account_manager', BRANCH],
    ['analyst', 'analyst'],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cs-audit-export-'));
  await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, [
    merchantLine(1, { manager: 'am1', branch: BRANCH }),
    merchantLine(2, { manager: 'am1', branch: BRANCH }),
  ]);
  expect((await importMerchants(orm, join(dir, 'm.csv'))).inserted).toBe(2);
}

const LOG = `query($filter: AuditFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) { totalCount edges { node { id at actor action target outcome ip detail } } } }`;
const TOKEN = `mutation($input: ApiTokenInput!) { createApiToken(input: $input) { token } }`;
const REVEAL = `mutation($mid: String!) { revealContact(mid: $mid, reason: "回访核对") { mobile } }`;

interface Entry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  outcome: string;
  ip: string | null;
  detail: string | null;
}

describe('the audit log: its filter, its actions, and its export', () => {
  const { server, tokens, orm } = useSeededServer(seed, ['admin', 'bm', 'am1', 'analyst']);
  const em = () => orm().em.fork() as EntityManager;
  const get = (path: string, user?: string) =>
    fetch(`${server.url}${path}`, { headers: user ? { authorization: `Bearer ${tokens[user]}` } : {} });
  const log = async (filter: Record<string, unknown>) => {
    const r = await server.gql<{ auditLog: { totalCount: number; edges: { node: Entry }[] } }>(
      LOG,
      { filter, first: 100 },
      tokens.admin,
    );
    expect(r.errors).toBeUndefined();
    return r.data!.auditLog;
  };
  const exportRows = async (query: string) => {
    const res = await get(`/api/exports/audit-log.csv${query}`, 'admin');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="audit-log-.+\.csv"/);
    const text = await res.text();
    return { text, rows: parse(text, { bom: true, columns: true }) as Record<string, string>[] };
  };
  const exportsOnRecord = () =>
    em().execute<{ actor: string | null; outcome: string; detail: Record<string, unknown> | null }[]>(
      `select actor, outcome, detail from audit_log where action = 'export' and target = 'audit_log' order by id`,
    );

  it('names every action the log holds, from the schema; for administrators only', async () => {
    // A mix of what the log holds: tokens made, a refusal, a reveal, a failed sign-in.
    for (const name of ['crm-feed', 'bi-feed', 'ops-feed']) {
      const r = await server.gql(TOKEN, { input: { name, role: 'analyst' } }, tokens.admin);
      expect(r.errors).toBeUndefined();
    }
    expect(codeOf(await server.gql(TOKEN, { input: { name: 'nope', role: 'analyst' } }, tokens.bm))).toBe(
      'FORBIDDEN',
    );
    expect((await server.gql(REVEAL, { mid: mid(1) }, tokens.admin)).errors).toBeUndefined();
    await server.gql('mutation { login(login: "am1", password: "wrong-password-9") { token } }');

    const r = await server.gql<{ auditActions: string[] }>('{ auditActions }', {}, tokens.admin);
    const actions = r.data!.auditActions;
    expect(actions).toEqual(expect.arrayContaining(['login', 'reveal', 'export', 'user.create']));
    expect(actions).toContain('mutation:createApiToken');
    expect(actions).toContain('mutation:moveMerchants');
    // Self-audited mutations write their own action, never `mutation:<name>`.
    expect(actions).not.toContain('mutation:login');
    expect(actions).not.toContain('mutation:revealContact');
    expect(new Set(actions).size).toBe(actions.length);
    const held = await em().execute<{ action: string }[]>('select distinct action from audit_log');
    expect(held.map((h) => h.action).sort()).toEqual(['login', 'mutation:createApiToken', 'reveal']);
    for (const { action } of held) expect(actions, action).toContain(action);

    expect(codeOf(await server.gql('{ auditActions }', {}, tokens.bm))).toBe('FORBIDDEN');
  });

  it('filters the log by actor, action, outcome and dates, and refuses an unknown outcome', async () => {
    const made = await log({ action: 'mutation:createApiToken' });
    expect(made.totalCount).toBe(4);
    expect(made.edges.map((e) => e.node.outcome).sort()).toEqual(['denied', 'ok', 'ok', 'ok']);
    const refused = await log({ action: 'mutation:createApiToken', outcome: 'denied' });
    expect(refused.edges.map((e) => e.node.actor)).toEqual(['bm']);
    const byAdmin = await log({ actor: 'admin', action: 'mutation:createApiToken' });
    expect(byAdmin.totalCount).toBe(3);
    const later = await log({ from: new Date(Date.now() + 60_000).toISOString() });
    expect(later.totalCount).toBe(0);

    const bad = await server.gql(LOG, { filter: { outcome: 'maybe' } }, tokens.admin);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.extensions!.field).toBe('outcome');
    const backwards = await server.gql(
      LOG,
      { filter: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } },
      tokens.admin,
    );
    expect(codeOf(backwards)).toBe('BAD_USER_INPUT');
    expect(backwards.errors![0]!.extensions!.field).toBe('to');
  });

  it('exports exactly the filtered rows as a CSV a parser reads, newest first, addresses masked', async () => {
    const { rows } = await exportRows('?action=mutation%3AcreateApiToken');
    const listed = await log({ action: 'mutation:createApiToken' });
    expect(Object.keys(rows[0]!)).toEqual([...AUDIT_EXPORT_HEADER]);
    expect(rows).toHaveLength(listed.totalCount);
    expect(rows.every((r) => r.action === 'mutation:createApiToken')).toBe(true);
    expect(rows.map((r) => r.at)).toEqual(listed.edges.map((e) => new Date(e.node.at).toISOString()));
    expect(rows.map((r) => r.outcome).sort()).toEqual(['denied', 'ok', 'ok', 'ok']);
    // The addresses on the screen are whole; in the file their host part is hidden.
    expect(listed.edges[0]!.node.ip).toMatch(/127\.0\.0\.1$/);
    expect(rows.every((r) => r.ip === maskAddress(listed.edges[0]!.node.ip))).toBe(true);
    expect(rows.every((r) => r.ip?.endsWith('.*'))).toBe(true);

    const denied = await exportRows('?action=mutation%3AcreateApiToken&outcome=denied&actor=bm');
    expect(denied.rows.map((r) => [r.actor, r.outcome])).toEqual([['bm', 'denied']]);
    const none = await exportRows(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(none.rows).toEqual([]);
  });

  it('holds no personal data: a revealed mobile is on record as a reveal, never in clear', async () => {
    const revealed = await server.gql<{ revealContact: { mobile: string } }>(
      REVEAL,
      { mid: mid(2) },
      tokens.admin,
    );
    const mobile = revealed.data!.revealContact.mobile;
    expect(mobile).toMatch(/^1\d{10}$/);
    const { text, rows } = await exportRows('');
    expect(rows.some((r) => r.action === 'reveal' && r.target?.includes(mid(2)))).toBe(true);
    expect(text).not.toContain(mobile);
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    // Not a single address in clear, whatever the action.
    expect(rows.every((r) => r.ip === '' || /\*$/.test(r.ip ?? ''))).toBe(true);
  });

  it('exports XLSX with the same rows', async () => {
    const res = await get('/api/exports/audit-log.xlsx?action=mutation%3AcreateApiToken', 'admin');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    const sheet = book.getWorksheet('audit_log')!;
    expect(sheet.rowCount).toBe(1 + 4);
    expect(sheet.getRow(1).values).toEqual([undefined, ...AUDIT_EXPORT_HEADER]);
    expect(String(sheet.getRow(2).getCell(4).value)).toBe('mutation:createApiToken');
  });

  it('is for administrators only, refuses a bad filter, and puts every export on record', async () => {
    expect((await get('/api/exports/audit-log.csv')).status).toBe(401);
    for (const user of ['bm', 'am1', 'analyst']) {
      const res = await get('/api/exports/audit-log.csv', user);
      expect(res.status, user).toBe(403);
      expect(await res.text()).not.toContain('mutation:');
    }
    const bad = await get('/api/exports/audit-log.csv?outcome=maybe', 'admin');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'outcome' });
    const badDate = await get('/api/exports/audit-log.csv?from=yesterday', 'admin');
    expect(badDate.status).toBe(400);
    expect(await badDate.json()).toMatchObject({ field: 'from' });
    expect((await get('/api/exports/audit-log.pdf', 'admin')).status).toBe(404);

    const onRecord = await exportsOnRecord();
    expect(onRecord.map((e) => [e.actor, e.outcome, e.detail?.format, e.detail?.rows])).toEqual([
      ['admin', 'ok', 'csv', 4],
      ['admin', 'ok', 'csv', 1],
      ['admin', 'ok', 'csv', 0],
      ['admin', 'ok', 'csv', expect.any(Number)],
      ['admin', 'ok', 'xlsx', 4],
      ['bm', 'denied', 'csv', undefined],
      ['am1', 'denied', 'csv', undefined],
      ['analyst', 'denied', 'csv', undefined],
      ['admin', 'error', 'csv', undefined],
      ['admin', 'error', 'csv', undefined],
    ]);
    // The names of the filter's conditions, never their values.
    expect(onRecord[1]!.detail!.filter).toEqual(['actor', 'action', 'outcome']);
    expect(JSON.stringify(onRecord)).not.toContain('createApiToken');
  });
});
