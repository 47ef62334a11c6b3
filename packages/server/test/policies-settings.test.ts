import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays } from '@cornerstone/shared/period/period';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { importSettlements } from '../src/settlement/settlement-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { mid, SETTLEMENT_HEADER, writeLines, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { codeOf, fieldsOf, seedUser, startServer } from './support/test-server.ts';

// The settings pages' three policies — cadence, SLA, product catalogue — as an administrator changes
// them: only administrators may, bad input is refused under its field with nothing written, every
// attempt leaves an audit row, and each change has the effect the admin guide promises.

const N = 40;
const BRANCH = '渭南分公司';
const today = businessToday();
const settleDate = addDays(today, -5);

const CADENCE = '{ cadencePolicy { tier channel everyDays satisfiedBy } }';
const SET_CADENCE = `mutation($r: [CadenceRuleInput!]!) { setCadencePolicy(rules: $r) { created moved done cancelled } }`;
const REGISTER_TERMINAL = `mutation($i: TerminalInput!) { registerTerminal(input: $i) { tid } }`;
const OPEN_FAULT = `mutation($i: FaultTicketInput!) { openFaultTicket(input: $i) { id repairSla { dueAt } } }`;
const SET_SLA = `mutation($k: SlaKind!, $a: Int!, $b: Int!) {
  setSlaPolicy(kind: $k, responseHours: $a, resolutionHours: $b) { kind responseHours resolutionHours updatedBy } }`;
const SAVE_PRODUCT = `mutation($i: ProductInput!) { saveProduct(input: $i) { id code nameZh nameEn active cooldownDays } }`;
const OPEN_COMPLAINT = `mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id resolutionSla { dueAt } } }`;

type Rule = { tier: string; channel: string; everyDays: number; satisfiedBy: string[] };

