import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MERCHANT_COLUMNS } from '@cornerstone/shared/merchant/merchant-row';
import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import { demoMerchantRows } from './demo-merchants.ts';
import { demoSettlementRows } from './demo-settlements.ts';

/*
 * Deterministic demo data for Cornerstone: Shaanxi branches, their staff, merchants and daily
 * settlements, written as the contract's merchants.csv and settlements.csv.
 *
 * Everything is a pure function of its arguments (seed, counts, `today`): the same arguments give
 * byte-identical files on every run and machine. Each merchant is derived from (seed, index) alone,
 * so merchant i is the same in a 100-merchant and a 5,000-merchant run, and each settlement row
 * from (seed, index, day) alone, so a 3-month run is the tail of a 12-month run.
 *
 * Money is bigint fen throughout. Floats are used only for random draws and volume factors; every
 * amount is rounded to whole fen before any money arithmetic. A settlement row is the exact sum of
 * a concrete multiset of transactions (each of a merchant's representative ticket amounts, paid
 * with a debit or a credit card), priced one by one with the shared fee rules.
 */

/** One CSV field: quoted (with `"` doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (with its `\n`) of `record`'s cells in `columns` order. */
export function csvLine<C extends string>(columns: readonly C[], record: Record<C, string>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += ',';
    line += csvField(record[columns[i]!]);
  }
  return `${line}\n`;
}

const CHUNK_CHARS = 1 << 16;

/**
 * Streams a header and the records of `rows` to `path`, in chunks of about 64 KB, with the
 * stream's backpressure (the generator is pulled only as fast as the disk takes it).
 */
async function writeCsv<C extends string>(
  path: string,
  columns: readonly C[],
  rows: Iterable<Record<C, string>>,
): Promise<number> {
  let count = 0;
  function* chunks(): Generator<string> {
    let buf = `${columns.join(',')}\n`;
    for (const row of rows) {
      buf += csvLine(columns, row);
      count++;
      if (buf.length >= CHUNK_CHARS) {
        yield buf;
        buf = '';
      }
    }
    if (buf !== '') yield buf;
  }
  await pipeline(Readable.from(chunks(), { objectMode: false }), createWriteStream(path));
  return count;
}

/** Options of a demo run: merchant count, months of settlements, seed (default 2026) and the day it is "today". */
export interface DemoOptions {
  merchants: number;
  months: number;
  seed?: number;
  today: string;
}

/** Writes `merchants.csv` and `settlements.csv` (contract formats, UTF-8, header row) into `dir`. */
export async function writeDemoCsv(
  dir: string,
  opts: DemoOptions,
): Promise<{
  merchantsFile: string;
  settlementsFile: string;
  merchantCount: number;
  settlementRows: number;
}> {
  const merchantsFile = join(dir, 'merchants.csv');
  const settlementsFile = join(dir, 'settlements.csv');
  const merchantCount = await writeCsv(merchantsFile, MERCHANT_COLUMNS, demoMerchantRows(opts));
  const settlementRows = await writeCsv(settlementsFile, SETTLEMENT_COLUMNS, demoSettlementRows(opts));
  return { merchantsFile, settlementsFile, merchantCount, settlementRows };
}
