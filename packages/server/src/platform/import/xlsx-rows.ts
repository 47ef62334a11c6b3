import { createReadStream } from 'node:fs';
import { type Problem, problemText } from '@cornerstone/shared/problems';
import ExcelJS from 'exceljs';
import type { SheetRow } from './sheet-row.ts';

/** A workbook that cannot be read as one (truncated, not a zip, no such sheet): one error of the file, by code. */
export class WorkbookError extends Error {
  override name = 'WorkbookError';
  constructor(readonly problem: Problem) {
    super(problemText('en', problem.code, problem.params));
  }
}

/**
 * A cell's value as import text, typed as Excel stores it. Numbers are doubles in a workbook: an
 * amount typed as 0.3 may be stored as 0.30000000000000004, so a number is read to the 15
 * significant digits Excel itself shows (0.3; a 15-digit MID stored as a number stays exact, and
 * never in exponent form). Dates are stored as dates and read as YYYY-MM-DD; a formula as its
 * result. An error value (#N/A) is not text: it is said as the cell's problem.
 */
export function cellText(value: ExcelJS.CellValue): { text: string } | { problem: Problem } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberText(value) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if ('error' in value)
    return { problem: { code: 'import.excelError', params: { error: String(value.error) } } };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) return { problem: { code: 'import.formulaNoResult' } };
    return cellText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return { text: String((value as { text: unknown }).text) };
  return { text: String(value) };
}

/** A number as Excel shows it (15 significant digits), in plain decimal notation. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const shown = Number(n.toPrecision(15));
  const plain = String(shown);
  if (!/e/i.test(plain)) return plain;
  return shown.toFixed(20).replace(/\.?0+$/, '');
}

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet's name as a cell reference writes it: quoted when it is not a plain word ('My sheet'!A1). */
export function sheetRef(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * The rows of one sheet of a workbook — the first, or `sheet` — streamed by ExcelJS's workbook
 * reader (the rows of a sheet never all in memory; only its shared strings are). `onSheet` learns
 * the sheet's name before its first row.
 */
export async function* xlsxRows(
  path: string,
  sheet: string | undefined,
  progress: { bytesRead: number },
  onSheet: (name: string) => void,
): AsyncGenerator<SheetRow> {
  const input = createReadStream(path);
  input.on('data', (chunk) => {
    progress.bytesRead += chunk.length;
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Dates are numbers with a date format: the styles say which.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const names = () => (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [];
  let found = false;
  try {
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      const wanted = sheet ?? names()[0]?.name ?? name;
      if (name !== wanted) {
        // Another sheet: read past it (its part of the zip must be consumed).
        for await (const _ of ws) void _;
        continue;
      }
      found = true;
      onSheet(name);
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[];
        const cells: string[] = [];
        const problems: { index: number; problem: Problem }[] = [];
        for (let i = 1; i < values.length; i++) {
          const t = cellText(values[i]);
          if ('text' in t) cells[i - 1] = t.text;
          else {
            cells[i - 1] = '';
            problems.push({ index: i - 1, problem: t.problem });
          }
        }
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        yield { cells, row: row.number, problems };
      }
      return;
    }
  } catch (err) {
    if (err instanceof WorkbookError) throw err;
    const e = err as Error;
    throw new WorkbookError({
      code: 'import.badWorkbook',
      params: { detail: (e.message || e.name).slice(0, 80) },
    });
  } finally {
    input.destroy();
  }
  if (!found) {
    const all = names().map((s) => s.name);
    throw new WorkbookError(
      sheet
        ? { code: 'import.noSuchSheet', params: { sheet, sheets: all.join(', ') || 'none' } }
        : { code: 'import.noSheet' },
    );
  }
}
