// tsx bench/quick-first-start.ts [runs]: the first-start benchmark alone (the embedded database; no
// PostgreSQL server needed): each figure from spawn, best of the runs, beside the start on the
// data directory it filled.
import { firstStartBench } from './first-start.bench.ts';

const runs = Number(process.argv[2] ?? 2);
const result = await firstStartBench({ runs, log: (l) => process.stderr.write(`${l}\n`) });
const s = (ms: number | null) => (ms === null ? 'not built' : `${(ms / 1000).toFixed(1)} s`);
const b = result.best;
console.log(
  [
    `command: ${result.command} (best of ${runs})`,
    '| from spawn | empty database (demo loads) | filled database (baseline) | ratio |',
    '|---|---|---|---|',
    `| first page (GET / with the SPA) | ${s(b.emptyFirstPageMs)} | ${s(b.filledFirstPageMs)} | ${b.emptyFirstPageMs && b.filledFirstPageMs ? (b.emptyFirstPageMs / b.filledFirstPageMs).toFixed(2) : ''}× |`,
    `| GET /healthz | ${s(b.emptyHealthzMs)} | ${s(b.filledHealthzMs)} | ${(b.emptyHealthzMs / b.filledHealthzMs).toFixed(2)}× |`,
    `| demo login signed in | ${s(b.emptySignInMs)} | ${s(b.filledSignInMs)} | ${(b.emptySignInMs / b.filledSignInMs).toFixed(2)}× |`,
    `| first merchants(first: 20) answer | ${s(b.emptyFirstListMs)} | ${s(b.filledFirstListMs)} | ${(b.emptyFirstListMs / b.filledFirstListMs).toFixed(2)}× |`,
    `| demo loaded (/healthz ready) | ${s(b.emptyDemoDoneMs)} | | |`,
    `| worst wait while the demo loads | /healthz ${b.worstHealthzDuringLoadMs.toFixed(0)} ms, merchants(first: 20) ${b.worstGraphqlDuringLoadMs.toFixed(0)} ms | | |`,
  ].join('\n'),
);
console.log(JSON.stringify(result, null, 2));
