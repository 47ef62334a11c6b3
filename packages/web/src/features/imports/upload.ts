import type { ImportKind } from '../../gql/graphql.ts';

/** How the server reads a CSV's bytes: detected by default, or as the user says. */
export type CsvEncoding = 'auto' | 'utf-8' | 'gb18030';

export const CSV_ENCODINGS: readonly CsvEncoding[] = ['auto', 'utf-8', 'gb18030'];

/** What the upload accepts: CSV (UTF-8 or GB18030/GBK) and Excel workbooks. */
export const ACCEPTED_FILES =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's format as the server decides it: by the name's extension, `.xlsx` or else CSV. */
export function fileFormat(fileName: string): 'csv' | 'xlsx' {
  return /\.xlsx$/i.test(fileName.trim()) ? 'xlsx' : 'csv';
}

export interface UploadOptions {
  /** Write the good rows and skip the bad ones (the server's default is to write nothing). */
  skipInvalid?: boolean;
  /** For a CSV: the text encoding; `auto` (or absent) lets the server detect it. */
  encoding?: CsvEncoding;
  /** For an xlsx: the sheet to read; empty or absent reads the first. */
  sheet?: string;
}

/**
 * The server's upload endpoint: POST /api/imports/{kind}?fileName=…[&skipInvalid=true]
 * [&encoding=…][&sheet=…]. The encoding only goes with a CSV and the sheet only with an xlsx, so a
 * choice left over from another file never reaches the server.
 */
export function importUrl(kind: ImportKind, fileName: string, opts: UploadOptions = {}): string {
  const q = new URLSearchParams({ fileName });
  if (opts.skipInvalid) q.set('skipInvalid', 'true');
  const format = fileFormat(fileName);
  if (format === 'csv' && opts.encoding && opts.encoding !== 'auto') q.set('encoding', opts.encoding);
  const sheet = opts.sheet?.trim();
  if (format === 'xlsx' && sheet) q.set('sheet', sheet);
  return `/api/imports/${kind}?${q.toString()}`;
}

/** Every row error of a run as CSV (UTF-8 with BOM, for Excel), downloaded with the session cookie. */
export function errorsCsvUrl(runId: number): string {
  return `/api/imports/${runId}/errors.csv`;
}

export type UploadResult = { ok: true; id: number } | { ok: false; status: number; message: string };

/**
 * Streams the file as the request body (never read into memory here); the server answers 202 with
 * the run id, whose progress `importRun(id)` reports. The session rides in its HttpOnly cookie.
 */
export async function uploadImport(
  kind: ImportKind,
  file: File,
  opts: UploadOptions = {},
  fetchImpl: typeof fetch = fetch,
): Promise<UploadResult> {
  let res: Response;
  try {
    res = await fetchImpl(importUrl(kind, file.name, opts), {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': fileFormat(file.name) === 'xlsx' ? XLSX_TYPE : 'text/csv' },
    });
  } catch (e) {
    return { ok: false, status: 0, message: e instanceof Error ? e.message : String(e) };
  }
  const body = (await res.json().catch(() => null)) as { id?: unknown; error?: unknown } | null;
  if (res.ok && typeof body?.id === 'number') return { ok: true, id: body.id };
  return {
    ok: false,
    status: res.status,
    message: typeof body?.error === 'string' ? body.error : res.statusText || `HTTP ${res.status}`,
  };
}
