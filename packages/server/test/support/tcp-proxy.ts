import { createServer, type Server, type Socket, connect as tcpConnect } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 between the server and its database, for fault tests: it can drop every
 * current connection, refuse new ones for a while (the port stops listening: ECONNREFUSED), hold
 * new ones without answering (a black hole), and delay every chunk in both directions.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<[Socket, Socket]>();
  private readonly held = new Set<Socket>();
  private delayMs = { toServer: 0, toClient: 0 };
  private blackHole = false;
  port = 0;
  /** Connections accepted so far (each one a database connection the server opened). */
  accepted = 0;

  constructor(
    private readonly targetPort: number,
    private readonly targetHost = '127.0.0.1',
  ) {}

  /** Starts listening (on the same port again after `refuse`). */
  async listen(): Promise<number> {
    if (this.server) return this.port;
    const server = createServer((client) => this.handle(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  private handle(client: Socket) {
    this.accepted++;
    client.on('error', () => undefined);
    if (this.blackHole) {
      // Accepted, never forwarded nor answered: the other side waits for its own timeout.
      this.held.add(client);
      client.on('close', () => this.held.delete(client));
      return;
    }
    const upstream = tcpConnect(this.targetPort, this.targetHost);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    const forget = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', forget);
    upstream.on('close', forget);
    this.pipe(client, upstream, 'toServer');
    this.pipe(upstream, client, 'toClient');
  }

  /** Forwards chunks in order, each after the current delay. */
  private pipe(from: Socket, to: Socket, direction: 'toServer' | 'toClient') {
    let chain = Promise.resolve();
    from.on('data', (chunk: Buffer) => {
      const delay = this.delayMs[direction];
      if (delay === 0) {
        chain = chain.then(() => {
          if (!to.destroyed) to.write(chunk);
        });
        return;
      }
      chain = chain.then(
        () =>
          new Promise<void>((done) =>
            setTimeout(() => {
              if (!to.destroyed) to.write(chunk);
              done();
            }, delay),
          ),
      );
    });
    from.on('end', () => {
      chain = chain.then(() => {
        if (!to.destroyed) to.end();
      });
    });
  }

  /** Open connections through the proxy right now. */
  get connections(): number {
    return this.pairs.size;
  }

  /** Cuts every current connection at once (both sides reset), as a network failure would. */
  dropAll(): number {
    const n = this.pairs.size + this.held.size;
    for (const [a, b] of this.pairs) {
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    for (const s of this.held) s.resetAndDestroy();
    this.pairs.clear();
    this.held.clear();
    return n;
  }

  /** Stops listening: new connections are refused until `accept()` (current ones are left alone). */
  async refuse(): Promise<void> {
    const s = this.server;
    this.server = null;
    // The port stops listening at once; close's callback would wait for the open connections.
    s?.close();
  }

  /** Listens again on the same port after `refuse`, and stops holding new connections. */
  async accept(): Promise<void> {
    this.blackHole = false;
    await this.listen();
  }

  /** New connections are accepted but never answered (until `accept()`). */
  holdNew(on = true): void {
    this.blackHole = on;
  }

  /**
   * Delays every chunk by `ms` (0 to stop): in both directions, or only the database's answers
   * (`toClient`: a statement runs and commits while its answer is still on the way).
   */
  setDelay(ms: number, direction: 'both' | 'toServer' | 'toClient' = 'both'): void {
    if (direction !== 'toClient') this.delayMs.toServer = ms;
    if (direction !== 'toServer') this.delayMs.toClient = ms;
  }

  async close(): Promise<void> {
    this.dropAll();
    await this.refuse();
  }
}
