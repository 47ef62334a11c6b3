import { snapshotBench } from './snapshot.bench.ts';

console.log(await snapshotBench(Number(process.argv[2] ?? 100000)));
