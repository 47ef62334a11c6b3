import type { EncryptedColumn } from '../platform/db/key-rotation.ts';

// Every column that holds values encrypted under the data key (`v1.…`, platform/db/personal-data.ts),
// with its blind index where it has one: what `cornerstone keys rotate` re-encrypts. A column missing
// here would stay under the old key and be unreadable after a rotation; test/key-rotation.test.ts
// searches the database for any other column holding such values.
export const PERSONAL_DATA_COLUMNS: readonly EncryptedColumn[] = [
  // The merchant's contact mobile (PIPL): the import compares the blind index to find a changed one.
  { table: 'merchant', column: 'contact_mobile', blindIndex: 'contact_mobile_hash' },
  // A webhook's signing secret, shown once when subscribed, needed in clear to sign each delivery.
  { table: 'webhook_subscription', column: 'secret' },
];
