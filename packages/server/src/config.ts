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
  };
}

/** The repository root: `pnpm --filter` runs scripts in the package folder, but `./data` means the root. */
export function findRepoRoot(): string {
  return resolve(import.meta.dirname, '../../..');
}
