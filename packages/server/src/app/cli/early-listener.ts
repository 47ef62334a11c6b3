import { existsSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import express from 'express';
import { serverRoot } from '../../platform/config.ts';
import { demoStatus } from '../demo/demo-status.ts';

/**
 * The first start's listener: on a new embedded database the port answers before the database is
 * created and migrated (the longest part of the first start), with the web app and /healthz (which
 * says the demo is loading). Every other request (GraphQL, uploads, exports) waits, unanswered,
 * until `serve` takes this server over; `release` then hands the waiting ones to the app.
 */
export async function listenEarly(port: number): Promise<{ server: Server; release: () => void }> {
  const waiting: [IncomingMessage, ServerResponse][] = [];
  const early = express();
  early.disable('x-powered-by');
  early.get('/healthz', (_req, res) => {
    res.json({ ok: true, demo: demoStatus() });
  });
  // The same files as the app serves (app.ts), so the first page is the app itself; /graphiql
  // waits for the app, which serves that page of its own.
  const webDist = resolve(serverRoot(), '../web/dist');
  if (existsSync(webDist)) {
    early.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    early.get(/^\/(?!graphql|graphiql|api\/).*/, (_req, res) => {
      res.sendFile(resolve(webDist, 'index.html'));
    });
  }
  early.use((req, res) => {
    waiting.push([req, res]);
  });
  const server = await new Promise<Server>((done, fail) => {
    const s = early.listen(port, (err?: Error) => (err ? fail(err) : done(s)));
  });
  const address = server.address();
  process.stdout.write(
    `Cornerstone is serving http://localhost:${typeof address === 'object' && address ? address.port : port} (GraphQL at /graphql, GraphiQL at /graphiql once the database is ready)\n`,
  );
  return {
    server,
    release: () => {
      for (const [req, res] of waiting.splice(0)) server.emit('request', req, res);
    },
  };
}
