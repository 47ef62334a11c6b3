import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findRepoRoot } from '../config.ts';
import { logger } from '../logger.ts';

// The data key of an embedded database lives in a file beside it (`./data` → `./data.key`). A
// PostgreSQL server database never gets one: its processes run on several machines, and a file
// made on one of them would be a key no other process has (config.ts, DataKeyRequired).

/** A data key as text: 64 hex digits or base64 of 32 bytes. */
export function parseKey(text: string, from: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${from}: a data key is 32 bytes (64 hex digits or base64)`);
  return key;
}

export const newKeyText = () => `${randomBytes(32).toString('hex')}\n`;

/**
 * Where the embedded database's key lives: beside its folder, not inside it, where PostgreSQL's
 * initdb wants an empty folder. A database in memory uses the default folder's key.
 */
export function keyFilePath(dataDir: string): string {
  const real = dataDir && !dataDir.startsWith('memory://');
  return `${resolve(real ? dataDir : resolve(findRepoRoot(), 'data'))}.key`;
}

/** Where a rotation keeps the new key until its transaction has committed (key-rotation.ts). */
export const pendingKeyPath = (keyFile: string) => `${keyFile}.new`;

/** Writes a new file (mode 0600) and flushes it to disk; fails if `path` exists. */
export function writeKeyFileExclusive(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  syncDir(dirname(path));
}

/** Replaces `to` by `from` in one step, durable before it returns. */
export function replaceKeyFile(from: string, to: string): void {
  renameSync(from, to);
  syncDir(dirname(to));
}

// A rename or a new name is on disk only once its folder is: a crash could otherwise bring back
// the old key file after the database has committed to the new key.
function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can open a folder (Windows); the rename itself is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Reads the key file, or creates it atomically (two processes starting at once agree on one key). */
export function readOrCreateKeyFile(path: string): Buffer {
  if (existsSync(path)) return parseKey(readFileSync(path, 'utf8'), path);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeKeyFileExclusive(tmp, newKeyText());
  try {
    linkSync(tmp, path);
    logger.warn({ path }, 'generated a data key file beside the embedded database; keep it with the data');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
  return parseKey(readFileSync(path, 'utf8'), path);
}
