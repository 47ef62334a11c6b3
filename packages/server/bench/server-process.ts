// The real server as its own process (`cornerstone serve`), for the load benchmark and the
// scale-out tests: its memory is its own, and it is stopped with its whole process group.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { processesCpuSec } from './cpu.ts';

const SERVER = resolve(import.meta.dirname, '..');
const GC_HOOK = resolve(import.meta.dirname, 'gc-hook.ts');

export interface ServerProcess {
  pid: number;
  port: number;
  /** http://127.0.0.1:PORT */
  url: string;
  /** What the process wrote on stderr so far (the log goes to CORNERSTONE_LOG_FILE or stdout). */
  stderr: () => string;
  /** Resident memory now and at its peak (VmRSS, VmHWM) in KiB, from /proc; null off Linux. */
  memory: () => { rssKb: number; hwmKb: number } | null;
  /** CPU time the process has used so far (user + system), seconds; null off Linux. */
  cpuSec: () => number | null;
  /** A full garbage collection in the server, then its memory (bench hook; `exposeGc` only). */
  collectGarbage: () => Promise<NodeJS.MemoryUsage | null>;
  /** True while the process runs. */
  alive: () => boolean;
  /** SIGTERM to the process group (the server drains and closes the database), SIGKILL if it hangs. */
  stop: () => Promise<void>;
}

/** The process and its descendants (a server with CORNERSTONE_WORKERS > 1 has a worker per core). */
export function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone, or not Linux
  }
  return [pid, ...children.flatMap(processTree)];
}

/** Stops a process started in its own group: SIGTERM to the group, then SIGKILL if it does not go. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const closed = once(child, 'close');
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
 * Starts `cornerstone serve` on a free port (PORT=0; the port is read from the line it prints)
 * in its own process group. `env` adds to this process's environment (DATABASE_URL at least).
 */
export async function startServerProcess(opts: {
  env: Record<string, string>;
  /** Loads bench/gc-hook.ts with --expose-gc: SIGUSR2 collects garbage and reports memory. */
  exposeGc?: boolean;
  /** More options for node (e.g. --cpu-prof). */
  nodeArgs?: string[];
  timeoutMs?: number;
}): Promise<ServerProcess> {
  const args = [
    ...(opts.nodeArgs ?? []),
    ...(opts.exposeGc ? ['--expose-gc'] : []),
    '--import',
    'tsx',
    ...(opts.exposeGc ? ['--import', GC_HOOK] : []),
    'src/app/cli/main.ts',
    'serve',
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: SERVER,
    env: { ...process.env, PORT: '0', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const gcWaiters: ((m: NodeJS.MemoryUsage | null) => void)[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => {
    stderr += d;
    for (const m of d.matchAll(/^gc-memory (\{.*\})$/gm)) gcWaiters.shift()?.(JSON.parse(m[1]!));
  });
  child.stdout!.setEncoding('utf8');
  const port = await new Promise<number>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the server did not start in time: ${stderr.slice(-2000)}`)),
      opts.timeoutMs ?? 60_000,
    );
    const onData = (d: string) => {
      // Only the start line is kept: with the log on stdout, a long run writes a lot here.
      if (stdout.length < 10_000) stdout += d;
      const m = /serving http:\/\/localhost:(\d+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}) before listening: ${stderr.slice(-2000)}`));
    });
  });
  const pid = child.pid!;
  let stopped = false;
  return {
    pid,
    port,
    url: `http://127.0.0.1:${port}`,
    stderr: () => stderr,
    // Memory and CPU are the whole server's: with several workers, the sum over its processes.
    memory: () => {
      try {
        let rssKb = 0;
        let hwmKb = 0;
        for (const p of processTree(pid)) {
          const status = readFileSync(`/proc/${p}/status`, 'utf8');
          const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
          rssKb += kb('VmRSS');
          hwmKb += kb('VmHWM');
        }
        return { rssKb, hwmKb };
      } catch {
        return null;
      }
    },
    cpuSec: () => processesCpuSec(processTree(pid)),
    collectGarbage: async () => {
      if (!opts.exposeGc) return null;
      // Every process of the server collects and reports; the figures are summed.
      const pids = processTree(pid);
      const reports = pids.map(
        () =>
          new Promise<NodeJS.MemoryUsage | null>((done) => {
            gcWaiters.push(done);
            setTimeout(() => done(null), 10_000).unref();
          }),
      );
      for (const p of pids) process.kill(p, 'SIGUSR2');
      const all = await Promise.all(reports);
      if (all.some((r) => r === null)) return null;
      const sum = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
      for (const r of all as NodeJS.MemoryUsage[])
        for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r[k];
      return sum;
    },
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await stopGroup(child, 15_000);
    },
  };
}
