import { resolve } from 'node:path';

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
  /** The key for personal data at rest (`CORNERSTONE_DATA_KEY`); a key file is generated without it. */
  dataKey: string | undefined;
  /**
   * Streaming replicas of `databaseUrl` for analytical reads (`CORNERSTONE_READ_REPLICA_URLS`,
   * comma-separated); everything else stays on the primary. Empty: all reads on the primary.
   */
  readReplicaUrls: string[];
  /** Connection pool of a PostgreSQL server (each replica gets a pool of the same size). */
  pool: PoolConfig;
}

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

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a positive whole number, got "${raw}"`);
  return n;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.CORNERSTONE_DATA_DIR ?? resolve(findRepoRoot(), 'data'),
    port,
    tokenTtlMinutes: Number(env.CORNERSTONE_TOKEN_TTL_MINUTES ?? 12 * 60),
    logLevel: env.LOG_LEVEL ?? 'info',
    dataKey: env.CORNERSTONE_DATA_KEY || undefined,
    readReplicaUrls: parseReplicaUrls(env.CORNERSTONE_READ_REPLICA_URLS),
    pool: {
      max: positiveInt(env, 'CORNERSTONE_DB_POOL_MAX', DEFAULT_POOL.max),
      connectTimeoutMs: positiveInt(env, 'CORNERSTONE_DB_CONNECT_TIMEOUT_MS', DEFAULT_POOL.connectTimeoutMs),
      acquireTimeoutMs: positiveInt(env, 'CORNERSTONE_DB_ACQUIRE_TIMEOUT_MS', DEFAULT_POOL.acquireTimeoutMs),
    },
  };
}

/** The repository root: `pnpm --filter` runs scripts in the package folder, but `./data` means the root. */
export function findRepoRoot(): string {
  return resolve(import.meta.dirname, '../../..');
}
