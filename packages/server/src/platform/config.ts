import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Runtime settings, read once from the environment. */
export interface Config {
  /** A PostgreSQL server, or undefined for the embedded database (PGlite). */
  databaseUrl: string | undefined;
  /** Where the embedded database keeps its files; `memory://` for a throwaway one. */
  dataDir: string;
  port: number;
  /** Minutes an API token stays valid. */
  tokenTtlMinutes: number;
  logLevel: string;
  /**
   * The key for personal data at rest (`CORNERSTONE_DATA_KEY`). Required with `databaseUrl`; the
   * embedded database generates a key file beside its folder without it.
   */
  dataKey: string | undefined;
  /**
   * Streaming replicas of `databaseUrl` for analytical reads (`CORNERSTONE_READ_REPLICA_URLS`,
   * comma-separated); everything else stays on the primary. Empty: all reads on the primary.
   */
  readReplicaUrls: string[];
  /** Connection pool of a PostgreSQL server (each replica gets a pool of the same size). */
  pool: PoolConfig;
  /**
   * Express's `trust proxy` (`CORNERSTONE_TRUST_PROXY`): behind a load balancer the client's address
   * and HTTPS come from X-Forwarded-* only when the proxy is trusted. `false` (default) trusts none;
   * `true`, a hop count or a list of addresses/subnets (e.g. `loopback, 10.0.0.0/8`).
   */
  trustProxy: boolean | number | string;
  /** The settle dates an import accepts, relative to the business day (Asia/Shanghai). */
  settleDateWindow: SettleDateWindow;
  /**
   * Webhook targets on loopback, link-local or unspecified addresses (127.0.0.1, ::1, 169.254.x.x,
   * 0.0.0.0) are refused unless `CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK=true` (tests, a local relay).
   */
  webhookAllowLoopback: boolean;
  /**
   * Server processes `serve` runs on this machine (`CORNERSTONE_WORKERS`, default 1; `auto`: one per
   * core). More than one needs a PostgreSQL server: the embedded database belongs to one process.
   */
  workers: number;
}

export interface SettleDateWindow {
  /** Days after today a settle date may lie (`CORNERSTONE_SETTLE_DAYS_AHEAD`, default 0). */
  daysAhead: number;
  /** Days before today a settle date may lie (`CORNERSTONE_SETTLE_DAYS_BACK`, default 3,660: ten years). */
  daysBack: number;
}

export const DEFAULT_SETTLE_WINDOW: SettleDateWindow = { daysAhead: 0, daysBack: 3660 };

export interface PoolConfig {
  /** Most connections open at once (`CORNERSTONE_DB_POOL_MAX`, default 10). */
  max: number;
  /** Give up opening a connection after this long (`CORNERSTONE_DB_CONNECT_TIMEOUT_MS`, default 10 s). */
  connectTimeoutMs: number;
  /**
   * Give up waiting for a free connection after this long (`CORNERSTONE_DB_ACQUIRE_TIMEOUT_MS`,
   * default 30 s): a request then answers an error instead of waiting without end.
   */
  acquireTimeoutMs: number;
}

export const DEFAULT_POOL: PoolConfig = { max: 10, connectTimeoutMs: 10_000, acquireTimeoutMs: 30_000 };

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}

/** `CORNERSTONE_WORKERS`: a whole number, or `auto` for one per core. */
function workersOf(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): number {
  const raw = (env.CORNERSTONE_WORKERS ?? '').trim().toLowerCase();
  // One per core on a server database; the embedded one has a single process whatever the cores.
  if (raw === 'auto') return databaseUrl ? availableParallelism() : 1;
  const n = positiveInt(env, 'CORNERSTONE_WORKERS', 1);
  if (n > 1 && !databaseUrl)
    throw new Error(
      `CORNERSTONE_WORKERS=${env.CORNERSTONE_WORKERS} needs DATABASE_URL: the embedded database is opened by one process only`,
    );
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new Error(`${name} must be true or false, got "${env[name]}"`);
}

/** `CORNERSTONE_TRUST_PROXY`: true/false, a hop count, or addresses and subnets as Express reads them. */
export function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const v = (raw ?? '').trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** `CORNERSTONE_READ_REPLICA_URLS`: comma-separated postgres:// URLs. */
export function parseReplicaUrls(raw: string | undefined): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of urls)
    if (!/^postgres(ql)?:\/\//.test(u))
      throw new Error('CORNERSTONE_READ_REPLICA_URLS: each entry must be a postgres:// URL');
  return urls;
}

/**
 * A PostgreSQL server database takes its data key from CORNERSTONE_DATA_KEY only. Its processes
 * run on several machines: a key file made on one of them would be a key no other process has, and
 * personal data written under it could be read by none of them.
 */
export class DataKeyRequired extends Error {
  constructor() {
    super(
      'CORNERSTONE_DATA_KEY is not set: a PostgreSQL server database (DATABASE_URL) takes its data key ' +
        'from it, never from a key file. Set it to the key the other processes of this database use; for ' +
        'a new database, generate one (e.g. `openssl rand -hex 32`) and keep it safe, since without it ' +
        'the personal data cannot be read. Nothing was written.',
    );
    this.name = 'DataKeyRequired';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataKey = env.CORNERSTONE_DATA_KEY || undefined;
  // Before anything opens: the fast settlement import opens no ORM and would not ask for the key.
  if (databaseUrl && !dataKey) throw new DataKeyRequired();
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    databaseUrl,
    dataDir: env.CORNERSTONE_DATA_DIR ?? resolve(findRepoRoot(), 'data'),
    port,
    tokenTtlMinutes: Number(env.CORNERSTONE_TOKEN_TTL_MINUTES ?? 12 * 60),
    logLevel: env.LOG_LEVEL ?? 'info',
    dataKey,
    readReplicaUrls: parseReplicaUrls(env.CORNERSTONE_READ_REPLICA_URLS),
    pool: {
      max: positiveInt(env, 'CORNERSTONE_DB_POOL_MAX', DEFAULT_POOL.max),
      connectTimeoutMs: positiveInt(env, 'CORNERSTONE_DB_CONNECT_TIMEOUT_MS', DEFAULT_POOL.connectTimeoutMs),
      acquireTimeoutMs: positiveInt(env, 'CORNERSTONE_DB_ACQUIRE_TIMEOUT_MS', DEFAULT_POOL.acquireTimeoutMs),
    },
    trustProxy: parseTrustProxy(env.CORNERSTONE_TRUST_PROXY),
    settleDateWindow: {
      daysAhead: positiveInt(env, 'CORNERSTONE_SETTLE_DAYS_AHEAD', DEFAULT_SETTLE_WINDOW.daysAhead, 0),
      daysBack: positiveInt(env, 'CORNERSTONE_SETTLE_DAYS_BACK', DEFAULT_SETTLE_WINDOW.daysBack, 0),
    },
    webhookAllowLoopback: flag(env, 'CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK'),
    workers: workersOf(env, databaseUrl),
  };
}

/**
 * The server package's folder (packages/server), found by walking up to its package.json: the
 * same answer from a source file at any depth and from the bundled dist/main.js.
 */
export function serverRoot(): string {
  for (let dir = import.meta.dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === '@cornerstone/server') return dir;
    if (dirname(dir) === dir) throw new Error('the @cornerstone/server package folder was not found');
  }
}

/** The repository root: `pnpm --filter` runs scripts in the package folder, but `./data` means the root. */
export function findRepoRoot(): string {
  return resolve(serverRoot(), '../..');
}
