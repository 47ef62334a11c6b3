// Concurrent load against the real server process: many signed-in users at once, each on their own
// merchants, reading the pyramid, merchant lists and pages and logging visits and call-backs.
// Records throughput, latency by operation, errors (HTTP and GraphQL), the server's memory, and
// checks afterwards that every acknowledged write is in the database exactly once.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mulberry32 } from '@cornerstone/shared/clv/random';
import { addDays, addMonths } from '@cornerstone/shared/period/period';
import autocannon from 'autocannon';
import { hashPassword } from '../src/identity/password.ts';
import { parseGlobalId } from '../src/platform/graphql/node.ts';
import { businessToday } from '../src/platform/time/business-time.ts';
import { sql, timed } from './bench-db.ts';
import { databaseCpuMeter, machineCpuSec } from './cpu.ts';
import { benchMid, seedMerchants } from './import.bench.ts';
import { type ServerProcess, startServerProcess } from './server-process.ts';

const SERVER = resolve(import.meta.dirname, '..');
export const LOAD_PASSWORD = 'load-password-1';

// The web app's own operations (packages/web/src/gql), so the load is what browsers send.
const PYRAMID = `query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {
  pyramid(period: $period, filter: $filter) { period merchantCount totalProfit gini top20Share
    tiers { tier merchantCount countShare profit profitShare } }
  previous: pyramid(period: $compare, filter: $filter) { period merchantCount totalProfit
    tiers { tier merchantCount countShare profit profitShare } }
  lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }
  tierMigration(from: $compare, to: $period, filter: $filter) { from to cells { fromTier toTier merchantCount } }
}`;
const LIST = `query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {
  merchants(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { mid name category categoryName branch status manager { login displayName }
      feePlan { kind rate cap } tier(period: $period) profit(period: $period) } } }
}`;
const PAGE = `query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {
  merchant(mid: $mid) { mid name tradingName mcc category categoryName branch status onboardedOn
    manager { login displayName } feePlan { kind rate cap listRate discount } contact { name mobile verifiedOn }
    tier0: tier(period: $m0) tier1: tier(period: $m1) tier2: tier(period: $m2)
    tierHistory { period tier rank profit } trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }
    changes(first: 50) { changedAt actor source kind changes } }
}`;
const MAINTENANCE = `query MerchantMaintenance($mid: String!, $first: Int!, $before: String) {
  merchant(mid: $mid) { mid cadence { tier cadenceTier potential period }
    openTasks { id kind channel state dueOn daysOverdue tier campaign lastContactOn everyDays }
    timeline(first: $first, before: $before) { cursor at type kind summary actor superseded ref } }
}`;
const RECORD = `mutation RecordInteraction($input: InteractionInput!) {
  recordInteraction(input: $input) { id kind occurredAt outcome notes nextFollowUp staffLogin }
}`;

export const OP_KINDS = ['pyramid', 'list', 'page', 'maintenance', 'write'] as const;
export type OpKind = (typeof OP_KINDS)[number];

export interface LoadOptions {
  /** An empty database (migrated here) on a PostgreSQL server. */
  databaseUrl: string;
  merchants: number;
  /** Concurrent clients, one connection and one signed-in user each. */
  clients: number;
  durationSec: number;
  /** Seconds to wait after the load before the last memory reading (default 10). */
  settleSec?: number;
  /** The server's LOG_LEVEL (default info, as in production: one line per request). */
  logLevel?: string;
  /** More environment for the server process (e.g. CORNERSTONE_DB_POOL_MAX). */
  serverEnv?: Record<string, string>;
  /** More node options for the server process (e.g. --cpu-prof). */
  serverNodeArgs?: string[];
  /** The database already holds this benchmark's data, from an earlier run with the same sizes. */
  prepared?: boolean;
  log?: (line: string) => void;
}

export interface OpFigures {
  requests: number;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
}

