import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Type } from '@mikro-orm/core';
import { findRepoRoot } from '../config.ts';
import { logger } from '../logger.ts';

/**
 * Personal data at rest (PIPL art. 28; JR/T 0171-2020 C2): AES-256-GCM with a random 96-bit IV per
 * value, stored as `v1.<base64url(iv | tag | ciphertext)>`, plus a keyed hash (HMAC-SHA256, a
 * "blind index") so equal values can be compared without decrypting. The key is
 * `CORNERSTONE_DATA_KEY` (64 hex digits or base64 of 32 bytes); without it, a key file is generated
 * once and kept (mode 0600) beside the embedded database.
 */
let keys: { enc: Buffer; mac: Buffer; fingerprint: string } | null = null;

function parseKey(text: string, from: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${from}: a data key is 32 bytes (64 hex digits or base64)`);
  return key;
}

/**
 * Where the generated key lives: beside the embedded database's folder (`./data` → `./data.key`;
 * not inside it, where PostgreSQL's initdb wants an empty folder), or `./data.key` at the
 * repository root for a PostgreSQL server.
 */
export function keyFilePath(dataDir: string): string {
  const real = dataDir && !dataDir.startsWith('memory://');
  return `${resolve(real ? dataDir : resolve(findRepoRoot(), 'data'))}.key`;
}

/** Reads the key file, or creates it atomically (two processes starting at once agree on one key). */
function keyFromFile(path: string): Buffer {
  if (existsSync(path)) return parseKey(readFileSync(path, 'utf8'), path);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(tmp, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(tmp, path);
    logger.warn({ path }, 'generated a data key file; set CORNERSTONE_DATA_KEY in production');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    unlinkSync(tmp);
  }
  return parseKey(readFileSync(path, 'utf8'), path);
}

export function initDataKey(opts: { dataKey?: string | undefined; dataDir: string }): void {
  const master = opts.dataKey
    ? parseKey(opts.dataKey, 'CORNERSTONE_DATA_KEY')
    : keyFromFile(keyFilePath(opts.dataDir));
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  keys = {
    enc: derive('cornerstone personal data v1'),
    mac: derive('cornerstone blind index v1'),
    // A third key from the same master, used for nothing but this: it says which key is loaded and
    // nothing of the key itself or of the two above.
    fingerprint: derive('cornerstone data key fingerprint v1').toString('hex'),
  };
}

/** The fingerprint of the loaded key, kept in the database to refuse a process with another key. */
export const keyFingerprint = () => k().fingerprint;

/** Whether a stored value decrypts under the loaded key (a database from before fingerprints). */
export function opensWithKey(stored: string): boolean {
  try {
    decryptPersonal(stored);
    return true;
  } catch {
    return false;
  }
}

function k() {
  if (!keys) throw new Error('the data key is not loaded (initDataKey)');
  return keys;
}

export function encryptPersonal(plain: string): string;
export function encryptPersonal(plain: string | null): string | null;
export function encryptPersonal(plain: string | null): string | null {
  if (plain === null) return null;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k().enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

export const isEncrypted = (s: string) => s.startsWith('v1.');

export function decryptPersonal(stored: string | null): string | null {
  if (stored === null) return null;
  if (!isEncrypted(stored)) throw new Error('personal data column holds a value that is not encrypted');
  const raw = Buffer.from(stored.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', k().enc, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** The keyed hash of a value: equal values, equal hashes; nothing to learn without the key. */
export function blindIndex(plain: string | null): string | null {
  return plain === null ? null : createHmac('sha256', k().mac).update(plain, 'utf8').digest('hex');
}

/** A MikroORM column type that encrypts on the way in and decrypts on the way out. */
export class EncryptedText extends Type<string | null, string | null> {
  override convertToDatabaseValue(value: string | null): string | null {
    return value === null || value === undefined ? null : encryptPersonal(value);
  }
  override convertToJSValue(value: string | null): string | null {
    return value === null || value === undefined ? null : decryptPersonal(value);
  }
  override getColumnType(): string {
    return 'text';
  }
  override compareAsType(): string {
    return 'string';
  }
  /** Two encryptions of one value differ (random IVs): compare what they hold, or a flush rewrites it. */
  override compareValues(a: string | null, b: string | null): boolean {
    if (a === b) return true;
    if (a === null || b === null || !isEncrypted(a) || !isEncrypted(b)) return false;
    return decryptPersonal(a) === decryptPersonal(b);
  }
}
