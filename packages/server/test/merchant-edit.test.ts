import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { addDays } from '@cornerstone/shared/period/period';
import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { subscribe } from '../src/webhooks/webhooks.service.ts';
import {
  MERCHANT_HEADER,
  merchantLine,
  mid,
  SETTLEMENT_HEADER,
  writeLines,
  writeMerchantsCsv,
} from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { codeOf, fieldCodes, seedUser, startServer } from './support/test-server.ts';

// Merchant edits in the app (docs/admin-guide.md, Editing merchants): who may create and change
// merchants, the one check shared with merchants.csv (same value, same code), bad input that writes
// nothing, the mobile encrypted and masked everywhere but revealContact, and the fee plan's day.

const XIAN = '西安分公司';
const OTHER = '宝鸡分公司';
const M1 = mid(1); // 民生类 5411, rate 0.0038, am's, Xi'an
const M2 = mid(2); // 一般类 5311, rate 0.0078, am's, Xi'an
const M3 = mid(3); // wholesale, capped, am_other's, Baoji
const TODAY = businessToday();
const day = (n: number) => addDays(TODAY, n);

const UPDATE = `mutation($mid: String!, $i: UpdateMerchantInput!) { updateMerchant(mid: $mid, input: $i) {
  mid name tradingName mcc category status manager { login } contact { name mobile }
  feePlan { kind rate cap } } }`;
const CREATE = `mutation($i: CreateMerchantInput!) { createMerchant(input: $i) {
  mid name branch status manager { login } contact { mobile } feePlan { kind rate cap } } }`;
const PAGE = `query($mid: String!) { merchant(mid: $mid) { contact { mobile } feePlan { kind rate }
  profit(period: "${day(-3)}..${day(-2)}")
  changesConnection(first: 5) { edges { node { kind actor source changes } } } } }`;
const REVEAL = `mutation($mid: String!) { revealContact(mid: $mid) { mobile } }`;

