import { adoptPendingKeyFile, keyFingerprint, opensWithKey } from './personal-data.ts';
import type { SqlRows } from './replicas.ts';

// One key per database. Personal data is encrypted under the data key (personal-data.ts); a second
// process started with another key (or with none, so that a new key file is made) would write
// values that no other process can read, and every reader of them would fail. The database keeps
// the fingerprint of its key; a process whose key does not match stops before it writes anything.

export class DataKeyMismatch extends Error {
  constructor() {
    super(
      'the data key does not match this database: its personal data is encrypted under another key. ' +
        "Start with the database's key (CORNERSTONE_DATA_KEY as the other processes have it, or the key " +
        'file beside the embedded database); nothing was written.',
    );
    this.name = 'DataKeyMismatch';
  }
}

/**
 * Checks the loaded key against the database's, and records it where none is recorded yet. A
 * database from before fingerprints takes the key only if its personal data opens with it.
 */
export async function checkDataKey(sql: SqlRows): Promise<void> {
  const stored = async () =>
    (await sql<{ fingerprint: string }>('select fingerprint from data_key where id = 1'))[0];
  const known = await stored();
  if (!known) {
    const [sample] = await sql<{ v: string }>(
      'select contact_mobile as v from merchant where contact_mobile is not null limit 1',
    );
    if (sample && !opensWithKey(sample.v)) throw new DataKeyMismatch();
    // Two processes starting at once: the first insert wins and the other compares against it.
    await sql('insert into data_key (id, fingerprint) values (1, ?) on conflict (id) do nothing', [
      keyFingerprint(),
    ]);
  }
  const theirs = (known ?? (await stored()))?.fingerprint;
  // A rotation of the key file that committed but was stopped before its rename finishes here.
  if (theirs !== keyFingerprint() && !(theirs && adoptPendingKeyFile(theirs))) throw new DataKeyMismatch();
}
