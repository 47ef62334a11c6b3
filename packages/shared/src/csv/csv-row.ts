import { type ProblemCode, type ProblemParams, problemText } from '../problems.ts';

/**
 * One problem in one CSV cell; `column` is the CSV header name. `code` and `params` say it in any
 * language (problems.ts); `message` is its English, what the command line prints.
 */
export interface RowError {
  column: string;
  code: ProblemCode;
  params: ProblemParams;
  message: string;
}

/** A row error of `column` by its code, worded in English from the table. */
export function rowProblem(column: string, code: ProblemCode, params: ProblemParams = {}): RowError {
  return { column, code, params, message: problemText('en', code, params) };
}

/** Outcome of validating one CSV row: the typed row, or every problem found in it. */
export type RowResult<T> = { ok: true; row: T } | { ok: false; errors: RowError[] };

/** A cell's trimmed text; a column absent from the row reads as empty. */
export function cell(raw: Record<string, string | undefined>, column: string): string {
  return (raw[column] ?? '').trim();
}

/** Headers missing from a file's header row, in the expected order (for a file-level error). */
export function missingColumns(header: readonly string[], expected: readonly string[]): string[] {
  const have = new Set(header.map((h) => h.trim().replace(/^\uFEFF/, '')));
  return expected.filter((c) => !have.has(c));
}
