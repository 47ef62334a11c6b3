import { chineseName } from '@cornerstone/shared/import/column-names';
import { CATEGORIES } from '@cornerstone/shared/merchant/category';
import { isProblemCode, type ProblemParams, problemText } from '@cornerstone/shared/problems';
import type { Lang } from '../../lib/i18n.ts';
import type { PageInfo } from '../../lib/useCursorPaging.ts';

/** Bad cells a page of the errors table holds. */
export const ERROR_PAGE_SIZE = 50;

/** The table shows the first this many bad cells; the download has them all. */
export const ERRORS_SHOWN = 1000;

interface Located {
  row: number;
  column: string;
  cell?: string | null;
}

/** Where a bad cell is: the workbook's cell (`Sheet1!E12`), else the CSV line (the header is line 1). */
export function errorPlace(e: Located): string {
  return e.cell || String(e.row);
}

/**
 * A problem of the whole file rather than of a row: not text in a known encoding, empty, a column
 * missing, a malformed CSV. The server puts these on the header line or under the column "-";
 * skipping bad rows cannot get past them, so they get no skip button.
 */
export function isFileProblem(e: Located): boolean {
  return e.row === 1 || e.column === '-';
}

/**
 * The first 1,000 bad cells, paged: the pager's total stays the real count, but there is no page
 * after the one that reaches 1,000, and `capped` says the table does not show them all.
 */
export function errorWindow(
  totalCount: number,
  page: number,
  pageInfo: PageInfo | undefined,
  size = ERROR_PAGE_SIZE,
  shown = ERRORS_SHOWN,
): { capped: boolean; pageInfo: PageInfo | undefined } {
  const capped = totalCount > shown;
  if (!pageInfo) return { capped, pageInfo };
  return { capped, pageInfo: { ...pageInfo, hasNextPage: pageInfo.hasNextPage && page * size < shown } };
}

interface RunCounts {
  status: string;
  rowsRead: number;
  rejected: number;
}

export interface SkipPlan {
  canSkip: boolean;
  /** Rows the skipping run would write (inserted or updated). */
  goodRows: number;
  /** Rows it would leave out. */
  badRows: number;
  /** The file itself could not be read (encoding, header, format): fixing it is the only way. */
  fileProblem: boolean;
}

/**
 * Whether a run's bad rows can be skipped and the rest imported: a rejected run of a readable file
 * (no file-level problem among its first and last errors, the only places the server puts them)
 * with at least one good row.
 */
export function skipPlan(run: RunCounts, firstAndLast: readonly (Located | undefined)[]): SkipPlan {
  const badRows = run.rejected;
  const goodRows = Math.max(0, run.rowsRead - run.rejected);
  const fileProblem = firstAndLast.some((e) => e !== undefined && isFileProblem(e));
  const canSkip = run.status === 'rejected' && badRows > 0 && goodRows > 0 && !fileProblem;
  return { canSkip, goodRows, badRows, fileProblem };
}

/** The encoding a CSV was read in, as people know it. */
export function encodingLabel(encoding: string | null | undefined): string | null {
  if (!encoding) return null;
  const e = encoding.toLowerCase();
  if (e === 'gb18030' || e === 'gbk') return 'GB18030 (GBK)';
  if (e === 'utf-8' || e === 'utf8') return 'UTF-8';
  return encoding.toUpperCase();
}

interface Worded {
  message: string;
  code?: string | null;
  /** The params as the server sends them: a JSON object. */
  params?: string | null;
}

// In Chinese, a column goes by its Chinese name (商户号, not mid) and a category by its own (餐娱类).
const CATEGORY_ZH: Record<string, string> = Object.fromEntries(CATEGORIES.map((c) => [c.code, c.zh]));
const ZH_PARAMS: Record<string, (v: string) => string | undefined> = {
  column: chineseName,
  actual: (v) => CATEGORY_ZH[v],
  category: (v) => CATEGORY_ZH[v],
};

function parseParams(json: string | null | undefined): ProblemParams | null {
  if (!json) return {};
  try {
    const v: unknown = JSON.parse(json);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as ProblemParams) : null;
  } catch {
    return null;
  }
}

/**
 * A row error in the user's language, by its code (shared problems.ts) and params; its English
 * message when the code is not one this app knows (a run from before codes, a newer server).
 */
export function rowErrorWords(lang: Lang, e: Worded): string {
  const params = parseParams(e.params);
  if (!isProblemCode(e.code) || params === null) return e.message;
  if (lang === 'zh')
    for (const [k, v] of Object.entries(params)) {
      const zh = typeof v === 'string' ? ZH_PARAMS[k]?.(v) : undefined;
      if (zh) params[k] = zh;
    }
  return problemText(lang, e.code, params);
}
