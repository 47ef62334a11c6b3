import type { Server } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { Orm } from './db/orm.ts';
import { logger } from './logger.ts';
import { deliverDue } from './modules/integrations/webhooks.service.ts';
import { escalateBreached } from './modules/service-desk/complaints.service.ts';

const ESCALATION_EVERY_MS = 5 * 60_000;
const WEBHOOK_EVERY_MS = 5_000;

/** Listens on `config.port` until SIGINT/SIGTERM, then drains requests and closes the database. */
export async function serve(orm: Orm, config: Config): Promise<Server> {
  const { app, apollo } = await createApp(orm, config);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.port, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  process.stdout.write(
    `Cornerstone is serving http://localhost:${port} (GraphQL at /graphql, GraphiQL at /graphiql)\n`,
  );
  logger.info({ port, embedded: !config.databaseUrl }, 'listening');
  // Complaints past their SLA are escalated without anyone having to ask (safe to repeat).
  const escalate = async () => {
    try {
      const r = await escalateBreached(orm.em.fork() as EntityManager);
      if (r.escalated) logger.info({ escalated: r.escalated }, 'complaints escalated');
    } catch (err) {
      logger.error({ err }, 'complaint escalation failed');
    }
  };
  const timer = setInterval(escalate, ESCALATION_EVERY_MS);
  timer.unref();
  // Webhooks: due deliveries go out every few seconds; one round at a time per process.
  let delivering = false;
  const deliver = async () => {
    if (delivering) return;
    delivering = true;
    try {
      await deliverDue(orm.em.fork() as EntityManager);
    } catch (err) {
      logger.error({ err }, 'webhook delivery round failed');
    } finally {
      delivering = false;
    }
  };
  const webhookTimer = setInterval(deliver, WEBHOOK_EVERY_MS);
  webhookTimer.unref();
  void escalate();
  const stop = async () => {
    clearInterval(timer);
    clearInterval(webhookTimer);
    server.close();
    await apollo.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
