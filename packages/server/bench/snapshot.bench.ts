import type { EntityManager } from '@mikro-orm/postgresql';
import { migrate, openOrm } from '../src/app/orm.ts';
import { freshDatabase, sql } from './bench-db.ts';
import { seedRollup } from './pyramid.bench.ts';

export interface SnapshotFigures {
  merchants: number;
  /** The official snapshot of a period and the cadence and task refresh it reacts with, in all. */
  totalMs: number;
  /** Each part, in order: the snapshot's own (CORNERSTONE_TIMING phases), then the two refreshes. */
  phases: Record<string, number>;
  /** The same again at once: nothing changed, so the refreshes find nothing to write. */
  againMs: number;
  againPhases: Record<string, number>;
  tasks: number;
}

/**
 * Runs `run` with CORNERSTONE_TIMING on and collects the `phase <name> <ms> ms` lines the services
 * print to stderr (they print nothing without it).
 */
async function withPhases<T>(run: () => Promise<T>): Promise<{ result: T; phases: Record<string, number> }> {
  const phases: Record<string, number> = {};
  const before = process.env.CORNERSTONE_TIMING;
  const write = process.stderr.write.bind(process.stderr);
  process.env.CORNERSTONE_TIMING = '1';
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    const m = /^phase (\S+) (\d+) ms/.exec(String(chunk));
    if (!m) return write(chunk, ...rest);
    phases[m[1]!] = (phases[m[1]!] ?? 0) + Number(m[2]);
    return true;
  }) as typeof process.stderr.write;
  try {
    return { result: await run(), phases };
  } finally {
    process.stderr.write = write;
    if (before === undefined) delete process.env.CORNERSTONE_TIMING;
    else process.env.CORNERSTONE_TIMING = before;
  }
}

export async function snapshotBench(merchants: number): Promise<SnapshotFigures> {
  const url = await freshDatabase('cs_bench_snapshot');
  const orm = await openOrm({ databaseUrl: url, dataDir: '' });
  try {
    await migrate(orm);
    await seedRollup(url, merchants);
    const { computeTierSnapshot } = await import('../src/tier/tier-snapshot.service.ts');
    const { refreshCadenceTiers, refreshTasks } = await import('../src/task/tasks.service.ts');
    // The tasks the merchants' import would have given them (each one's contact re-verification):
    // the merchants were seeded by SQL, and a first snapshot adds their cadence tasks to these.
    await withPhases(() => refreshTasks(orm.em.fork() as EntityManager, null));
    // What `tiers.snapshotted` runs (app/workflows), timed call by call.
    const once = () =>
      withPhases(async () => {
        const t0 = performance.now();
        await computeTierSnapshot(orm, '2025-12', 'bench', { follow: 'later' });
        const t1 = performance.now();
        const { tasksFor } = await refreshCadenceTiers(orm.em.fork() as EntityManager, {
          fromSnapshot: true,
        });
        const t2 = performance.now();
        await refreshTasks(orm.em.fork() as EntityManager, tasksFor);
        const t3 = performance.now();
        return { snapshot: t1 - t0, cadence: t2 - t1, tasks: t3 - t2, total: t3 - t0 };
      });
    const first = await once();
    const [open] = await sql<{ n: number }>(
      url,
      "select count(*)::int as n from maintenance_task where status = 'open'",
    );
    const again = await once();
    const phasesOf = (r: typeof first) => ({
      ...r.phases,
      'snapshot (all)': Math.round(r.result.snapshot),
      'cadence refresh': Math.round(r.result.cadence),
      'task refresh': Math.round(r.result.tasks),
    });
    return {
      merchants,
      totalMs: Math.round(first.result.total),
      phases: phasesOf(first),
      againMs: Math.round(again.result.total),
      againPhases: phasesOf(again),
      tasks: open?.n ?? 0,
    };
  } finally {
    await orm.close();
  }
}
