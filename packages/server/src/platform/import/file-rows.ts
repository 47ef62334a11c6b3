import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { excerpt } from '@cornerstone/shared/csv/excerpt';
import { parse } from 'csv-parse';
import type { SheetRow } from './sheet-row.ts';
import { decodingStream, detectEncoding, type Encoding } from './text-encoding.ts';
import { columnLetters, sheetRef, WorkbookError, xlsxRows } from './xlsx-rows.ts';

/** How a file is read: its format, and the encoding (CSV) or sheet (workbook) read. */
export interface FileSource {
  format: 'csv' | 'xlsx';
  encoding: Encoding | null;
  sheet: string | null;
}

/** A file opened as rows, header first. */
export interface FileRows extends FileSource {
  rows: AsyncIterable<SheetRow>;
  /** Bytes of the file read so far (progress). */
  bytesRead(): number;
  /** Where a cell is in a workbook's terms (`Sheet1!E12`, or `Sheet1!12:12` for a whole row); null for a CSV. */
  cellRef(row: number, columnIndex: number | null): string | null;
}

export interface ReadOptions {
  /** The encoding of a CSV, when not to be found by itself. */
  encoding?: Encoding;
  /** The sheet of a workbook to read; the first when absent. */
  sheet?: string;
  /** Longest CSV record, in characters. */
  maxRecord: number;
}

/** The format of a file by its first bytes (the name may lie): a zip is a workbook. */
async function formatOf(path: string): Promise<'csv' | 'xlsx' | 'xls'> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await fh.read(head, 0, 4, 0);
    if (head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
    if (head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) return 'xls';
    return 'csv';
  } finally {
    await fh.close();
  }
}

/**
 * Opens an import file as rows of text: a CSV in UTF-8 or GB18030 (found by itself, or forced), or
 * the first sheet (or `sheet`) of an .xlsx workbook. Throws EncodingError or WorkbookError for a
 * file that cannot be read as either; errors met while reading surface from `rows`.
 */
export async function openFileRows(path: string, opts: ReadOptions): Promise<FileRows> {
  const format = await formatOf(path);
  if (format === 'xls') throw new WorkbookError({ code: 'import.xlsWorkbook' });
  if (format === 'xlsx') {
    const progress = { bytesRead: 0 };
    const source: FileRows = {
      format,
      encoding: null,
      sheet: opts.sheet ?? null,
      rows: xlsxRows(path, opts.sheet, progress, (name) => {
        // A sheet's name comes from the file: stored and printed as any quoted value is (a NUL in
        // it would fail the statement that ends the run).
        source.sheet = excerpt(name, 100);
      }),
      bytesRead: () => progress.bytesRead,
      cellRef: (row, col) => {
        const sheet = sheetRef(source.sheet ?? 'Sheet1');
        return col === null ? `${sheet}!${row}:${row}` : `${sheet}!${columnLetters(col)}${row}`;
      },
    };
    return source;
  }
  const encoding = await detectEncoding(path, opts.encoding);
  const input = createReadStream(path);
  // The parser takes the header itself, as it reads it: it parses ahead of the reader, and an
  // error a few rows on (a 64 KiB field) must still find the header known to name its column.
  const header: { cells: string[] | null } = { cells: null };
  const parser = parse({
    bom: true,
    info: true,
    columns: (cells: string[]) => {
      header.cells = cells;
      return cells.map((_, i) => String(i));
    },
    max_record_size: opts.maxRecord,
    skip_empty_lines: true,
    trim: false,
  });
  // pipeline, not pipe: a decoding error ends the parser's iteration with that error.
  pipeline(input, decodingStream(path, encoding), parser, () => undefined);
  return {
    format,
    encoding,
    sheet: null,
    rows: csvRows(
      parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>,
      header,
    ),
    bytesRead: () => input.bytesRead,
    cellRef: () => null,
  };
}

/** The header (line 1: blank lines before it are skipped), then each record as its cells. */
async function* csvRows(
  parser: AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>,
  header: { cells: string[] | null },
): AsyncGenerator<SheetRow> {
  let sent = false;
  try {
    for await (const { record, info } of parser) {
      if (!sent && header.cells) {
        sent = true;
        yield { cells: header.cells, row: 1 };
      }
      yield { cells: (header.cells ?? []).map((_, i) => record[String(i)] ?? ''), row: info.lines };
    }
  } catch (err) {
    // The header first, so the error can be told by its column.
    if (!sent && header.cells) {
      sent = true;
      yield { cells: header.cells, row: 1 };
    }
    throw err;
  }
  if (!sent && header.cells) yield { cells: header.cells, row: 1 };
}
