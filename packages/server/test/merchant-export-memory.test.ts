import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Orm } from '../src/app/orm.ts';
import { importMerchants } from '../src/merchant/merchant-import.ts';
import { seedBranches, writeMerchantsCsv } from './support/fixtures.ts';
import { createTestDb, type TestDb } from './support/test-db.ts';
import { seedUser, startServer } from './support/test-server.ts';

const N = 100_000;
const SMALL = 10_000;
// The first 10,000 merchants are in one branch, so `?branch=` exports 10,000 rows and no filter 100,000.
const SMALL_BRANCH = '渭南分公司';
const OTHER_BRANCH = '西安分公司';

/**
 * A full garbage collection, so heapUsed measures live memory rather than garbage not yet collected.
 * Vitest's workers run without --expose-gc; V8 hands out `gc` once the flag is set at run time.
 */
function findGc(): (() => void) | null {
  if (typeof global.gc === 'function') return global.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
const gc = findGc();
const SAMPLE_EVERY = 8; // chunks between two heap samples

describe('merchant CSV export memory', () => {
  let db: TestDb;
  let orm: Orm;
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDb();
    orm = await db.open();
    await seedUser(orm, 'am1', 'account_manager', OTHER_BRANCH);
    await seedUser(orm, 'admin', 'admin');
    await seedBranches(orm, SMALL_BRANCH);
    dir = mkdtempSync(join(tmpdir(), 'cs-export-mem-'));
    const file = join(dir, 'm.csv');
    await writeMerchantsCsv(file, N, {
      manager: 'am1',
      branch: (i) => (i <= SMALL ? SMALL_BRANCH : OTHER_BRANCH),
    });
    const summary = await importMerchants(orm, file);
    expect(summary.inserted).toBe(N);
    server = await startServer(orm);
    token = await server.login('admin');
  }, 300_000);
  afterAll(async () => {
    await server?.close();
    await orm?.close();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * Downloads the export, reading the body chunk by chunk and keeping none of it; counts the lines
   * and samples the heap (after a full GC when available) every few chunks. Server and client share
   * this process, so the samples include the server's memory for the export.
   */
  async function download(query: string) {
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let lines = 0;
    let chunks = 0;
    const res = await fetch(`${server.url}/api/exports/merchants.csv${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (let i = 0; i < value.length; i++) if (value[i] === 0x0a) lines++;
      if (++chunks % SAMPLE_EVERY === 0) {
        gc?.();
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      }
    }
    return { lines, chunks, growth: peak - baseline };
  }

  it('streams 100,000 rows with heap growth that does not follow the row count', async () => {
    await download(`?branch=${encodeURIComponent(SMALL_BRANCH)}`); // warm-up: code paths, pools, caches
    const small = await download(`?branch=${encodeURIComponent(SMALL_BRANCH)}`);
    const large = await download('');
    expect(small.lines).toBe(SMALL + 1); // with the header
    expect(large.lines).toBe(N + 1);
    const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
    const detail = `gc: ${gc ? 'forced' : 'unavailable'}; 10k rows: +${mib(small.growth)} over ${small.chunks} chunks; 100k rows: +${mib(large.growth)} over ${large.chunks} chunks`;
    console.info(`export memory — ${detail}`);
    /*
     * The criterion. An implementation that builds the file (or the query result) in memory grows
     * the heap in proportion to the rows: ~10× as much for 100,000 rows as for 10,000, i.e. tens of
     * MiB here (the CSV alone is ~14 MB). A streaming one holds a batch of 2,000 rows and some socket
     * buffers whatever the total, so both downloads peak about alike. The 100k peak must stay below
     * 3× the 10k peak — with a floor of 4 MiB under the 10k peak, so that a near-zero small peak
     * (noise of a few hundred KiB) cannot make the bound meaninglessly tight. Without a forced GC the
     * samples include uncollected garbage, so the floor is wider (16 MiB): still far below the
     * ~10× growth of a buffering implementation. No wall-clock times are asserted.
     */
    const floor = (gc ? 4 : 16) * 2 ** 20;
    expect(large.growth, detail).toBeLessThan(3 * Math.max(small.growth, floor));
  }, 180_000);
});
