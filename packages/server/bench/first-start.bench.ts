// The first start (`pnpm start` on a fresh machine): the server process exactly as the `start` script
// runs it (`serve --demo-if-empty`), on an empty embedded database in a fresh data directory. Times
// from spawn: the first page (the SPA at `/`), a demo login signed in and its first merchant list,
// and the demo reported loaded (`/healthz`); the worst wait of a request while the demo loads; the
// console's progress lines. Baseline in the same run: the same command on the data directory the
// first start has filled (no demo to load), which is what every later start costs.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopGroup } from './server-process.ts';

const SERVER = resolve(import.meta.dirname, '..');
const WEB_INDEX = resolve(SERVER, '../web/dist/index.html');
// The demo's logins (README): every demo user has this password.
const DEMO_LOGIN = 'analyst';
const DEMO_PASSWORD = 'cornerstone-demo';
const PORTS = [4390, 4391, 4392, 4393, 4394, 4395, 4396, 4397, 4398, 4399];
const POLL_MS = 100;
const PROBE_MS = 250;

const LIST_QUERY = '{ merchants(first: 20) { totalCount edges { node { mid name branch } } } }';

/** One start of the server: what it answered, and when (ms after spawn). */
export interface StartTimes {
  /** GET / answered 200 with the SPA's HTML (null when the web app is not built). */
  firstPageMs: number | null;
  /** GET /healthz answered 200. */
  healthzMs: number;
  /** The demo login answered with a token. */
  signInMs: number;
  /** The first `merchants(first: 20)` answer, signed in, and how many merchants it counted. */
  firstListMs: number;
  firstListCount: number;
  /** The console's line that the server listens. */
  listeningLineMs: number | null;
}

export interface FirstStartRun {
  empty: StartTimes & {
    /** /healthz said the demo is ready. */
    demoDoneMs: number;
    /** The first answer of `merchants(first: 20)` with merchants in it. */
    firstNonEmptyListMs: number | null;
    /** Merchants counted once the demo is done (the demo's 5,000). */
    merchantsWhenDone: number;
    /** Requests sent one after another while the demo loads: the longest each waited, and a p99. */
    duringLoad: {
      healthz: { requests: number; maxMs: number; p99Ms: number };
      graphql: { requests: number; maxMs: number; p99Ms: number };
    };
    /** `demo:` progress lines on the console, with their times (ms after spawn). */
    progressLines: { ms: number; line: string }[];
    /** The demo's states and steps as /healthz reported them, each the first time it was seen. */
    statusSeen: { ms: number; state: string; step: string | null; percent: number }[];
  };
  filled: StartTimes;
}

export interface FirstStartResult {
  command: string;
  webBuilt: boolean;
  runs: FirstStartRun[];
  /** The best (smallest) of the runs for each figure. */
  best: {
    emptyFirstPageMs: number | null;
    emptyHealthzMs: number;
    emptySignInMs: number;
    emptyFirstListMs: number;
    emptyDemoDoneMs: number;
    filledFirstPageMs: number | null;
    filledHealthzMs: number;
    filledSignInMs: number;
    filledFirstListMs: number;
    worstHealthzDuringLoadMs: number;
    worstGraphqlDuringLoadMs: number;
  };
}

/** The `start` script of the server package: the command and flags `pnpm start` runs. */
function startCommand(): { cmd: string; args: string[]; text: string } {
  const pkg = JSON.parse(readFileSync(resolve(SERVER, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const text = pkg.scripts.start!;
  const [bin, ...args] = text.split(/\s+/);
  // pnpm runs a script with the package's node_modules/.bin first on the PATH.
  const local = resolve(SERVER, 'node_modules/.bin', bin!);
  return { cmd: existsSync(local) ? local : bin!, args, text };
}

async function freePort(): Promise<number> {
  for (const port of PORTS) {
    const ok = await new Promise<boolean>((done) => {
      const s = createServer();
      s.once('error', () => done(false));
      s.listen(port, '127.0.0.1', () => s.close(() => done(true)));
    });
    if (ok) return port;
  }
  throw new Error(`no free port in ${PORTS[0]}–${PORTS.at(-1)}`);
}

const p99 = (xs: number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.99 * s.length) - 1)]!;
};

/** fetch that never throws: null when nothing answered (not listening yet, reset). */
async function tryFetch(url: string, init?: RequestInit): Promise<Response | null> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(120_000) });
  } catch {
    return null;
  }
}

interface Started {
  child: ChildProcess;
  t0: number;
  base: string;
  stdoutLines: { ms: number; line: string }[];
  stderr: () => string;
  exited: () => boolean;
}

