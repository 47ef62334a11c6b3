import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importBench } from './import.bench.ts';

const rows = Number(process.argv[2] ?? 200000);
console.log(
  await importBench(mkdtempSync(join(tmpdir(), 'b-')), rows, Math.max(1000, Math.floor(rows / 100))),
);
