import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/app/demo/demo.service.ts';
import { demoDeskSigns, demoMerchant } from '../src/app/demo/demo-merchants.ts';
import type { Orm } from '../src/app/orm.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';

// The whole demo load on a real database (embedded unless DATABASE_URL), then its service desk
// held against the merchants' fates: the SQL sees MIDs only, the fates come from TypeScript.
const MERCHANTS = 600;
const today = new Date().toISOString().slice(0, 10);
const merchants = Array.from({ length: MERCHANTS }, (_, i) => demoMerchant(i, 2026, today));
const byMid = new Map(merchants.map((m) => [m.mid, m]));
const desk = [...demoDeskSigns({ merchants: MERCHANTS, today })];

let db: TestDb;
let orm: Orm;
let em: EntityManager;
beforeAll(async () => {
  db = await createTestDb();
  orm = await db.open();
  await loadDemo(orm, { merchants: MERCHANTS, months: 2, today });
  em = orm.em.fork() as EntityManager;
});
afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

// Days in Xi'an time, as the signs are dated.
const LOCAL = (col: string) => `to_char(${col} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

describe('demo service desk', () => {
  it('files each warning sign on its day: complaints, fault tickets, removed terminals', async () => {
    const complaints = await em.execute<
      {
        mid: string;
        day: string;
        status: string;
        late: boolean;
        level: number;
        satisfaction: number | null;
      }[]
    >(
      `select m.mid, ${LOCAL('c.received_at')} as day, c.status, c.escalation_level as level, c.satisfaction,
              coalesce(c.first_response_at, now()) > c.response_due_at and coalesce(c.resolved_at, now()) > c.resolution_due_at as late
       from complaint c join merchant m on m.id = c.merchant_id`,
    );
    const faults = await em.execute<{ mid: string; day: string }[]>(
      `select m.mid, ${LOCAL('f.reported_at')} as day from fault_ticket f join merchant m on m.id = f.merchant_id`,
    );
    // The removal day where the schema keeps one (terminal.removed_on, from the churn migration).
    const removed = await em.execute<{ mid: string; dated: boolean; removedOn: string | null }[]>(
      `select m.mid, (to_jsonb(t) -> 'removed_on') is not null as dated, to_jsonb(t) ->> 'removed_on' as "removedOn"
       from terminal t join merchant m on m.id = t.merchant_id where t.status = 'removed'`,
    );
    const signed = desk.filter((s) => s.complaintOn !== null);
    expect(signed.length).toBeGreaterThan(10);
    for (const s of signed) {
      const c = complaints.find((r) => r.mid === s.mid && r.day === s.complaintOn);
      expect(c, JSON.stringify(s)).toBeDefined();
      // Breached and settled: answered and resolved late, escalated twice; closed, the merchant unhappy.
      if (s.complaintBreached && (c!.status === 'resolved' || c!.status === 'closed'))
        expect([c!.late, c!.level]).toEqual([true, 2]);
      if (c!.status === 'closed') expect(c!.satisfaction! <= 3).toBe(true);
    }
    for (const s of desk.filter((d) => d.faultOn !== null))
      expect(
        faults.some((f) => f.mid === s.mid && f.day === s.faultOn),
        JSON.stringify(s),
      ).toBe(true);
    const gaveBack = desk.filter((s) => s.terminalRemovedOn !== null);
    expect(gaveBack.length).toBeGreaterThan(3);
    expect(new Set(removed.map((r) => r.mid))).toEqual(new Set(gaveBack.map((s) => s.mid)));
    for (const r of removed)
      if (r.dated) expect(r.removedOn).toBe(gaveBack.find((s) => s.mid === r.mid)!.terminalRemovedOn);
    // Some of each from merchants that stay: a complaint or a fault is no proof of leaving.
    expect(signed.some((s) => byMid.get(s.mid)!.leavesOn === null)).toBe(true);
    expect(signed.some((s) => byMid.get(s.mid)!.leavesOn !== null)).toBe(true);
  });

  it('raises no ticket for a merchant after it has left, and keeps each ticket’s history in time order', async () => {
    const last = await em.execute<{ mid: string; day: string }[]>(
      `select m.mid, max(x.day) as day from merchant m join (
         select merchant_id, ${LOCAL('received_at')} as day from complaint
         union all select merchant_id, ${LOCAL('reported_at')} from fault_ticket) x on x.merchant_id = m.id
       group by m.mid`,
    );
    const left = last.filter((r) => {
      const m = byMid.get(r.mid)!;
      return m.leavesOn !== null && m.leavesOn <= today;
    });
    expect(left.length).toBeGreaterThan(5);
    for (const r of left) expect(r.day < byMid.get(r.mid)!.leavesOn!, r.mid).toBe(true);
    const [order] = await em.execute<{ n: number }[]>(
      `select count(*)::int as n from (
         select at < lag(at) over (partition by complaint_id order by id) as back from complaint_event) e where back`,
    );
    expect(order!.n).toBe(0);
  });
});
