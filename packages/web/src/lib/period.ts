// Month periods as the API writes them: "YYYY-MM".

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is string {
  return !!value && MONTH.test(value);
}

/** The month of a date, in the acquirer's time zone (China Standard Time, UTC+8, no DST). */
export function monthOf(date: Date): string {
  return new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
}

/** The month `n` months before `ym` (negative `n` goes forward). */
export function addMonths(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

export function previousMonth(ym: string): string {
  return addMonths(ym, 1);
}

/** The last complete month: the default period of the explorer and the lists. */
export function defaultPeriod(now = new Date()): string {
  return previousMonth(monthOf(now));
}

/** `count` months ending with `last`, newest first. */
export function monthsBack(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => addMonths(last, i));
}
