/** Money in fen (分), the smallest unit of the yuan. Always a bigint: never a binary float. */
export type Fen = bigint;

/** A rate as an exact integer count of millionths: 0.0078 (0.78%) is 7800n. */
export type RateMicros = bigint;

/** Thrown by {@link parseYuan} for anything that is not a plain decimal yuan amount. */
export class MoneyFormatError extends Error {
  override name = 'MoneyFormatError';
}

/** Thrown by {@link parseRate} for anything that is not a decimal fraction in [0, 1). */
export class RateFormatError extends Error {
  override name = 'RateFormatError';
}

/** Largest accepted magnitude, in yuan: anything bigger is a typo or a unit mix-up, not a payment. */
export const MAX_YUAN = 10n ** 15n;

/** One million: the denominator of {@link RateMicros}. */
export const RATE_SCALE = 1_000_000n;

// Digits only: no exponent, no grouping, no leading "+" or bare ".5" — settlement files are machine-written.
const YUAN_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;
const RATE_PATTERN = /^(\d+)(?:\.(\d{1,6}))?$/;

/**
 * Parses a yuan amount such as `"1234"`, `"1234.5"`, `"-3.20"` (surrounding whitespace ignored)
 * into fen. Negative amounts parse; callers decide whether they are allowed.
 * @throws MoneyFormatError on more than 2 decimals, empty input, exponents, non-numeric text
 *   or a magnitude above 10^15 yuan.
 */
export function parseYuan(s: string): Fen {
  const text = s.trim();
  if (text === '') throw new MoneyFormatError('empty amount');
  const m = YUAN_PATTERN.exec(text);
  if (!m) {
    if (/^-?\d+\.\d{3,}$/.test(text)) throw new MoneyFormatError(`more than 2 decimals: "${text}"`);
    throw new MoneyFormatError(`not a yuan amount: "${text}"`);
  }
  const [, sign, whole = '0', frac = ''] = m;
  // Check the magnitude on the digits before BigInt so a 10,000-digit string fails fast.
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 16 || BigInt(wholeDigits) > MAX_YUAN) {
    throw new MoneyFormatError(`amount too large: "${text}"`);
  }
  const fen = BigInt(wholeDigits) * 100n + BigInt(frac.padEnd(2, '0'));
  if (fen > MAX_YUAN * 100n) throw new MoneyFormatError(`amount too large: "${text}"`);
  return sign === '-' ? -fen : fen;
}

/** Formats fen as yuan with exactly 2 decimals and no grouping: `123450n` → `"1234.50"`, `-5n` → `"-0.05"`. */
export function formatYuan(fen: Fen): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return neg ? `-${text}` : text;
}

/** Sum of fen amounts (0n for none). */
export function sumFen(xs: Iterable<Fen>): Fen {
  let total = 0n;
  for (const x of xs) total += x;
  return total;
}

/**
 * Integer division rounded half-up, i.e. half away from zero, so a refund mirrors its payment.
 * @throws RangeError when the divisor is not positive.
 */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const neg = numerator < 0n;
  const abs = neg ? -numerator : numerator;
  const q = (abs * 2n + denominator) / (denominator * 2n);
  return neg ? -q : q;
}

/** `amount × rate`, rounded half-up to whole fen. */
export function applyRate(amount: Fen, rate: RateMicros): Fen {
  return divRoundHalfUp(amount * rate, RATE_SCALE);
}

/** `part / total` as a float for display (shares, percentages); 0 when the total is 0. */
export function shareOf(part: Fen, total: Fen): number {
  if (total === 0n) return 0;
  return Number(part) / Number(total);
}

/**
 * Parses a rate written as a decimal fraction (`"0.0078"` = 0.78%), at most 6 decimals, 0 ≤ rate < 1.
 * @throws RateFormatError otherwise (including percent signs: the files carry fractions).
 */
export function parseRate(s: string): RateMicros {
  const text = s.trim();
  if (text === '') throw new RateFormatError('empty rate');
  const m = RATE_PATTERN.exec(text);
  if (!m) {
    if (/^\d+\.\d{7,}$/.test(text)) throw new RateFormatError(`more than 6 decimals: "${text}"`);
    throw new RateFormatError(`not a decimal fraction: "${text}"`);
  }
  const [, whole = '0', frac = ''] = m;
  if (!/^0+$/.test(whole)) throw new RateFormatError(`rate must be below 1: "${text}"`);
  return BigInt(frac.padEnd(6, '0'));
}

function trimZeros(digits: string): string {
  return digits.replace(/0+$/, '');
}

/** The shortest exact decimal for a rate: `7800n` → `"0.0078"`, `12500n` → `"0.0125"`, `0n` → `"0"`. */
export function formatRate(r: RateMicros): string {
  const neg = r < 0n;
  const abs = neg ? -r : r;
  const frac = trimZeros((abs % RATE_SCALE).toString().padStart(6, '0'));
  const text = frac === '' ? `${abs / RATE_SCALE}` : `${abs / RATE_SCALE}.${frac}`;
  return neg ? `-${text}` : text;
}

/** A rate as a percentage with at least 2 decimals: `7800n` → `"0.78%"`, `650n` → `"0.065%"`, `0n` → `"0.00%"`. */
export function formatRatePercent(r: RateMicros): string {
  const neg = r < 0n;
  const abs = neg ? -r : r;
  // 1 percent = 10,000 micros, so the percentage has up to 4 decimals.
  const frac = trimZeros((abs % 10_000n).toString().padStart(4, '0')).padEnd(2, '0');
  return `${neg ? '-' : ''}${abs / 10_000n}.${frac}%`;
}
