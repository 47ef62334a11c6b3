import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNTING_OUTCOMES, DEFAULT_CADENCE } from '@cornerstone/shared/maintenance/maintenance';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import type { EntityManager } from '@mikro-orm/postgresql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { computeTierSnapshot } from '../src/tier/tier-snapshot.service.ts';
import { MERCHANT_HEADER, merchantLine, mid, writeLines } from './support/fixtures.ts';
import { useSeededServer } from './support/seeded-server.ts';
import { countQueries, seedUsers } from './support/test-server.ts';

// The merchant list's orders (issue 26): each order and direction checked against the order computed
// here from the seeded figures, paged through by cursor and by page number, every merchant once.

const XIAN = '西安分公司';
const XIANYANG = '咸阳分公司';
const N = 23;
const PERIOD = '2026-05';
const branchOf = (i: number) => (i % 3 === 0 ? XIANYANG : XIAN);
// Names repeat (ties on NAME fall back to the id), in several scripts.
const NAMES = ['长安面馆', 'Alpha 超市', '长安面馆', '白鹿原饭庄', 'alpha 超市', '鼓楼书店', 'Zeta 便利店'];
const nameOf = (i: number) => NAMES[i % NAMES.length]!;
// Profit in fen per merchant for May 2026; ties, a loss, and merchants with no settlements (0).
const profitFen = (i: number): bigint | null =>
  i % 5 === 0 ? null : i % 7 === 0 ? -1234n : BigInt(((i * 37) % 11) * 10_000 + (i % 4 === 0 ? 5 : 0));
// Lifetime value for some (ties among them); none for the rest.
const clvOf = (i: number): string | null => (i % 4 === 1 ? null : `${(i % 6) * 1000}.50`);

interface Contact {
  i: number;
  kind: string;
  outcome: string;
  at: string;
  corrected?: boolean;
}
// Contacts in June 2026: counting ones, ones that do not count (not reached; not a contact kind), one
// corrected to unreachable, and one at 01:30 Beijing time (the day before in UTC).
const CONTACTS: Contact[] = [
  { i: 1, kind: 'visit', outcome: 'reached', at: '2026-06-03T02:00:00Z' },
  { i: 1, kind: 'call', outcome: 'unreachable', at: '2026-06-20T02:00:00Z' },
  { i: 2, kind: 'wechat', outcome: 'issue_found', at: '2026-06-04T17:30:00Z' },
  { i: 3, kind: 'training', outcome: 'reached', at: '2026-06-25T02:00:00Z' },
  { i: 3, kind: 'call', outcome: 'reached', at: '2026-06-02T02:00:00Z' },
  { i: 4, kind: 'visit', outcome: 'reached', at: '2026-06-03T05:00:00Z' },
  { i: 5, kind: 'visit', outcome: 'reached', at: '2026-06-28T02:00:00Z', corrected: true },
  { i: 5, kind: 'sms', outcome: 'reached', at: '2026-06-01T02:00:00Z' },
  { i: 8, kind: 'greeting', outcome: 'rescheduled', at: '2026-06-09T02:00:00Z' },
  { i: 9, kind: 'email', outcome: 'reached', at: '2026-06-11T02:00:00Z' },
  { i: 10, kind: 'visit', outcome: 'reached', at: '2026-06-05T23:00:00Z' },
  { i: 11, kind: 'call', outcome: 'reached', at: '2026-06-06T01:00:00Z' },
];
const CONTACT_KINDS = new Set(DEFAULT_CADENCE.flatMap((r) => r.satisfiedBy as readonly string[]));
const beijingDay = (at: string) => new Date(Date.parse(at) + 8 * 3600_000).toISOString().slice(0, 10);

