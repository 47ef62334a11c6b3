import { isValidDate } from '../period/period.ts';
import { SETTLEMENT_COLUMNS, type SettleDateRange } from './settlement-row.ts';

/** Largest whole-yuan part the scanner takes (12 digits): sums of 31 days stay exact in a double. */
const MAX_WHOLE_DIGITS = 12;
// Counts land in a PostgreSQL integer column.
const MAX_COUNT = 2 ** 31 - 1;

const COMMA = 0x2c;
const DASH = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;

/**
 * The fast twin of {@link validateSettlementRow} for machine-written files: it reads one line of
 * settlements.csv straight from the bytes, without a string per cell, and accepts only the plain
 * form — unquoted cells, a YYYY-MM-DD date, a 15-digit MID, digit-only counts of at most 10 digits,
 * amounts of at most 12 whole digits and 2 decimals — that passes every rule of the shared
 * validator. It is never looser: a line it accepts, the validator accepts with the same values (a
 * property test holds that). A line it refuses may still be valid (quotes, spaces, huge amounts):
 * the caller hands such a file to the careful path, which names each problem by row and column.
 *
 * Amounts are in fen as plain numbers: at most 10^14 fen each, so a month of one merchant's days
 * sums exactly (below 2^53).
 */
export class SettlementLineScanner {
  /** Column index in the file of each contract column, in contract order. */
  private readonly at: number[];
  private readonly starts = new Int32Array(SETTLEMENT_COLUMNS.length);
  private readonly ends = new Int32Array(SETTLEMENT_COLUMNS.length);
  private lastDate = new Uint8Array(10);
  private lastDateOk = false;

  // The last line accepted, in contract columns.
  settleDate = '';
  /** The month as year × 12 + month − 1: which monthly partition the line goes to. */
  monthIndex = 0;
  /** The MID as a number (15 digits stay exact), to look up without making a string. */
  midKey = 0;
  /** Byte offsets of the MID cell in the line. */
  midStart = 0;
  midEnd = 0;
  txnCount = 0;
  cappedCount = 0;
  txnAmount = 0;
  cappedAmount = 0;
  merchantFee = 0;
  issuerFee = 0;
  networkFee = 0;

  /**
   * `header`: the file's column names (any order), exactly the contract's columns; `dates`: the
   * settle dates accepted (the validator's window), when there is one.
   */
  constructor(
    header: readonly string[],
    private readonly dates?: SettleDateRange,
  ) {
    this.at = SETTLEMENT_COLUMNS.map((c) => header.indexOf(c));
    if (header.length !== SETTLEMENT_COLUMNS.length || this.at.some((i) => i < 0))
      throw new Error(`a settlements header names exactly ${SETTLEMENT_COLUMNS.join(',')}`);
  }

  /** Reads `line[start, end)` (no line end). True when the line is plain and passes every rule. */
  scan(line: Uint8Array, start: number, end: number): boolean {
    const { starts, ends, at } = this;
    let cellNo = 0;
    starts[0] = start;
    for (let i = start; i < end; i++) {
      if (line[i] === COMMA) {
        if (cellNo === SETTLEMENT_COLUMNS.length - 1) return false;
        ends[cellNo] = i;
        starts[++cellNo] = i + 1;
      }
    }
    if (cellNo !== SETTLEMENT_COLUMNS.length - 1) return false;
    ends[cellNo] = end;

    if (!this.date(line, starts[at[0]!]!, ends[at[0]!]!)) return false;
    const ms = starts[at[1]!]!;
    const me = ends[at[1]!]!;
    if (me - ms !== 15) return false;
    let mid = 0;
    for (let i = ms; i < me; i++) {
      const d = line[i]! - ZERO;
      if (d < 0 || d > 9) return false;
      mid = mid * 10 + d;
    }
    this.midKey = mid;
    this.midStart = ms;
    this.midEnd = me;

    const txnCount = count(line, starts[at[2]!]!, ends[at[2]!]!);
    const txnAmount = fen(line, starts[at[3]!]!, ends[at[3]!]!);
    const cappedCount = count(line, starts[at[4]!]!, ends[at[4]!]!);
    const cappedAmount = fen(line, starts[at[5]!]!, ends[at[5]!]!);
    const merchantFee = fen(line, starts[at[6]!]!, ends[at[6]!]!);
    const issuerFee = fen(line, starts[at[7]!]!, ends[at[7]!]!);
    const networkFee = fen(line, starts[at[8]!]!, ends[at[8]!]!);
    if (txnCount < 0 || cappedCount < 0) return false;
    if (txnAmount < 0 || cappedAmount < 0 || merchantFee < 0 || issuerFee < 0 || networkFee < 0) return false;
    // The validator's cross-column rules, in its order.
    if (cappedCount > txnCount || cappedAmount > txnAmount) return false;
    if (txnCount === 0 && txnAmount > 0) return false;
    if (cappedCount === 0 && cappedAmount > 0) return false;
    if (merchantFee > txnAmount || issuerFee + networkFee > txnAmount) return false;
    this.txnCount = txnCount;
    this.cappedCount = cappedCount;
    this.txnAmount = txnAmount;
    this.cappedAmount = cappedAmount;
    this.merchantFee = merchantFee;
    this.issuerFee = issuerFee;
    this.networkFee = networkFee;
    return true;
  }

  private date(line: Uint8Array, s: number, e: number): boolean {
    if (e - s !== 10) return false;
    const last = this.lastDate;
    let same = true;
    for (let i = 0; i < 10; i++)
      if (line[s + i] !== last[i]) {
        same = false;
        break;
      }
    if (same) return this.lastDateOk;
    for (let i = 0; i < 10; i++) last[i] = line[s + i]!;
    // Only digits and the two dashes get as far as the shared rule.
    let plain = last[4] === DASH && last[7] === DASH;
    for (let i = 0; plain && i < 10; i++)
      if (i !== 4 && i !== 7 && (last[i]! < ZERO || last[i]! > ZERO + 9)) plain = false;
    const text = String.fromCharCode(...last);
    const { dates } = this;
    this.lastDateOk = plain && isValidDate(text) && (!dates || (text >= dates.from && text <= dates.to));
    if (this.lastDateOk) {
      this.settleDate = text;
      this.monthIndex = Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1;
    }
    return this.lastDateOk;
  }
}

/** A count: 1–10 digits, at most 2^31 − 1; −1 when not. */
function count(line: Uint8Array, s: number, e: number): number {
  if (e <= s || e - s > 10) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = line[i]! - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n > MAX_COUNT ? -1 : n;
}

/** An amount in fen: 1–12 whole digits, optionally a dot and 1–2 decimals; −1 when not. */
function fen(line: Uint8Array, s: number, e: number): number {
  let whole = 0;
  let i = s;
  for (; i < e && line[i] !== DOT; i++) {
    const d = line[i]! - ZERO;
    if (d < 0 || d > 9) return -1;
    whole = whole * 10 + d;
  }
  const wholeDigits = i - s;
  if (wholeDigits === 0 || wholeDigits > MAX_WHOLE_DIGITS) return -1;
  if (i === e) return whole * 100;
  const decimals = e - i - 1;
  if (decimals < 1 || decimals > 2) return -1;
  const d1 = line[i + 1]! - ZERO;
  const d2 = decimals === 2 ? line[i + 2]! - ZERO : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}
