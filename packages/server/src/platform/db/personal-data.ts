import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Type } from '@mikro-orm/core';
import { DataKeyRequired } from '../config.ts';
import { logger } from '../logger.ts';
import { keyFilePath, parseKey, pendingKeyPath, readOrCreateKeyFile, replaceKeyFile } from './key-file.ts';

/**
 * Personal data at rest (PIPL art. 28; JR/T 0171-2020 C2): AES-256-GCM with a random 96-bit IV per
 * value, stored as `v1.<base64url(iv | tag | ciphertext)>`, plus a keyed hash (HMAC-SHA256, a
 * "blind index") so equal values can be compared without decrypting. The key is
 * `CORNERSTONE_DATA_KEY` (64 hex digits or base64 of 32 bytes); an embedded database without it
 * gets a key file, generated once and kept (mode 0600) beside it (key-file.ts). A PostgreSQL server
 * database needs `CORNERSTONE_DATA_KEY` (docs/security.md, "Data key").
 */
export interface DataKeys {
  enc: Buffer;
  mac: Buffer;
  fingerprint: string;
}

let keys: DataKeys | null = null;
/** The key file the loaded key was read from; null when it came from CORNERSTONE_DATA_KEY. */
let keyFile: string | null = null;

/** The three keys derived from one master key (HKDF-SHA256, one purpose each). */
export function deriveKeys(master: Buffer): DataKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), info, 32));
  return {
    enc: derive('cornerstone personal data v1'),
    mac: derive('cornerstone blind index v1'),
    // A third key from the same master, used for nothing but this: it says which key is loaded and
    // nothing of the key itself or of the two above.
    fingerprint: derive('cornerstone data key fingerprint v1').toString('hex'),
  };
}

export function initDataKey(opts: {
  dataKey?: string | undefined;
  dataDir: string;
  databaseUrl?: string | undefined;
}): void {
  if (opts.dataKey) {
    keys = deriveKeys(parseKey(opts.dataKey, 'CORNERSTONE_DATA_KEY'));
    keyFile = null;
    return;
  }
  // Checked before any file is touched: a server database must not get a key file anywhere.
  if (opts.databaseUrl) throw new DataKeyRequired();
  keyFile = keyFilePath(opts.dataDir);
  keys = deriveKeys(readOrCreateKeyFile(keyFile));
}

/** The keys in use (a rotation re-encrypts from these). */
export const loadedKeys = () => k();

/** The key file the loaded key came from, or null for a key from CORNERSTONE_DATA_KEY. */
export const loadedKeyFile = () => keyFile;

/** The fingerprint of the loaded key, kept in the database to refuse a process with another key. */
export const keyFingerprint = () => k().fingerprint;

/**
 * Finishes a rotation of a key file that committed but stopped before its rename (key-rotation.ts):
 * when the database's fingerprint is that of `data.key.new`, that file becomes `data.key` and its
 * key is loaded. Nothing happens otherwise; a `data.key.new` the database does not know is left
 * alone (a rotation that did not commit, and the next rotation overwrites it).
 */
export function adoptPendingKeyFile(databaseFingerprint: string): boolean {
  if (!keyFile) return false;
  const pending = pendingKeyPath(keyFile);
  if (!existsSync(pending)) return false;
  const next = deriveKeys(parseKey(readFileSync(pending, 'utf8'), pending));
  if (next.fingerprint !== databaseFingerprint) return false;
  replaceKeyFile(pending, keyFile);
  keys = next;
  logger.warn(
    { path: keyFile },
    'finished an interrupted data key rotation: the database is under the key of data.key.new, which now replaces data.key',
  );
  return true;
}

/** Whether a stored value decrypts under the loaded key (a database from before fingerprints). */
export function opensWithKey(stored: string): boolean {
  try {
    decryptPersonal(stored);
    return true;
  } catch {
    return false;
  }
}

function k(): DataKeys {
  if (!keys) throw new Error('the data key is not loaded (initDataKey)');
  return keys;
}

/** Encrypts under the given keys (a rotation's new ones); encryptPersonal under the loaded ones. */
export function encryptWith(dk: DataKeys, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dk.enc, iv);
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

export function decryptWith(dk: DataKeys, stored: string): string {
  if (!isEncrypted(stored)) throw new Error('personal data column holds a value that is not encrypted');
  const raw = Buffer.from(stored.slice(3), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', dk.enc, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

export const blindIndexWith = (dk: DataKeys, plain: string): string =>
  createHmac('sha256', dk.mac).update(plain, 'utf8').digest('hex');

export function encryptPersonal(plain: string): string;
export function encryptPersonal(plain: string | null): string | null;
export function encryptPersonal(plain: string | null): string | null {
  return plain === null ? null : encryptWith(k(), plain);
}

export const isEncrypted = (s: string) => s.startsWith('v1.');

export function decryptPersonal(stored: string | null): string | null {
  return stored === null ? null : decryptWith(k(), stored);
}

/** The keyed hash of a value: equal values, equal hashes; nothing to learn without the key. */
export function blindIndex(plain: string | null): string | null {
  return plain === null ? null : blindIndexWith(k(), plain);
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
