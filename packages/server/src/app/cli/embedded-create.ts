import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

// PGlite runs PostgreSQL as WebAssembly on the thread that opens it, and creating a new data
// directory (initdb) is the first start's longest single step: several seconds in which that thread
// does nothing else. Run on a worker thread, it overlaps with loading the server's code on this one;
// the database then opens the directory as an existing one. A plain script: the worker needs no
// TypeScript loader, only PGlite.
const CREATE = `
const { workerData } = require('node:worker_threads');
import(workerData.pglite).then(async ({ PGlite }) => {
  const db = new PGlite(workerData.dataDir);
  await db.waitReady;
  await db.close();
});`;

/**
 * Creates the embedded database's data directory on a worker thread, or null when there is nothing
 * to create (it exists, or the database lives in memory). The caller awaits it before opening.
 */
export function createEmbeddedDataDir(dataDir: string): Promise<void> | null {
  if (dataDir.startsWith('memory://') || existsSync(join(dataDir, 'PG_VERSION'))) return null;
  mkdirSync(dataDir, { recursive: true });
  const worker = new Worker(CREATE, {
    eval: true,
    // Without this process's loader flags (tsx): the worker only runs the script above.
    execArgv: [],
    workerData: { pglite: import.meta.resolve('@electric-sql/pglite'), dataDir },
  });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`creating the embedded database stopped (exit ${code})`)),
    );
  });
}