describe('settings: the cadence, SLA and product-catalogue policies', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  const tokens: Record<string, string> = {};
  const sql = async <T>(q: string, p: unknown[] = []) => (await orm.em.getConnection().execute(q, p)) as T;
  const gql = (user: string, q: string, v: Record<string, unknown> = {}) => server.gql(q, v, tokens[user]);
  const ok = async <T>(user: string, q: string, v: Record<string, unknown> = {}) => {
    const r = await server.gql<T>(q, v, tokens[user]);
    expect(r.errors).toBeUndefined();
    return r.data!;
  };
  /** The audit rows of a mutation since `since` (an audit_log id), oldest first. */
  const audited = (action: string, since: number) =>
    sql<{ actor: string; outcome: string }[]>(
      'select actor, outcome from audit_log where action = ? and id > ? order by id',
      [`mutation:${action}`, since],
    );
  const lastAuditId = async () =>
    (await sql<{ n: number }[]>('select coalesce(max(id), 0)::int as n from audit_log'))[0]!.n;
  const cadenceRows = () =>
    sql<unknown[]>(
      'select tier, channel, every_days, satisfied_by, updated_by from cadence_rule order by 1, 2',
    );
  const openTasks = () =>
    sql<{ id: string; merchant_id: number; channel: string; tier: string; due_on: string }[]>(
      `select id::text, merchant_id, channel, tier, due_on::text from maintenance_task
       where kind = 'cadence' and status = 'open' order by id`,
    );

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am1', 'account_manager', BRANCH);
    await seedUser(orm, 'bm', 'branch_manager', BRANCH);
    await seedUser(orm, 'admin', 'admin');
    await seedUser(orm, 'analyst', 'analyst');
    const dir = mkdtempSync(join(tmpdir(), 'cs-policies-'));
    await writeMerchantsCsv(join(dir, 'm.csv'), N, { manager: () => 'am1', branch: BRANCH });
    await importMerchants(orm, join(dir, 'm.csv'));
    // Profit falls with i: merchant 1 is a key customer, with a visit task every 30 days.
    const lines: string[] = [];
    for (let i = 1; i <= N; i++) {
      const profit = 5000 - i * 100;
      const fee = profit + 50;
      lines.push(`${settleDate},${mid(i)},10,30000.00,0,0.00,${fee}.00,${fee - profit - 10}.00,10.00`);
    }
    await writeLines(join(dir, 's.csv'), SETTLEMENT_HEADER, lines);
    expect((await importSettlements(orm, join(dir, 's.csv'))).rejected).toBe(0);
    await computeTierSnapshot(orm, settleDate.slice(0, 7), 'test');
    server = await startServer(orm);
    for (const u of ['am1', 'bm', 'admin', 'analyst']) tokens[u] = await server.login(u);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
  });

  it('lets only administrators change a policy: a branch manager and an analyst are refused, nothing written, each refusal audited', async () => {
    const rules = (await ok<{ cadencePolicy: Rule[] }>('admin', CADENCE)).cadencePolicy;
    const cadenceBefore = await cadenceRows();
    const slaBefore = await sql<unknown[]>('select * from sla_policy order by kind');
    const since = await lastAuditId();
    for (const user of ['bm', 'analyst']) {
      const changed = rules.map((r) => ({ ...r, everyDays: r.everyDays + 1 }));
      expect(codeOf(await gql(user, SET_CADENCE, { r: changed }))).toBe('FORBIDDEN');
      expect(codeOf(await gql(user, SET_SLA, { k: 'COMPLAINT', a: 1, b: 2 }))).toBe('FORBIDDEN');
      const product = { ...PRODUCT, code: `denied_${user}`, isNew: true };
      expect(codeOf(await gql(user, SAVE_PRODUCT, { i: product }))).toBe('FORBIDDEN');
    }
    expect(await cadenceRows()).toEqual(cadenceBefore);
    expect(await sql<unknown[]>('select * from sla_policy order by kind')).toEqual(slaBefore);
    expect(await sql<unknown[]>(`select code from product where code like 'denied_%'`)).toEqual([]);
    for (const action of ['setCadencePolicy', 'setSlaPolicy', 'saveProduct'])
      expect(await audited(action, since)).toEqual([
        { actor: 'bm', outcome: 'denied' },
        { actor: 'analyst', outcome: 'denied' },
      ]);
    // Everyone signed in may read the policies (the task and complaint screens show them).
    expect((await ok<{ cadencePolicy: Rule[] }>('am1', CADENCE)).cadencePolicy).toEqual(rules);
    // The SLA policies in the order the settings page shows them.
    const slas = (await ok<{ slaPolicies: { kind: string }[] }>('am1', '{ slaPolicies { kind } }'))
      .slaPolicies;
    expect(slas.map((p) => p.kind)).toEqual(['COMPLAINT', 'FEEDBACK', 'FAULT']);
  });

  it('moves the due dates of open tasks at once when a cadence interval changes, audited; bad intervals write nothing', async () => {
    const rules = (await ok<{ cadencePolicy: Rule[] }>('admin', CADENCE)).cadencePolicy;
    const before = await openTasks();
    // Merchant 1 has the most profit: a visit task of its tier's interval, never contacted, so due that
    // many days after onboarding.
    const m1Visit = before.find((t) => t.merchant_id === 1 && t.channel === 'visit')!;
    const visitRule = rules.find((r) => r.tier === m1Visit.tier && r.channel === 'VISIT')!;
    const [m1] = await sql<{ on: string }[]>('select onboarded_on::text as on from merchant where id = 1');
    expect(m1Visit.due_on).toBe(addDays(m1!.on, visitRule.everyDays));
    const since = await lastAuditId();

    // Absurd or empty intervals: refused under the rule's field; the policy and the tasks as they were.
    const cadenceBefore = await cadenceRows();
    for (const everyDays of [0, -7, 731]) {
      const bad = rules.map((r, i) => (i === 0 ? { ...r, everyDays } : r));
      const res = await gql('admin', SET_CADENCE, { r: bad });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual(['rules[0].everyDays']);
    }
    expect(await cadenceRows()).toEqual(cadenceBefore);
    expect(await openTasks()).toEqual(before);
    expect((await audited('setCadencePolicy', since)).map((a) => a.outcome)).toEqual([
      'error',
      'error',
      'error',
    ]);

    // Merchant 1's tier visited 15 days less often: its open visit task keeps its id, its due date follows.
    const longer = rules.map((r) => (r === visitRule ? { ...r, everyDays: r.everyDays + 15 } : r));
    const sameTierVisits = before.filter((t) => t.channel === 'visit' && t.tier === m1Visit.tier).length;
    const res = await ok<{ setCadencePolicy: Record<string, number> }>('admin', SET_CADENCE, { r: longer });
    expect(res.setCadencePolicy).toEqual({ created: 0, moved: sameTierVisits, done: 0, cancelled: 0 });
    const after = await openTasks();
    expect(after.find((t) => t.id === m1Visit.id)!.due_on).toBe(addDays(m1!.on, visitRule.everyDays + 15));
    expect(after.map((t) => t.id)).toEqual(before.map((t) => t.id));
    expect(await audited('setCadencePolicy', since)).toEqual([
      { actor: 'admin', outcome: 'error' },
      { actor: 'admin', outcome: 'error' },
      { actor: 'admin', outcome: 'error' },
      { actor: 'admin', outcome: 'ok' },
    ]);
    const [change] = await sql<{ changed_by: string; rules: Rule[] }[]>(
      'select changed_by, rules from cadence_policy_change order by id desc limit 1',
    );
    expect(change!.changed_by).toBe('admin');
    expect(change!.rules.find((r) => r.tier === m1Visit.tier && r.channel === 'visit')!.everyDays).toBe(
      visitRule.everyDays + 15,
    );

    // Back as it was: the same task, its old due date.
    await ok('admin', SET_CADENCE, { r: rules });
    expect(await openTasks()).toEqual(before);
  });

  it('gives new complaints the changed SLA and lets open ones keep their deadlines; a resolution shorter than the response is refused', async () => {
    const complaint = { mid: mid(2), channel: 'PHONE', category: 'FEE_DISPUTE', summary: '手续费多收' };
    type Opened = { openComplaint: { id: string; resolutionSla: { dueAt: string } } };
    const early = (await ok<Opened>('am1', OPEN_COMPLAINT, { i: complaint })).openComplaint;
    const since = await lastAuditId();
    const slaBefore = await sql<unknown[]>('select * from sla_policy order by kind');
    for (const [a, b, field] of [
      [48, 24, 'resolutionHours'],
      [0, 72, 'responseHours'],
      [24, 100_000, 'resolutionHours'],
    ] as const) {
      const res = await gql('admin', SET_SLA, { k: 'COMPLAINT', a, b });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([field]);
    }
    expect(await sql<unknown[]>('select * from sla_policy order by kind')).toEqual(slaBefore);

    const set = await ok<{ setSlaPolicy: Record<string, unknown> }>('admin', SET_SLA, {
      k: 'COMPLAINT',
      a: 12,
      b: 48,
    });
    expect(set.setSlaPolicy).toEqual({
      kind: 'COMPLAINT',
      responseHours: 12,
      resolutionHours: 48,
      updatedBy: 'admin',
    });
    expect((await audited('setSlaPolicy', since)).map((a) => a.outcome)).toEqual([
      'error',
      'error',
      'error',
      'ok',
    ]);
    // The rows name the policy they changed.
    const [row] = await sql<{ target: string }[]>(
      "select target from audit_log where action = 'mutation:setSlaPolicy' order by id desc limit 1",
    );
    expect(row!.target).toBe('kind:COMPLAINT');
    const late = (await ok<Opened>('am1', OPEN_COMPLAINT, { i: complaint })).openComplaint;
    const hoursToResolve = (c: Opened['openComplaint']) =>
      Math.round((Date.parse(c.resolutionSla.dueAt) - Date.now()) / 3_600_000);
    expect(hoursToResolve(late)).toBe(48);
    const again = await ok<{ complaint: Opened['openComplaint'] }>(
      'am1',
      'query($id: ID!) { complaint(id: $id) { id resolutionSla { dueAt } } }',
      { id: early.id },
    );
    expect(again.complaint.resolutionSla.dueAt).toBe(early.resolutionSla.dueAt);
    expect(hoursToResolve(again.complaint)).toBe(72);
    await ok('admin', SET_SLA, { k: 'COMPLAINT', a: 24, b: 72 });
  });

  it('gives fault tickets reported after a change the new clocks; earlier ones keep theirs', async () => {
    for (const tid of ['T0000301', 'T0000302'])
      await ok('admin', REGISTER_TERMINAL, {
        i: { mid: mid(3), tid, serialNo: `SN-${tid}`, model: 'PAX A920' },
      });
    type Ticket = { openFaultTicket: { id: string; repairSla: { dueAt: string } } };
    // One open ticket per terminal: each report is on its own.
    const report = async (tid: string) =>
      (await ok<Ticket>('admin', OPEN_FAULT, { i: { tid, description: '无法刷卡' } })).openFaultTicket;
    const hoursToRepair = (t: Ticket['openFaultTicket']) =>
      Math.round((Date.parse(t.repairSla.dueAt) - Date.now()) / 3_600_000);
    const early = await report('T0000301');
    expect(hoursToRepair(early)).toBe(24);
    await ok('admin', SET_SLA, { k: 'FAULT', a: 2, b: 8 });
    const late = await report('T0000302');
    expect(hoursToRepair(late)).toBe(8);
    const again = await ok<{ faultTicket: Ticket['openFaultTicket'] }>(
      'admin',
      'query($id: ID!) { faultTicket(id: $id) { id repairSla { dueAt } } }',
      { id: early.id },
    );
    expect(again.faultTicket.repairSla.dueAt).toBe(early.repairSla.dueAt);
    await ok('admin', SET_SLA, { k: 'FAULT', a: 4, b: 24 });
  });

  it('adds a product once, refuses a second with its code or an empty name, and deactivates it out of the offered catalogue', async () => {
    const since = await lastAuditId();
    const LIST = `query($all: Boolean!) { productsConnection(first: 100, includeInactive: $all) { totalCount edges { node { code active } } } }`;
    type List = {
      productsConnection: { totalCount: number; edges: { node: { code: string; active: boolean } }[] };
    };
    const codes = async (all: boolean) =>
      (await ok<List>('admin', LIST, { all })).productsConnection.edges.map((e) => e.node.code);

    const added = await ok<{ saveProduct: Record<string, unknown> }>('admin', SAVE_PRODUCT, {
      i: { ...PRODUCT, isNew: true },
    });
    expect(added.saveProduct).toMatchObject({ code: 'qr_stand', nameZh: '收款码台卡', active: true });
    expect(await codes(false)).toContain('qr_stand');

    // A second product with the same code is refused under the code; the first stays as it was.
    const dup = await gql('admin', SAVE_PRODUCT, { i: { ...PRODUCT, nameZh: '别的产品', isNew: true } });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual(['code']);
    const empty = await gql('admin', SAVE_PRODUCT, {
      i: { ...PRODUCT, code: 'blank_name', nameZh: '  ', isNew: true },
    });
    expect(fieldsOf(empty)).toEqual(['nameZh']);
    const badCode = await gql('admin', SAVE_PRODUCT, { i: { ...PRODUCT, code: 'Bad Code', isNew: true } });
    expect(fieldsOf(badCode)).toEqual(['code']);
    expect(
      await sql<unknown[]>(
        `select code, name_zh from product where code in ('qr_stand', 'blank_name', 'Bad Code')`,
      ),
    ).toEqual([{ code: 'qr_stand', name_zh: '收款码台卡' }]);

    // Editing (not adding) changes it in place; deactivating takes it off the offered catalogue.
    const off = await ok<{ saveProduct: Record<string, unknown> }>('admin', SAVE_PRODUCT, {
      i: { ...PRODUCT, cooldownDays: 60, active: false },
    });
    expect(off.saveProduct).toMatchObject({ code: 'qr_stand', active: false, cooldownDays: 60 });
    expect(await codes(false)).not.toContain('qr_stand');
    expect(await codes(true)).toContain('qr_stand');
    expect((await audited('saveProduct', since)).map((a) => a.outcome)).toEqual([
      'ok',
      'error',
      'error',
      'error',
      'ok',
    ]);
  });
});

const PRODUCT = {
  code: 'qr_stand',
  nameZh: '收款码台卡',
  nameEn: 'QR payment stand',
  reasonZh: '柜台扫码收款更快',
  reasonEn: 'Faster checkout by QR at the counter',
  rule: '{"categories":["retail"]}',
  cooldownDays: 90,
};
