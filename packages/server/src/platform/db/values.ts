/**
 * A timestamp from a raw SQL row as a Date. PGlite hands back Date objects; node-postgres under
 * MikroORM hands back PostgreSQL's text form (`2026-10-28 18:10:36.732+00`), which is not ISO 8601.
 */
export function asDate(v: unknown): Date;
export function asDate(v: unknown | null): Date | null;
export function asDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const iso = String(v)
    .replace(' ', 'T')
    .replace(/([+-]\d{2})$/, '$1:00');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new Error(`not a timestamp: ${String(v)}`);
  return d;
}

/** Converts the named timestamp fields of raw rows to Dates, in place. */
export function withDates<T extends object>(rows: T[], ...fields: (keyof T)[]): T[] {
  for (const r of rows)
    for (const f of fields) (r as Record<keyof T, unknown>)[f] = asDate((r as Record<keyof T, unknown>)[f]);
  return rows;
}

// Array parameters go in as one literal: knex would spread a JavaScript array into several parameters.

/** A PostgreSQL int[] literal; each id truncated to an integer. */
export const intArray = (ids: readonly number[]) => `{${ids.map((i) => Math.trunc(i)).join(',')}}`;

/**
 * A PostgreSQL text[] literal. Every element is double-quoted with `\` and `"` escaped, so commas,
 * braces, spaces, empty strings and the word NULL come back as the text they were.
 */
export const textArray = (xs: readonly string[]) =>
  `{${xs.map((x) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
