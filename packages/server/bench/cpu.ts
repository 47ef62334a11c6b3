// CPU time as Linux counts it (/proc), for telling where a benchmark's time went: the server
// process, the database's backends, and the machine as a whole. Off Linux every reading is null.
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of /proc CPU times, 100 on every Linux build that matters here. */
const CLOCK_TICKS = 100;

/** User and system CPU seconds of these processes (fields 14 and 15 of /proc/PID/stat). */
export function processesCpuSec(pids: number[]): number | null {
  try {
    let ticks = 0;
    for (const p of pids) {
      // The fields after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/**
 * The PostgreSQL backends serving one database on this machine: their titles read
 * "postgres: [CLUSTER: ]USER DATABASE HOST(PORT) STATE", or "[local]" for HOST(PORT) over a Unix
 * socket. Empty when the server runs elsewhere.
 */
const BACKEND_TITLE = /^postgres: (?:[^ ]+: )?[^ ]+ ([^ ]+) (?:[^ ]+\(\d+\)|\[local\])/;

export function databaseBackends(database: string): number[] {
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const title = readFileSync(`/proc/${e}/cmdline`, 'utf8');
      if (BACKEND_TITLE.exec(title)?.[1] === database) pids.push(Number(e));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/**
 * A meter of the CPU a database's backends on this machine use from now on: each call answers the
 * seconds since the meter started. A backend opened meanwhile counts from zero; one that closed
 * meanwhile is no longer counted. Null when none was found (the database runs elsewhere).
 */
export function databaseCpuMeter(database: string): () => number | null {
  const start = new Map(databaseBackends(database).map((p) => [p, processesCpuSec([p]) ?? 0]));
  return () => {
    let sec: number | null = null;
    for (const p of databaseBackends(database)) {
      const now = processesCpuSec([p]);
      if (now !== null) sec = (sec ?? 0) + now - (start.get(p) ?? 0);
    }
    return sec;
  };
}

/** The machine's busy and total CPU seconds over all cores, from the first line of /proc/stat. */
export function machineCpuSec(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy: busy / CLOCK_TICKS, total: (busy + idle! + iowait!) / CLOCK_TICKS };
  } catch {
    return null;
  }
}
