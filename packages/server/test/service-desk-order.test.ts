import { type CaseClocks, compareUrgency } from '@cornerstone/shared/service-desk/service-desk';
import { describe, expect, it } from 'vitest';
import { mid } from './support/fixtures.ts';
import { BRANCH, hoursAgo, useServiceDesk } from './support/service-desk.ts';

// The boards' default order: most urgent first — running clocks before stopped ones, by the deadline
// of the clock that runs next (most overdue first, then least time left) — paged by keyset both ways,
// and the SQL held against the shared rule (`compareUrgency`) on the same rows. NEWEST is the time
// received or reported, newest first; the two orders' cursors are not interchangeable.

interface Clock {
  dueAt: string;
}
interface Row {
  id: string;
  status: string;
  responseSla: Clock;
}
interface Complaint extends Row {
  firstResponseAt: string | null;
  resolutionSla: Clock;
}
interface Ticket extends Row {
  onSiteAt: string | null;
  fixedAt: string | null;
  repairSla: Clock;
}
interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string; startCursor: string };
}

const PAGE = 'pageInfo { hasNextPage hasPreviousPage endCursor startCursor }';
const COMPLAINTS = `query($o: DeskOrder, $first: Int, $after: String, $last: Int, $before: String) {
  complaints(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id status firstResponseAt responseSla { dueAt } resolutionSla { dueAt } } } ${PAGE} } }`;
const TICKETS = `query($o: DeskOrder, $first: Int, $after: String, $last: Int, $before: String) {
  faultTickets(orderBy: $o, first: $first, after: $after, last: $last, before: $before) {
    edges { cursor node { id status onSiteAt fixedAt responseSla { dueAt } repairSla { dueAt } } } ${PAGE} } }`;

const complaintClocks = (c: Complaint): CaseClocks => ({
  stopped: c.status === 'RESOLVED' || c.status === 'CLOSED',
  responded: c.firstResponseAt !== null,
  responseDueAt: new Date(c.responseSla.dueAt),
  resolutionDueAt: new Date(c.resolutionSla.dueAt),
});
const ticketClocks = (t: Ticket): CaseClocks => ({
  stopped: t.status === 'FIXED' || t.status === 'CLOSED',
  responded: (t.onSiteAt ?? t.fixedAt) !== null,
  responseDueAt: new Date(t.responseSla.dueAt),
  resolutionDueAt: new Date(t.repairSla.dueAt),
});
// Row ids are global ids: the shared rule leaves ties to them, as the SQL does (by row id).
const rowId = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':').pop());
const byRule =
  <T extends Row>(clocks: (r: T) => CaseClocks) =>
  (a: T, b: T) =>
    compareUrgency(clocks(a), clocks(b)) || rowId(a.id) - rowId(b.id);

