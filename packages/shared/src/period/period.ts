/** A reporting period: ISO dates, both ends inclusive. `label` is the canonical text form. */
export interface Period {
  label: string;
  start: string;
  end: string;
  kind: 'month' | 'quarter' | 'year' | 'range';
}

/** Thrown by {@link parsePeriod} with a message that says which forms are accepted. */
export class PeriodFormatError extends Error {
  override name = 'PeriodFormatError';
}

const FORMS = 'expected YYYY-MM, YYYY-Qn, YYYY or YYYY-MM-DD..YYYY-MM-DD';

// Dates are day numbers since 1970-01-01 computed with integer civil-calendar math
// (Howard Hinnant's algorithm): no Date objects, so no time zones and no 2-digit-year quirks.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function split(date: string): [number, number, number] {
  if (!isValidDate(date)) throw new RangeError(`not a valid date: "${date}"`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fromDays(n: number): string {
  const [y, m, d] = civilFromDays(n);
  if (y < 1 || y > 9999) throw new RangeError('date out of range 0001..9999');
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** True for a real calendar date written `YYYY-MM-DD` (year 0001–9999): `2026-02-29` is false. */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** `date` plus `n` days (n may be negative). @throws RangeError on an invalid date. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = split(date);
  return fromDays(daysFromCivil(y, m, d) + n);
}

/** Days from `a` to `b` (`b − a`): `daysBetween('2026-01-01', '2026-01-31') === 30`. */
export function daysBetween(a: string, b: string): number {
  const [ay, am, ad] = split(a);
  const [by, bm, bd] = split(b);
  return daysFromCivil(by, bm, bd) - daysFromCivil(ay, am, ad);
}

function monthPeriod(y: number, m: number): Period {
  const start = `${pad4(y)}-${pad2(m)}-01`;
  const end = `${pad4(y)}-${pad2(m)}-${pad2(daysInMonth(y, m))}`;
  return { label: `${pad4(y)}-${pad2(m)}`, start, end, kind: 'month' };
}

function quarterPeriod(y: number, q: number): Period {
  const first = (q - 1) * 3 + 1;
  const start = `${pad4(y)}-${pad2(first)}-01`;
  const end = `${pad4(y)}-${pad2(first + 2)}-${pad2(daysInMonth(y, first + 2))}`;
  return { label: `${pad4(y)}-Q${q}`, start, end, kind: 'quarter' };
}

function yearPeriod(y: number): Period {
  return { label: pad4(y), start: `${pad4(y)}-01-01`, end: `${pad4(y)}-12-31`, kind: 'year' };
}

function rangePeriod(start: string, end: string): Period {
  return { label: `${start}..${end}`, start, end, kind: 'range' };
}

/**
 * Parses `2026-10` (month), `2026-Q3` (quarter), `2026` (year) or `2026-01-01..2026-03-31`
 * (inclusive range). Surrounding whitespace is ignored; `q` may be lower case.
 * @throws PeriodFormatError naming the problem.
 */
export function parsePeriod(s: string): Period {
  const text = s.trim();
  let m = /^(\d{4})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    if (y < 1) throw new PeriodFormatError(`year out of range: "${text}"`);
    return yearPeriod(y);
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (y < 1 || mo < 1 || mo > 12) throw new PeriodFormatError(`no such month: "${text}"`);
    return monthPeriod(y, mo);
  }
  m = /^(\d{4})-[Qq](\d)$/.exec(text);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    if (y < 1 || q < 1 || q > 4) throw new PeriodFormatError(`no such quarter: "${text}" (Q1..Q4)`);
    return quarterPeriod(y, q);
  }
  m = /^(\S+)\.\.(\S+)$/.exec(text);
  if (m) {
    const start = m[1] ?? '';
    const end = m[2] ?? '';
    if (!isValidDate(start)) throw new PeriodFormatError(`range start is not a date: "${start}"`);
    if (!isValidDate(end)) throw new PeriodFormatError(`range end is not a date: "${end}"`);
    if (end < start) throw new PeriodFormatError(`range ends before it starts: "${text}"`);
    return rangePeriod(start, end);
  }
  throw new PeriodFormatError(`not a period: "${text}" (${FORMS})`);
}

/**
 * The period of the same length just before `p`: the previous month, quarter or year;
 * for a range, as many days ending the day before `p.start`.
 */
export function previousPeriod(p: Period): Period {
  const [y, mo] = split(p.start);
  switch (p.kind) {
    case 'month':
      return mo === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, mo - 1);
    case 'quarter': {
      const q = Math.floor((mo - 1) / 3) + 1;
      return q === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, q - 1);
    }
    case 'year':
      return yearPeriod(y - 1);
    case 'range': {
      const end = addDays(p.start, -1);
      return rangePeriod(addDays(end, -(periodDays(p) - 1)), end);
    }
  }
}

/** The `n` periods ending with `p`, oldest first (`n = 3` gives the period and the two before it). */
export function recentPeriods(p: Period, n: number): Period[] {
  const out: Period[] = [];
  let cur = p;
  for (let i = 0; i < n; i++) {
    out.unshift(cur);
    if (i < n - 1) cur = previousPeriod(cur);
  }
  return out;
}

/** Number of days in the period, both ends counted. */
export function periodDays(p: Period): number {
  return daysBetween(p.start, p.end) + 1;
}

/** True when `date` falls inside the period (ISO dates compare as strings). */
export function periodContains(p: Period, date: string): boolean {
  return date >= p.start && date <= p.end;
}

/** Months since year 0 of a date or `YYYY-MM`: consecutive calendar months have consecutive indexes. */
export function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The first day of the month with index `i` (monthIndex). */
export function monthStart(i: number): string {
  return `${pad4(Math.floor(i / 12))}-${pad2((i % 12) + 1)}-01`;
}

/** The last day of the month with index `i` (monthIndex). */
export function monthEnd(i: number): string {
  return addDays(monthStart(i + 1), -1);
}

/** The `YYYY-MM` month `n` months after (before, when negative) the month of `date`. */
export function addMonths(date: string, n: number): string {
  return monthStart(monthIndex(date) + n).slice(0, 7);
}

/** The `YYYY-MM` months the period touches, in order. */
export function monthsOf(p: Period): string[] {
  const [sy, sm] = split(p.start);
  const [ey, em] = split(p.end);
  const out: string[] = [];
  for (let i = sy * 12 + sm - 1; i <= ey * 12 + em - 1; i++) {
    out.push(`${pad4(Math.floor(i / 12))}-${pad2((i % 12) + 1)}`);
  }
  return out;
}