function spawnStart(dataDir: string, port: number): Started {
  const { cmd, args } = startCommand();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), CORNERSTONE_DATA_DIR: dataDir };
  // The embedded database, as on a fresh machine: no server, and the data key from the key file
  // that the first start writes beside the data directory.
  delete env.DATABASE_URL;
  delete env.CORNERSTONE_DATA_KEY;
  delete env.CORNERSTONE_READ_REPLICA_URLS;
  const t0 = performance.now();
  const child = spawn(cmd, args, { cwd: SERVER, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const stdoutLines: { ms: number; line: string }[] = [];
  let partial = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (d: string) => {
    const ms = performance.now() - t0;
    const parts = (partial + d).split('\n');
    partial = parts.pop()!;
    for (const line of parts) if (stdoutLines.length < 5000) stdoutLines.push({ ms, line });
  });
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    if (stderr.length < 100_000) stderr += d;
  });
  return {
    child,
    t0,
    base: `http://127.0.0.1:${port}`,
    stdoutLines,
    stderr: () => stderr,
    exited: () => child.exitCode !== null || child.signalCode !== null,
  };
}

async function gql<T>(
  base: string,
  query: string,
  token?: string,
): Promise<{ data?: T; errors?: unknown } | null> {
  const res = await tryFetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  if (!res) return null;
  try {
    return (await res.json()) as { data?: T; errors?: unknown };
  } catch {
    return null;
  }
}

/** Polls until `probe` gives a value; ms after spawn. Fails when the process exits or time runs out. */
async function waitFor<T>(
  s: Started,
  what: string,
  probe: () => Promise<T | null>,
  timeoutMs: number,
): Promise<{ ms: number; value: T }> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return { ms: performance.now() - s.t0, value };
    if (s.exited()) throw new Error(`the server exited before ${what}: ${s.stderr().slice(-2000)}`);
    if (performance.now() > deadline)
      throw new Error(`no ${what} within ${timeoutMs / 1000} s: ${s.stderr().slice(-2000)}`);
    await sleep(POLL_MS);
  }
}

/** The times every start is measured by: first page, healthz, sign-in, first list. */
async function measureStart(s: Started, webBuilt: boolean, timeoutMs: number): Promise<StartTimes> {
  const page = webBuilt
    ? waitFor(
        s,
        'first page',
        async () => {
          const res = await tryFetch(`${s.base}/`);
          if (res?.status !== 200) return null;
          const html = await res.text();
          return html.includes('<div id="root"') ? true : null;
        },
        timeoutMs,
      )
    : null;
  const healthz = waitFor(
    s,
    '/healthz',
    async () => ((await tryFetch(`${s.base}/healthz`))?.status === 200 ? true : null),
    timeoutMs,
  );
  const signIn = waitFor(
    s,
    'sign-in',
    async () => {
      const r = await gql<{ login: { token: string } }>(
        s.base,
        `mutation { login(login: "${DEMO_LOGIN}", password: "${DEMO_PASSWORD}") { token } }`,
      );
      return r?.data?.login?.token ?? null;
    },
    timeoutMs,
  );
  const signedIn = await signIn;
  const list = await waitFor(
    s,
    'merchant list',
    async () =>
      (await gql<{ merchants: { totalCount: number } }>(s.base, LIST_QUERY, signedIn.value))?.data ?? null,
    timeoutMs,
  );
  const listening = s.stdoutLines.find((l) => l.line.includes('is serving http://'));
  return {
    firstPageMs: page ? (await page).ms : null,
    healthzMs: (await healthz).ms,
    signInMs: signedIn.ms,
    firstListMs: list.ms,
    firstListCount: list.value.merchants.totalCount,
    listeningLineMs: listening?.ms ?? null,
  };
}

interface DemoHealth {
  state: string;
  step: string | null;
  percent: number;
}

