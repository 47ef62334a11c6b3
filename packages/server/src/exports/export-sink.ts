import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Request, Response } from 'express';
import { sendError } from '../platform/graphql/errors.ts';

/** Where an export's rows go, one at a time, with back-pressure. */
export interface ExportSink {
  write(values: unknown[]): Promise<void>;
  end(): Promise<void>;
}

/** CSV with a byte-order mark (Excel opens UTF-8 Chinese correctly), written with back-pressure. */
export function csvExportSink(res: Response, header: readonly string[]): ExportSink {
  const csv = stringify({ bom: true });
  csv.pipe(res);
  csv.write([...header]);
  return {
    async write(values) {
      if (!csv.write(values)) await once(csv, 'drain');
    },
    async end() {
      csv.end();
      await once(res, 'finish');
    },
  };
}

/** XLSX through exceljs' streaming writer: each row is committed (and can be freed) at once. */
export function xlsxExportSink(res: Response, header: readonly string[], sheetName: string): ExportSink {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([...header]).commit();
  return {
    async write(values) {
      sheet.addRow(values).commit();
    },
    async end() {
      sheet.commit();
      await book.commit();
    },
  };
}

export type ExportFormat = 'csv' | 'xlsx';

/** The route's `:format` when it is one an export writes; otherwise answers 404 and gives null. */
export function exportFormat(req: Request, res: Response): ExportFormat | null {
  const format = req.params.format;
  if (format === 'csv' || format === 'xlsx') return format;
  sendError(res, 404, 'NOT_FOUND', 'export formats: csv, xlsx');
  return null;
}

/**
 * Starts the download of `<name>-<UTC date>.<format>`: its headers, then the sink its rows go to
 * (the sheet of an XLSX is named `name`).
 */
export function startExport(
  res: Response,
  name: string,
  format: ExportFormat,
  header: readonly string[],
): ExportSink {
  const stamp = new Date().toISOString().slice(0, 10);
  res.setHeader('content-disposition', `attachment; filename="${name}-${stamp}.${format}"`);
  res.setHeader(
    'content-type',
    format === 'csv'
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return format === 'csv' ? csvExportSink(res, header) : xlsxExportSink(res, header, name.replace(/-/g, '_'));
}