async function seed(orm: Orm) {
  const sql = (q: string, params: unknown[] = []) =>
    (orm.em.fork() as EntityManager).getConnection().execute(q, params);
  await seedUsers(orm, [
    ['analyst', 'analyst'],
    ['bm', 'branch_manager', XIAN],
    ['am_x', 'account_manager', XIAN],
    ['am_y', 'account_manager', XIANYANG],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cs-merchant-order-'));
  const lines = Array.from({ length: N }, (_, k) =>
    merchantLine(k + 1, {
      manager: branchOf(k + 1) === XIAN ? 'am_x' : 'am_y',
      branch: branchOf(k + 1),
      name: nameOf(k + 1),
    }),
  );
  await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, lines);
  expect((await importMerchants(orm, join(dir, 'm.csv'))).inserted).toBe(N);
  for (let i = 1; i <= N; i++) {
    const p = profitFen(i);
    if (p === null) continue;
    const yuan = `${p < 0n ? '-' : ''}${(p < 0n ? -p : p) / 100n}.${String((p < 0n ? -p : p) % 100n).padStart(2, '0')}`;
    await sql(
      `insert into settlement_month (merchant_id, month, txn_count, txn_amount, capped_count, capped_amount,
         merchant_fee, issuer_fee, network_fee, profit, days, last_settle_date)
       select id, '2026-05-01', 10, 1000, 0, 0, 10, 1, 1, ?, 31, '2026-05-31' from merchant where mid = ?`,
      [yuan, mid(i)],
    );
  }
  await computeTierSnapshot(orm, PERIOD, 'test');
  const [run] = (await sql(
    `insert into clv_run (as_of, params, merchants, fitted_on, computed_by) values ('2026-06-01', '{}', 0, 0, 'test') returning id`,
  )) as { id: number }[];
  for (let i = 1; i <= N; i++) {
    const clv = clvOf(i);
    if (clv === null) continue;
    await sql(
      `insert into merchant_clv (merchant_id, run_id, x, tx, t_age, mean_profit, expected_transactions,
         probability_alive, expected_value, clv) select id, ?, 1, 1, 1, 0, 1, 0.5, 0, ? from merchant where mid = ?`,
      [run!.id, clv, mid(i)],
    );
  }
  for (const c of CONTACTS) {
    const [row] = (await sql(
      `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, recorded_by)
       select m.id, ?, ?::timestamptz, u.id, ?, 'am_x' from merchant m, app_user u where m.mid = ? and u.login = 'am_x'
       returning id`,
      [c.kind, c.at, c.outcome, mid(c.i)],
    )) as { id: number }[];
    if (c.corrected)
      await sql(
        `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, recorded_by, supersedes_id)
         select merchant_id, kind, occurred_at, staff_id, 'unreachable', recorded_by, id from interaction where id = ?`,
        [row!.id],
      );
  }
  // Contact data verified after every contact: the last contact must not be this date.
  await sql(`update merchant set contact_verified_on = '2026-11-30'`);
}

type Key = { has: boolean; v: bigint | string };
type Row = { mid: string; id: number; name: string; key: Key };

describe('the merchant list orders by the columns people sort by', () => {
  const { server, tokens, orm } = useSeededServer(seed, ['analyst', 'bm']);
  let rows: Row[] = [];
  let tierOf = new Map<string, string>();

  beforeAll(async () => {
    const conn = (orm().em.fork() as EntityManager).getConnection();
    const ids = (await conn.execute('select id, mid from merchant')) as { id: number; mid: string }[];
    tierOf = new Map(
      (
        (await conn.execute(
          `select m.mid, t.tier from tier_snapshot t join merchant m on m.id = t.merchant_id where t.period = ?`,
          [PERIOD],
        )) as { mid: string; tier: string }[]
      ).map((r) => [r.mid, r.tier]),
    );
    rows = ids.map((r) => ({ ...r, name: nameOf(Number(r.mid.slice(-9))), key: { has: true, v: '' } }));
  });

  const idx = (m: string) => Number(m.slice(-9));
  const lastContact = (m: string) => {
    const days = CONTACTS.filter(
      (c) =>
        c.i === idx(m) &&
        !c.corrected &&
        CONTACT_KINDS.has(c.kind) &&
        (COUNTING_OUTCOMES as readonly string[]).includes(c.outcome),
    ).map((c) => beijingDay(c.at));
    return days.sort().at(-1) ?? null;
  };
  // The key of each order, as this test computes it from what it seeded.
  const KEYS: Record<string, (r: Row) => Key> = {
    MID: (r) => ({ has: true, v: r.mid }),
    NAME: (r) => ({ has: true, v: r.name }),
    PROFIT: (r) => ({ has: true, v: profitFen(idx(r.mid)) ?? 0n }),
    TIER: (r) => {
      const t = tierOf.get(r.mid);
      return t
        ? { has: true, v: BigInt(TIER_CODES.length - TIER_CODES.indexOf(t as never)) }
        : { has: false, v: 0n };
    },
    LAST_CONTACT: (r) => {
      const d = lastContact(r.mid);
      return d ? { has: true, v: d } : { has: false, v: '' };
    },
    VALUE: (r) => {
      const c = clvOf(idx(r.mid));
      return c ? { has: true, v: BigInt(c.replace('.', '')) } : { has: false, v: 0n };
    },
  };
  const cmp = (a: bigint | string, b: bigint | string) => (a < b ? -1 : a > b ? 1 : 0);
  /** The expected order: rows without a key last either way, then the key, then the id (or MID alone). */
  function expected(order: string, direction: 'ASC' | 'DESC', only?: (r: Row) => boolean): string[] {
    const sign = direction === 'ASC' ? 1 : -1;
    return rows
      .filter((r) => !only || only(r))
      .map((r) => ({ r, k: KEYS[order]!(r) }))
      .sort(
        (a, b) =>
          Number(b.k.has) - Number(a.k.has) ||
          sign * cmp(a.k.v, b.k.v) ||
          (order === 'MID' ? 0 : sign * (a.r.id - b.r.id)),
      )
      .map((x) => x.r.mid);
  }

  const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $offset: Int,
      $orderBy: MerchantOrderField!, $direction: OrderDirection!, $period: String, $filter: MerchantFilter) {
    merchants(first: $first, after: $after, last: $last, before: $before, offset: $offset, orderBy: $orderBy,
        direction: $direction, period: $period, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { mid name profit(period: "${PERIOD}") tier(period: "${PERIOD}") lastContactOn clv { clv } } }
    }
  }`;
  type Page = {
    merchants: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      edges: {
        cursor: string;
        node: { mid: string; profit: string; tier: string | null; lastContactOn: string | null };
      }[];
    };
  };
  const list = async (vars: Record<string, unknown>, token = tokens.analyst) => {
    const r = await server.gql<Page>(LIST, { period: PERIOD, ...vars }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.merchants;
  };

  const ORDERS = ['MID', 'NAME', 'PROFIT', 'TIER', 'LAST_CONTACT', 'VALUE'] as const;
  for (const orderBy of ORDERS)
    for (const direction of ['ASC', 'DESC'] as const)
      it(`orders by ${orderBy} ${direction}, by cursor both ways and by page number`, async () => {
        const want = expected(orderBy, direction);
        expect(new Set(want).size).toBe(N);
        // The seed gives every order several distinct keys (and ties), so the order is a real check.
        const keys = rows.map((r) => KEYS[orderBy]!(r));
        expect(new Set(keys.map((k) => String(k.v))).size).toBeGreaterThanOrEqual(3);
        if (orderBy === 'LAST_CONTACT' || orderBy === 'VALUE') expect(keys.some((k) => !k.has)).toBe(true);
        // Forward by cursor, 5 at a time.
        const forward: string[] = [];
        let after: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const page = await list({ first: 5, after, orderBy, direction });
          expect(page.totalCount).toBe(N);
          forward.push(...page.edges.map((e) => e.node.mid));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(forward).toEqual(want);
        // Backward by cursor, 4 at a time.
        const backward: string[] = [];
        let before: string | null = null;
        for (let guard = 0; guard < 10; guard++) {
          const page = await list({ last: 4, before, orderBy, direction });
          backward.unshift(...page.edges.map((e) => e.node.mid));
          if (!page.pageInfo.hasPreviousPage) break;
          before = page.pageInfo.startCursor;
        }
        expect(backward).toEqual(want);
        // By page number, 6 a page: page n is offset (n − 1)·6; its last cursor continues the order.
        const numbered: string[] = [];
        for (let n = 1; n <= Math.ceil(N / 6); n++) {
          const page = await list({ first: 6, offset: (n - 1) * 6, orderBy, direction });
          expect(page.pageInfo.hasPreviousPage).toBe(n > 1);
          expect(page.pageInfo.hasNextPage).toBe(n < Math.ceil(N / 6));
          numbered.push(...page.edges.map((e) => e.node.mid));
          if (page.pageInfo.hasNextPage) {
            const next = await list({ first: 6, after: page.pageInfo.endCursor, orderBy, direction });
            expect(next.edges.map((e) => e.node.mid)).toEqual(want.slice(n * 6, n * 6 + 6));
          }
        }
        expect(numbered).toEqual(want);
      });

  it('shows what it sorts by: the profit, tier and last counting contact of each row', async () => {
    const page = await list({ first: 100, orderBy: 'MID', direction: 'ASC' });
    for (const { node } of page.edges) {
      const fen = profitFen(idx(node.mid)) ?? 0n;
      expect(BigInt(node.profit.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'))).toBe(fen);
      expect(node.tier).toBe(tierOf.get(node.mid) ?? null);
      // The last contact that reached the merchant, in Beijing days; never the verification date.
      expect(node.lastContactOn).toBe(lastContact(node.mid));
    }
    const byMid = new Map(page.edges.map((e) => [e.node.mid, e.node.lastContactOn]));
    expect(byMid.get(mid(2))).toBe('2026-06-05');
    expect(byMid.get(mid(3))).toBe('2026-06-02');
    expect(byMid.get(mid(5))).toBe('2026-06-01');
    expect(byMid.get(mid(8))).toBeNull();
  });

  it('keeps the scope and the filter: a branch manager sorts the branch’s merchants only', async () => {
    const want = expected('PROFIT', 'DESC', (r) => branchOf(idx(r.mid)) === XIAN);
    const page = await list({ first: 100, orderBy: 'PROFIT', direction: 'DESC' }, tokens.bm);
    expect(page.edges.map((e) => e.node.mid)).toEqual(want);
    const filtered = await list({
      first: 100,
      orderBy: 'VALUE',
      direction: 'ASC',
      filter: { search: 'alpha' },
    });
    expect(filtered.edges.map((e) => e.node.mid)).toEqual(
      expected('VALUE', 'ASC', (r) => r.name.toLowerCase().includes('alpha')),
    );
  });

  it('refuses a cursor of another order or period, a page number with a cursor, and PROFIT without a period', async () => {
    const byProfit = await list({ first: 3, orderBy: 'PROFIT', direction: 'DESC' });
    const other = await server.gql(
      LIST,
      { first: 3, after: byProfit.pageInfo.endCursor, orderBy: 'PROFIT', direction: 'ASC', period: PERIOD },
      tokens.analyst,
    );
    expect(other.errors?.[0]?.message).toBe('after: not a cursor from this list');
    const otherPeriod = await server.gql(
      LIST,
      {
        first: 3,
        after: byProfit.pageInfo.endCursor,
        orderBy: 'PROFIT',
        direction: 'DESC',
        period: '2026-04',
      },
      tokens.analyst,
    );
    expect(otherPeriod.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const byMid = await list({ first: 3, orderBy: 'MID', direction: 'ASC' });
    const mixed = await server.gql(
      LIST,
      { first: 3, after: byMid.pageInfo.endCursor, orderBy: 'VALUE', direction: 'ASC' },
      tokens.analyst,
    );
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const both = await server.gql(
      LIST,
      { first: 3, offset: 3, after: byMid.pageInfo.endCursor, orderBy: 'MID', direction: 'ASC' },
      tokens.analyst,
    );
    expect(both.errors?.[0]?.extensions?.problem).toBe('page.offsetWithCursor');
    const noPeriod = await server.gql(
      LIST,
      { first: 3, orderBy: 'TIER', direction: 'DESC', period: null },
      tokens.analyst,
    );
    expect(noPeriod.errors?.[0]?.extensions?.problem).toBe('order.periodMissing');
  });

  it('runs the same number of SQL statements for 5 rows and for 23, in every order', async () => {
    for (const orderBy of ORDERS) {
      const small = await countQueries(orm(), () =>
        server.gql(LIST, { first: 5, orderBy, direction: 'DESC', period: PERIOD }, tokens.analyst),
      );
      const large = await countQueries(orm(), () =>
        server.gql(
          LIST,
          { first: 100, offset: 0, orderBy, direction: 'DESC', period: PERIOD },
          tokens.analyst,
        ),
      );
      expect((large.result as { errors?: unknown }).errors).toBeUndefined();
      expect(large.count).toBe(small.count);
      // Session, page, its merchants, count, profit, tier (+ snapshot lookup), last contact, value.
      expect(large.count).toBeLessThanOrEqual(12);
    }
  });
});
