import { execFileSync, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Throwaway PostgreSQL clusters for the fault and replica tests: initdb in a temp dir owned by the
 * `postgres` user (initdb and postgres refuse to run as root), on a free port on 127.0.0.1, with
 * trust authentication. Nothing here touches DATABASE_URL's server.
 */

/** The PostgreSQL binaries: PG_BIN, else `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function pgBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
}

const asRoot = process.getuid?.() === 0;

function pgUser(): { uid: number; gid: number } | null {
  if (!asRoot) return null;
  const out = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
  const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
  return { uid: Number(out), gid: Number(gid) };
}

/** Runs a PostgreSQL binary, as the postgres user when we are root; throws with its output on failure. */
function runPg(bin: string, args: string[], opts: { allowFail?: boolean; timeoutMs?: number } = {}) {
  const exe = join(pgBinDir(), bin);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', exe, ...args]] : [exe, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: opts.timeoutMs ?? 120_000 });
  if (r.status !== 0 && !opts.allowFail)
    throw new Error(`${bin} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}${r.stdout}`);
  return r;
}

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function tempDirForPostgres(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const owner = pgUser();
  if (owner) chownSync(dir, owner.uid, owner.gid);
  return dir;
}

/** Every cluster still running when the test process exits is stopped (immediate) and removed. */
const live = new Set<PgInstance>();
process.once('exit', () => {
  for (const c of live) c.destroySync();
});

export type StopMode = 'fast' | 'immediate';

/** One running postgres (a primary or a streaming replica) in its own temp dir. */
export class PgInstance {
  readonly dataDir: string;
  private readonly log: string;
  private running = false;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    this.dataDir = join(dir, 'data');
    this.log = join(dir, 'postgres.log');
    live.add(this);
  }

  /** A connection URL for `db` on this instance; `params` go in the query string (e.g. application_name). */
  url(db = 'postgres', params: Record<string, string> = {}): string {
    const q = new URLSearchParams(params).toString();
    return `postgres://postgres@127.0.0.1:${this.port}/${db}${q ? `?${q}` : ''}`;
  }

  get isRunning(): boolean {
    return this.running;
  }

  /** Starts it and waits until it accepts connections. */
  async start(): Promise<void> {
    runPg('pg_ctl', ['-D', this.dataDir, '-l', this.log, '-w', '-t', '60', 'start']);
    this.running = true;
  }

  /** Stops it: `fast` (clients disconnected, clean shutdown) or `immediate` (as after a crash). */
  async stop(mode: StopMode = 'fast'): Promise<void> {
    runPg('pg_ctl', ['-D', this.dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
    this.running = false;
  }

  async restart(mode: StopMode = 'fast'): Promise<void> {
    await this.stop(mode);
    await this.start();
  }

  /** Runs one statement on `db` with a short-lived connection of its own. */
  async sql<R = Record<string, unknown>>(
    text: string,
    params: unknown[] = [],
    db = 'postgres',
  ): Promise<R[]> {
    const c = new pg.Client({ connectionString: this.url(db) });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as R[];
    } finally {
      await c.end();
    }
  }

  /** The tail of the server log, for failure messages. */
  logTail(lines = 40): string {
    try {
      return readFileSync(this.log, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  }

  destroySync(): void {
    if (existsSync(join(this.dataDir, 'postmaster.pid')))
      runPg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', '-t', '30', 'stop'], { allowFail: true });
    this.running = false;
    rmSync(this.dir, { recursive: true, force: true });
    live.delete(this);
  }

  /** Stops it (immediate: nothing to keep) and removes its directory. */
  async destroy(): Promise<void> {
    this.destroySync();
  }
}

function settings(dir: string, port: number): string {
  return [
    `port = ${port}`,
    `listen_addresses = '127.0.0.1'`,
    `unix_socket_directories = '${dir}'`,
    'wal_level = replica',
    'max_wal_senders = 5',
    'hot_standby = on',
    // Throwaway data: no fsync (a stop -m immediate still recovers from WAL; only an OS crash would lose it).
    'fsync = off',
    'full_page_writes = off',
    'shared_buffers = 64MB',
    'max_connections = 60',
    'logging_collector = off',
    '',
  ].join('\n');
}

/** A fresh primary: initdb, settings for streaming replication, started. */
export async function createCluster(): Promise<PgInstance> {
  const dir = tempDirForPostgres('cs-pg-');
  const port = await freePort();
  const pgc = new PgInstance(dir, port);
  try {
    runPg('initdb', [
      '-D',
      pgc.dataDir,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ]);
    writeFileSync(join(pgc.dataDir, 'postgresql.auto.conf'), settings(dir, port));
    await pgc.start();
  } catch (err) {
    pgc.destroySync();
    throw new Error(`${(err as Error).message}\n${pgc.logTail()}`);
  }
  return pgc;
}

/** A streaming replica of `primary` (pg_basebackup -R) on another port, with pause/resume of replay. */
export class PgReplica extends PgInstance {
  constructor(
    dir: string,
    port: number,
    readonly primary: PgInstance,
  ) {
    super(dir, port);
  }

  /** Stops applying WAL (it still receives it): reads answer the state at the pause. */
  async pauseReplay(): Promise<void> {
    await this.sql('select pg_wal_replay_pause()');
    for (let i = 0; i < 200; i++) {
      const [r] = await this.sql<{ s: string }>('select pg_get_wal_replay_pause_state() as s');
      if (r?.s === 'paused') return;
      await new Promise((d) => setTimeout(d, 50));
    }
    throw new Error('replay did not pause');
  }

  async resumeReplay(): Promise<void> {
    await this.sql('select pg_wal_replay_resume()');
  }

  /** Waits until the replica has replayed everything the primary had written when this was called. */
  async waitCaughtUp(timeoutMs = 60_000): Promise<void> {
    const [p] = await this.primary.sql<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [r] = await this.sql<{ ok: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [
        p!.lsn,
      ]);
      if (r?.ok) return;
      if (Date.now() > deadline) throw new Error(`replica did not reach ${p!.lsn}\n${this.logTail()}`);
      await new Promise((d) => setTimeout(d, 50));
    }
  }
}

/** Makes and starts a streaming replica of a running primary. */
export async function createReplica(primary: PgInstance): Promise<PgReplica> {
  const dir = tempDirForPostgres('cs-pg-replica-');
  const port = await freePort();
  const replica = new PgReplica(dir, port, primary);
  try {
    runPg('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      replica.dataDir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    // -R appended primary_conninfo to the copied auto.conf; the later settings win.
    const auto = join(replica.dataDir, 'postgresql.auto.conf');
    writeFileSync(auto, `${readFileSync(auto, 'utf8')}\n${settings(dir, port)}`);
    await replica.start();
  } catch (err) {
    replica.destroySync();
    throw new Error(`${(err as Error).message}\n${replica.logTail()}`);
  }
  return replica;
}
