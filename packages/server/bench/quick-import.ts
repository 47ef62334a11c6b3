// tsx bench/quick-import.ts [ROWS=2000000] [MERCHANTS=ROWS/20] [RUNS=1]: the import benchmark alone,
// each run on a fresh database of its own (cs_bench_quick_import), best ratio to psql \copy last.
// Pass the large file's MERCHANTS with a small ROWS to compare peak RSS on the same merchants.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBench } from './import.bench.ts';

const rows = Number(process.argv[2] ?? 2000000);
const merchants = Number(process.argv[3] ?? Math.max(1000, Math.floor(rows / 20)));
const runs = Number(process.argv[4] ?? 1);
const dir = mkdtempSync(join(tmpdir(), 'b-'));
try {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const f = await importBench(dir, rows, merchants, { database: 'cs_bench_quick_import' });
    console.log(f);
    all.push(f);
  }
  const best = all.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  if (runs > 1)
    console.log(
      `best of ${runs}: ratio ${best.ratio.toFixed(3)} (all: ${all.map((f) => f.ratio.toFixed(3)).join(', ')})`,
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
