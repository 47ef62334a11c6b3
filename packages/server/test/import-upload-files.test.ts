import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { MERCHANT_HEADER, merchantLine, mid } from './support/fixtures.ts';
import { encodeGb18030 } from './support/gb18030.ts';
import { endedRun } from './support/import-runs.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUsers, startServer } from './support/test-server.ts';

// The web upload takes the files the command line takes — a GBK CSV, a workbook — through the same
// code, over real HTTP; every row error is kept, paged by errorsConnection and downloaded as CSV.
const XIAN = '西安分公司';

interface Run {
  id: number;
  status: string;
  format: string | null;
  encoding: string | null;
  sheet: string | null;
  inserted: number;
  rejected: number;
  errorCount: number;
}

describe('uploads of real files, and their errors', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T[];

  const upload = (user: string, fileName: string, body: Buffer | string, query = '') =>
    fetch(`${server.url}/api/imports/merchants?fileName=${encodeURIComponent(fileName)}${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: `Bearer ${tokens[user]}` },
      body,
    });

  const ended = (user: string, res: Response) =>
    endedRun<Run>(server, res, tokens[user], 'id status format encoding sheet inserted rejected errorCount');

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUsers(orm, [
      ['admin', 'admin', undefined],
      ['bm_xa', 'branch_manager', XIAN],
      ['bm_xy', 'branch_manager', '咸阳分公司'],
      ['am_xa', 'account_manager', XIAN],
    ]);
    server = await startServer(orm);
    for (const u of ['admin', 'bm_xa', 'bm_xy']) tokens[u] = await server.login(u);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('reads a GBK CSV by itself, and says so', async () => {
    const body = encodeGb18030(
      `${MERCHANT_HEADER}\r\n${merchantLine(1, { manager: 'am_xa', branch: XIAN, name: '鼓楼小吃' })}\r\n`,
    );
    const run = await ended('bm_xa', await upload('bm_xa', 'gbk.csv', body));
    expect(run).toMatchObject({ status: 'succeeded', format: 'csv', encoding: 'gb18030', inserted: 1 });
    expect((await sql<{ name: string }>('select name from merchant where mid = ?', [mid(1)]))[0]?.name).toBe(
      '鼓楼小吃',
    );
  });

  it('reads a workbook whatever its name says, and refuses an unknown encoding', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('商户清单');
    ws.addRow(MERCHANT_HEADER.split(','));
    ws.addRow(merchantLine(2, { manager: 'am_xa', branch: XIAN }).split(','));
    const body = Buffer.from(await wb.xlsx.writeBuffer());
    // Named .csv by mistake: the bytes say it is a workbook.
    const run = await ended('bm_xa', await upload('bm_xa', 'merchants.csv', body));
    expect(run).toMatchObject({ status: 'succeeded', format: 'xlsx', sheet: '商户清单', inserted: 1 });
    const bad = await upload('bm_xa', 'm.csv', 'x', '&encoding=latin1');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('unknown encoding');
  });

  it('keeps every row error: paged by errorsConnection, all of them in errors.csv, only for the uploader', async () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      merchantLine(100 + i, { manager: 'am_xa', branch: XIAN, name: i % 2 ? undefined : '' }),
    );
    const run = await ended(
      'bm_xa',
      await upload('bm_xa', 'bad.csv', `${MERCHANT_HEADER}\n${lines.join('\n')}\n`),
    );
    // The even rows have no name; every row is held back, as nothing is written.
    expect(run).toMatchObject({ status: 'rejected', inserted: 0, rejected: 150, errorCount: 150 });
    const page = await server.gql<{
      importRun: {
        errorsConnection: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: {
            node: {
              row: number;
              column: string;
              cell: string | null;
              message: string;
              code: string | null;
              params: string | null;
            };
          }[];
        };
      };
    }>(
      `query($id: Int!) { importRun(id: $id) { errorsConnection(first: 100) {
         totalCount pageInfo { hasNextPage endCursor } edges { node { row column cell message code params } } } } }`,
      { id: run.id },
      tokens.bm_xa,
    );
    expect(page.errors).toBeUndefined();
    const conn = page.data!.importRun.errorsConnection;
    expect(conn.totalCount).toBe(150);
    expect(conn.edges).toHaveLength(100);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    // Its code and params word it in either language (shared problems.ts); the English beside them.
    expect(conn.edges[0]!.node).toEqual({
      row: 2,
      column: 'name',
      cell: null,
      message: 'name is empty',
      code: 'import.cellEmpty',
      params: '{"column": "name"}',
    });

    const csv = await fetch(`${server.url}/api/imports/${run.id}/errors.csv`, {
      headers: { authorization: `Bearer ${tokens.bm_xa}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    const rows = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    // The columns it always had, then the problem's code.
    expect(rows[0]).toBe('row,column,cell,message,code');
    expect(rows).toHaveLength(151);
    expect(rows[1]).toBe('2,name,,name is empty,import.cellEmpty');

    // Another user's run is as if there were none.
    const other = await fetch(`${server.url}/api/imports/${run.id}/errors.csv`, {
      headers: { authorization: `Bearer ${tokens.bm_xy}` },
    });
    expect(other.status).toBe(404);
    const anonymous = await fetch(`${server.url}/api/imports/${run.id}/errors.csv`);
    expect(anonymous.status).toBe(401);
  });
});
