import type { ImportProgress, ImportSummary, RowError } from '../../platform/import/file-import.ts';
import { ENCODING_NAMES } from '../../platform/import/text-encoding.ts';

/** A progress line on stderr: redrawn in place on a terminal, a line every few seconds otherwise. */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastLine = 0;
  let drawn = false;
  return {
    onProgress(p: ImportProgress) {
      const pct = p.bytesTotal > 0 ? Math.min(100, (100 * p.bytesRead) / p.bytesTotal) : 100;
      const rate = p.elapsedMs > 0 ? Math.round((p.rowsRead * 1000) / p.elapsedMs) : 0;
      const line = `${label}: ${pct.toFixed(1)}% · ${p.rowsRead.toLocaleString('en-US')} rows · ${rate.toLocaleString('en-US')} rows/s · ${p.rejected} rejected`;
      if (stream.isTTY) {
        stream.write(`\r\x1b[K${line}`);
        drawn = true;
      } else if (Date.now() - lastLine > 3000 || pct >= 100) {
        lastLine = Date.now();
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * Errors as `FILE:ROW:COLUMN message` (a CSV) or `FILE:SHEET!CELL message` (a workbook), one per
 * line (docs/contract.md).
 */
export function errorPrinter(file: string, stream: NodeJS.WriteStream = process.stderr) {
  return (e: RowError) => {
    const where = e.cell ? `${file}:${e.cell}` : `${file}:${e.row}:${e.column}`;
    stream.write(`${stream.isTTY ? '\r\x1b[K' : ''}${where} ${e.message}\n`);
  };
}

/** How the file was read, as the summary says it: `CSV, GB18030 (GBK)` or `XLSX, sheet 商户`. */
function howRead(s: ImportSummary): string {
  if (s.format === 'xlsx') return `XLSX, sheet ${s.sheet ?? '?'}`;
  if (s.format === 'csv') return `CSV, ${s.encoding ? ENCODING_NAMES[s.encoding] : '?'}`;
  return 'unreadable';
}

export function formatSummary(kind: string, s: ImportSummary): string {
  const secs = (s.elapsedMs / 1000).toFixed(1);
  const rate = s.elapsedMs > 0 ? Math.round((s.rowsRead * 1000) / s.elapsedMs) : s.rowsRead;
  const lines = [
    `import ${kind} ${s.file} (${howRead(s)}): ${s.rowsRead} rows read, ${s.inserted} inserted, ${s.updated} updated, ${s.skipped} skipped as already imported, ${s.rejected} rejected (${secs} s, ${rate} rows/s)`,
  ];
  if (s.ignoredColumns.length > 0)
    lines.push(`columns not read (no such column in this import): ${s.ignoredColumns.join(', ')}`);
  if (s.rolledBack)
    lines.push(
      `nothing was written: fix the ${s.rejected} rejected row(s), or rerun with --skip-invalid to write the good rows`,
    );
  return lines.join('\n');
}
