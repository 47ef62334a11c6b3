import { once } from 'node:events';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { runCli } from './support/cli.ts';
import { MERCHANT_HEADER, merchantLine, mid, SETTLEMENT_HEADER, writeLines } from './support/fixtures.ts';
import { encodeGb18030 } from './support/gb18030.ts';
import { endedRun } from './support/import-runs.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUsers, startServer } from './support/test-server.ts';

const XIAN = '西安分公司';
const XIANYANG = '咸阳分公司';
const yesterday = addDays(businessToday(), -1);
// Large enough to earn points: a refused row must not accrue any.
const settlementLine = (m: string, date = yesterday) =>
  `${date},${m},10,100000.00,0,0.00,600.00,450.00,50.00`;

interface Run {
  id: number;
  status: string;
  rowsRead: number;
  inserted: number;
  updated: number;
  rejected: number;
  errors: { row: number; column: string; message: string }[];
}
const RUN_FIELDS = 'id status rowsRead inserted updated rejected errors { row column message }';

/**
 * What a hostile (or careless) user does with the imports, through the real server: uploads that
 * reach outside the uploader's scope, settle dates far ahead, branches that do not exist, files
 * with NUL bytes, huge fields or nothing at all — and whether runs and uploads stay on record.
 */
describe('hostile uploads', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'cs-hostile-imports-'));
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];

  const upload = (kind: string, user: string | null, body: string | Buffer, query = '') =>
    fetch(`${server.url}/api/imports/${kind}?fileName=${kind}.csv${query}`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        ...(user ? { authorization: `Bearer ${tokens[user] ?? user}` } : {}),
      },
      body,
    });

  /** The run as its uploader sees it through `importRun`, once it has ended. */
  const ended = (user: string, res: Response) => endedRun<Run>(server, res, tokens[user], RUN_FIELDS);

  const merchantRow = async (m: string) =>
    (
      await sql<{ branch: string; manager: string; rate: string; mobile: string; name: string }>(
        `select b.name as branch, u.login as manager, m.rate::text as rate, m.contact_mobile_hash as mobile, m.name
         from merchant m join branch b on b.id = m.branch_id join app_user u on u.id = m.manager_id where m.mid = ?`,
        [m],
      )
    )[0];
  const branchNames = async () =>
    (await sql<{ name: string }>('select name from branch order by name')).map((b) => b.name);

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUsers(orm, [
      ['admin', 'admin', undefined],
      ['bm_xa', 'branch_manager', XIAN],
      ['bm_xy', 'branch_manager', XIANYANG],
      ['am_xa', 'account_manager', XIAN],
      ['am_xy', 'account_manager', XIANYANG],
      ['ops_xa', 'operations', XIAN],
      ['ops_xy', 'operations', XIANYANG],
    ]);
    // Merchants 1..4 in 西安 (am_xa), 5..6 in 咸阳 (am_xy).
    await writeLines(
      join(dir, 'm.csv'),
      MERCHANT_HEADER,
      [1, 2, 3, 4, 5, 6].map((i) =>
        merchantLine(i, i <= 4 ? { manager: 'am_xa', branch: XIAN } : { manager: 'am_xy', branch: XIANYANG }),
      ),
    );
    expect(await importMerchants(orm, join(dir, 'm.csv'))).toMatchObject({ inserted: 6, rejected: 0 });
    server = await startServer(orm);
    for (const u of ['admin', 'bm_xa', 'bm_xy', 'am_xa', 'ops_xa', 'ops_xy'])
      tokens[u] = await server.login(u);
  });
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('refuses a branch manager’s takeover of another branch’s merchant, and changes nothing', async () => {
    const before = await merchantRow(mid(1));
    // 西安's merchant 1, moved to 咸阳, owned by the uploader, at 0.10% and with a new mobile.
    const cells = merchantLine(1, { manager: 'bm_xy', branch: XIANYANG }).split(',');
    cells[5] = '0.001';
    cells[11] = '13700000000';
    const run = await ended(
      'bm_xy',
      await upload('merchants', 'bm_xy', `${MERCHANT_HEADER}\n${cells.join(',')}\n`),
    );
    expect(run).toMatchObject({ status: 'rejected', inserted: 0, updated: 0, rejected: 1 });
    expect(run.errors).toEqual([
      { row: 2, column: 'mid', message: expect.stringMatching(/^outside your scope/) },
    ]);
    expect(await merchantRow(mid(1))).toEqual(before);
    expect(before).toMatchObject({ branch: XIAN, manager: 'am_xa' });
    const [history] = await sql<{ n: number }>(
      `select count(*)::int as n from merchant_change c join merchant m on m.id = c.merchant_id
       where m.mid = ? and c.kind = 'updated'`,
      [mid(1)],
    );
    expect(history!.n).toBe(0);
  });

  it('refuses to create a merchant in another branch or owned by another branch’s user; --skip-invalid writes the rest', async () => {
    const rows = [
      merchantLine(101, { manager: 'am_xy', branch: XIANYANG }), // its own branch: fine
      merchantLine(102, { manager: 'am_xy', branch: XIAN }), // another branch
      merchantLine(103, { manager: 'am_xa', branch: XIANYANG }), // another branch's account manager
    ];
    const strict = await ended(
      'bm_xy',
      await upload('merchants', 'bm_xy', `${MERCHANT_HEADER}\n${rows.join('\n')}\n`),
    );
    expect(strict).toMatchObject({ status: 'rejected', inserted: 0, rejected: 2 });
    // Reported as found: the manager while reading, the branch when the rows are checked together.
    const found = strict.errors.map((e) => [e.row, e.column, e.message.slice(0, 18)]);
    expect(found.sort()).toEqual([
      [3, 'branch', 'outside your scope'],
      [4, 'manager', 'outside your scope'],
    ]);
    expect(await merchantRow(mid(101))).toBeUndefined();

    const skipping = await ended(
      'bm_xy',
      await upload('merchants', 'bm_xy', `${MERCHANT_HEADER}\n${rows.join('\n')}\n`, '&skipInvalid=true'),
    );
    expect(skipping).toMatchObject({ status: 'succeeded', inserted: 1, rejected: 2 });
    expect(await merchantRow(mid(101))).toMatchObject({ branch: XIANYANG, manager: 'am_xy' });
    expect(await merchantRow(mid(102))).toBeUndefined();
    expect(await merchantRow(mid(103))).toBeUndefined();
  });

  it('never creates a branch: an unknown one is a row error, for administrators too, and a GBK one is read as meant', async () => {
    const before = await branchNames();
    const typo = await ended(
      'admin',
      await upload(
        'merchants',
        'admin',
        `${MERCHANT_HEADER}\n${merchantLine(110, { manager: 'am_xa', branch: '西按分公司' })}\n`,
      ),
    );
    expect(typo).toMatchObject({ status: 'rejected', rejected: 1 });
    expect(typo.errors).toEqual([{ row: 2, column: 'branch', message: 'unknown branch "西按分公司"' }]);

    // Saved as GBK by a spreadsheet, with English category codes: read as GB18030 (found by
    // itself), so the branch is the one meant, not a garbled name of a new one.
    const line = merchantLine(111, { manager: 'am_xa', branch: XIAN }).replace('民生类', 'livelihood');
    const body = Buffer.concat([Buffer.from(`${MERCHANT_HEADER}\n`), encodeGb18030(`${line}\n`)]);
    const gbkRun = await ended('admin', await upload('merchants', 'admin', body));
    expect(gbkRun).toMatchObject({ status: 'succeeded', inserted: 1, rejected: 0 });
    expect(await branchNames()).toEqual(before);
    expect(await merchantRow(mid(111))).toMatchObject({ branch: XIAN });
  });

  it('takes settlements from operations for their own branch’s merchants only, with no points for a refused row', async () => {
    const points = async (m: string) =>
      (
        await sql<{ n: number }>(
          'select count(*)::int as n from points_entry e join merchant m on m.id = e.merchant_id where m.mid = ?',
          [m],
        )
      )[0]!.n;
    const settled = async (m: string) =>
      (
        await sql<{ n: number }>(
          'select count(*)::int as n from settlement s join merchant m on m.id = s.merchant_id where m.mid = ?',
          [m],
        )
      )[0]!.n;
    // A clean file: the fast path's turn first, and it must hold the scope too.
    const body = `${SETTLEMENT_HEADER}\n${settlementLine(mid(5))}\n${settlementLine(mid(1))}\n`;
    const refused = await ended('ops_xy', await upload('settlements', 'ops_xy', body));
    expect(refused).toMatchObject({ status: 'rejected', inserted: 0, rejected: 1 });
    expect(refused.errors).toEqual([
      { row: 3, column: 'mid', message: expect.stringMatching(/^outside your scope/) },
    ]);
    expect(await settled(mid(1))).toBe(0);
    expect(await settled(mid(5))).toBe(0);
    expect(await points(mid(1))).toBe(0);
    // An unknown MID stays unknown.
    const unknown = await ended(
      'ops_xy',
      await upload('settlements', 'ops_xy', `${SETTLEMENT_HEADER}\n${settlementLine(mid(999))}\n`),
    );
    expect(unknown.errors).toEqual([{ row: 2, column: 'mid', message: `unknown merchant ${mid(999)}` }]);

    // With --skip-invalid only the branch's own row goes in, and earns its points.
    const skipping = await ended('ops_xy', await upload('settlements', 'ops_xy', body, '&skipInvalid=true'));
    expect(skipping).toMatchObject({ status: 'succeeded', inserted: 1, rejected: 1 });
    expect(await settled(mid(5))).toBe(1);
    expect(await points(mid(5))).toBeGreaterThan(0);
    expect(await settled(mid(1))).toBe(0);
    expect(await points(mid(1))).toBe(0);
  });

  it('refuses a settle date outside the window (2099-12-31), and makes no partition for it', async () => {
    const run = await ended(
      'ops_xa',
      await upload(
        'settlements',
        'ops_xa',
        `${SETTLEMENT_HEADER}\n${settlementLine(mid(2), '2099-12-31')}\n`,
      ),
    );
    expect(run).toMatchObject({ status: 'rejected', inserted: 0, rejected: 1 });
    expect(run.errors).toEqual([
      {
        row: 2,
        column: 'settle_date',
        message: `settle_date 2099-12-31 is outside the accepted window ${addDays(businessToday(), -3660)}..${businessToday()}`,
      },
    ]);
    const [part] = await sql<{ t: string | null }>(`select to_regclass('settlement_209912')::text as t`);
    expect(part!.t).toBeNull();
  });

  it('shows each user only the runs they started; administrators all of them', async () => {
    const runs = async (user: string) =>
      (
        await server.gql<{ importRuns: { id: number }[] }>(
          '{ importRuns(first: 100) { id } }',
          {},
          tokens[user],
        )
      ).data!.importRuns.map((r) => r.id);
    const byActor = async (actor: string) =>
      (await sql<{ id: number }>('select id from import_run where actor = ? order by id desc', [actor])).map(
        (r) => r.id,
      );
    const all = (await sql<{ id: number }>('select id from import_run order by id desc')).map((r) => r.id);
    expect(await byActor('bm_xy')).not.toHaveLength(0);
    expect(await runs('bm_xy')).toEqual(await byActor('bm_xy'));
    expect(await runs('ops_xy')).toEqual(await byActor('ops_xy'));
    expect(await runs('admin')).toEqual(all);
    // Another user's run is as if it did not exist.
    const theirs = (await byActor('ops_xy'))[0]!;
    const r = await server.gql<{ importRun: unknown }>(
      `{ importRun(id: ${theirs}) { id } }`,
      {},
      tokens.bm_xy,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importRun).toBeNull();
    const own = await server.gql<{ importRun: { id: number } }>(
      `{ importRun(id: ${theirs}) { id } }`,
      {},
      tokens.ops_xy,
    );
    expect(own.data!.importRun).toEqual({ id: theirs });
  });

  it('audits every upload, refused ones too', async () => {
    const auditRows = async (requestId: string) =>
      sql<{
        actor: string | null;
        action: string;
        target: string | null;
        outcome: string;
        ip: string | null;
      }>('select actor, action, target, outcome, ip from audit_log where request_id = ?', [requestId]);
    const ok = await upload('merchants', 'bm_xa', `${MERCHANT_HEADER}\n`);
    const { id } = (await ok.clone().json()) as { id: number };
    await ended('bm_xa', ok);
    expect(await auditRows(ok.headers.get('x-request-id')!)).toEqual([
      { actor: 'bm_xa', action: 'import', target: `import_run:${id}`, outcome: 'ok', ip: expect.any(String) },
    ]);
    // A role that may not upload this kind, and a token that does not work.
    const wrongRole = await upload('settlements', 'bm_xa', `${SETTLEMENT_HEADER}\n`);
    expect(wrongRole.status).toBe(403);
    expect(await auditRows(wrongRole.headers.get('x-request-id')!)).toEqual([
      {
        actor: 'bm_xa',
        action: 'import',
        target: 'imports:settlements',
        outcome: 'denied',
        ip: expect.any(String),
      },
    ]);
    const badToken = await upload('merchants', 'not-a-token', `${MERCHANT_HEADER}\n`);
    expect(badToken.status).toBe(401);
    expect(await auditRows(badToken.headers.get('x-request-id')!)).toEqual([
      {
        actor: null,
        action: 'import',
        target: 'imports:merchants',
        outcome: 'denied',
        ip: expect.any(String),
      },
    ]);
  });

  it('names the row and column of a NUL byte in either file, and the run ends', async () => {
    const name = merchantLine(120, { manager: 'am_xa', branch: XIAN }).replace(
      '测试商户120号店',
      '测试\u0000商户',
    );
    const merchants = await ended(
      'bm_xa',
      await upload('merchants', 'bm_xa', `${MERCHANT_HEADER}\n${name}\n`),
    );
    expect(merchants).toMatchObject({ status: 'rejected', rejected: 1 });
    expect(merchants.errors).toEqual([
      { row: 2, column: 'name', message: 'name contains a NUL byte (U+0000)' },
    ]);

    const fee = `${settlementLine(mid(2)).slice(0, -1)}\u00000`;
    const settlements = await ended(
      'ops_xa',
      await upload('settlements', 'ops_xa', `${SETTLEMENT_HEADER}\n${fee}\n`),
    );
    expect(settlements).toMatchObject({ status: 'rejected', rejected: 1 });
    expect(settlements.errors).toEqual([
      { row: 2, column: 'network_fee', message: 'network_fee contains a NUL byte (U+0000)' },
    ]);
  });

  it('quotes at most an excerpt of a long field, in importRun and the stored run', async () => {
    const long = '8'.repeat(60_000);
    const run = await ended(
      'ops_xa',
      await upload('settlements', 'ops_xa', `${SETTLEMENT_HEADER}\n${settlementLine(long)}\n`),
    );
    expect(run.errors).toEqual([
      { row: 2, column: 'mid', message: `mid "${'8'.repeat(40)}…" is not 15 digits` },
    ]);
    const [stored] = await sql<{ n: number }>(
      'select length(errors::text)::int as n from import_run where id = ?',
      [run.id],
    );
    // The excerpt twice (in the message and in its params), never the field.
    expect(stored!.n).toBeLessThan(400);
  });

  it('rejects an empty upload instead of reading 0 rows', async () => {
    const run = await ended('bm_xa', await upload('merchants', 'bm_xa', ''));
    expect(run).toMatchObject({ status: 'rejected', rowsRead: 0 });
    expect(run.errors).toEqual([{ row: 1, column: '-', message: 'the file is empty (no header row)' }]);
  });

  it('rejects a header with no data rows, in either file and whichever path reads it, writing nothing', async () => {
    const [before] = await sql<{ id: number }>('select coalesce(max(id), 0) as id from import_run');
    const cases: [string, string, string | Buffer, string][] = [
      ['merchants', 'bm_xa', `${MERCHANT_HEADER}\n`, ''],
      // A plain UTF-8 settlements header is the fast path's; the careful path names the problem.
      ['settlements', 'ops_xa', `${SETTLEMENT_HEADER}\r\n`, ''],
      // Blank lines after the header are no rows either; nor is a Chinese header in GBK.
      [
        'settlements',
        'ops_xa',
        encodeGb18030(
          '清算日期,商户号,交易笔数,交易金额,封顶笔数,封顶交易金额,商户手续费,发卡行服务费,网络服务费\n\n\n',
        ),
        '',
      ],
      // Skipping bad rows does not get past it: there is nothing to skip to.
      ['merchants', 'admin', `${MERCHANT_HEADER}\n`, '&skipInvalid=true'],
    ];
    for (const [kind, user, body, query] of cases) {
      const run = await ended(user, await upload(kind, user, body, query));
      expect(run, kind).toMatchObject({ status: 'rejected', rowsRead: 0, inserted: 0, rejected: 1 });
      expect(run.errors).toEqual([{ row: 1, column: '-', message: 'the file has no data rows' }]);
    }
    // Its code, for the web to word in the user's language, in the stored run and in every row error.
    const stored = await sql<{ errors: { code: string; params: object }[]; code: string }>(
      'select r.errors, e.code from import_run r join import_row_error e on e.run_id = r.id where r.id > ? order by r.id',
      [before!.id],
    );
    expect(stored).toHaveLength(cases.length);
    for (const r of stored) {
      expect(r.code).toBe('import.noRows');
      expect(r.errors).toMatchObject([{ code: 'import.noRows', params: {} }]);
    }
  });

  it('names a malformed CSV by what is wrong with it: a quote in the middle of a cell, a field missing', async () => {
    // csv-parse calls this INVALID_OPENING_QUOTE, without the CSV_ prefix of its other errors.
    const line = merchantLine(130, { manager: 'am_xa', branch: XIAN }).replace(
      '测试商户130号店',
      '测试"商户"',
    );
    const run = await ended('bm_xa', await upload('merchants', 'bm_xa', `${MERCHANT_HEADER}\n${line}\n`));
    expect(run).toMatchObject({ status: 'rejected', inserted: 0, rejected: 1 });
    expect(run.errors).toEqual([
      {
        row: 2,
        column: '-',
        message: 'a quote in the middle of a cell (quote the whole cell, and write a quote inside it as "")',
      },
    ]);
    const short = merchantLine(131, { manager: 'am_xa', branch: XIAN }).replace(/,[^,]*$/, '');
    const missing = await ended(
      'bm_xa',
      await upload('merchants', 'bm_xa', `${MERCHANT_HEADER}\n${short}\n`),
    );
    expect(missing).toMatchObject({ status: 'rejected', inserted: 0, rejected: 1 });
    expect(missing.errors).toEqual([
      { row: 2, column: '-', message: 'the row has 11 fields; the header has 12' },
    ]);
  });
});

