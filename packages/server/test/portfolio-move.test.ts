import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { refreshTasks } from '../src/task/tasks.service.ts';
import { subscribe } from '../src/webhooks/webhooks.service.ts';
import { mid, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { codeOf, countQueries, fieldCodes, seedUser, startServer } from './support/test-server.ts';

// 客户移交 (docs/admin-guide.md, Moving merchants): who may move merchants where, bad input that
// writes nothing, the open tasks that follow the merchant, and a move of 10,000 merchants in as
// many statements as one of 10.

const XIAN = '西安分公司';
const OTHER = '宝鸡分公司';
const BIG = 10_000;
const SMALL = 10;
// Merchants 1..BIG are am_big's, the next SMALL am_small's, the last three am_other's (OTHER).
const managerOf = (i: number) => (i <= BIG ? 'am_big' : i <= BIG + SMALL ? 'am_small' : 'am_other');
const branchOf = (i: number) => (i <= BIG + SMALL ? XIAN : OTHER);
const SMALL_MIDS = Array.from({ length: SMALL }, (_, k) => mid(BIG + 1 + k));
const OTHER_MID = mid(BIG + SMALL + 1);

const MOVE = `mutation($i: MoveMerchantsInput!) { moveMerchants(input: $i) { moved unchanged to { login displayName } } }`;
type Move = {
  moveMerchants: { moved: number; unchanged: number; to: { login: string; displayName: string } };
};
const TASKS = `query { tasks(first: 1) { totalCount } }`;
const MERCHANTS = `query($f: MerchantFilter) { merchants(filter: $f, first: 1) { totalCount } }`;
const HISTORY = `query($mid: String!) { merchant(mid: $mid) { manager { login }
  changesConnection(first: 5) { edges { node { kind actor source changes } } } } }`;

describe('moving merchants to another account manager (客户移交)', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const counts = async () => {
    const [c] = await sql<{ changes: number; audits: number; events: number; deliveries: number }[]>(
      `select (select count(*)::int from merchant_change) as changes,
         (select count(*)::int from audit_log where action = 'mutation:moveMerchants') as audits,
         (select count(*)::int from outbox_event) as events,
         (select count(*)::int from webhook_delivery) as deliveries`,
    );
    return c!;
  };
  const move = (who: string, input: Record<string, unknown>) =>
    server.gql<Move>(MOVE, { i: input }, tokens[who]);
  const total = async (who: string, q: string, v?: Record<string, unknown>) => {
    const r = await server.gql<Record<string, { totalCount: number }>>(q, v, tokens[who]);
    expect(r.errors).toBeUndefined();
    return Object.values(r.data!)[0]!.totalCount;
  };

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    for (const [login, role, branch] of [
      ['am_big', 'account_manager', XIAN],
      ['am_small', 'account_manager', XIAN],
      ['am_new', 'account_manager', XIAN],
      ['am_gone', 'account_manager', XIAN],
      ['am_other', 'account_manager', OTHER],
      ['bm', 'branch_manager', XIAN],
      ['ops', 'operations', XIAN],
      ['admin', 'admin', undefined],
      ['analyst', 'analyst', undefined],
    ] as const)
      await seedUser(orm, login, role, branch);
    await sql(`update app_user set active = false where login = 'am_gone'`);
    const dir = mkdtempSync(join(tmpdir(), 'cs-move-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), BIG + SMALL + 3, { manager: managerOf, branch: branchOf });
    await importMerchants(orm, join(dir, 'm.csv'));
    // Open tasks (contact re-verification, due a year after onboarding) for the small portfolio.
    const ids = await sql<{ id: number }[]>('select id from merchant where mid > ?', [mid(BIG)]);
    await refreshTasks(
      orm.em.fork() as EntityManager,
      ids.map((r) => r.id),
    );
    await subscribe(
      orm.em.fork() as EntityManager,
      'http://127.0.0.1:9/hook',
      ['merchant.manager_changed'],
      'test',
      {
        allowLoopback: true,
      },
    );
    server = await startServer(orm);
    for (const u of ['am_big', 'am_small', 'am_new', 'am_other', 'bm', 'ops', 'admin', 'analyst'])
      tokens[u] = await server.login(u);
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('refuses account managers, operations staff and analysts, and writes no history or event', async () => {
    const before = await counts();
    for (const who of ['am_small', 'ops', 'analyst']) {
      const r = await move(who, { mids: [SMALL_MIDS[0]], to: 'am_new' });
      expect(codeOf(r), who).toBe('FORBIDDEN');
    }
    const after = await counts();
    expect({ ...after, audits: 0 }).toEqual({ ...before, audits: 0 });
    // Each refusal is in the audit log as denied.
    expect(after.audits - before.audits).toBe(3);
    const rows = await sql<{ outcome: string }[]>(
      `select outcome from audit_log where action = 'mutation:moveMerchants' order by id desc limit 3`,
    );
    expect(rows.map((r) => r.outcome)).toEqual(['denied', 'denied', 'denied']);
    expect(await total('am_small', MERCHANTS)).toBe(SMALL);
  });

  it('refuses each bad input with its field and code, and writes nothing', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'bm',
        { mids: [SMALL_MIDS[0]], filter: { manager: 'am_small' }, to: 'am_new' },
        'mids:move.selectionOne',
      ],
      ['bm', { to: 'am_new' }, 'mids:move.selectionOne'],
      ['bm', { mids: [], to: 'am_new' }, 'mids:move.selectionEmpty'],
      ['bm', { filter: { manager: 'nobody' }, to: 'am_new' }, 'filter:move.selectionEmpty'],
      ['bm', { mids: [SMALL_MIDS[0], mid(999_999_999)], to: 'am_new' }, 'mids:move.unknownMids'],
      // Outside the branch manager's scope answers as an unknown MID.
      ['bm', { mids: [OTHER_MID], to: 'am_new' }, 'mids:move.unknownMids'],
      ['bm', { mids: [SMALL_MIDS[0]], to: 'nobody' }, 'to:move.targetNotFound'],
      ['bm', { mids: [SMALL_MIDS[0]], to: 'am_gone' }, 'to:move.targetInactive'],
      ['bm', { mids: [SMALL_MIDS[0]], to: 'ops' }, 'to:move.targetNotAccountManager'],
      ['admin', { mids: [SMALL_MIDS[0]], to: 'bm' }, 'to:move.targetNotAccountManager'],
      ['bm', { mids: [SMALL_MIDS[0]], to: 'am_other' }, 'to:move.targetOtherBranch'],
      // An administrator moves anywhere, but a merchant stays in its branch.
      ['admin', { mids: [SMALL_MIDS[0], OTHER_MID], to: 'am_new' }, 'to:move.merchantsOtherBranch'],
      ['admin', { filter: { manager: 'am_small' }, to: 'am_other' }, 'to:move.merchantsOtherBranch'],
    ];
    for (const [who, input, expected] of cases) {
      const before = await counts();
      const r = await move(who, input);
      expect(r.data?.moveMerchants, JSON.stringify(input)).toBeFalsy();
      expect(fieldCodes(r), JSON.stringify(input)).toContain(expected);
      const after = await counts();
      // Nothing in the history or the outbox; the attempt alone is audited, as an error, without counts.
      expect({ ...after, audits: 0 }).toEqual({ ...before, audits: 0 });
      expect(after.audits).toBe(before.audits + 1);
      const [row] = await sql<{ outcome: string; detail: Record<string, unknown> | string }[]>(
        `select outcome, detail from audit_log where action = 'mutation:moveMerchants' order by id desc limit 1`,
      );
      expect(row!.outcome).toBe('error');
      expect(JSON.stringify(row!.detail)).not.toContain('moved');
    }
    expect(await total('am_small', MERCHANTS)).toBe(SMALL);
    expect(await total('am_new', MERCHANTS)).toBe(0);
  });

  it('moves a selection with its open tasks, writes history, one audit row and an event per merchant', async () => {
    const tasks = await total('am_small', TASKS);
    expect(tasks).toBeGreaterThanOrEqual(SMALL);
    expect(await total('am_new', TASKS)).toBe(0);
    const before = await counts();
    const r = await move('bm', { mids: SMALL_MIDS, to: 'am_new' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.moveMerchants).toMatchObject({ moved: SMALL, unchanged: 0, to: { login: 'am_new' } });
    const after = await counts();
    expect(after.changes - before.changes).toBe(SMALL);
    expect(after.events - before.events).toBe(SMALL);
    expect(after.deliveries - before.deliveries).toBe(SMALL);
    expect(after.audits - before.audits).toBe(1);
    // The work follows the merchant: the new manager has every open task, the old one none.
    expect(await total('am_new', TASKS)).toBe(tasks);
    expect(await total('am_small', TASKS)).toBe(0);
    expect(await total('am_small', MERCHANTS)).toBe(0);
    expect(await total('am_new', MERCHANTS)).toBe(SMALL);
    const [audit] = await sql<{ outcome: string; actor: string; detail: unknown }[]>(
      `select outcome, actor, detail from audit_log where action = 'mutation:moveMerchants' order by id desc limit 1`,
    );
    const detail = typeof audit!.detail === 'string' ? JSON.parse(audit!.detail) : audit!.detail;
    expect(audit).toMatchObject({ outcome: 'ok', actor: 'bm' });
    expect(detail).toEqual({ by: 'mids', moved: SMALL, unchanged: 0 });
    const h = await server.gql<{
      merchant: {
        manager: { login: string };
        changesConnection: { edges: { node: Record<string, string> }[] };
      };
    }>(HISTORY, { mid: SMALL_MIDS[3] }, tokens.am_new);
    expect(h.data!.merchant.manager.login).toBe('am_new');
    const change = h.data!.merchant.changesConnection.edges[0]!.node;
    expect(change).toMatchObject({ kind: 'manager', actor: 'bm' });
    expect(JSON.parse(change.changes!)).toEqual({ manager: { from: 'am_small', to: 'am_new' } });
    const events = await sql<{ payload: unknown }[]>(
      `select payload from outbox_event where event = 'merchant.manager_changed' order by id`,
    );
    const payloads = events.map((e) => (typeof e.payload === 'string' ? JSON.parse(e.payload) : e.payload));
    expect(payloads.map((p) => p.mid).sort()).toEqual(SMALL_MIDS);
    expect(payloads[0]).toMatchObject({ from: 'am_small', to: 'am_new', actor: 'bm' });
    // Moving them again changes nothing and is counted as such.
    const again = await move('bm', { mids: SMALL_MIDS, to: 'am_new' });
    expect(again.data!.moveMerchants).toMatchObject({ moved: 0, unchanged: SMALL });
    const last = await counts();
    expect(last.changes).toBe(after.changes);
    expect(last.events).toBe(after.events);
  });

  it(`moves ${BIG} merchants in one request with as many statements as ${SMALL}`, async () => {
    const small = await countQueries(orm, () =>
      move('admin', { filter: { manager: 'am_new' }, to: 'am_small' }),
    );
    expect(small.result.errors).toBeUndefined();
    expect(small.result.data!.moveMerchants.moved).toBe(SMALL);
    const before = await counts();
    const big = await countQueries(orm, () => move('bm', { filter: { manager: 'am_big' }, to: 'am_new' }));
    expect(big.result.errors).toBeUndefined();
    expect(big.result.data!.moveMerchants).toMatchObject({ moved: BIG, unchanged: 0 });
    expect(big.count).toBe(small.count);
    // The session, begin, the target, the selection's figures, the write, commit, the audit row.
    expect(big.count).toBeLessThanOrEqual(7);
    const after = await counts();
    expect(after.changes - before.changes).toBe(BIG);
    expect(after.events - before.events).toBe(BIG);
    expect(after.deliveries - before.deliveries).toBe(BIG);
    expect(after.audits - before.audits).toBe(1);
    expect(await total('am_big', MERCHANTS)).toBe(0);
    expect(await total('am_new', MERCHANTS)).toBe(BIG);
  }, 120_000);
});