/** One first start on an empty data directory, then the baseline start on the directory it filled. */
async function oneRun(log: (l: string) => void, webBuilt: boolean): Promise<FirstStartRun> {
  const root = mkdtempSync(join(tmpdir(), 'cs-bench-first-start-'));
  const dataDir = join(root, 'data');
  try {
    const port = await freePort();
    const s = spawnStart(dataDir, port);
    let emptyRun: FirstStartRun['empty'];
    try {
      const times = await measureStart(s, webBuilt, 180_000);
      log(
        `first start: first page ${times.firstPageMs === null ? '(not built)' : `${Math.round(times.firstPageMs)} ms`}, signed in ${Math.round(times.signInMs)} ms`,
      );
      const token = (await gql<{ login: { token: string } }>(
        s.base,
        `mutation { login(login: "${DEMO_LOGIN}", password: "${DEMO_PASSWORD}") { token } }`,
      ))!.data!.login.token;
      // Two probes while the demo loads, each one request at a time: a plain route and a signed-in
      // query that needs the database. Their longest waits are what a user clicking around feels.
      const statusSeen: FirstStartRun['empty']['statusSeen'] = [];
      const healthzWaits: number[] = [];
      const graphqlWaits: number[] = [];
      let firstNonEmptyListMs: number | null = null;
      let done: DemoHealth | null = null;
      let demoDoneMs = 0;
      const deadline = performance.now() + 15 * 60_000;
      const healthzProbe = (async () => {
        while (!done) {
          const t = performance.now();
          const res = await tryFetch(`${s.base}/healthz`);
          const body = res ? ((await res.json()) as { demo?: DemoHealth }) : null;
          healthzWaits.push(performance.now() - t);
          const demo = body?.demo;
          if (demo) {
            const last = statusSeen.at(-1);
            if (!last || last.state !== demo.state || last.step !== demo.step)
              statusSeen.push({ ms: performance.now() - s.t0, ...demo });
            if (demo.state === 'ready' || demo.state === 'failed') {
              done = demo;
              demoDoneMs = performance.now() - s.t0;
              break;
            }
          }
          if (s.exited())
            throw new Error(`the server exited while the demo loaded: ${s.stderr().slice(-2000)}`);
          if (performance.now() > deadline) throw new Error('the demo did not finish within 15 minutes');
          await sleep(PROBE_MS);
        }
      })();
      const graphqlProbe = (async () => {
        while (!done) {
          const t = performance.now();
          const r = await gql<{ merchants: { totalCount: number } }>(s.base, LIST_QUERY, token);
          graphqlWaits.push(performance.now() - t);
          if (firstNonEmptyListMs === null && (r?.data?.merchants.totalCount ?? 0) > 0)
            firstNonEmptyListMs = performance.now() - s.t0;
          if (s.exited()) break;
          await sleep(PROBE_MS);
        }
      })();
      await Promise.all([healthzProbe, graphqlProbe]);
      const final = done as DemoHealth | null;
      if (final?.state !== 'ready') throw new Error(`the demo failed: ${s.stderr().slice(-2000)}`);
      const after = await gql<{ merchants: { totalCount: number } }>(s.base, LIST_QUERY, token);
      log(`first start: demo loaded ${Math.round(demoDoneMs)} ms`);
      emptyRun = {
        ...times,
        demoDoneMs,
        firstNonEmptyListMs,
        merchantsWhenDone: after?.data?.merchants.totalCount ?? 0,
        duringLoad: {
          healthz: {
            requests: healthzWaits.length,
            maxMs: Math.max(...healthzWaits),
            p99Ms: p99(healthzWaits),
          },
          graphql: {
            requests: graphqlWaits.length,
            maxMs: Math.max(0, ...graphqlWaits),
            p99Ms: p99(graphqlWaits),
          },
        },
        progressLines: s.stdoutLines.filter((l) =>
          /^demo[: ]|^Demo data loaded|^Empty embedded/.test(l.line),
        ),
        statusSeen,
      };
    } finally {
      await stopGroup(s.child, 30_000);
    }
    // Baseline: the same command on the directory just filled (no demo to load).
    const b = spawnStart(dataDir, await freePort());
    let filled: StartTimes;
    try {
      filled = await measureStart(b, webBuilt, 120_000);
      log(
        `filled start: first page ${filled.firstPageMs === null ? '(not built)' : `${Math.round(filled.firstPageMs)} ms`}, signed in ${Math.round(filled.signInMs)} ms`,
      );
    } finally {
      await stopGroup(b.child, 30_000);
    }
    return { empty: emptyRun, filled };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * `runs` first starts (each with its baseline start on the directory it filled), the best of each
 * figure. Needs no PostgreSQL server: the embedded database is the point.
 */
export async function firstStartBench(
  opts: { runs?: number; log?: (line: string) => void } = {},
): Promise<FirstStartResult> {
  const log = opts.log ?? (() => undefined);
  const webBuilt = existsSync(WEB_INDEX);
  if (!webBuilt)
    log(
      'first start: packages/web/dist is not built: the first page is not measured (/healthz and a signed-in query are)',
    );
  const runs: FirstStartRun[] = [];
  for (let i = 0; i < (opts.runs ?? 2); i++) runs.push(await oneRun(log, webBuilt));
  const min = (f: (r: FirstStartRun) => number) => Math.min(...runs.map(f));
  const minOrNull = (f: (r: FirstStartRun) => number | null) =>
    webBuilt ? Math.min(...runs.map((r) => f(r) ?? Number.POSITIVE_INFINITY)) : null;
  return {
    command: startCommand().text,
    webBuilt,
    runs,
    best: {
      emptyFirstPageMs: minOrNull((r) => r.empty.firstPageMs),
      emptyHealthzMs: min((r) => r.empty.healthzMs),
      emptySignInMs: min((r) => r.empty.signInMs),
      emptyFirstListMs: min((r) => r.empty.firstListMs),
      emptyDemoDoneMs: min((r) => r.empty.demoDoneMs),
      filledFirstPageMs: minOrNull((r) => r.filled.firstPageMs),
      filledHealthzMs: min((r) => r.filled.healthzMs),
      filledSignInMs: min((r) => r.filled.signInMs),
      filledFirstListMs: min((r) => r.filled.firstListMs),
      worstHealthzDuringLoadMs: min((r) => r.empty.duringLoad.healthz.maxMs),
      worstGraphqlDuringLoadMs: min((r) => r.empty.duringLoad.graphql.maxMs),
    },
  };
}
