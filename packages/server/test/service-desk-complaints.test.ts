import { describe, expect, it } from 'vitest';
import { asDate } from '../src/platform/db/values.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { mid } from './support/fixtures.ts';
import { BRANCH, codeOf, fieldsOf, hoursAgo, OTHER, useServiceDesk } from './support/service-desk.ts';

// Complaints at the service desk: their SLA clocks and escalation, the lifecycle from open to closed,
// the input they refuse, their scope by role and branch, the SLA policy, and the KPIs counted from
// them. Terminals and fault tickets: service-desk-fault-tickets.test.ts.

const COMPLAINT = `id status escalationLevel satisfaction assigneeLogin firstResponseAt resolvedAt
  responseSla { state dueAt minutesLeft minutesTaken } resolutionSla { state dueAt minutesTaken }
  events { action actor fromStatus toStatus note } merchant { mid }`;
interface Complaint {
  id: string;
  status: string;
  escalationLevel: number;
  satisfaction: number | null;
  assigneeLogin: string | null;
  responseSla: { state: string; dueAt: string; minutesLeft: number | null; minutesTaken: number | null };
  resolutionSla: { state: string; dueAt: string; minutesTaken: number | null };
  events: {
    action: string;
    actor: string;
    fromStatus: string | null;
    toStatus: string | null;
    note: string | null;
  }[];
  merchant: { mid: string };
}
const OPEN = `mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { ${COMPLAINT} } }`;

