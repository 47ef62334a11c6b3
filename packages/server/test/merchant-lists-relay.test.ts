import { describe, expect, it } from 'vitest';
import { bothWays, type Conn } from './support/both-ways.ts';
import { mid } from './support/fixtures.ts';
import { PERIODS } from './support/merchant-lists-seed.ts';
import { useMerchantListsServer } from './support/merchant-lists-server.ts';

// The merchant's own lists that grew without page information (tier history, terminals,
// interactions, the timeline, the change history) as Relay connections: each pages both ways,
// counts, keeps the old field's scope and roles, and the old field answers as before.

describe('merchant lists as Relay connections', () => {
  const { server, tokens, merchantConn } = useMerchantListsServer();

  describe('Merchant.tierHistoryConnection', () => {
    it('pages the stored snapshots newest period first, both ways, and counts them', async () => {
      const items = await bothWays(
        (v) =>
          merchantConn<{ period: string; tier: string }>(
            mid(1),
            'tierHistoryConnection',
            'period tier rank profit',
            v,
          ) as Promise<Conn<{ period: string; tier: string }>>,
        3,
        (n) => n.period,
      );
      // A quarter and its last month end on the same day: the period's label breaks the tie.
      expect(items.map((n) => n.period)).toEqual([
        '2026-Q2',
        '2026-06',
        '2026-05',
        '2026-04',
        '2026-Q1',
        '2026-03',
        '2026-02',
        '2026-01',
      ]);
    });

    it('answers the same entries as the old tierHistory, which still answers them all', async () => {
      const r = await server.gql<{
        merchant: { tierHistory: { period: string; tier: string; rank: number }[] };
      }>(`query { merchant(mid: "${mid(1)}") { tierHistory { period tier rank } } }`, {}, tokens.admin);
      expect(r.errors).toBeUndefined();
      const old = r.data!.merchant.tierHistory;
      expect(old).toHaveLength(PERIODS.length);
      const page = await merchantConn<{ period: string; tier: string; rank: number }>(
        mid(1),
        'tierHistoryConnection',
        'period tier rank',
        { first: 100 },
      );
      const byPeriod = new Map(old.map((e) => [e.period, e]));
      for (const e of page!.edges) expect(e.node).toEqual(byPeriod.get(e.node.period));
    });

    it('keeps the merchant’s scope: another manager’s merchant is null; a forged cursor is refused', async () => {
      expect(await merchantConn(mid(2), 'tierHistoryConnection', 'period', { first: 2 }, 'am_a')).toBeNull();
      expect(
        await merchantConn(mid(1), 'tierHistoryConnection', 'period', { first: 2 }, 'am_a'),
      ).not.toBeNull();
      const forged = Buffer.from(JSON.stringify(['tierHistory', 'x', '2026-01'])).toString('base64url');
      const r = await server.gql(
        `query { merchant(mid: "${mid(1)}") { tierHistoryConnection(after: "${forged}") { totalCount } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors?.[0]?.message).toBe('after: not a cursor from this list');
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('Merchant.terminalsConnection', () => {
    type T = { tid: string; status: string; installedOn: string };
    it('pages the terminals by TID, both ways, and counts them', async () => {
      const items = await bothWays(
        (v) =>
          merchantConn<T>(
            mid(1),
            'terminalsConnection',
            'id tid model serialNo installedOn status',
            v,
          ) as Promise<Conn<T>>,
        2,
        (n) => n.tid,
      );
      expect(items.map((n) => n.tid)).toEqual(['T0000001', 'T0000002', 'T0000003', 'T0000004', 'T0000005']);
    });

    it('answers what the old terminals answers, which is unchanged', async () => {
      const r = await server.gql<{ merchant: { terminals: T[] } }>(
        `query { merchant(mid: "${mid(1)}") { terminals { tid status installedOn } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      const page = await merchantConn<T>(mid(1), 'terminalsConnection', 'tid status installedOn', {
        first: 100,
      });
      expect(page!.edges.map((e) => e.node)).toEqual(r.data!.merchant.terminals);
      expect(r.data!.merchant.terminals.find((t) => t.tid === 'T0000004')?.status).toBe('FAULTY');
    });

    it('keeps the merchant’s scope: another branch’s merchant is null for operations staff', async () => {
      expect(await merchantConn(mid(5), 'terminalsConnection', 'tid', { first: 2 }, 'ops')).toBeNull();
      const mine = await merchantConn<T>(mid(2), 'terminalsConnection', 'tid', { first: 2 }, 'ops');
      expect(mine!.edges.map((e) => e.node.tid)).toEqual(['U0000001']);
      expect(mine!.totalCount).toBe(1);
      expect(await merchantConn(mid(2), 'terminalsConnection', 'tid', { first: 2 }, 'am_a')).toBeNull();
    });
  });

  describe('Merchant.interactionsConnection', () => {
    type I = { id: string; notes: string; occurredAt: string; staffLogin: string };
    const FIELDS = 'id kind occurredAt staffLogin outcome notes supersedesId supersededById recordedBy';

    it('pages the interactions newest first, both ways, to the microsecond, and counts them', async () => {
      // Three a page: the page ends between i7 and i4, one millisecond apart by less than one.
      const items = await bothWays(
        (v) => merchantConn<I>(mid(1), 'interactionsConnection', FIELDS, v) as Promise<Conn<I>>,
        3,
        (n) => n.id,
      );
      expect(items.map((n) => n.notes)).toEqual(['i6', 'i5', 'i7', 'i4', 'i3', 'i2', 'i1']);
      const r = await server.gql<{ merchant: { interactions: I[] } }>(
        `query { merchant(mid: "${mid(1)}") { interactions(first: 100) { ${FIELDS} } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.merchant.interactions).toEqual(items);
      // The nodes are the Interaction nodes: their global ids fetch them again.
      const again = await server.gql<{ node: { notes: string } }>(
        'query($id: ID!) { node(id: $id) { ... on Interaction { notes } } }',
        { id: items[0]!.id },
        tokens.admin,
      );
      expect(again.data!.node.notes).toBe('i6');
    });

    it('keeps the merchant’s scope and refuses a forged cursor', async () => {
      expect(await merchantConn(mid(1), 'interactionsConnection', 'id', { first: 2 }, 'am_b')).toBeNull();
      expect(
        (await merchantConn<I>(mid(5), 'interactionsConnection', 'notes', { first: 2 }, 'am_b'))!.totalCount,
      ).toBe(1);
      const forged = Buffer.from(JSON.stringify(['interactions', '2026-06-10', '1'])).toString('base64url');
      const r = await server.gql(
        `query { merchant(mid: "${mid(1)}") { interactionsConnection(after: "${forged}") { totalCount } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors?.[0]?.message).toBe('after: not a cursor from this list');
    });
  });

  describe('Merchant.timelineConnection', () => {
    type T = { at: string; type: string; ref: string; kind: string; summary: string; cursor: string };
    const FIELDS = 'at type ref kind summary actor superseded cursor';
    const old = async (m: string, login: string) => {
      const r = await server.gql<{ merchant: { timeline: T[] } }>(
        `query { merchant(mid: "${m}") { timeline(first: 100) { ${FIELDS} } } }`,
        {},
        tokens[login],
      );
      expect(r.errors).toBeUndefined();
      return r.data!.merchant.timeline;
    };

    it('pages the merged events newest first, both ways, and counts them as the old field lists them', async () => {
      const opened = await server.gql(
        `mutation { openComplaint(input: { mid: "${mid(1)}", channel: PHONE, category: SETTLEMENT_DELAY, summary: "结算款未到账" }) { id } }`,
        {},
        tokens.admin,
      );
      expect(opened.errors).toBeUndefined();
      const items = await bothWays(
        (v) => merchantConn<T>(mid(1), 'timelineConnection', FIELDS, v) as Promise<Conn<T>>,
        4,
        (n) => `${n.type}:${n.ref}`,
      );
      const types = new Set(items.map((n) => n.type));
      for (const t of ['INTERACTION', 'TIER', 'STATUS', 'POINTS', 'COMPLAINT']) expect(types).toContain(t);
      // 7 interactions, 7 points entries, the created record, the complaint and the tier changes.
      expect(items.length).toBeGreaterThanOrEqual(17);
      expect(await old(mid(1), 'admin')).toEqual(items);
      // The old field still pages back with its own cursors.
      const r = await server.gql<{ merchant: { timeline: T[] } }>(
        `query($before: String) { merchant(mid: "${mid(1)}") { timeline(first: 3, before: $before) { ${FIELDS} } } }`,
        { before: items[4]!.cursor },
        tokens.admin,
      );
      expect(r.data!.merchant.timeline).toEqual(items.slice(5, 8));
    });

    it('hides complaints from operations staff, as the old field does, and keeps the scope', async () => {
      const opsView = await bothWays(
        (v) => merchantConn<T>(mid(1), 'timelineConnection', FIELDS, v, 'ops') as Promise<Conn<T>>,
        5,
        (n) => `${n.type}:${n.ref}`,
      );
      expect(opsView.some((n) => n.type === 'COMPLAINT')).toBe(false);
      expect(await old(mid(1), 'ops')).toEqual(opsView);
      const all = await merchantConn<T>(mid(1), 'timelineConnection', 'type', { first: 100 });
      expect(all!.totalCount).toBe(opsView.length + 1);
      expect(await merchantConn(mid(1), 'timelineConnection', 'type', { first: 2 }, 'am_b')).toBeNull();
    });
  });

  describe('Merchant.changesConnection', () => {
    type C = { changedAt: string; actor: string; source: string; kind: string; changes: string };
    const FIELDS = 'changedAt actor source kind changes';

    it('pages the change history newest first, both ways, and counts it; the old field is unchanged', async () => {
      for (const [status, reason] of [
        ['dormant', '三个月无交易'],
        ['active', '恢复交易'],
        ['dormant', '再次休眠'],
        ['active', '再次恢复'],
      ] as const) {
        const r = await server.gql(
          'mutation($mid: String!, $s: String!, $r: String!) { setMerchantStatus(mid: $mid, status: $s, reason: $r) { status } }',
          { mid: mid(1), s: status, r: reason },
          tokens.admin,
        );
        expect(r.errors).toBeUndefined();
      }
      const items = await bothWays(
        (v) => merchantConn<C>(mid(1), 'changesConnection', FIELDS, v) as Promise<Conn<C>>,
        2,
        (n) => `${n.changedAt}|${n.changes}`,
      );
      expect(items.map((n) => n.kind)).toEqual(['status', 'status', 'status', 'status', 'created']);
      expect(JSON.parse(items[0]!.changes)).toMatchObject({ status: { from: 'dormant', to: 'active' } });
      const r = await server.gql<{ merchant: { changes: C[] } }>(
        `query { merchant(mid: "${mid(1)}") { changes { ${FIELDS} } } }`,
        {},
        tokens.admin,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.merchant.changes).toEqual(items);
    });

    it('keeps the merchant’s scope', async () => {
      expect(await merchantConn(mid(1), 'changesConnection', 'kind', { first: 2 }, 'am_b')).toBeNull();
      expect(
        (await merchantConn<C>(mid(5), 'changesConnection', 'kind', { first: 2 }, 'am_b'))!.totalCount,
      ).toBe(1);
    });
  });
});
