// tsx bench/quick-ops.ts [merchants] [requests]: each operation of the load mix alone, one request at
// a time, as an account manager and as the branch manager, on the load benchmark's data (in a fresh
// database on the PostgreSQL server): the server's and the database's CPU per request, and the wall
// time. Where a request's cost goes, operation by operation; the load benchmark gives the sum.
import { mulberry32 } from '@cornerstone/shared/clv/random';
import { freshDatabase, sql } from './bench-db.ts';
import { databaseCpuMeter } from './cpu.ts';
import {
  loadDates,
  loadRequest,
  OP_KINDS,
  type OpKind,
  post,
  prepareLoadData,
  signIn,
} from './load.bench.ts';
import { startServerProcess } from './server-process.ts';

const [merchants = 10_000, requests = 150] = process.argv.slice(2).map(Number);
// As many account managers as the load benchmark's 50 clients have, so each has as many merchants.
const ACCOUNT_MANAGERS = 48;
const WARM_UP = 20;
const log = (l: string) => process.stderr.write(`${l}\n`);

const database = 'cs_bench_ops';
const url = await freshDatabase(database);
const dates = loadDates();
await prepareLoadData(url, merchants, ACCOUNT_MANAGERS, dates.today, log);
const [am] = await sql<{ login: string; mids: string[] }>(
  url,
  `select u.login, array_agg(m.mid order by m.id) as mids from merchant m join app_user u on u.id = m.manager_id
   where u.login = 'load_am_0001' group by u.login`,
);
const server = await startServerProcess({ env: { DATABASE_URL: url, LOG_LEVEL: 'info' } });
try {
  const users = [
    { login: am!.login, token: await signIn(server.url, am!.login) },
    { login: 'load_bm', token: await signIn(server.url, 'load_bm') },
  ];
  // Every operation once, then a wait until the server's ranking round has stored the rankings of
  // the months they asked for, as it has long done in a server that has been up a while.
  for (const { token } of users)
    for (const kind of OP_KINDS) {
      const r = loadRequest(kind, am!.mids[0]!, dates, mulberry32(1), 'ops:warm-up');
      await post(server.url, r.query, r.variables, token);
    }
  for (let waited = 0; ; waited++) {
    const [pending] = await sql<{ n: number }>(
      url,
      'select count(*)::int as n from period_rank_state where snapshot is null',
    );
    if (pending!.n === 0) break;
    if (waited === 120) throw new Error('the rankings were not stored within two minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  const rows: string[] = [];
  for (const { login, token } of users) {
    const kinds: (OpKind | 'trivial')[] = ['trivial', ...OP_KINDS];
    for (const kind of kinds) {
      // The branch manager logs no visits in the mix.
      if (kind === 'write' && login === 'load_bm') continue;
      const rnd = mulberry32(1);
      const send = async (i: number) => {
        const r =
          kind === 'trivial'
            ? { query: '{ __typename }', variables: {} }
            : loadRequest(kind, am!.mids[i % am!.mids.length]!, dates, rnd, `ops:${kind}:${i}`);
        await post(server.url, r.query, r.variables, token);
      };
      for (let i = 0; i < WARM_UP; i++) await send(i);
      const serverBefore = server.cpuSec() ?? 0;
      const databaseCpu = databaseCpuMeter(database);
      const t0 = performance.now();
      for (let i = 0; i < requests; i++) await send(WARM_UP + i);
      const wall = (performance.now() - t0) / requests;
      const serverMs = ((server.cpuSec() ?? 0) - serverBefore) * (1000 / requests);
      const databaseMs = (databaseCpu() ?? 0) * (1000 / requests);
      rows.push(
        `| ${login === 'load_bm' ? 'branch manager' : 'account manager'} | ${kind} | ${serverMs.toFixed(1)} ms | ${databaseMs.toFixed(1)} ms | ${wall.toFixed(1)} ms |`,
      );
    }
  }
  console.log(
    `${merchants.toLocaleString('en-US')} merchants, ${requests} requests of each, one at a time\n\n` +
      '| user | operation | server CPU | database CPU | wall |\n|---|---|---|---|---|\n' +
      rows.join('\n'),
  );
} finally {
  await server.stop();
}