describe('service desk: complaints with SLA clocks and escalation', () => {
  const { sql, gql, ok } = useServiceDesk(
    [
      ['am1', 'account_manager', BRANCH],
      ['am2', 'account_manager', BRANCH],
      ['bm', 'branch_manager', BRANCH],
      ['bm_other', 'branch_manager', OTHER],
      ['ops', 'operations', BRANCH],
      ['admin', 'admin'],
      ['analyst', 'analyst'],
    ],
    20,
  );
  const open = async (user: string, i: Record<string, unknown>) =>
    (await ok<{ openComplaint: Complaint }>(user, OPEN, { i })).openComplaint;
  const complaint = { mid: mid(1), channel: 'PHONE', category: 'SETTLEMENT_DELAY', summary: '结算款未到账' };

  it('breaches and escalates a complaint past 24 h without response, once however often escalation runs', async () => {
    const late = await open('am1', { ...complaint, receivedAt: hoursAgo(25) });
    const fresh = await open('am1', { ...complaint, receivedAt: hoursAgo(2) });
    expect(late).toMatchObject({ status: 'OPEN', escalationLevel: 0, assigneeLogin: 'am1' });
    expect(late.responseSla.state).toBe('BREACHED');
    expect(late.responseSla.minutesLeft).toBeLessThanOrEqual(-59);
    expect(late.resolutionSla.state).toBe('RUNNING');
    expect(fresh.responseSla).toMatchObject({ state: 'RUNNING' });
    expect(fresh.responseSla.minutesLeft).toBeGreaterThan(21 * 60);
    expect(Date.parse(late.responseSla.dueAt) - Date.parse(hoursAgo(25))).toBeGreaterThan(23.9 * 3_600_000);

    // An account manager may not run escalation; the branch manager (or the server's timer) does.
    expect(codeOf(await gql('am1', 'mutation { escalateBreachedComplaints { escalated } }'))).toBe(
      'FORBIDDEN',
    );
    const run = await ok<{ escalateBreachedComplaints: { escalated: number; ids: string[] } }>(
      'bm',
      'mutation { escalateBreachedComplaints { escalated ids } }',
    );
    expect(run.escalateBreachedComplaints.ids).toContain(late.id);
    expect(run.escalateBreachedComplaints.ids).not.toContain(fresh.id);
    const again = await ok<{ escalateBreachedComplaints: { escalated: number } }>(
      'admin',
      'mutation { escalateBreachedComplaints { escalated } }',
    );
    expect(again.escalateBreachedComplaints.escalated).toBe(0);

    const after = (
      await ok<{ complaint: Complaint }>('bm', `query($id: ID!) { complaint(id: $id) { ${COMPLAINT} } }`, {
        id: late.id,
      })
    ).complaint;
    expect(after.escalationLevel).toBe(1);
    const escalations = after.events.filter((e) => e.action === 'escalated');
    expect(escalations).toHaveLength(1);
    expect(escalations[0]).toMatchObject({ actor: 'system' });
    expect(escalations[0]!.note).toContain('bm');
    const [rows] = await sql<{ n: number }[]>(
      `select count(*)::int as n from complaint_event where complaint_id = ? and action = 'escalated'`,
      [parseGlobalId(late.id)!.key],
    );
    expect(rows!.n).toBe(1);

    // The board's filter finds it; the branch manager sees it, another branch does not.
    const board = await ok<{ complaints: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'bm',
      '{ complaints(filter: { breached: true, escalated: true }) { totalCount edges { node { id } } } }',
    );
    expect(board.complaints.edges.map((e) => e.node.id)).toEqual([late.id]);
    const elsewhere = await ok<{ complaints: { totalCount: number } }>(
      'bm_other',
      '{ complaints { totalCount } }',
    );
    expect(elsewhere.complaints.totalCount).toBe(0);
  });

  it('escalates to head office once the resolution is late, even after a (late) first response', async () => {
    const c = await open('am1', { ...complaint, mid: mid(3), receivedAt: hoursAgo(80) });
    await ok('am1', 'mutation($id: ID!) { respondToComplaint(id: $id, note: "已致电商户") { id } }', {
      id: c.id,
    });
    const run = await ok<{ escalateBreachedComplaints: { ids: string[] } }>(
      'bm',
      'mutation { escalateBreachedComplaints { ids } }',
    );
    expect(run.escalateBreachedComplaints.ids).toContain(c.id);
    const [row] = await sql<{ escalation_level: number }[]>(
      'select escalation_level from complaint where id = ?',
      [parseGlobalId(c.id)!.key],
    );
    expect(row!.escalation_level).toBe(2);
  });

  it('walks the lifecycle: respond, resolve, close with satisfaction; steps out of order are refused by field', async () => {
    const c = await open('am1', { ...complaint, mid: mid(5), kind: 'FEEDBACK', category: 'FEE_DISPUTE' });
    const early = await gql('am1', 'mutation($id: ID!) { closeComplaint(id: $id, satisfaction: 5) { id } }', {
      id: c.id,
    });
    expect(fieldsOf(early)).toEqual(['action']);
    expect(early.errors![0]!.message).toMatch(/cannot close a complaint that is open/);

    const responded = await ok<{ respondToComplaint: Complaint }>(
      'am1',
      `mutation($id: ID!) { respondToComplaint(id: $id, note: "已联系") { ${COMPLAINT} } }`,
      { id: c.id },
    );
    expect(responded.respondToComplaint.status).toBe('IN_PROGRESS');
    expect(responded.respondToComplaint.responseSla.state).toBe('MET');

    const noResolution = await gql(
      'am1',
      'mutation($id: ID!) { resolveComplaint(id: $id, resolution: " ") { id } }',
      {
        id: c.id,
      },
    );
    expect(fieldsOf(noResolution)).toEqual(['resolution']);
    await ok(
      'am1',
      'mutation($id: ID!) { resolveComplaint(id: $id, resolution: "已退还多收手续费") { id } }',
      {
        id: c.id,
      },
    );
    const badScore = await gql(
      'am1',
      'mutation($id: ID!) { closeComplaint(id: $id, satisfaction: 6) { id } }',
      {
        id: c.id,
      },
    );
    expect(fieldsOf(badScore)).toEqual(['satisfaction']);
    const closed = (
      await ok<{ closeComplaint: Complaint }>(
        'am1',
        `mutation($id: ID!) { closeComplaint(id: $id, satisfaction: 4, note: "满意") { ${COMPLAINT} } }`,
        { id: c.id },
      )
    ).closeComplaint;
    expect(closed).toMatchObject({ status: 'CLOSED', satisfaction: 4 });
    expect(closed.resolutionSla.state).toBe('MET');
    expect(closed.events.map((e) => [e.action, e.toStatus])).toEqual([
      ['opened', 'OPEN'],
      ['respond', 'IN_PROGRESS'],
      ['resolve', 'RESOLVED'],
      ['close', 'CLOSED'],
    ]);
    // The merchant's timeline carries it.
    const tl = await ok<{ merchant: { timeline: { type: string; ref: string }[] } }>(
      'am1',
      `{ merchant(mid: "${mid(5)}") { timeline { type ref } } }`,
    );
    expect(tl.merchant.timeline).toContainEqual({ type: 'COMPLAINT', ref: c.id });
  });

  it('answers bad input with every field at once and stores nothing', async () => {
    const [before] = await sql<{ n: number }[]>('select count(*)::int as n from complaint');
    const r = await gql('am1', OPEN, {
      i: {
        ...complaint,
        mid: '898610999999999',
        summary: '  ',
        receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(r)).toEqual(['mid', 'summary', 'receivedAt']);
    // Each problem carries its code and params: the web words it by them, not by the English.
    expect(r.errors?.[0]?.extensions?.fields).toEqual([
      {
        field: 'mid',
        message: 'no merchant 898610999999999',
        code: 'merchant.notFound',
        params: { mid: '898610999999999' },
      },
      { field: 'summary', message: 'say what the merchant reported', code: 'complaint.summaryMissing' },
      { field: 'receivedAt', message: 'cannot be in the future', code: 'time.future' },
    ]);
    const wrongAssignee = await gql('am1', OPEN, { i: { ...complaint, assignee: 'bm_other' } });
    expect(fieldsOf(wrongAssignee)).toEqual(['assignee']);
    const [after] = await sql<{ n: number }[]>('select count(*)::int as n from complaint');
    expect(after!.n).toBe(before!.n);
  });

  it('keeps complaints in scope: another manager sees nothing, operations and analysts may not write', async () => {
    const c = await open('am1', complaint);
    const q = `query($id: ID!) { complaint(id: $id) { id } }`;
    expect((await ok<{ complaint: unknown }>('am2', q, { id: c.id })).complaint).toBeNull();
    expect((await ok<{ complaint: { id: string } }>('bm', q, { id: c.id })).complaint.id).toBe(c.id);
    expect((await ok<{ complaint: { id: string } }>('analyst', q, { id: c.id })).complaint.id).toBe(c.id);
    const mine = await ok<{ complaints: { edges: { node: { merchant: { mid: string } } }[] } }>(
      'am2',
      '{ complaints(first: 100) { edges { node { merchant { mid } } } } }',
    );
    expect(mine.complaints.edges.every((e) => Number(e.node.merchant.mid.slice(-2)) % 2 === 0)).toBe(true);
    expect(codeOf(await gql('ops', '{ complaints { totalCount } }'))).toBe('FORBIDDEN');
    expect(codeOf(await gql('analyst', OPEN, { i: complaint }))).toBe('FORBIDDEN');
    // Another manager's merchant answers as a merchant that does not exist.
    expect(fieldsOf(await gql('am2', OPEN, { i: complaint }))).toEqual(['mid']);
  });

  it('applies a changed SLA policy to complaints opened afterwards', async () => {
    const bad = await gql(
      'admin',
      'mutation { setSlaPolicy(kind: COMPLAINT, responseHours: 48, resolutionHours: 24) { kind } }',
    );
    expect(fieldsOf(bad)).toEqual(['resolutionHours']);
    expect(
      codeOf(
        await gql(
          'bm',
          'mutation { setSlaPolicy(kind: COMPLAINT, responseHours: 12, resolutionHours: 48) { kind } }',
        ),
      ),
    ).toBe('FORBIDDEN');
    await ok(
      'admin',
      'mutation { setSlaPolicy(kind: COMPLAINT, responseHours: 12, resolutionHours: 48) { kind } }',
    );
    try {
      const at = hoursAgo(1);
      const c = await open('am1', { ...complaint, receivedAt: at });
      expect(Date.parse(c.responseSla.dueAt) - Date.parse(at)).toBe(12 * 3_600_000);
      expect(Date.parse(c.resolutionSla.dueAt) - Date.parse(at)).toBe(48 * 3_600_000);
      const policies = await ok<{
        slaPolicies: { kind: string; responseHours: number; updatedBy: string }[];
      }>('analyst', '{ slaPolicies { kind responseHours resolutionHours updatedBy } }');
      expect(policies.slaPolicies.find((p) => p.kind === 'COMPLAINT')).toMatchObject({
        responseHours: 12,
        updatedBy: 'admin',
      });
    } finally {
      await ok(
        'admin',
        'mutation { setSlaPolicy(kind: COMPLAINT, responseHours: 24, resolutionHours: 72) { kind } }',
      );
    }
  });

  it('reports complaint counts and response and resolution times in the KPIs, as computed from the complaints', async () => {
    const local = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString();
    const period = local(new Date()).slice(0, 7);
    const rows = await sql<
      { received_at: string; first_response_at: string | null; resolved_at: string | null }[]
    >('select received_at, first_response_at, resolved_at from complaint');
    const hours = (a: unknown, b: unknown) =>
      (new Date(String(b)).getTime() - new Date(String(a)).getTime()) / 3_600_000;
    const inPeriod = rows.filter((r) => local(asDate(r.received_at)).startsWith(period));
    const avg = (xs: number[]) =>
      xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
    const responded = inPeriod.filter((r) => r.first_response_at);
    const resolved = inPeriod.filter((r) => r.resolved_at);
    const k = await ok<{
      maintenanceKpis: {
        key: string;
        complaints: number;
        avgResponseHours: number | null;
        avgResolutionHours: number | null;
      }[];
    }>(
      'bm',
      `{ maintenanceKpis(period: "${period}", by: BRANCH) { key complaints avgResponseHours avgResolutionHours } }`,
    );
    const branch = k.maintenanceKpis.find((x) => x.complaints > 0)!;
    expect(branch.complaints).toBe(inPeriod.length);
    expect(branch.avgResponseHours).toBeCloseTo(
      avg(responded.map((r) => hours(asDate(r.received_at), asDate(r.first_response_at))))!,
      1,
    );
    expect(branch.avgResolutionHours).toBeCloseTo(
      avg(resolved.map((r) => hours(asDate(r.received_at), asDate(r.resolved_at))))!,
      1,
    );
  });
});