// The command line: its exit status, its error lines and its memory with files no one should send.
describe('hostile files on the command line', () => {
  let db: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'cs-hostile-cli-'));

  async function lastRun() {
    const orm = await db.open();
    try {
      const [run] = await orm.em
        .getConnection()
        .execute<{ status: string; errors: unknown; size: number }[]>(
          'select status, errors, length(errors::text)::int as size from import_run order by id desc limit 1',
        );
      return run!;
    } finally {
      await orm.close();
    }
  }

  beforeAll(async () => {
    db = await createTestDb({ onDisk: true });
    await (await db.open()).close();
  });
  afterAll(() => db.drop());

  it('rejects a 0-byte file with a non-zero exit status and an error line', async () => {
    const file = join(dir, 'empty.csv');
    writeFileSync(file, '');
    for (const kind of ['merchants', 'settlements']) {
      const run = await runCli(['import', kind, file], db.env);
      expect(run.code, run.stdout).not.toBe(0);
      expect(run.stderr).toContain('empty.csv:1:- the file is empty (no header row)');
      expect(await lastRun()).toMatchObject({ status: 'rejected' });
    }
  }, 120_000);

  it('rejects a header with no data rows with a non-zero exit status, its error line in English', async () => {
    const files = { merchants: MERCHANT_HEADER, settlements: SETTLEMENT_HEADER };
    for (const [kind, header] of Object.entries(files)) {
      const file = join(dir, `header-only-${kind}.csv`);
      writeFileSync(file, `${header}\n`);
      const run = await runCli(['import', kind, file], db.env);
      expect(run.code, run.stdout).not.toBe(0);
      expect(run.stderr).toContain(`header-only-${kind}.csv:1:- the file has no data rows`);
      expect(run.stdout).toMatch(
        /0 rows read, 0 inserted, 0 updated, 0 skipped as already imported, 1 rejected/,
      );
      expect(await lastRun()).toMatchObject({
        status: 'rejected',
        errors: [
          { row: 1, column: '-', code: 'import.noRows', params: {}, message: 'the file has no data rows' },
        ],
      });
    }
  }, 120_000);

  it('reads a 50 MB field as a row error of its row: short error lines, and memory far below the field’s size', async () => {
    const head = `${MERCHANT_HEADER}\n${mid(1)},测试商户,5411,`;
    const tail = ',rate,0.0038,,西安分公司,am,2024-03-15,,\n';
    const small = join(dir, 'small.csv');
    writeFileSync(small, `${head}民生${tail}`);
    const file = join(dir, 'big.csv');
    const out = createWriteStream(file);
    out.write(head);
    const chunk = '民'.repeat(1 << 20); // 3 MiB of UTF-8 a write
    for (let i = 0; i < 17; i++) if (!out.write(chunk)) await once(out, 'drain');
    out.end(tail);
    await once(out, 'finish');
    const env = { ...db.env, CORNERSTONE_REPORT_RSS: '1' };
    const maxRssMb = (stderr: string) => Number(/maxrss_kb=(\d+)/.exec(stderr)?.[1]) / 1024;
    // The same command with a one-row file: what the process takes anyway (the embedded database).
    const baseline = await runCli(['import', 'merchants', small], env);
    expect(baseline.code).toBe(1);
    const run = await runCli(['import', 'merchants', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^\S*big\.csv:2:category the row is longer than 64 KiB/m);
    expect(run.stderr.length).toBeLessThan(2000);
    expect((await lastRun()).size).toBeLessThan(400);
    // The field held whole even once would be 51 MB of bytes and twice that as a string (it was 1.6 GB).
    expect(maxRssMb(baseline.stderr)).toBeGreaterThan(0);
    expect(maxRssMb(run.stderr) - maxRssMb(baseline.stderr)).toBeLessThan(48);
  }, 120_000);

  it('echoes only an excerpt of a long cell, and a NUL in a settlements file ends the run', async () => {
    const file = join(dir, 'settlements.csv');
    writeFileSync(
      file,
      `${SETTLEMENT_HEADER}\n${settlementLine('9'.repeat(60_000))}\n${settlementLine(mid(1)).replace(/50\.00$/, '5\u00000')}\n`,
    );
    const run = await runCli(['import', 'settlements', file], db.env);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith(`${file}:`));
    expect(lines).toEqual([
      `${file}:2:mid mid "${'9'.repeat(40)}…" is not 15 digits`,
      `${file}:3:network_fee network_fee contains a NUL byte (U+0000)`,
    ]);
    expect(await lastRun()).toMatchObject({ status: 'rejected' });
  }, 120_000);
});
