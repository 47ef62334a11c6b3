import { ledgerBench } from './ledger.bench.ts';

console.log(await ledgerBench(Number(process.argv[2] ?? 1_000_000)));
