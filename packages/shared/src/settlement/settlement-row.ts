import { cell, type RowError, type RowResult, rowProblem } from '../csv/csv-row.ts';
import { excerpt } from '../csv/excerpt.ts';
import { parseProblem } from '../import/import-problems.ts';
import { isValidMid } from '../merchant/merchant-rules.ts';
import { type Fen, formatYuan, MoneyFormatError, parseYuan } from '../money/money.ts';
import { addDays, isValidDate } from '../period/period.ts';
import type { ProblemCode, ProblemParams } from '../problems.ts';

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
 * column by its code (problems.ts) with its English, quoting at most an {@link excerpt} of a cell.
 */
export function validateSettlementRow(
  raw: Record<string, string | undefined>,
  dates?: SettleDateRange,
): RowResult<SettlementRow> {
  const errors: RowError[] = [];
  const fail = (column: string, code: ProblemCode, params: ProblemParams = {}): void => {
    errors.push(rowProblem(column, code, params));
  };

  const settleDate = cell(raw, 'settle_date');
  if (!isValidDate(settleDate))
    fail('settle_date', 'import.dateFormat', { column: 'settle_date', value: excerpt(settleDate) });
  else if (dates && (settleDate < dates.from || settleDate > dates.to))
    fail('settle_date', 'import.settleDateWindow', { date: settleDate, from: dates.from, to: dates.to });
  const mid = cell(raw, 'mid');
  if (mid === '') fail('mid', 'import.cellEmpty', { column: 'mid' });
  else if (!isValidMid(mid)) fail('mid', 'import.midFormat', { value: excerpt(mid) });

  const count = (column: string): number | null => {
    const t = cell(raw, column);
    if (!/^\d+$/.test(t)) {
      if (t === '') fail(column, 'import.cellEmpty', { column });
      else fail(column, 'import.countFormat', { column, value: excerpt(t) });
      return null;
    }
    const n = Number(t);
    if (n > MAX_COUNT) {
      fail(column, 'import.countTooLarge', { column, value: excerpt(t) });
      return null;
    }
    return n;
  };
  const money = (column: string): Fen | null => {
    const t = cell(raw, column);
    try {
      const v = parseYuan(t);
      if (v < 0n) {
        fail(column, 'import.amountNegative', { column, value: excerpt(t) });
        return null;
      }
      return v;
    } catch (e) {
      if (!(e instanceof MoneyFormatError)) throw e;
      const p = parseProblem(column, e, excerpt(t));
      fail(column, p.code, p.params);
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
    fail('capped_count', 'import.cappedCountExceeds', { capped: cappedCount, total: txnCount });
  }
  if (txnAmount !== null && cappedAmount !== null && cappedAmount > txnAmount) {
    fail('capped_amount', 'import.cappedAmountExceeds', {
      capped: formatYuan(cappedAmount),
      total: formatYuan(txnAmount),
    });
  }
  if (txnAmount !== null && txnCount === 0 && txnAmount > 0n) {
    fail('txn_count', 'import.amountWithoutCount', { amount: formatYuan(txnAmount) });
  }
  if (cappedAmount !== null && cappedCount === 0 && cappedAmount > 0n) {
    fail('capped_count', 'import.cappedAmountWithoutCount', { amount: formatYuan(cappedAmount) });
  }
  if (txnAmount !== null && merchantFee !== null && merchantFee > txnAmount) {
    fail('merchant_fee', 'import.merchantFeeExceeds', {
      fee: formatYuan(merchantFee),
      amount: formatYuan(txnAmount),
    });
  }
  if (txnAmount !== null && issuerFee !== null && networkFee !== null && issuerFee + networkFee > txnAmount) {
    fail('issuer_fee', 'import.feesExceed', {
      issuer: formatYuan(issuerFee),
      network: formatYuan(networkFee),
      amount: formatYuan(txnAmount),
    });
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
