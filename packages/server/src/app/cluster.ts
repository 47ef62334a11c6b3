// `serve` on several processes of one machine (CORNERSTONE_WORKERS, docs/scaling.md): Node runs
// GraphQL on one thread, so one process uses one core. The primary process serves nothing itself:
// it forks the workers — each a whole server with its own pool and background rounds, all on the
// same port (the operating system hands each connection to one of them) —, starts a new worker in
// place of one that dies, and on SIGTERM or SIGINT lets every worker drain before it exits. Workers
// keep nothing another would need (docs/scaling.md §2), so nothing ties a user to one of them.
import cluster, { type Worker } from 'node:cluster';
import { logger } from '../platform/logger.ts';

/** A worker that dies sooner than this after starting counts towards giving up. */
const EARLY_DEATH_MS = 10_000;
/** Early deaths in a row after which the primary stops starting new workers and exits. */
const MAX_EARLY_DEATHS = 5;

/**
 * Forks `count` workers running this same command and keeps them running; resolves with the exit
 * status once they have all stopped (after a signal, or when they keep dying at start).
 */
export function runWorkers(count: number): Promise<number> {
  return new Promise((done) => {
    let stopping = false;
    let earlyDeaths = 0;
    const started = new Map<Worker, number>();
    const fork = () => started.set(cluster.fork({ CORNERSTONE_WORKER: '1' }), Date.now());
    const finishIfIdle = (status: number) => {
      if (Object.keys(cluster.workers ?? {}).length === 0) done(status);
    };
    cluster.on('exit', (worker, code, signal) => {
      const lived = Date.now() - (started.get(worker) ?? 0);
      started.delete(worker);
      if (stopping) return finishIfIdle(0);
      earlyDeaths = lived < EARLY_DEATH_MS ? earlyDeaths + 1 : 0;
      logger.error({ pid: worker.process.pid, code, signal, livedMs: lived }, 'server worker died');
      if (earlyDeaths >= MAX_EARLY_DEATHS) {
        // A worker that cannot start (a bad setting, the database gone) would be forked for ever.
        process.stderr.write(
          `cornerstone: ${MAX_EARLY_DEATHS} server workers in a row died within ${EARLY_DEATH_MS / 1000} s of starting; stopping\n`,
        );
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
        return finishIfIdle(1);
      }
      fork();
    });
    const stop = () => {
      if (stopping) return;
      stopping = true;
      // Each worker closes its server, finishes the requests under way and closes its pool.
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      finishIfIdle(0);
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    for (let i = 0; i < count; i++) fork();
    logger.info({ workers: count }, 'server workers started');
  });
}
