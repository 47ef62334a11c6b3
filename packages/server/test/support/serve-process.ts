import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const SERVER = resolve(import.meta.dirname, '../..');

export interface GqlAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Spawns a CLI command (`tsx src/cli/main.ts …`) in its own process group; output is collected. */
export function spawnCli(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
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

/** Stops a process group started by spawnCli (SIGTERM, then SIGKILL if it does not go). */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const closed = new Promise((r) => child.once('close', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, graceMs);
  await closed;
  clearTimeout(timer);
}

/**
 * The real server as its own process (`cornerstone serve` on a free port), as production runs it:
 * with its background timers, its own pool, and nothing shared with the test.
 */
export async function startServeProcess(env: Record<string, string>) {
  const p = spawnCli(['serve'], { PORT: '0', ...env });
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`serve did not start: ${JSON.stringify(p.output())}`)),
      60_000,
    );
    p.child.stdout!.on('data', () => {
      const m = /serving (http:\/\/localhost:\d+)/.exec(p.output().stdout);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!.replace('localhost', '127.0.0.1'));
      }
    });
    p.child.on('close', (code) => fail(new Error(`serve exited (${code}): ${JSON.stringify(p.output())}`)));
  });

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

  return {
    url,
    gql,
    child: p.child,
    output: p.output,
    /** True while the server process runs. */
    alive: () => p.child.exitCode === null && p.child.signalCode === null,
    stop: () => stopGroup(p.child),
  };
}
