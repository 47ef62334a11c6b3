import { open } from 'node:fs/promises';
import type { SettlementLineScanner } from '@cornerstone/shared/settlement/settlement-line';
import { type ImportOptions, MAX_RECORD_BYTES } from '../platform/import/file-import.ts';
import { BLOCK, writeDigits } from './settlement-copy-bytes.ts';
import type { MonthRouter } from './settlement-month-router.ts';
import type { MonthTotal } from './settlement-month-totals.ts';

/** The fast path met something it does not explain row by row; the careful path takes over. */
export class NeedsCarefulPath extends Error {}

export interface SettlementFileRead {
  rowsRead: number;
  bytesRead: number;
  /** The latest settle date read. */
  hi: string;
  /** Each month's sums per merchant id. */
  totals: Map<number, Map<number, MonthTotal>>;
}

/**
 * Reads the file once: each line is checked by the shared scanner (the byte-level twin of the
 * shared validator), its MID becomes the merchant's id (`ids`: MID → id), its day is added to the
 * merchant's month, and the line goes on to `router` unchanged but for that id. A line the scanner
 * refuses or an unknown merchant throws NeedsCarefulPath.
 */
export async function readSettlementFile(
  path: string,
  scanner: SettlementLineScanner,
  ids: ReadonlyMap<number, number>,
  router: MonthRouter,
  progress: { onProgress: ImportOptions['onProgress']; bytesTotal: number; started: number },
): Promise<SettlementFileRead> {
  const { onProgress, bytesTotal, started } = progress;
  const totals = new Map<number, Map<number, MonthTotal>>();
  const blocks = new Map<number, { buf: Buffer; used: number }>();
  const spare: Buffer[] = [];
  let rowsRead = 0;
  let bytesRead = 0;
  let lastReport = 0;
  let hi = '';
  let inHeader = true;
  let carry: Buffer | null = null;
  let month = -1;
  let monthTotals = new Map<number, MonthTotal>();

  // Reads one line into its month's block; answers a full block to send first, if any.
  const line = (buf: Buffer, s: number, e: number): { m: number; full: Buffer; used: number } | null => {
    if (e > s && buf[e - 1] === 0x0d) e--;
    if (!scanner.scan(buf, s, e))
      throw new NeedsCarefulPath(`line ${rowsRead + 2} is not plain or breaks a rule`);
    const id = ids.get(scanner.midKey);
    if (id === undefined) throw new NeedsCarefulPath(`line ${rowsRead + 2}: unknown merchant`);
    rowsRead++;
    const m = scanner.monthIndex;
    if (m !== month) {
      month = m;
      const t = totals.get(m) ?? new Map<number, MonthTotal>();
      totals.set(m, t);
      monthTotals = t;
    }
    const day = scanner.settleDate;
    if (day > hi) hi = day;
    const t = monthTotals.get(id);
    if (t) {
      t.txnCount += scanner.txnCount;
      t.txnAmount += scanner.txnAmount;
      t.cappedCount += scanner.cappedCount;
      t.cappedAmount += scanner.cappedAmount;
      t.merchantFee += scanner.merchantFee;
      t.issuerFee += scanner.issuerFee;
      t.networkFee += scanner.networkFee;
      t.days++;
      if (day > t.last) t.last = day;
    } else
      monthTotals.set(id, {
        txnCount: scanner.txnCount,
        txnAmount: scanner.txnAmount,
        cappedCount: scanner.cappedCount,
        cappedAmount: scanner.cappedAmount,
        merchantFee: scanner.merchantFee,
        issuerFee: scanner.issuerFee,
        networkFee: scanner.networkFee,
        days: 1,
        last: day,
      });
    // The line as it came, with the merchant's id where its MID was.
    let block = blocks.get(m);
    let full: { m: number; full: Buffer; used: number } | null = null;
    if (block && block.used + (e - s) + 12 > BLOCK) {
      full = { m, full: block.buf, used: block.used };
      block = undefined;
    }
    if (!block) {
      block = { buf: spare.pop() ?? Buffer.allocUnsafe(BLOCK), used: 0 };
      blocks.set(m, block);
    }
    const out = block.buf;
    let at = block.used;
    // Byte by byte: Buffer#copy makes a view per call, 4 million of them for 2 million lines.
    for (let i = s; i < scanner.midStart; i++) out[at++] = buf[i]!;
    at = writeDigits(out, at, id);
    for (let i = scanner.midEnd; i < e; i++) out[at++] = buf[i]!;
    out[at++] = 0x0a;
    block.used = at;
    return full;
  };

  // The header line is skipped; every other line is read where it lies in the chunk.
  // (Synchronous, one call per line: only a full block waits for PostgreSQL.)
  const take = (buf: Buffer, s: number, e: number) => {
    if (!inHeader) return line(buf, s, e);
    inHeader = false;
    return null;
  };
  // A sent block is handed over: its buffer serves the next block (no garbage per block).
  const send = async (full: { m: number; full: Buffer; used: number } | null) => {
    if (!full) return;
    await router.send(full.m, full.full.subarray(0, full.used));
    spare.push(full.full);
  };
  // The file is read into one buffer, over and over: lines are copied out before the next read.
  const file = await open(path);
  const chunk = Buffer.allocUnsafe(1 << 20);
  try {
    for (;;) {
      const { bytesRead: n } = await file.read(chunk, 0, chunk.length, null);
      if (n === 0) break;
      const buf = chunk.subarray(0, n);
      bytesRead += n;
      let s = 0;
      if (carry) {
        // Only the line cut at the chunk's edge is copied, not the chunk.
        const nl = buf.indexOf(0x0a);
        if (nl === -1) {
          // A line longer than any record the careful path reads is not plain: no need to hold it.
          if (carry.length + buf.length > MAX_RECORD_BYTES)
            throw new NeedsCarefulPath(`line ${rowsRead + 2} is longer than ${MAX_RECORD_BYTES} bytes`);
          carry = Buffer.concat([carry, buf]);
          continue;
        }
        const joined = Buffer.concat([carry, buf.subarray(0, nl)]);
        carry = null;
        await send(take(joined, 0, joined.length));
        s = nl + 1;
      }
      for (let nl = buf.indexOf(0x0a, s); nl !== -1; nl = buf.indexOf(0x0a, s)) {
        const full = take(buf, s, nl);
        if (full) await send(full);
        s = nl + 1;
      }
      carry = s < buf.length ? Buffer.from(buf.subarray(s)) : null;
      const now = Date.now();
      if (onProgress && now - lastReport > 250) {
        lastReport = now;
        onProgress({ bytesRead, bytesTotal, rowsRead, rejected: 0, elapsedMs: now - started });
      }
    }
  } finally {
    await file.close();
  }
  // A last line without a line end.
  if (carry) await send(take(carry, 0, carry.length));
  for (const [m, block] of blocks)
    if (block.used > 0) await router.send(m, block.buf.subarray(0, block.used));
  await router.close();
  return { rowsRead, bytesRead, hi, totals };
}
