import type { Server } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../platform/config.ts';
import { reactionsSettled } from '../platform/events/reactions.ts';
import { logger } from '../platform/logger.ts';
import { escalateBreached } from '../service-desk/complaints.service.ts';
import { followTierSnapshots } from '../task/snapshot-follow-up.service.ts';
import { refreshPeriodRanks } from '../tier/period-rank.service.ts';
import { deliverDue } from '../webhooks/webhooks.service.ts';
import { createApp } from './app.ts';
import type { Orm } from './orm.ts';

const ESCALATION_EVERY_MS = 5 * 60_000;
const WEBHOOK_EVERY_MS = 5_000;
const RANKING_EVERY_MS = 10_000;
const FOLLOW_UP_EVERY_MS = 30_000;
const STOP_GRACE_MS = 8_000;

/**
 * Listens on `config.port` until SIGINT/SIGTERM, then drains requests and closes the database.
 * `listening`: a server already on the port (the first start's, cli/early-listener.ts), which the
 * app takes over instead.
 */
export async function serve(orm: Orm, config: Config, listening?: Server): Promise<Server> {
  const { app, apollo } = await createApp(orm, config);
  let server: Server;
  if (listening) {
    listening.removeAllListeners('request');
    listening.on('request', app);
    server = listening;
  } else {
    server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(config.port, (err?: Error) => (err ? reject(err) : resolve(s)));
    });
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  if (!listening)
    process.stdout.write(
      `Cornerstone is serving http://localhost:${port} (GraphQL at /graphql, GraphiQL at /graphiql)\n`,
    );
  logger.info({ port, embedded: !config.databaseUrl }, 'listening');
  // Background work, in every server process: each round is safe to run in several processes at
  // once (idempotent, or claimed with leases), and one round at a time runs per process.
  const every = (ms: number, name: string, round: () => Promise<void>) => {
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        await round();
      } catch (err) {
        logger.error({ err }, `${name} failed`);
      } finally {
        running = false;
      }
    };
    const t = setInterval(run, ms);
    t.unref();
    return { t, run };
  };
  // Complaints past their SLA are escalated without anyone having to ask.
  const escalation = every(ESCALATION_EVERY_MS, 'complaint escalation', async () => {
    const r = await escalateBreached(orm.em.fork() as EntityManager);
    if (r.escalated) logger.info({ escalated: r.escalated }, 'complaints escalated');
  });
  // Webhooks: due deliveries go out every few seconds.
  const webhooks = every(WEBHOOK_EVERY_MS, 'webhook delivery round', async () => {
    await deliverDue(orm.em.fork() as EntityManager, { allowLoopback: config.webhookAllowLoopback });
  });
  // Stored pyramid rankings that went stale are computed again (period-rank.service.ts).
  const rankings = every(RANKING_EVERY_MS, 'ranking refresh', async () => {
    const done = await refreshPeriodRanks(orm);
    if (done.length) logger.info({ periods: done }, 'rankings refreshed');
  });
  // Tier snapshots whose cadence and tasks have not followed yet: one a process stopped halfway
  // through (its lease ran out), or one stored with its follow-up left to this round.
  const followUps = every(FOLLOW_UP_EVERY_MS, 'tier snapshot follow-up', async () => {
    const done = await followTierSnapshots(orm.em.fork() as EntityManager);
    if (done.length) logger.info({ periods: done }, 'tasks followed the tier snapshots');
  });
  void escalation.run();
  void followUps.run();
  const stop = async () => {
    for (const job of [escalation, webhooks, rankings, followUps]) clearInterval(job.t);
    server.close();
    await apollo.stop();
    // Work a request left running behind it (a snapshot's tasks) gets a moment to finish; what it
    // cannot finish stays marked in the database for another process's round, once its lease ends.
    await Promise.race([reactionsSettled(), new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
