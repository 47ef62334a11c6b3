import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Orm } from './orm.ts';

/** One transaction on a raw connection, for the set-based bulk paths (imports, snapshots). */
export interface BulkTx {
  /** Runs SQL with `$1…` parameters and returns the rows. */
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Loads rows into a table with COPY … FROM STDIN (CSV). Values are already strings or null. */
  copyIn(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly (string | null)[])[],
  ): Promise<void>;
  /** Streams a CSV file (header row skipped) straight into a table with PostgreSQL's own COPY parser. */
  copyFile(
    table: string,
    columns: readonly string[],
    path: string,
    onChunk?: (chunk: Buffer) => void,
  ): Promise<void>;
  /**
   * Opens COPY … FROM STDIN (CSV, no header) on a table for the caller to write CSV bytes into. On a
   * server the bytes stream to PostgreSQL while the caller goes on preparing the next ones; on the
   * embedded database they are kept and copied at `end()`. Nothing else may run on this transaction
   * until `end()` has resolved. `freeze`: the table was created in this transaction (COPY FREEZE).
   */
  copyWriter(table: string, columns: readonly string[], opts?: { freeze?: boolean }): CopyWriter;
  /** Runs several statements (no parameters) in one round trip; PostgreSQL runs them in order. */
  script(sql: string): Promise<void>;
  /** True on a PostgreSQL server, false on the embedded database. */
  readonly server: boolean;
}

/** An open COPY: `write` waits while PostgreSQL catches up; `end` resolves once every row is stored. */
export interface CopyWriter {
  /** Resolves once the bytes are handed over (to the connection's socket): `chunk` may be reused. */
  write(chunk: Uint8Array): Promise<void>;
  /** Ends the COPY and answers how many rows it stored. */
  end(): Promise<number>;
}

const copySql = (table: string, columns: readonly string[], freeze?: boolean) =>
  `COPY ${table} (${columns.join(',')}) FROM STDIN (FORMAT csv${freeze ? ', FREEZE' : ''})`;

/** Where a bulk transaction runs: the ORM's own pool, or a bare pg pool (the CLI's bulk commands). */
export type BulkSource = Orm | pg.Pool;

/**
 * Runs `fn` in one transaction on a connection taken from `source` — on the embedded database the
 * ORM's one connection, so nothing else can interleave. Commits when `fn` resolves, rolls back when
 * it throws: a file is imported whole or not at all.
 */
export async function withBulkTx<T>(source: BulkSource, fn: (tx: BulkTx) => Promise<T>): Promise<T> {
  if (source instanceof pg.Pool) {
    const client = await source.connect();
    let broken: Error | undefined;
    // A connection lost mid-transaction also fails the statement in flight, which reports it; the
    // client's own 'error' event must not go unheard (it would end the process).
    const lost = (err: Error) => {
      broken = err;
    };
    client.on('error', lost);
    try {
      return await inTransaction(pgTx(client), fn, (err) => {
        broken = err instanceof Error ? err : new Error(String(err));
      });
    } finally {
      client.off('error', lost);
      // A connection lost, or whose rollback failed, is closed, not returned to the pool.
      client.release(broken);
    }
  }
  const knex = (source.em as unknown as SqlEntityManager).getConnection().getKnex();
  const client = knex.client as {
    acquireConnection(): Promise<unknown>;
    releaseConnection(c: unknown): Promise<void>;
  };
  const conn = await client.acquireConnection();
  try {
    // PGlite is the embedded database; anything else is a pg connection of a server.
    const embedded = typeof (conn as { waitReady?: unknown }).waitReady !== 'undefined';
    const tx = embedded ? pgliteTx(conn as PGlite) : pgTx(conn as pg.PoolClient);
    return await inTransaction(tx, fn, (rollbackErr) => {
      // The connection is lost or in an unknown state (a fault mid-import): the pool must not
      // hand it out again. Knex drops connections marked disposed when they are next acquired.
      if (tx.server) (conn as { __knex__disposed?: unknown }).__knex__disposed = rollbackErr;
    });
  } finally {
    await client.releaseConnection(conn);
  }
}

