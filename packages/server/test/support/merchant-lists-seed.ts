import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { expect } from 'vitest';
import type { Orm } from '../../src/app/orm.ts';
import { postEntry } from '../../src/loyalty/loyalty.service.ts';
import { importMerchants } from '../../src/merchant/merchant-import.ts';
import { computeTierSnapshot } from '../../src/tier/tier-snapshot.service.ts';
import { MERCHANT_HEADER, merchantLine, mid, writeLines } from './fixtures.ts';
import { seedUsers } from './test-server.ts';

// The merchants of merchant-lists-relay.test.ts and points-and-kpis-relay.test.ts, and what their
// lists hold: tier snapshots, terminals, points entries and interactions, most of them at merchant 1.

export const XIAN = '西安分公司';
export const XIANYANG = '咸阳分公司';
export const BAOJI = '宝鸡分公司';
// Merchants 1..4 in Xi'an (odd am_a, even am_c), 5..6 in Xianyang (am_b), 7 in Baoji (am_d).
const branchOf = (i: number) => (i <= 4 ? XIAN : i <= 6 ? XIANYANG : BAOJI);
const managerOf = (i: number) => (i <= 4 ? (i % 2 ? 'am_a' : 'am_c') : i <= 6 ? 'am_b' : 'am_d');
export const PERIODS = [
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-Q1',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-Q2',
];

/** Users, seven merchants and their lists' rows, straight into the database. */
export async function seedMerchantLists(orm: Orm): Promise<void> {
  const sql = (q: string, params: unknown[] = []) =>
    (orm.em.fork() as EntityManager).getConnection().execute(q, params);
  await seedUsers(orm, [
    ['admin', 'admin'],
    ['analyst', 'analyst'],
    ['bm', 'branch_manager', XIAN],
    ['ops', 'operations', XIAN],
    ['am_a', 'account_manager', XIAN],
    ['am_c', 'account_manager', XIAN],
    ['am_b', 'account_manager', XIANYANG],
    ['am_d', 'account_manager', BAOJI],
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'cs-merchant-lists-'));
  const lines = Array.from({ length: 7 }, (_, k) =>
    merchantLine(k + 1, { manager: managerOf(k + 1), branch: branchOf(k + 1) }),
  );
  await writeLines(join(dir, 'm.csv'), MERCHANT_HEADER, lines);
  expect((await importMerchants(orm, join(dir, 'm.csv'))).inserted).toBe(7);
  for (const p of PERIODS) await computeTierSnapshot(orm, p, 'test');
  // Five terminals at merchant 1, registered out of TID order; one at merchant 2.
  for (const [i, tid] of ['T0000005', 'T0000002', 'T0000004', 'T0000001', 'T0000003'].entries())
    await sql(
      `insert into terminal (merchant_id, tid, model, serial_no, installed_on, status)
       select id, ?, 'PAX A920', ?, '2026-01-0${i + 1}', ? from merchant where mid = ?`,
      [tid, `SN${i}`, i === 2 ? 'faulty' : 'active', mid(1)],
    );
  await sql(
    `insert into terminal (merchant_id, tid, model, serial_no, installed_on) select id, 'U0000001', 'PAX', 'SN9', '2026-01-01' from merchant where mid = ?`,
    [mid(2)],
  );
  // Points: seven entries at merchant 1, one each at 3 (Xi'an), 5 (Xianyang) and 7 (Baoji).
  const idOf = async (i: number) =>
    ((await sql('select id from merchant where mid = ?', [mid(i)])) as { id: number }[])[0]!.id;
  const post = async (i: number, points: number, n: number) =>
    postEntry(orm.em.fork() as EntityManager, {
      merchantId: await idOf(i),
      kind: points < 0 ? 'redemption' : 'adjustment',
      points: BigInt(points),
      source: 'test',
      actor: 'admin',
      reason: `entry ${n}`,
      approver: points < 0 ? null : 'bm',
      key: `test:${i}:${n}`,
    });
  for (const [n, p] of [100, 50, 30, 20, 10, -5, 7].entries()) await post(1, p, n);
  await post(3, 40, 0);
  await post(5, 500, 0);
  await post(7, 300, 0);
  // Interactions in June 2026: six at merchant 1 (two at the same moment), one each elsewhere.
  const contact = (i: number, staff: string, at: string, notes: string, kind = 'visit') =>
    sql(
      `insert into interaction (merchant_id, kind, occurred_at, staff_id, outcome, notes, recorded_by)
       select m.id, ?, ?::timestamptz, u.id, 'reached', ?, u.login from merchant m, app_user u
       where m.mid = ? and u.login = ?`,
      [kind, at, notes, mid(i), staff],
    );
  await contact(1, 'am_a', '2026-06-03T02:00:00Z', 'i1');
  await contact(1, 'am_a', '2026-06-05T02:00:00Z', 'i2', 'call');
  await contact(1, 'bm', '2026-06-05T02:00:00Z', 'i3');
  await contact(1, 'am_a', '2026-06-10T02:00:00.123456Z', 'i4', 'call');
  await contact(1, 'bm', '2026-06-12T02:00:00Z', 'i5', 'wechat');
  await contact(1, 'am_a', '2026-06-20T02:00:00Z', 'i6');
  // In the same millisecond as i4, a few microseconds later: a cursor must keep them apart.
  await contact(1, 'bm', '2026-06-10T02:00:00.123999Z', 'i7', 'wechat');
  await contact(3, 'am_a', '2026-06-04T02:00:00Z', 'j1');
  await contact(2, 'am_c', '2026-06-04T02:00:00Z', 'k1');
  await contact(5, 'am_b', '2026-06-04T02:00:00Z', 'l1');
  await contact(7, 'am_d', '2026-06-04T02:00:00Z', 'n1');
}
