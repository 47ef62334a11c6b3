import { existsSync, unlinkSync } from 'node:fs';
import { type BulkSource, type BulkTx, withBulkTx } from './bulk.ts';
import { pendingKeyPath, replaceKeyFile, writeKeyFileExclusive } from './key-file.ts';
import {
  blindIndexWith,
  type DataKeys,
  decryptWith,
  deriveKeys,
  encryptWith,
  loadedKeyFile,
  loadedKeys,
} from './personal-data.ts';

// `cornerstone keys rotate`: every encrypted value is decrypted under the database's key and
// encrypted again under a new one, its blind index recomputed, and the database's fingerprint moved
// to the new key, all in one transaction: a failure anywhere leaves the database under the old key,
// whole. Which columns hold personal data the application says (app/personal-data-columns.ts).

/** A column of `v1.` values (personal-data.ts) and, where it has one, its blind index column. */
export interface EncryptedColumn {
  table: string;
  column: string;
  blindIndex?: string;
}

export interface RotationProgress {
  done: number;
  total: number;
}

export class SameDataKey extends Error {
  constructor() {
    super(
      'the new data key is the key this database is already under: nothing to rotate; nothing was written',
    );
    this.name = 'SameDataKey';
  }
}

const BATCH = 2000;
const IDENT = /^[a-z_][a-z0-9_]*$/;

/**
 * Rotates the database to `newKey`. For a database whose key is a file (the embedded one), the new
 * key is first written to `data.key.new` and flushed; once the transaction has committed it replaces
 * `data.key`. A crash in between leaves the database under the new key with the new key on disk,
 * and the next start finishes the rename (personal-data.ts, adoptPendingKeyFile). A key from
 * CORNERSTONE_DATA_KEY is the caller's to keep: it must be stored before this is called.
 */
export async function rotateDataKey(
  source: BulkSource,
  columns: readonly EncryptedColumn[],
  opts: { newKey: Buffer; onProgress?: (p: RotationProgress) => void },
): Promise<{ rows: number; keyFile: string | null }> {
  const from = loadedKeys();
  const to = deriveKeys(opts.newKey);
  if (to.fingerprint === from.fingerprint) throw new SameDataKey();
  const keyFile = loadedKeyFile();
  const pending = keyFile ? pendingKeyPath(keyFile) : null;
  if (pending) {
    // A data.key.new left here is from a rotation that did not commit (the database's fingerprint
    // is still data.key's, or migrate would have adopted it): nothing is encrypted under it.
    if (existsSync(pending)) unlinkSync(pending);
    writeKeyFileExclusive(pending, `${opts.newKey.toString('hex')}\n`);
  }
  const rows = await withBulkTx(source, (tx) => reencrypt(tx, columns, from, to, opts.onProgress));
  if (keyFile && pending) replaceKeyFile(pending, keyFile);
  return { rows, keyFile };
}

async function reencrypt(
  tx: BulkTx,
  columns: readonly EncryptedColumn[],
  from: DataKeys,
  to: DataKeys,
  onProgress?: (p: RotationProgress) => void,
): Promise<number> {
  for (const c of columns)
    for (const name of [c.table, c.column, c.blindIndex ?? 'id'])
      if (!IDENT.test(name)) throw new Error(`not a column name: ${name}`);
  // The fingerprint row first: a second rotation started at the same time waits here, then finds
  // the fingerprint moved and stops.
  const [stored] = await tx.query<{ fingerprint: string }>(
    'select fingerprint from data_key where id = 1 for update',
  );
  if (stored?.fingerprint !== from.fingerprint)
    throw new Error('the data key of this database changed while the rotation started; nothing was written');
  // No writes under the old key while the values move (reads go on): an import that has begun is
  // waited for, and its rows are then rotated with the rest.
  const tables = [...new Set(columns.map((c) => c.table))];
  await tx.query(`lock table ${tables.join(', ')} in exclusive mode`);
  let total = 0;
  for (const c of columns) {
    const [n] = await tx.query<{ n: string }>(
      `select count(*)::text as n from ${c.table} where ${c.column} is not null`,
    );
    total += Number(n?.n ?? 0);
  }
  let done = 0;
  onProgress?.({ done, total });
  for (const c of columns) {
    for (let after = '0'; ; ) {
      // Ordered by the integer id, not by its text form (`10` before `9`).
      const batch = await tx.query<{ row_id: string; v: string }>(
        `select id::text as row_id, ${c.column} as v from ${c.table}
         where id > $1::bigint and ${c.column} is not null order by id limit ${BATCH}`,
        [after],
      );
      if (batch.length === 0) break;
      const values: string[] = [];
      const hashes: string[] = [];
      for (const r of batch) {
        let plain: string;
        try {
          plain = decryptWith(from, r.v);
        } catch {
          // Never the value itself: where it is, so it can be looked at.
          throw new Error(
            `${c.table}.${c.column} of id ${r.row_id} does not open with the current data key; nothing was written`,
          );
        }
        values.push(encryptWith(to, plain));
        hashes.push(blindIndexWith(to, plain));
      }
      // One statement per batch: the ids, new values and blind indexes as three arrays.
      await tx.query(
        c.blindIndex
          ? `update ${c.table} t set ${c.column} = u.v, ${c.blindIndex} = u.h
             from unnest($1::bigint[], $2::text[], $3::text[]) as u(id, v, h) where t.id = u.id`
          : `update ${c.table} t set ${c.column} = u.v
             from unnest($1::bigint[], $2::text[]) as u(id, v) where t.id = u.id`,
        c.blindIndex ? [batch.map((r) => r.row_id), values, hashes] : [batch.map((r) => r.row_id), values],
      );
      after = batch[batch.length - 1]!.row_id;
      done += batch.length;
      onProgress?.({ done, total });
    }
  }
  await tx.query('update data_key set fingerprint = $1 where id = 1', [to.fingerprint]);
  return done;
}
