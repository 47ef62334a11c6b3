import { cell, type RowError, type RowResult } from '../csv/csv-row.ts';
import { excerpt, withExcerpt } from '../csv/excerpt.ts';
import { isValidMid } from '../merchant/merchant-rules.ts';
import { type Fen, formatYuan, MoneyFormatError, parseYuan } from '../money/money.ts';
import { addDays, isValidDate } from '../period/period.ts';

/** Header of settlements.csv, in contract order. */
export const SETTLEMENT_COLUMNS = [
  'settle_date',
  'mid',
  'txn_count',
  'txn_amount',
  'capped_count',
  'capped_amount',
  'merchant_fee',
  'issuer_fee',
  'network_fee',
] as const;

/** A valid settlements.csv row: one merchant, one settlement day. (settleDate, mid) is its identity. */
export interface SettlementRow {
  settleDate: string;
  mid: string;
  txnCount: number;
  txnAmount: Fen;
  cappedCount: number;
  cappedAmount: Fen;
  merchantFee: Fen;
  issuerFee: Fen;
  networkFee: Fen;
}

// Counts land in a PostgreSQL integer column.
const MAX_COUNT = 2 ** 31 - 1;

/** The settle dates an import accepts, both inclusive (YYYY-MM-DD). */
export interface SettleDateRange {
  from: string;
  to: string;
}

/**
 * The settle dates accepted on business day `today`: from `daysBack` days before to `daysAhead`
 * after. Settlement is for days already traded: a date far ahead is a typo (2099 for 2009) that
 * would create partitions and accrue points for days that never happened.
 */
export function settleDateRange(
  today: string,
  window: { daysAhead: number; daysBack: number },
): SettleDateRange {
  return { from: addDays(today, -window.daysBack), to: addDays(today, window.daysAhead) };
}

/**
 * Validates one settlements.csv row (cells as read, untrimmed): a real date (within `dates` when
 * given), a 15-digit MID, non-negative counts and amounts, capped ≤ total, fees no larger than the
 * amount they are charged on, and no amount without a count. Reports every problem under its CSV
 * column, quoting at most an {@link excerpt} of a cell.
 */
export function validateSettlementRow(
  raw: Record<string, string | undefined>,
  dates?: SettleDateRange,
): RowResult<SettlementRow> {
  const errors: RowError[] = [];
  const fail = (column: string, message: string): void => {
    errors.push({ column, message });
  };

  const settleDate = cell(raw, 'settle_date');
  if (!isValidDate(settleDate))
    fail('settle_date', `settle_date "${excerpt(settleDate)}" is not a YYYY-MM-DD date`);
  else if (dates && (settleDate < dates.from || settleDate > dates.to))
    fail(
      'settle_date',
      `settle_date ${settleDate} is outside the accepted window ${dates.from}..${dates.to}`,
    );
  const mid = cell(raw, 'mid');
  if (!isValidMid(mid)) fail('mid', mid === '' ? 'mid is empty' : `mid "${excerpt(mid)}" is not 15 digits`);

  const count = (column: string): number | null => {
    const t = cell(raw, column);
    if (!/^\d+$/.test(t)) {
      fail(
        column,
        t === '' ? `${column} is empty` : `${column} "${excerpt(t)}" is not a non-negative integer`,
      );
      return null;
    }
    const n = Number(t);
    if (n > MAX_COUNT) {
      fail(column, `${column} ${excerpt(t)} is too large`);
      return null;
    }
    return n;
  };
  const money = (column: string): Fen | null => {
    const t = cell(raw, column);
    try {
      const v = parseYuan(t);
      if (v < 0n) {
        fail(column, `${column} ${excerpt(t)} is negative`);
        return null;
      }
      return v;
    } catch (e) {
      if (!(e instanceof MoneyFormatError)) throw e;
      fail(column, `${column}: ${withExcerpt(e.message, t)}`);
      return null;
    }
  };

  const txnCount = count('txn_count');
  const txnAmount = money('txn_amount');
  const cappedCount = count('capped_count');
  const cappedAmount = money('capped_amount');
  const merchantFee = money('merchant_fee');
  const issuerFee = money('issuer_fee');
  const networkFee = money('network_fee');

  // Cross-column rules only where both sides parsed, so one bad cell is reported once.
  if (txnCount !== null && cappedCount !== null && cappedCount > txnCount) {
    fail('capped_count', `capped_count ${cappedCount} exceeds txn_count ${txnCount}`);
  }
  if (txnAmount !== null && cappedAmount !== null && cappedAmount > txnAmount) {
    fail(
      'capped_amount',
      `capped_amount ${formatYuan(cappedAmount)} exceeds txn_amount ${formatYuan(txnAmount)}`,
    );
  }
  if (txnAmount !== null && txnCount === 0 && txnAmount > 0n) {
    fail('txn_count', `txn_count is 0 but txn_amount is ${formatYuan(txnAmount)}`);
  }
  if (cappedAmount !== null && cappedCount === 0 && cappedAmount > 0n) {
    fail('capped_count', `capped_count is 0 but capped_amount is ${formatYuan(cappedAmount)}`);
  }
  if (txnAmount !== null && merchantFee !== null && merchantFee > txnAmount) {
    fail(
      'merchant_fee',
      `merchant_fee ${formatYuan(merchantFee)} exceeds txn_amount ${formatYuan(txnAmount)}`,
    );
  }
  if (txnAmount !== null && issuerFee !== null && networkFee !== null && issuerFee + networkFee > txnAmount) {
    fail(
      'issuer_fee',
      `issuer_fee ${formatYuan(issuerFee)} + network_fee ${formatYuan(networkFee)} exceeds txn_amount ${formatYuan(txnAmount)}`,
    );
  }

  if (
    errors.length > 0 ||
    txnCount === null ||
    txnAmount === null ||
    cappedCount === null ||
    cappedAmount === null ||
    merchantFee === null ||
    issuerFee === null ||
    networkFee === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      settleDate,
      mid,
      txnCount,
      txnAmount,
      cappedCount,
      cappedAmount,
      merchantFee,
      issuerFee,
      networkFee,
    },
  };
}