async function inTransaction<T>(
  tx: BulkTx,
  fn: (tx: BulkTx) => Promise<T>,
  rollbackFailed: (err: unknown) => void,
): Promise<T> {
  await tx.query('BEGIN');
  try {
    const result = await fn(tx);
    await tx.query('COMMIT');
    return result;
  } catch (err) {
    await tx.query('ROLLBACK').catch(rollbackFailed);
    throw err;
  }
}

function pgTx(client: pg.PoolClient): BulkTx {
  return {
    server: true,
    async script(sql) {
      await client.query(sql);
    },
    copyWriter(table, columns, opts) {
      const stream = client.query(copyFrom(copySql(table, columns, opts?.freeze)));
      const done = new Promise<void>((resolve, reject) => {
        stream.on('finish', resolve);
        stream.on('error', reject);
      });
      let failure: unknown = null;
      done.catch((err: unknown) => {
        failure = err;
      });
      return {
        async write(chunk) {
          if (failure) throw failure;
          if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), done]);
          // In the kernel's hands once the socket has nothing left to write: the caller may reuse the
          // chunk (the import recycles its blocks instead of leaving 1 MB of garbage per block).
          const socket = (client as unknown as { connection: { stream: Writable } }).connection.stream;
          if (socket.writableLength > 0) await Promise.race([once(socket, 'drain'), done]);
        },
        async end() {
          stream.end();
          await done;
          return stream.rowCount;
        },
      };
    },
    async copyFile(table, columns, path, onChunk) {
      const stream = client.query(
        copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN (FORMAT csv, HEADER true)`),
      );
      const file = createReadStream(path);
      if (onChunk) file.on('data', (c) => onChunk(c as Buffer));
      await pipeline(file, stream);
    },
    async query(sql, params) {
      const res = await client.query(sql, params as unknown[]);
      return res.rows;
    },
    async copyIn(table, columns, rows) {
      if (rows.length === 0) return;
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN (FORMAT csv)`));
      await pipeline(Readable.from(csvChunks(rows)), stream);
    },
  };
}

function pgliteTx(db: PGlite): BulkTx {
  return {
    server: false,
    async script(sql) {
      await db.exec(sql);
    },
    copyWriter(table, columns, opts) {
      const chunks: Uint8Array[] = [];
      return {
        async write(chunk) {
          // Kept until end(): a copy, so the caller may reuse its buffer.
          chunks.push(Uint8Array.from(chunk));
        },
        async end() {
          if (chunks.length === 0) return 0;
          const res = await db.query(
            `${copySql(table, columns, opts?.freeze)}`.replace('STDIN', "'/dev/blob'"),
            [],
            {
              blob: new Blob(chunks),
            },
          );
          return res.affectedRows ?? 0;
        },
      };
    },
    async copyFile(table, columns, path, onChunk) {
      // PGlite's COPY reads a Blob: the file is read whole (the embedded database is for smaller data).
      const data = await readFile(path);
      onChunk?.(data);
      await db.query(`COPY ${table} (${columns.join(',')}) FROM '/dev/blob' (FORMAT csv, HEADER true)`, [], {
        blob: new Blob([data]),
      });
    },
    async query(sql, params) {
      const res = await db.query(sql, params as unknown[]);
      return res.rows as never;
    },
    async copyIn(table, columns, rows) {
      if (rows.length === 0) return;
      // PGlite's COPY reads from a Blob given as /dev/blob.
      const blob = new Blob([...csvChunks(rows)]);
      await db.query(`COPY ${table} (${columns.join(',')}) FROM '/dev/blob' (FORMAT csv)`, [], { blob });
    },
  };
}

function* csvChunks(rows: readonly (readonly (string | null)[])[]): Generator<string> {
  let chunk = '';
  for (const row of rows) {
    chunk += `${row.map(csvField).join(',')}\n`;
    if (chunk.length > 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

// CSV for COPY: unquoted empty field is NULL, a quoted one is the empty string.
function csvField(v: string | null): string {
  if (v === null) return '';
  return `"${v.replaceAll('"', '""')}"`;
}
