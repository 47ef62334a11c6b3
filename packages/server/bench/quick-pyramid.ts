import { pyramidBench } from './pyramid.bench.ts';

console.log(await pyramidBench(Number(process.argv[2] ?? 100000)));