describe('service desk: the boards open most urgent first', () => {
  const { gql, ok } = useServiceDesk(
    [
      ['am1', 'account_manager', BRANCH],
      ['am2', 'account_manager', BRANCH],
      ['ops', 'operations', BRANCH],
    ],
    6,
  );

  /** Every row of a list, paged two at a time forward, and the same backward from the end. */
  async function walk<T extends Row>(user: string, query: string, field: string, order?: string) {
    const forward: T[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p: Page<T> = ((await ok(user, query, { o: order, first: 2, after })) as Record<string, Page<T>>)[
        field
      ]!;
      forward.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    const backward: T[] = [];
    let before: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p: Page<T> = ((await ok(user, query, { o: order, last: 2, before })) as Record<string, Page<T>>)[
        field
      ]!;
      backward.unshift(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.map((r) => r.id)).toEqual(forward.map((r) => r.id));
    return forward;
  }

  it('sorts complaints by the clock that runs next, breached first, resolved last; NEWEST by receipt', async () => {
    const open = async (hours: number, i: number) =>
      (
        await ok<{ openComplaint: { id: string } }>(
          'am1',
          'mutation($i: OpenComplaintInput!) { openComplaint(input: $i) { id } }',
          {
            i: {
              mid: mid(i),
              channel: 'PHONE',
              category: 'SETTLEMENT_DELAY',
              summary: `结算款未到账 ${i}`,
              receivedAt: hoursAgo(hours),
            },
          },
        )
      ).openComplaint.id;
    const respond = (id: string) =>
      ok('am1', 'mutation($id: ID!) { respondToComplaint(id: $id, note: "已联系") { id } }', { id });
    // Response 24 h, resolution 72 h (the default policy).
    const lateResponse = await open(30, 1); // response 6 h overdue
    const soonResponse = await open(23, 3); // 1 h left to respond
    const lateResolution = await open(80, 5); // responded; resolution 8 h overdue
    await respond(lateResolution);
    const calm = await open(2, 1); // responded; 70 h left to resolve
    await respond(calm);
    const resolved = await open(50, 3); // stopped: last, though its deadline is past
    await ok('am1', 'mutation($id: ID!) { resolveComplaint(id: $id, resolution: "已到账") { id } }', {
      id: resolved,
    });

    const urgent = await walk<Complaint>('am1', COMPLAINTS, 'complaints');
    expect(urgent.map((c) => c.id)).toEqual([lateResolution, lateResponse, soonResponse, calm, resolved]);
    expect(urgent.map((c) => c.id)).toEqual([...urgent].sort(byRule(complaintClocks)).map((c) => c.id));
    // The default is URGENCY; NEWEST is the order the board had before.
    expect((await walk<Complaint>('am1', COMPLAINTS, 'complaints', 'URGENCY')).map((c) => c.id)).toEqual(
      urgent.map((c) => c.id),
    );
    const newest = await walk<Complaint>('am1', COMPLAINTS, 'complaints', 'NEWEST');
    expect(newest.map((c) => c.id)).toEqual([calm, soonResponse, lateResponse, resolved, lateResolution]);

    // A cursor of one order is refused by the other (its keys have another shape).
    const first = await ok<{ complaints: Page<Complaint> }>('am1', COMPLAINTS, { o: 'NEWEST', first: 1 });
    const mixed = await gql('am1', COMPLAINTS, { first: 1, after: first.complaints.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sorts fault tickets by response until on site or fixed, then repair; fixed ones last', async () => {
    const reg = `mutation($i: TerminalInput!) { registerTerminal(input: $i) { tid } }`;
    for (const n of [1, 2, 3, 4])
      await ok('ops', reg, {
        i: {
          mid: mid(3),
          tid: `T00000${n}0`,
          model: 'PAX A920',
          serialNo: `SN-${n}`,
          installedOn: '2025-06-01',
        },
      });
    const report = async (n: number, hours: number) =>
      (
        await ok<{ openFaultTicket: { id: string } }>(
          'am1',
          'mutation($i: FaultTicketInput!) { openFaultTicket(input: $i) { id } }',
          { i: { tid: `T00000${n}0`, description: '刷卡无响应', reportedAt: hoursAgo(hours) } },
        )
      ).openFaultTicket.id;
    const move = (id: string, to: string, note?: string) =>
      ok(
        'ops',
        'mutation($id: ID!, $to: FaultStatus!, $note: String) { moveFaultTicket(id: $id, to: $to, note: $note) { id } }',
        {
          id,
          to,
          note,
        },
      );
    const assign = (id: string) =>
      ok('ops', 'mutation($id: ID!) { assignFaultTicket(id: $id) { id } }', { id });
    // Response 4 h, repair 24 h (the default fault policy).
    const lateResponse = await report(1, 5); // response 1 h overdue
    const freshResponse = await report(2, 1); // 3 h left to respond
    const onSite = await report(3, 20); // on site: 4 h left to repair
    await assign(onSite);
    await move(onSite, 'ON_SITE');
    const fixed = await report(4, 30); // stopped: last
    await assign(fixed);
    await move(fixed, 'FIXED', '更换读卡模块');

    const urgent = await walk<Ticket>('ops', TICKETS, 'faultTickets');
    expect(urgent.map((t) => t.id)).toEqual([lateResponse, freshResponse, onSite, fixed]);
    expect(urgent.map((t) => t.id)).toEqual([...urgent].sort(byRule(ticketClocks)).map((t) => t.id));
    // Newest by the time the fault was reported (not the order the tickets were entered in).
    const newest = await walk<Ticket>('ops', TICKETS, 'faultTickets', 'NEWEST');
    expect(newest.map((t) => t.id)).toEqual([freshResponse, lateResponse, onSite, fixed]);

    // Reopening the fixed one (the fix did not hold) puts it back among the running, by its repair clock:
    // reported 30 h ago, its repair is 6 h overdue, the most urgent of all.
    await move(fixed, 'ASSIGNED', '又刷不出卡');
    const after = await walk<Ticket>('ops', TICKETS, 'faultTickets');
    expect(after.map((t) => t.id)).toEqual([fixed, lateResponse, freshResponse, onSite]);
    expect(after.map((t) => t.id)).toEqual([...after].sort(byRule(ticketClocks)).map((t) => t.id));
  });
});