describe('creating and editing merchants in the app', () => {
  let db: TestDb;
  let orm: Orm;
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  // Everything an edit writes, and each merchant as stored (its mobile's ciphertext included).
  const state = async () => {
    const [c] = await sql<{ merchants: number; changes: number; plans: number; events: number }[]>(
      `select (select count(*)::int from merchant) as merchants,
         (select count(*)::int from merchant_change) as changes,
         (select count(*)::int from merchant_fee_plan) as plans,
         (select count(*)::int from outbox_event) as events`,
    );
    const rows = await sql<unknown[]>('select * from merchant order by id');
    return { ...c!, rows: JSON.stringify(rows) };
  };
  const update = (who: string, m: string, input: Record<string, unknown>) =>
    server.gql<{ updateMerchant: Record<string, unknown> }>(UPDATE, { mid: m, i: input }, tokens[who]);
  const create = (who: string, input: Record<string, unknown>) =>
    server.gql<{ createMerchant: Record<string, unknown> }>(CREATE, { i: input }, tokens[who]);
  const newMerchant = (over: Record<string, unknown> = {}) => ({
    mid: '898610999000001',
    name: '秦味面馆',
    mcc: '5812',
    category: '餐娱类',
    feePlan: 'rate',
    rate: '0.006',
    branch: XIAN,
    manager: 'am',
    onboardedOn: TODAY,
    contactMobile: '13700001111',
    ...over,
  });

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    for (const [login, role, branch] of [
      ['am', 'account_manager', XIAN],
      ['am2', 'account_manager', XIAN],
      ['am_other', 'account_manager', OTHER],
      ['bm', 'branch_manager', XIAN],
      ['ops', 'operations', XIAN],
      ['admin', 'admin', undefined],
      ['analyst', 'analyst', undefined],
    ] as const)
      await seedUser(orm, login, role, branch);
    dir = mkdtempSync(join(tmpdir(), 'cs-edit-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), 3, {
      manager: (i) => (i <= 2 ? 'am' : 'am_other'),
      branch: (i) => (i <= 2 ? XIAN : OTHER),
    });
    await importMerchants(orm, join(dir, 'm.csv'));
    // Two settled days of M1, charged under its plan (0.38% of ¥10,000 = ¥38).
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, [
      `${day(-3)},${M1},10,10000.00,0,0.00,38.00,20.00,3.00`,
      `${day(-2)},${M1},10,10000.00,0,0.00,38.00,20.00,3.00`,
    ]);
    const s = await importSettlements(orm, join(dir, 's.csv'));
    expect(s.rejected).toBe(0);
    await subscribe(
      orm.em.fork() as EntityManager,
      'http://127.0.0.1:9/hook',
      ['merchant.manager_changed', 'merchant.status_changed'],
      'test',
      { allowLoopback: true },
    );
    server = await startServer(orm);
    for (const u of ['am', 'bm', 'ops', 'admin', 'analyst']) tokens[u] = await server.login(u);
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('lets administrators and branch managers only, a branch manager within the branch; the rest write nothing', async () => {
    const before = await state();
    for (const who of ['am', 'ops', 'analyst']) {
      expect(codeOf(await update(who, M1, { name: 'x' })), who).toBe('FORBIDDEN');
      expect(codeOf(await create(who, newMerchant())), who).toBe('FORBIDDEN');
    }
    // Another branch's merchant is, to a branch manager, a merchant that is not there.
    const other = await update('bm', M3, { name: '改名' });
    expect(codeOf(other)).toBe('NOT_FOUND');
    expect(fieldCodes(other)).toEqual(['mid:merchant.notFound']);
    // Nor may they create one there, or give one to another branch's manager.
    const there = await create('bm', newMerchant({ branch: OTHER, manager: 'am_other' }));
    expect(fieldCodes(there)).toEqual(['manager:import.outsideScopeManager']);
    const away = await create('bm', newMerchant({ branch: OTHER }));
    expect(fieldCodes(away)).toEqual(['branch:import.outsideScopeBranch']);
    expect(await state()).toEqual(before);
  });

  it('refuses every bad value under its field, with the import’s code, and writes nothing', async () => {
    const before = await state();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ mcc: '58a2' }, ['mcc:import.mccFormat']],
      [{ category: '奢侈品类' }, ['category:import.unknownCategory']],
      [{ mcc: '5812' }, ['mcc:import.mccCategory']],
      [{ contactMobile: '12345678901' }, ['contactMobile:import.mobileFormat']],
      [{ manager: 'nobody' }, ['manager:import.unknownManager']],
      [{ manager: 'am_other' }, ['manager:import.outsideScopeManager']],
      [{ name: '' }, ['name:import.cellEmpty']],
      [{ tradingName: '店\u0007' }, ['tradingName:import.controlChar']],
      [{ rate: '0.06' }, ['rate:import.rateTooHigh']],
      [{ feePlan: 'capped' }, ['cap:import.capMissing']],
      [{ feePlan: 'flat' }, ['feePlan:import.feePlanFormat']],
      [{ rate: '0.0040', feePlanFrom: day(-2) }, ['feePlanFrom:merchant.feePlanFromSettled']],
      [{ rate: '0.0040', feePlanFrom: day(1) }, ['feePlanFrom:merchant.feePlanFromFuture']],
      [{ feePlanFrom: day(-1) }, ['feePlanFrom:merchant.feePlanFromUnchanged']],
      [{ status: 'closed' }, ['status:merchant.statusUnknown']],
      [{ status: 'dormant' }, ['statusReason:merchant.statusReasonMissing']],
      [
        { contactMobile: '1380000', manager: 'nobody' },
        ['manager:import.unknownManager', 'contactMobile:import.mobileFormat'],
      ],
    ];
    for (const [input, codes] of cases) {
      const r = await update('bm', M1, input);
      expect(codeOf(r), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(fieldCodes(r).sort(), JSON.stringify(input)).toEqual([...codes].sort());
    }
    const taken = await create('admin', newMerchant({ mid: M2 }));
    expect(fieldCodes(taken)).toEqual(['mid:merchant.midTaken']);
    // Another branch's MID passes the checks as a free one would, and is refused at the insert.
    const elsewhere = await create('bm', newMerchant({ mid: M3 }));
    expect(fieldCodes(elsewhere)).toEqual(['mid:merchant.midTaken']);
    const badNew = await create('admin', newMerchant({ mid: '12', branch: '无此分公司', rate: 'abc' }));
    expect(fieldCodes(badNew).sort()).toEqual(
      ['mid:import.midFormat', 'branch:import.unknownBranch', 'rate:import.rateInvalid'].sort(),
    );
    expect(await state()).toEqual(before);
  });

  it('refuses a value in the form with the code the same value gets in merchants.csv', async () => {
    // One bad cell per row, the rest of M2's line as imported.
    const bad: [string, string, string][] = [
      ['mcc', 'mcc', '58a2'],
      ['category', 'category', '奢侈品类'],
      ['contact_mobile', 'contactMobile', '12345678901'],
      ['manager', 'manager', 'nobody'],
      ['rate', 'rate', '0.06'],
      ['fee_plan', 'feePlan', 'flat'],
      ['name', 'name', 'x'.repeat(101)],
    ];
    const columns = MERCHANT_HEADER.split(',');
    const base = merchantLine(2, { manager: 'am', branch: XIAN }).split(',');
    const lines = bad.map(([column, , value], k) => {
      const cells = [...base];
      cells[0] = mid(100 + k); // one MID per row: a repeated one would be an error of its own
      cells[columns.indexOf(column)] = value;
      return cells.join(',');
    });
    await writeLines(join(dir, 'bad.csv'), MERCHANT_HEADER, lines);
    const fromFile: string[] = [];
    const summary = await importMerchants(orm, join(dir, 'bad.csv'), {
      onError: (e) => fromFile.push(`${e.column}:${e.code}`),
    });
    expect(summary.rejected).toBe(bad.length);
    const fromForm: string[] = [];
    for (const [column, field, value] of bad) {
      const codes = fieldCodes(await update('admin', M2, { [field]: value }));
      // The form names the field, the file its column: the same code either way.
      fromForm.push(...codes.map((c) => c.replace(`${field}:`, `${column}:`)));
    }
    expect(fromForm).toEqual(fromFile);
    expect(fromForm).toHaveLength(bad.length);
  });

  it('keeps an edited mobile encrypted and masked, in clear only through revealContact; the history masked too', async () => {
    const r = await update('bm', M1, { contactMobile: '13812341234', tradingName: '老街便民店' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMerchant).toMatchObject({
      tradingName: '老街便民店',
      contact: { mobile: '138****1234' },
    });
    const stored = await sql<{ contact_mobile: string }[]>(
      'select contact_mobile from merchant where mid = ?',
      [M1],
    );
    expect(stored[0]!.contact_mobile).not.toContain('13812341234');
    const reveal = await server.gql<{ revealContact: { mobile: string } }>(REVEAL, { mid: M1 }, tokens.bm);
    expect(reveal.data!.revealContact.mobile).toBe('13812341234');
    const page = await server.gql<{
      merchant: {
        changesConnection: {
          edges: { node: { kind: string; actor: string; source: string; changes: string } }[];
        };
      };
    }>(PAGE, { mid: M1 }, tokens.bm);
    const last = page.data!.merchant.changesConnection.edges[0]!.node;
    expect(last).toMatchObject({ kind: 'updated', actor: 'bm', source: 'graphql updateMerchant' });
    expect(JSON.parse(last.changes)).toEqual({
      contact_mobile: { from: '139****0001', to: '138****1234' },
      trading_name: { from: null, to: '老街便民店' },
    });
    // Nowhere in the history, the audit log or the outbox in clear.
    const [leaks] = await sql<{ n: number }[]>(
      `select ((select count(*) from merchant_change where changes::text like '%13812341234%')
         + (select count(*) from audit_log where detail::text like '%13812341234%')
         + (select count(*) from outbox_event where payload::text like '%13812341234%'))::int as n`,
    );
    expect(leaks!.n).toBe(0);
    const audits = await sql<{ outcome: string }[]>(
      `select outcome from audit_log where action = 'mutation:updateMerchant' and actor = 'bm' and outcome = 'ok'`,
    );
    expect(audits.length).toBeGreaterThan(0);
    // The same form again changes nothing and records nothing.
    const before = await state();
    expect((await update('bm', M1, { contactMobile: '13812341234' })).errors).toBeUndefined();
    expect(await state()).toEqual(before);
  });

  it('takes a new fee plan from its day: settled days keep their profit, the history says from when', async () => {
    const profitBefore = (await server.gql<{ merchant: { profit: string } }>(PAGE, { mid: M1 }, tokens.admin))
      .data!.merchant.profit;
    expect(profitBefore).toBe('30.00');
    const r = await update('admin', M1, { rate: '0.0045', feePlanFrom: day(-1) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMerchant.feePlan).toEqual({ kind: 'rate', rate: '0.0045', cap: null });
    const plans = await sql<{ from: string; rate: string }[]>(
      `select p.effective_from::text as from, p.rate::text as rate from merchant_fee_plan p
       join merchant m on m.id = p.merchant_id where m.mid = ? order by p.effective_from`,
      [M1],
    );
    expect(plans).toEqual([
      { from: '2024-03-15', rate: '0.003800' },
      { from: day(-1), rate: '0.004500' },
    ]);
    const page = await server.gql<{
      merchant: { profit: string; changesConnection: { edges: { node: { changes: string } }[] } };
    }>(PAGE, { mid: M1 }, tokens.admin);
    // The settled days were charged under the old plan: their profit stands.
    expect(page.data!.merchant.profit).toBe(profitBefore);
    expect(JSON.parse(page.data!.merchant.changesConnection.edges[0]!.node.changes)).toEqual({
      rate: { from: '0.0038', to: '0.0045' },
      fee_plan_from: { from: '2024-03-15', to: day(-1) },
    });
    // A later change on the same day replaces the plan of that day (nothing was settled under it).
    expect((await update('admin', M1, { rate: '0.0050', feePlanFrom: day(-1) })).errors).toBeUndefined();
    const [count] = await sql<{ n: number }[]>(
      'select count(*)::int as n from merchant_fee_plan p join merchant m on m.id = p.merchant_id where m.mid = ?',
      [M1],
    );
    expect(count!.n).toBe(2);
  });

  it('a re-imported file that changes a plan makes it take effect on the day of the import', async () => {
    await writeMerchantsCsv(join(dir, 'm2.csv'), 3, {
      manager: (i) => (i <= 2 ? 'am' : 'am_other'),
      branch: (i) => (i <= 2 ? XIAN : OTHER),
      edit: (i, line) => (i === 2 ? line.replace(',0.0078,', ',0.0070,') : line),
    });
    await importMerchants(orm, join(dir, 'm2.csv'));
    const plans = await sql<{ from: string; rate: string }[]>(
      `select p.effective_from::text as from, p.rate::text as rate from merchant_fee_plan p
       join merchant m on m.id = p.merchant_id where m.mid = ? order by p.effective_from`,
      [M2],
    );
    expect(plans).toEqual([
      { from: '2024-03-15', rate: '0.007800' },
      { from: TODAY, rate: '0.007000' },
    ]);
  });

  it('moves the owner and the status with their events and one history line', async () => {
    const before = await state();
    const r = await update('bm', M2, { manager: 'am2', status: 'dormant', statusReason: '店面装修停业' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateMerchant).toMatchObject({ status: 'dormant', manager: { login: 'am2' } });
    const after = await state();
    expect(after.changes - before.changes).toBe(1);
    const events = await sql<{ event: string; payload: unknown }[]>(
      'select event, payload from outbox_event order by id desc limit 2',
    );
    expect(events.map((e) => e.event).sort()).toEqual([
      'merchant.manager_changed',
      'merchant.status_changed',
    ]);
    const [line] = await sql<{ changes: unknown }[]>(
      'select changes from merchant_change c join merchant m on m.id = c.merchant_id where m.mid = ? order by c.id desc limit 1',
      [M2],
    );
    const changes = typeof line!.changes === 'string' ? JSON.parse(line!.changes) : line!.changes;
    expect(changes).toEqual({
      manager: { from: 'am', to: 'am2' },
      status: { from: 'active', to: 'dormant' },
      reason: '店面装修停业',
    });
  });

  it('cancels a terminated merchant’s open tasks at once, and reopens them when it is active again', async () => {
    const open = async () =>
      (
        await sql<{ n: number }[]>(
          `select count(*)::int as n from maintenance_task t join merchant m on m.id = t.merchant_id
           where m.mid = ? and t.status = 'open'`,
          [M1],
        )
      )[0]!.n;
    const status = (to: string, why: string) =>
      server.gql(
        'mutation($mid: String!, $s: String!, $r: String!) { setMerchantStatus(mid: $mid, status: $s, reason: $r) { status } }',
        { mid: M1, s: to, r: why },
        tokens.bm,
      );
    const had = await open();
    expect(had).toBeGreaterThan(0);
    expect((await status('terminated', '解约')).errors).toBeUndefined();
    expect(await open()).toBe(0);
    expect((await status('active', '重新签约')).errors).toBeUndefined();
    expect(await open()).toBe(had);
  });

  it('creates a merchant as an import of its row would: history, plan from onboarding, encrypted mobile', async () => {
    const r = await create('bm', newMerchant({ tradingName: '秦味' }));
    expect(r.errors).toBeUndefined();
    expect(r.data!.createMerchant).toEqual({
      mid: '898610999000001',
      name: '秦味面馆',
      branch: XIAN,
      status: 'active',
      manager: { login: 'am' },
      contact: { mobile: '137****1111' },
      feePlan: { kind: 'rate', rate: '0.006', cap: null },
    });
    const rows = await sql<{ kind: string; actor: string; plan_from: string; mobile: string }[]>(
      `select c.kind, c.actor, p.effective_from::text as plan_from, m.contact_mobile as mobile
       from merchant m join merchant_change c on c.merchant_id = m.id
       join merchant_fee_plan p on p.merchant_id = m.id where m.mid = '898610999000001'`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'created', actor: 'bm', plan_from: TODAY });
    expect(rows[0]!.mobile).not.toContain('13700001111');
    // Its maintenance tasks follow, as after an import (re-verification is due a year on).
    const [tasks] = await sql<{ n: number }[]>(
      `select count(*)::int as n from maintenance_task t join merchant m on m.id = t.merchant_id where m.mid = '898610999000001'`,
    );
    expect(tasks!.n).toBeGreaterThan(0);
  });
});