export interface LoadFigures {
  merchants: number;
  clients: number;
  accountManagers: number;
  durationSec: number;
  /** Preparing the data, starting the server, signing in and warming up. */
  setupSec: number;
  /** Responses received during the run. */
  requests: number;
  throughputRps: number;
  /** autocannon's latency of all 2xx responses, ms. */
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: {
    total: number;
    non2xx: number;
    /** 200 with GraphQL `errors` in the body, or a merchant page answered with null. */
    graphql: number;
    /** Connection errors and timeouts (autocannon). */
    transport: number;
    timeouts: number;
    samples: string[];
  };
  ops: Record<OpKind, OpFigures>;
  writes: {
    sent: number;
    acknowledged: number;
    refused: number;
    /** Sent and not answered: timed out, or still in flight when the run stopped. */
    unanswered: number;
    /** Acknowledged writes found in the database exactly once, under the id answered. */
    storedExactlyOnce: number;
    lost: number;
    duplicated: number;
    refusedButStored: number;
    unansweredStored: number;
    followUps: { expected: number; stored: number };
  };
  /** The server process's resident memory, MiB (null off Linux). */
  memoryMb: {
    baseline: number | null;
    peakDuringRun: number | null;
    /** VmHWM: the peak since the process started (start-up and sign-ins included). */
    peakSinceStart: number | null;
    after: number | null;
    settled: number | null;
    /** After a forced full garbage collection (bench/gc-hook.ts), at baseline and after the settle. */
    baselineAfterGc: number | null;
    afterGc: number | null;
    heapUsedBaseline: number | null;
    heapUsedAfterGc: number | null;
  };
  /** Lines at level error or above in the server's log during the whole run. */
  serverErrorLogLines: number;
  /** The server process's CPU during the run: near 100% of one core means Node's one thread is the limit. */
  serverCpu: { percentOfOneCore: number; msPerRequest: number } | null;
  /**
   * Where the machine's CPU went per response during the run: the server (all its processes), the
   * database's backends (null when the database runs on another machine) and this process, which
   * generates the load. `ceilingRps` is what the machine's cores could serve if they did nothing
   * else at that cost per response: the bound any server change meets on this machine.
   */
  cpuPerRequest: {
    serverMs: number;
    databaseMs: number | null;
    loadGeneratorMs: number;
    cores: number;
    machineBusyPercent: number;
    ceilingRps: number;
  } | null;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
const round1 = (n: number) => Math.round(n * 10) / 10;
const mb = (kb: number | undefined | null) => (kb == null ? null : round1(kb / 1024));

const monthOf = (date: string, back: number) => addMonths(date, -back);

/** Daily settlements of every merchant, one row every `step` days, from `from` to `to`. */
async function writeSettlementsCsv(path: string, merchants: number, from: string, to: string, step: number) {
  const out = createWriteStream(path);
  out.write(
    'settle_date,mid,txn_count,txn_amount,capped_count,capped_amount,merchant_fee,issuer_fee,network_fee\n',
  );
  const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  for (let i = 1; i <= merchants; i++) {
    // Heavy tail: a few merchants settle a great deal, most little (from a hash of i).
    const u = (Math.imul(i, 2654435761) >>> 0) / 4294967296;
    const base = Math.round(30_000 / (u + 0.01) ** 0.8); // fen per settlement day
    const rate = i % 2 === 0 ? 125 : 78; // per ten thousand, as seedMerchants' rates
    for (let d = addDays(from, i % step); d <= to; d = addDays(d, step)) {
      const amount = base + ((i * 7919 + d.charCodeAt(9) * 104_729) % 50_000);
      const fee = Math.round((amount * rate) / 10_000);
      const line = `${d},${benchMid(i)},${1 + (amount % 37)},${yuan(amount)},0,0.00,${yuan(fee)},${yuan(Math.round((amount * 45) / 10_000))},${yuan(Math.round((amount * 65) / 100_000))}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/**
 * The data: merchants (seedMerchants) shared round-robin among account managers, a branch manager
 * and an analyst; about four months of settlements through the real import (daily rows and monthly
 * rollup), tier snapshots of the last two full months, and the maintenance tasks they lead to.
 */
export async function prepareLoadData(
  url: string,
  merchants: number,
  accountManagers: number,
  today: string,
  log: (line: string) => void,
) {
  const env = { DATABASE_URL: url, LOG_LEVEL: 'warn' };
  const cli = async (...args: string[]) => {
    const r = await timed(process.execPath, ['--import', 'tsx', 'src/app/cli/main.ts', ...args], env, SERVER);
    if (r.code !== 0) throw new Error(`cornerstone ${args.join(' ')}: ${r.stderr || r.stdout}`);
    log(`load: cornerstone ${args[0]} ${args[1] ?? ''} ${(r.ms / 1000).toFixed(1)} s`);
    return r.stdout;
  };
  await cli('migrate');
  await seedMerchants(url, merchants);
  const hash = await hashPassword(LOAD_PASSWORD);
  await sql(
    url,
    `insert into app_user (login, display_name, role, branch_id, password_hash)
     select 'load_am_' || lpad(k::text, 4, '0'), '客户经理' || k, 'account_manager', b.id, $2
     from generate_series(1, $1::int) k, branch b where b.name = '基准分公司'
     union all select 'load_bm', '分公司经理', 'branch_manager', b.id, $2 from branch b where b.name = '基准分公司'
     union all select 'load_analyst', '分析员', 'analyst', null, $2`,
    [accountManagers, hash],
  );
  await sql(
    url,
    `update merchant m set manager_id = u.id
     from (select id, row_number() over (order by login) - 1 as k from app_user where login like 'load\\_am\\_%') u
     where u.k = m.id % $1`,
    [accountManagers],
  );
  const dir = mkdtempSync(join(tmpdir(), 'cornerstone-load-'));
  try {
    const file = join(dir, 'settlements.csv');
    await writeSettlementsCsv(file, merchants, `${monthOf(today, 3)}-01`, addDays(today, -1), 7);
    const imported = await cli('import', 'settlements', file);
    if (!/inserted/.test(imported)) throw new Error(`unexpected import summary: ${imported}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await cli('tiers', 'compute', monthOf(today, 2));
  await cli('tiers', 'compute', monthOf(today, 1));
  await cli('tasks', 'refresh');
  await sql(url, 'analyze');
}

interface ClientPlan {
  login: string;
  role: 'account_manager' | 'branch_manager' | 'analyst';
  mids: string[];
  token: string;
  weights: [OpKind, number][];
}

const WEIGHTS: Record<ClientPlan['role'], [OpKind, number][]> = {
  account_manager: [
    ['list', 25],
    ['page', 20],
    ['maintenance', 20],
    ['write', 25],
    ['pyramid', 10],
  ],
  branch_manager: [
    ['pyramid', 25],
    ['list', 35],
    ['page', 20],
    ['maintenance', 20],
  ],
  analyst: [
    ['pyramid', 50],
    ['list', 50],
  ],
};

/** The months the mix reads: last month (`period`) against the one before (`compare`). */
export interface LoadDates {
  today: string;
  period: string;
  compare: string;
}

export const loadDates = (today = businessToday()): LoadDates => ({
  today,
  period: monthOf(today, 1),
  compare: monthOf(today, 2),
});

/** One request of the mix, on merchant `mid`; `key` marks a visit's notes so it can be found after. */
export function loadRequest(kind: OpKind, mid: string, d: LoadDates, rnd: () => number, key: string) {
  switch (kind) {
    case 'pyramid':
      return { query: PYRAMID, variables: { period: d.period, compare: d.compare } };
    case 'list': {
      const filters: object[] = [
        {},
        { category: 'dining' },
        { status: 'active' },
        { search: `基准商户${1 + Math.floor(rnd() * 99)}` },
        { tier: 'KEY', period: d.period },
        { feePlan: 'rate', category: 'general' },
      ];
      return {
        query: LIST,
        variables: { filter: filters[Math.floor(rnd() * filters.length)], first: 20, period: d.period },
      };
    }
    case 'page':
      return { query: PAGE, variables: { mid, m0: d.period, m1: d.compare, m2: monthOf(d.today, 3) } };
    case 'maintenance':
      return { query: MAINTENANCE, variables: { mid, first: 30 } };
    case 'write':
      return {
        query: RECORD,
        variables: {
          input: {
            mid,
            kind: rnd() < 0.5 ? 'VISIT' : 'CALL',
            outcome: rnd() < 0.85 ? 'REACHED' : 'UNREACHABLE',
            notes: key,
            nextFollowUp: rnd() < 0.3 ? addDays(d.today, 14) : null,
          },
        },
      };
  }
}

/** Signs a load user in (LOAD_PASSWORD) and answers the session's token. */
export async function signIn(base: string, login: string): Promise<string> {
  const data = await post(
    base,
    'mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }',
    { l: login, p: LOAD_PASSWORD },
  );
  return (data.login as { token: string }).token;
}

export async function post(base: string, query: string, variables: object, token?: string) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body)}`);
  return body.data!;
}

export async function loadBench(opts: LoadOptions): Promise<LoadFigures> {
  const log = opts.log ?? (() => undefined);
  const { databaseUrl: url, merchants, clients, durationSec } = opts;
  const settleSec = opts.settleSec ?? 10;
  const t0 = performance.now();
  const dates = loadDates();
  const roles: ClientPlan['role'][] = Array.from({ length: clients }, (_, i) =>
    clients >= 3 && i === 0 ? 'branch_manager' : clients >= 3 && i === 1 ? 'analyst' : 'account_manager',
  );
  const accountManagers = roles.filter((r) => r === 'account_manager').length;
  log(`load: preparing ${merchants.toLocaleString('en-US')} merchants, ${accountManagers} account managers…`);
  if (!opts.prepared) await prepareLoadData(url, merchants, accountManagers, dates.today, log);
  const owned = await sql<{ login: string; mids: string[] }>(
    url,
    `select u.login, array_agg(m.mid order by m.id) as mids from merchant m join app_user u on u.id = m.manager_id
     where u.login like 'load\\_am\\_%' group by u.login order by u.login`,
  );
  const allMids = owned.flatMap((o) => o.mids);

  const logDir = mkdtempSync(join(tmpdir(), 'cornerstone-load-log-'));
  const logFile = join(logDir, 'server.log');
  let server: ServerProcess | null = null;
  try {
    server = await startServerProcess({
      env: {
        DATABASE_URL: url,
        LOG_LEVEL: opts.logLevel ?? 'info',
        CORNERSTONE_LOG_FILE: logFile,
        ...opts.serverEnv,
      },
      exposeGc: true,
      nodeArgs: opts.serverNodeArgs,
    });
    const base = server.url;
    // Each client signs in as its own user (four at a time: a sign-in is a deliberately slow hash).
    const plans: ClientPlan[] = [];
    let am = 0;
    for (const role of roles) {
      const login =
        role === 'branch_manager' ? 'load_bm' : role === 'analyst' ? 'load_analyst' : owned[am++]!.login;
      const mids = role === 'account_manager' ? owned.find((o) => o.login === login)!.mids : allMids;
      plans.push({ login, role, mids, token: '', weights: WEIGHTS[role] });
    }
    for (let i = 0; i < plans.length; i += 4)
      await Promise.all(
        plans.slice(i, i + 4).map(async (p) => {
          p.token = await signIn(base, p.login);
        }),
      );

    const runId = randomBytes(4).toString('hex');
    const requestFor = (plan: ClientPlan, kind: OpKind, rnd: () => number, key: string) =>
      loadRequest(kind, plan.mids[Math.floor(rnd() * plan.mids.length)]!, dates, rnd, key);

    // Warm-up (not measured): every operation once per client, so the baseline is a warm server.
    for (const p of plans) {
      const rnd = mulberry32(7);
      for (const [kind] of p.weights)
        if (kind !== 'write') {
          const r = requestFor(p, kind, rnd, '');
          await post(base, r.query, r.variables, p.token);
        }
    }
    await new Promise((r) => setTimeout(r, 1000));
    const baseline = server.memory();
    const baselineGc = await server.collectGarbage();
    const baselineAfterGc = server.memory();
    const setupSec = (performance.now() - t0) / 1000;
    log(`load: server up (pid ${server.pid}), ${clients} clients signed in; ${durationSec} s of load…`);

    // Per-operation figures, write bookkeeping, errors.
    const latencies = Object.fromEntries(OP_KINDS.map((k) => [k, [] as number[]])) as Record<
      OpKind,
      number[]
    >;
    const opErrors = Object.fromEntries(OP_KINDS.map((k) => [k, 0])) as Record<OpKind, number>;
    const samples = new Set<string>();
    let graphqlErrors = 0;
    const acknowledged = new Map<string, string>();
    const refused = new Set<string>();
    const unanswered = new Set<string>();
    const followUpsAsked = new Set<string>();
    let sent = 0;
    const pendings: ({ kind: OpKind; key: string; followUp: boolean } | undefined)[] = [];
    const lastKinds: (OpKind | null)[] = [];
    let clientIndex = 0;

    const setupClient = (client: autocannon.Client) => {
      const index = clientIndex++;
      const plan = plans[index]!;
      const rnd = mulberry32(index + 1);
      const total = plan.weights.reduce((s, [, w]) => s + w, 0);
      let seq = 0;
      const pick = (): OpKind => {
        let x = rnd() * total;
        for (const [k, w] of plan.weights) {
          x -= w;
          if (x < 0) return k;
        }
        return plan.weights[0]![0];
      };
      const fail = (kind: OpKind, what: string) => {
        opErrors[kind]++;
        if (samples.size < 20) samples.add(`${kind}: ${what.slice(0, 300)}`);
      };
      client.setRequests([
        {
          method: 'POST',
          path: '/graphql',
          setupRequest: (req) => {
            // A request that got no answer (timed out, connection lost) before this one.
            const before = pendings[index];
            if (before) {
              fail(before.kind, 'no response');
              if (before.kind === 'write') unanswered.add(before.key);
            }
            const kind = pick();
            const key = kind === 'write' ? `load:${runId}:${index}:${++seq}` : '';
            const body = requestFor(plan, kind, rnd, key);
            const followUp =
              kind === 'write' &&
              (body.variables as { input: { nextFollowUp: string | null } }).input.nextFollowUp !== null;
            if (kind === 'write') sent++;
            pendings[index] = { kind, key, followUp };
            return {
              ...req,
              headers: {
                ...req.headers,
                'content-type': 'application/json',
                authorization: `Bearer ${plan.token}`,
              },
              body: JSON.stringify(body),
            };
          },
          onResponse: (status, body) => {
            const p = pendings[index];
            pendings[index] = undefined;
            lastKinds[index] = p?.kind ?? null;
            if (!p) return;
            if (status !== 200) {
              fail(p.kind, `HTTP ${status} ${body.slice(0, 200)}`);
              if (p.kind === 'write') refused.add(p.key);
              return;
            }
            const nullMerchant =
              (p.kind === 'page' || p.kind === 'maintenance') && body.includes('"merchant":null');
            if (body.includes('"errors":') || nullMerchant) {
              graphqlErrors++;
              fail(p.kind, nullMerchant ? 'merchant: null' : body.slice(0, 300));
              if (p.kind === 'write') refused.add(p.key);
              return;
            }
            if (p.kind === 'write') {
              // The API answers a global id; the table keeps the row id inside it.
              const globalId = (JSON.parse(body) as { data: { recordInteraction: { id: string } } }).data
                .recordInteraction.id;
              const id = parseGlobalId(globalId)?.key ?? globalId;
              acknowledged.set(p.key, id);
              if (p.followUp) followUpsAsked.add(id);
            }
          },
        },
      ]);
      client.on('response', (_status: number, _bytes: number, ms: number) => {
        const kind = lastKinds[index];
        if (kind) latencies[kind].push(ms);
      });
    };

    let peakRssKb = baseline?.rssKb ?? 0;
    const sampler = setInterval(() => {
      const m = server!.memory();
      if (m && m.rssKb > peakRssKb) peakRssKb = m.rssKb;
    }, 250);
    const cpuBefore = server.cpuSec();
    const databaseCpu = databaseCpuMeter(new URL(url).pathname.slice(1));
    const machineBefore = machineCpuSec();
    const selfBefore = process.cpuUsage();
    const result = await autocannon({
      url: `${base}/graphql`,
      connections: clients,
      pipelining: 1,
      duration: durationSec,
      timeout: 30,
      setupClient,
    });
    clearInterval(sampler);
    const afterRun = server.memory();
    const cpuAfter = server.cpuSec();
    const selfUsed = process.cpuUsage(selfBefore);
    const machineAfter = machineCpuSec();
    const databaseSec = databaseCpu();
    // Requests still in flight when the run stopped.
    for (const p of pendings) if (p?.kind === 'write') unanswered.add(p.key);

    log(`load: ${result.requests.total} requests; settling ${settleSec} s…`);
    await new Promise((r) => setTimeout(r, settleSec * 1000));
    const settled = server.memory();
    const gc = await server.collectGarbage();
    const afterGc = server.memory();

    // Every acknowledged write exactly once, under the id it was answered with.
    const rows = await sql<{ notes: string; n: number; ids: string[] }>(
      url,
      `select notes, count(*)::int as n, array_agg(id::text) as ids from interaction where notes like $1 group by notes`,
      [`load:${runId}:%`],
    );
    const stored = new Map(rows.map((r) => [r.notes, r]));
    let storedExactlyOnce = 0;
    let lost = 0;
    for (const [key, id] of acknowledged) {
      const r = stored.get(key);
      if (!r) lost++;
      else if (r.n === 1 && r.ids[0] === id) storedExactlyOnce++;
    }
    const [fu] = await sql<{ n: number }>(
      url,
      `select count(*)::int as n from maintenance_task where kind = 'follow_up' and source_interaction_id = any($1::bigint[])`,
      [[...followUpsAsked]],
    );

    const ops = Object.fromEntries(
      OP_KINDS.map((k) => {
        const s = latencies[k].sort((a, b) => a - b);
        return [
          k,
          {
            requests: s.length,
            errors: opErrors[k],
            p50: round1(percentile(s, 50)),
            p90: round1(percentile(s, 90)),
            p99: round1(percentile(s, 99)),
          },
        ];
      }),
    ) as Record<OpKind, OpFigures>;
    const responses = OP_KINDS.reduce((s, k) => s + latencies[k].length, 0);
    const serverErrorLogLines = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((l) => /"level":(5|6)\d/.test(l)).length;
    return {
      merchants,
      clients,
      accountManagers,
      durationSec: round1(result.duration),
      setupSec: round1(setupSec),
      requests: responses,
      throughputRps: round1(responses / result.duration),
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      errors: {
        total: result.non2xx + graphqlErrors + result.errors,
        non2xx: result.non2xx,
        graphql: graphqlErrors,
        transport: result.errors,
        timeouts: result.timeouts,
        samples: [...samples],
      },
      ops,
      writes: {
        sent,
        acknowledged: acknowledged.size,
        refused: refused.size,
        unanswered: unanswered.size,
        storedExactlyOnce,
        lost,
        duplicated: rows.filter((r) => r.n > 1).length,
        refusedButStored: [...refused].filter((k) => stored.has(k)).length,
        unansweredStored: [...unanswered].filter((k) => stored.has(k)).length,
        followUps: { expected: followUpsAsked.size, stored: fu?.n ?? 0 },
      },
      memoryMb: {
        baseline: mb(baseline?.rssKb),
        peakDuringRun: mb(peakRssKb || null),
        peakSinceStart: mb(afterGc?.hwmKb ?? afterRun?.hwmKb),
        after: mb(afterRun?.rssKb),
        settled: mb(settled?.rssKb),
        baselineAfterGc: baselineGc ? mb(baselineAfterGc?.rssKb) : null,
        afterGc: gc ? mb(afterGc?.rssKb) : null,
        heapUsedBaseline: baselineGc ? round1(baselineGc.heapUsed / 2 ** 20) : null,
        heapUsedAfterGc: gc ? round1(gc.heapUsed / 2 ** 20) : null,
      },
      serverErrorLogLines,
      serverCpu:
        cpuBefore === null || cpuAfter === null
          ? null
          : {
              percentOfOneCore: round1((100 * (cpuAfter - cpuBefore)) / result.duration),
              msPerRequest: round1((1000 * (cpuAfter - cpuBefore)) / Math.max(1, responses)),
            },
      cpuPerRequest: (() => {
        if (cpuBefore === null || cpuAfter === null || !machineBefore || !machineAfter) return null;
        const per = (sec: number) => round1((1000 * sec) / Math.max(1, responses));
        const serverMs = per(cpuAfter - cpuBefore);
        const databaseMs = databaseSec === null ? null : per(databaseSec);
        const loadGeneratorMs = per((selfUsed.user + selfUsed.system) / 1e6);
        const cores = availableParallelism();
        const machine = {
          busy: machineAfter.busy - machineBefore.busy,
          total: machineAfter.total - machineBefore.total,
        };
        return {
          serverMs,
          databaseMs,
          loadGeneratorMs,
          cores,
          machineBusyPercent: round1((100 * machine.busy) / Math.max(1e-9, machine.total)),
          ceilingRps: Math.round(
            (cores * 1000) / Math.max(0.1, serverMs + (databaseMs ?? 0) + loadGeneratorMs),
          ),
        };
      })(),
    };
  } finally {
    await server?.stop();
    rmSync(logDir, { recursive: true, force: true });
  }
}
