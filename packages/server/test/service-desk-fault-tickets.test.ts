import { describe, expect, it } from 'vitest';
import { mid } from './support/fixtures.ts';
import { BRANCH, codeOf, fieldsOf, hoursAgo, OTHER, useServiceDesk } from './support/service-desk.ts';

// Terminals and fault tickets at the service desk: registering a terminal, and a ticket worked from
// report to close with its response and repair times, in the operations staff's branch scope.
// Complaints: service-desk-complaints.test.ts.

const TICKET = `id status tid assigneeLogin resolution responseSla { state minutesTaken } repairSla { state minutesTaken }
  terminal { tid status } events { fromStatus toStatus actor note }`;

describe('service desk: terminals and fault tickets', () => {
  const { gql, ok } = useServiceDesk(
    [
      ['am1', 'account_manager', BRANCH],
      ['bm', 'branch_manager', BRANCH],
      ['ops', 'operations', BRANCH],
      ['ops_other', 'operations', OTHER],
    ],
    1,
  );

  it('registers terminals and works a fault ticket from report to close with response and repair times', async () => {
    const reg = `mutation($i: TerminalInput!) { registerTerminal(input: $i) { tid status } }`;
    const terminal = {
      mid: mid(1),
      tid: 't0000001',
      model: 'PAX A920',
      serialNo: 'SN-0001',
      installedOn: '2025-06-01',
    };
    expect(codeOf(await gql('am1', reg, { i: terminal }))).toBe('FORBIDDEN');
    expect(fieldsOf(await gql('ops_other', reg, { i: terminal }))).toEqual(['mid']);
    expect(
      (await ok<{ registerTerminal: { tid: string } }>('ops', reg, { i: terminal })).registerTerminal,
    ).toMatchObject({
      tid: 'T0000001',
      status: 'ACTIVE',
    });
    expect(fieldsOf(await gql('ops', reg, { i: { ...terminal, tid: 'T0000001' } }))).toEqual(['tid']);
    expect(fieldsOf(await gql('ops', reg, { i: { ...terminal, tid: 'T1', serialNo: '' } }))).toEqual([
      'tid',
      'serialNo',
    ]);

    // The merchant's account manager reports it; the terminal turns faulty; one open ticket per terminal.
    const openTicket = `mutation($i: FaultTicketInput!) { openFaultTicket(input: $i) { ${TICKET} } }`;
    const t = (
      await ok<{
        openFaultTicket: { id: string; terminal: { status: string }; responseSla: { state: string } };
      }>('am1', openTicket, { i: { tid: 'T0000001', description: '刷卡无响应', reportedAt: hoursAgo(5) } })
    ).openFaultTicket;
    expect(t.terminal.status).toBe('FAULTY');
    expect(t.responseSla.state).toBe('BREACHED');
    expect(fieldsOf(await gql('am1', openTicket, { i: { tid: 'T0000001', description: '又坏了' } }))).toEqual(
      ['tid'],
    );

    const move = `mutation($id: ID!, $to: FaultStatus!, $note: String) { moveFaultTicket(id: $id, to: $to, note: $note) { ${TICKET} } }`;
    expect(fieldsOf(await gql('ops', move, { id: t.id, to: 'FIXED', note: 'x' }))).toEqual(['to']);
    // Another branch's ticket answers as a missing one; its class comes from the problem's code.
    const elsewhere = await gql('ops_other', move, { id: t.id, to: 'ON_SITE' });
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', problem: 'fault.notFound' });
    // A refusal names the permission the role lacks.
    const refused = await gql('am1', move, { id: t.id, to: 'ON_SITE' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      permission: 'workFaultTicket',
    });
    const assigned = await ok<{ assignFaultTicket: { status: string; assigneeLogin: string } }>(
      'bm',
      'mutation($id: ID!) { assignFaultTicket(id: $id, assignee: "ops") { status assigneeLogin } }',
      { id: t.id },
    );
    expect(assigned.assignFaultTicket).toEqual({ status: 'ASSIGNED', assigneeLogin: 'ops' });
    await ok('ops', move, { id: t.id, to: 'ON_SITE' });
    expect(fieldsOf(await gql('ops', move, { id: t.id, to: 'FIXED' }))).toEqual(['note']);
    const fixed = (
      await ok<{
        moveFaultTicket: {
          status: string;
          resolution: string;
          terminal: { status: string };
          responseSla: { state: string; minutesTaken: number };
          repairSla: { state: string; minutesTaken: number };
        };
      }>('ops', move, { id: t.id, to: 'FIXED', note: '更换读卡模块' })
    ).moveFaultTicket;
    expect(fixed).toMatchObject({
      status: 'FIXED',
      resolution: '更换读卡模块',
      terminal: { status: 'ACTIVE' },
    });
    expect(fixed.responseSla.state).toBe('BREACHED');
    expect(fixed.responseSla.minutesTaken).toBeGreaterThanOrEqual(299);
    expect(fixed.repairSla.state).toBe('MET');
    // A fixed ticket is closed or reopened, nothing else; reopening (the fix did not hold) goes back
    // to its engineer, the terminal is faulty again and the repair clock runs; the response stands.
    expect(fieldsOf(await gql('ops', move, { id: t.id, to: 'ON_SITE' }))).toEqual(['to']);
    const reopened = (
      await ok<{
        moveFaultTicket: {
          status: string;
          assigneeLogin: string;
          terminal: { status: string };
          responseSla: { state: string; minutesTaken: number };
          repairSla: { state: string; minutesTaken: number | null };
        };
      }>('ops', move, { id: t.id, to: 'ASSIGNED', note: '又刷不出卡' })
    ).moveFaultTicket;
    expect(reopened).toMatchObject({
      status: 'ASSIGNED',
      assigneeLogin: 'ops',
      terminal: { status: 'FAULTY' },
      responseSla: { state: 'BREACHED' },
      repairSla: { state: 'RUNNING', minutesTaken: null },
    });
    await ok('ops', move, { id: t.id, to: 'FIXED', note: '远程重置参数' });
    const closed = (
      await ok<{ moveFaultTicket: { status: string; events: { toStatus: string }[] } }>('ops', move, {
        id: t.id,
        to: 'CLOSED',
      })
    ).moveFaultTicket;
    expect(closed.events.map((e) => e.toStatus)).toEqual([
      'OPEN',
      'ASSIGNED',
      'ON_SITE',
      'FIXED',
      'ASSIGNED',
      'FIXED',
      'CLOSED',
    ]);
    expect(fieldsOf(await gql('ops', move, { id: t.id, to: 'ON_SITE' }))).toEqual(['to']);

    // Operations see their branch's tickets; the merchant page lists the terminal and the ticket.
    const list = await ok<{ faultTickets: { totalCount: number } }>(
      'ops',
      '{ faultTickets(filter: { open: false }) { totalCount } }',
    );
    expect(list.faultTickets.totalCount).toBe(1);
    expect(
      (await ok<{ faultTickets: { totalCount: number } }>('ops_other', '{ faultTickets { totalCount } }'))
        .faultTickets.totalCount,
    ).toBe(0);
    const page = await ok<{ merchant: { terminals: { tid: string }[]; timeline: { type: string }[] } }>(
      'am1',
      `{ merchant(mid: "${mid(1)}") { terminals { tid status } timeline { type } } }`,
    );
    expect(page.merchant.terminals.map((x) => x.tid)).toEqual(['T0000001']);
    expect(page.merchant.timeline.map((e) => e.type)).toContain('FAULT');
  });
});
