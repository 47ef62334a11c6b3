import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { startServerProcess, stopGroup } from '../../bench/server-process.ts';

export { stopGroup };

const SERVER = resolve(import.meta.dirname, '../..');

export interface GqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Spawns a CLI command (`tsx src/app/cli/main.ts …`) in its own process group; output is collected. */
export function spawnCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/cli/main.ts', ...args], {
    cwd: SERVER,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (r) => child.on('close', (code, signal) => r({ code, signal, stdout, stderr })),
  );
  return { child, done, output: () => ({ stdout, stderr }) };
}

/**
 * The real server as its own process (`cornerstone serve` on a free port), as production runs it:
 * with its background timers, its own pool, and nothing shared with the test.
 */
export async function startServeProcess(env: Record<string, string>) {
  const p = await startServerProcess({ env: { LOG_LEVEL: 'warn', ...env } });
  const url = p.url;

  /** GraphQL over HTTP; a request that gets no answer within `timeoutMs` throws (a hang, not an error answer). */
  async function gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
    timeoutMs = 60_000,
  ): Promise<GqlAnswer<T>> {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    try {
      return { status: res.status, ...(JSON.parse(text) as object) };
    } catch {
      return { status: res.status, errors: [{ message: text.slice(0, 200) }] };
    }
  }

  return { url, gql, alive: p.alive, stop: p.stop };
}
