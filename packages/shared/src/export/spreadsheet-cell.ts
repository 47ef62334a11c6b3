// CSV/formula injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or
// carriage return in front of one) as a formula, e.g. a merchant named `=cmd|' /C calc'!A0`.
// OWASP's advice: prefix such text cells with a single quote, which Excel and LibreOffice show as
// text and do not display; numbers are left alone, so a refund of -12.50 stays a number.

/** The first characters that make a spreadsheet read a text cell as a formula. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** A plain decimal number as a numeric column carries it: `-12.50`, `0.0038`, `26`. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A text cell that a spreadsheet shows as text: `=1+2` → `'=1+2`, `张三` → `张三`; other text unchanged. */
export function neutraliseFormula(text: string): string {
  return text !== '' && FORMULA_TRIGGERS.includes(text[0]!) ? `'${text}` : text;
}

/** What an export may put in a cell. */
export type CellValue = string | number | bigint | boolean | Date | null | undefined;

/**
 * One exported cell, safe to open in a spreadsheet: numbers, booleans, dates and null pass as
 * they are; text is neutralised. In a `numeric` column (money, rates, counts) a plain decimal
 * string such as `-12.50` is a number and passes too; anything else in it is treated as text.
 */
export function spreadsheetCell(value: CellValue, numeric = false): CellValue {
  if (typeof value !== 'string') return value;
  if (numeric && PLAIN_NUMBER.test(value)) return value;
  return neutraliseFormula(value);
}
