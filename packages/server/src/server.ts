import type { Server } from 'node:http';
import { createApp } from './app.ts';
import type { Config } from './config.ts';
import type { Orm } from './db/orm.ts';
import { logger } from './logger.ts';

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
  const stop = async () => {
    server.close();
    await apollo.stop();
    await orm.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
