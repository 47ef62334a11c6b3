// The load benchmark at CI size: the real server process under concurrent signed-in users.
// Asserts correctness under load (no errors, every acknowledged write stored exactly once) and that
// memory comes back near where it started; never how fast anything was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadFigures, loadBench } from '../bench/load.bench.ts';
import { createTestDb, onPostgres, type TestDb } from './support/test-db.ts';

describe.skipIf(!onPostgres)('under concurrent load (PostgreSQL)', () => {
  let db: TestDb;
  let figures: LoadFigures;

  beforeAll(async () => {
    db = await createTestDb();
    figures = await loadBench({
      databaseUrl: db.env.DATABASE_URL!,
      merchants: 400,
      clients: 16,
      durationSec: 8,
      settleSec: 3,
    });
  }, 240_000);

  afterAll(async () => {
    await db?.drop();
  });

  it('answers every request of every kind without an error, HTTP or GraphQL', () => {
    expect(figures.errors).toMatchObject({ total: 0, non2xx: 0, graphql: 0, transport: 0, timeouts: 0 });
    expect(figures.errors.samples).toEqual([]);
    for (const [kind, op] of Object.entries(figures.ops)) {
      expect(op.errors, kind).toBe(0);
      // Each kind was really exercised.
      expect(op.requests, kind).toBeGreaterThan(0);
    }
    expect(figures.serverErrorLogLines).toBe(0);
  });

  it('stores every acknowledged write exactly once, and none that was refused', () => {
    const w = figures.writes;
    expect(w.acknowledged).toBeGreaterThan(0);
    expect(w.refused).toBe(0);
    expect(w.storedExactlyOnce).toBe(w.acknowledged);
    expect(w.lost).toBe(0);
    expect(w.duplicated).toBe(0);
    expect(w.refusedButStored).toBe(0);
    // Only the writes cut off when the run stopped went unanswered; at most one per client.
    expect(w.sent).toBe(w.acknowledged + w.unanswered);
    expect(w.unanswered).toBeLessThanOrEqual(figures.clients);
    expect(w.unansweredStored).toBeLessThanOrEqual(w.unanswered);
    // The follow-up each write asked for is there too.
    expect(w.followUps.stored).toBe(w.followUps.expected);
  });

  it('tells where the CPU went: the server, the database backends on this machine, the load generator', () => {
    const cpu = figures.cpuPerRequest;
    if (cpu === null) return; // no /proc: nothing to measure
    expect(cpu.serverMs).toBeGreaterThan(0);
    expect(cpu.loadGeneratorMs).toBeGreaterThan(0);
    // The test database runs on this machine, so its backends were found by their titles.
    if (['127.0.0.1', 'localhost'].includes(new URL(db.env.DATABASE_URL!).hostname))
      expect(cpu.databaseMs).toBeGreaterThan(0);
    const perRequest = cpu.serverMs + (cpu.databaseMs ?? 0) + cpu.loadGeneratorMs;
    expect(cpu.ceilingRps).toBe(Math.round((cpu.cores * 1000) / perRequest));
  });

  it('gives the memory back: after a full collection the server is near where it started', () => {
    const m = figures.memoryMb;
    if (m.baseline === null) return; // no /proc: nothing to measure
    expect(m.peakDuringRun).toBeGreaterThan(0);
    // Generous bounds that a busy machine cannot trip: they catch a gross leak, such as every
    // request's data or connection kept; a slow one shows in the full-size benchmark's figures.
    expect(m.heapUsedAfterGc!).toBeLessThan(m.heapUsedBaseline! + 48);
    expect(m.afterGc!).toBeLessThan(m.baselineAfterGc! + 160);
  });
});
