// tsx bench/quick-load.ts [merchants] [clients] [seconds]: the load benchmark alone, in a fresh
// database on the PostgreSQL server (DATABASE_URL, or the local one).
import { freshDatabase } from './bench-db.ts';
import { loadBench } from './load.bench.ts';

const [merchants = 20_000, clients = 50, durationSec = 60] = process.argv.slice(2).map(Number);
const databaseUrl = await freshDatabase('cs_bench_load');
console.log(
  JSON.stringify(
    await loadBench({
      databaseUrl,
      merchants,
      clients,
      durationSec,
      log: (l) => process.stderr.write(`${l}\n`),
    }),
    null,
    2,
  ),
);
