import { cell, type RowError, type RowResult, rowProblem } from '../csv/csv-row.ts';
import { controlCharacterIn, excerpt } from '../csv/excerpt.ts';
import { parseProblem } from '../import/import-problems.ts';
import {
  type Fen,
  MoneyFormatError,
  parseRate,
  parseYuan,
  RateFormatError,
  type RateMicros,
} from '../money/money.ts';
import { isValidDate } from '../period/period.ts';
import type { ProblemCode, ProblemParams } from '../problems.ts';
import { type CategoryCode, categoryOfMcc, parseCategory } from './category.ts';
import { type FeePlanKind, feePlanProblems, isValidMcc, isValidMid } from './merchant-rules.ts';

/** Header of merchants.csv, in contract order. */
export const MERCHANT_COLUMNS = [
  'mid',
  'name',
  'mcc',
  'category',
  'fee_plan',
  'rate',
  'cap',
  'branch',
  'manager',
  'onboarded_on',
  'contact_name',
  'contact_mobile',
] as const;

/** A valid merchants.csv row. Manager existence and in-file duplicates are the server's checks. */
export interface MerchantRow {
  mid: string;
  name: string;
  mcc: string;
  category: CategoryCode;
  feePlan: FeePlanKind;
  rate: RateMicros;
  cap: Fen | null;
  branch: string;
  manager: string;
  onboardedOn: string;
  contactName: string | null;
  contactMobile: string | null;
}

/** Longest accepted merchant name, in characters (code points). */
export const MAX_MERCHANT_NAME = 100;

/** Mainland China mobile number: 11 digits starting 13–19. */
export function isValidMobile(s: string): boolean {
  return /^1[3-9][0-9]{9}$/.test(s);
}

/** Whether `s` has more than `n` characters (code points), counted only as far as needed. */
function longerThan(s: string, n: number): boolean {
  if (s.length <= n) return false;
  let count = 0;
  for (let i = 0; i < s.length; i += s.codePointAt(i)! > 0xffff ? 2 : 1) if (++count > n) return true;
  return false;
}

/**
 * Problems of a trading name (经营名称): not a merchants.csv column, but held to the name's rules —
 * one line, at most {@link MAX_MERCHANT_NAME} characters. Empty is fine (no trading name).
 */
export function tradingNameProblems(s: string): RowError[] {
  const t = s.trim();
  const control = controlCharacterIn(t);
  if (control)
    return [rowProblem('trading_name', 'import.controlChar', { column: 'trading_name', char: control })];
  if (longerThan(t, MAX_MERCHANT_NAME))
    return [rowProblem('trading_name', 'text.tooLong', { max: MAX_MERCHANT_NAME })];
  return [];
}

/** A fee plan as merchants.csv writes it (rate, 扣率, 费率 / capped, 封顶), or null. */
export function parseFeePlan(s: string): FeePlanKind | null {
  const t = s.toLowerCase();
  if (t === 'rate' || t === '扣率' || t === '费率') return 'rate';
  if (t === 'capped' || t === '封顶') return 'capped';
  return null;
}

/**
 * Validates one merchants.csv row (cells as read, untrimmed). Reports every problem, each under
 * its CSV column, so one pass over a file tells the user everything to fix, each by its code
 * (problems.ts) with its English. Messages quote at most an {@link excerpt} of a cell: they reach
 * the terminal, the log and the stored import run.
 */
export function validateMerchantRow(raw: Record<string, string | undefined>): RowResult<MerchantRow> {
  const errors: RowError[] = [];
  const fail = (column: string, code: ProblemCode, params: ProblemParams = {}): void => {
    errors.push(rowProblem(column, code, params));
  };

  const mid = cell(raw, 'mid');
  if (mid === '') fail('mid', 'import.cellEmpty', { column: 'mid' });
  else if (!isValidMid(mid)) fail('mid', 'import.midFormat', { value: excerpt(mid) });

  // Single-line text: a control character is a broken (or hostile) file, and a NUL cannot be stored.
  const text = (column: string): string => {
    const t = cell(raw, column);
    const control = controlCharacterIn(t);
    if (control) fail(column, 'import.controlChar', { column, char: control });
    return t;
  };

  const name = text('name');
  if (name === '') fail('name', 'import.cellEmpty', { column: 'name' });
  else if (longerThan(name, MAX_MERCHANT_NAME))
    fail('name', 'import.nameTooLong', { max: MAX_MERCHANT_NAME });

  const categoryText = cell(raw, 'category');
  const category = parseCategory(categoryText);
  if (category === null) {
    if (categoryText === '') fail('category', 'import.cellEmpty', { column: 'category' });
    else fail('category', 'import.unknownCategory', { value: excerpt(categoryText) });
  }

  const mcc = cell(raw, 'mcc');
  if (mcc === '') fail('mcc', 'import.cellEmpty', { column: 'mcc' });
  else if (!isValidMcc(mcc)) fail('mcc', 'import.mccFormat', { value: excerpt(mcc) });
  else if (category !== null) {
    const actual = categoryOfMcc(mcc);
    if (actual !== category) fail('mcc', 'import.mccCategory', { mcc, actual: String(actual), category });
  }

  const planText = cell(raw, 'fee_plan');
  const feePlan = parseFeePlan(planText);
  if (feePlan === null) fail('fee_plan', 'import.feePlanFormat', { value: excerpt(planText) });

  const rateText = cell(raw, 'rate');
  let rate: RateMicros | null = null;
  try {
    rate = parseRate(rateText);
  } catch (e) {
    if (!(e instanceof RateFormatError)) throw e;
    const p = parseProblem('rate', e, excerpt(rateText));
    fail('rate', p.code, p.params);
  }

  const capText = cell(raw, 'cap');
  let cap: Fen | null = null;
  let capOk = true;
  if (capText !== '') {
    try {
      cap = parseYuan(capText);
    } catch (e) {
      if (!(e instanceof MoneyFormatError)) throw e;
      capOk = false;
      const p = parseProblem('cap', e, excerpt(capText));
      fail('cap', p.code, p.params);
    }
  }

  if (feePlan !== null && rate !== null && capOk) {
    for (const p of feePlanProblems(feePlan, rate, cap)) fail(p.field, p.code, p.params);
  }

  const branch = text('branch');
  if (branch === '') fail('branch', 'import.cellEmpty', { column: 'branch' });
  const manager = text('manager');
  if (manager === '') fail('manager', 'import.cellEmpty', { column: 'manager' });

  const onboardedOn = cell(raw, 'onboarded_on');
  if (!isValidDate(onboardedOn))
    fail('onboarded_on', 'import.dateFormat', { column: 'onboarded_on', value: excerpt(onboardedOn) });

  const contactName = text('contact_name') || null;
  const contactMobile = cell(raw, 'contact_mobile') || null;
  // The number itself stays out of the message: error lines end up in logs (信息安全).
  if (contactMobile !== null && !isValidMobile(contactMobile)) {
    fail('contact_mobile', 'import.mobileFormat');
  }

  if (errors.length > 0 || category === null || feePlan === null || rate === null)
    return { ok: false, errors };
  return {
    ok: true,
    row: {
      mid,
      name,
      mcc,
      category,
      feePlan,
      rate,
      cap,
      branch,
      manager,
      onboardedOn,
      contactName,
      contactMobile,
    },
  };
}
