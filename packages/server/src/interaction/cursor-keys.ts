import { notACursor, type PageRequest } from '../platform/graphql/connection.ts';

// A timestamp as a cursor key, to the microsecond: `toISOString()` keeps milliseconds only, and two
// events within one millisecond would then page wrongly (one skipped or shown twice).

/** SQL of a timestamptz column as exact ISO text in UTC, e.g. `2026-06-10T02:00:00.123456Z`. */
export const exactAt = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const EXACT_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const ROW_ID = /^\d{1,18}$/;

/**
 * Refuses a cursor whose keys would not cast (`?::timestamptz`, `?::bigint`) as the list's own
 * words, before the database sees them. `shape` says which key is which: `at`, `id` or `text`.
 */
export function checkCursorKeys(req: PageRequest, shape: ('at' | 'id' | 'text')[]): void {
  if (!req.cursor) return;
  const ok =
    req.cursor.length === shape.length &&
    shape.every((kind, i) => {
      const key = String(req.cursor![i]);
      return kind === 'at' ? EXACT_AT.test(key) : kind === 'id' ? ROW_ID.test(key) : true;
    });
  if (!ok) throw notACursor(req);
}
