import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { SettlementLineScanner } from '@cornerstone/shared/settlement/settlement-line';
import {
  SETTLEMENT_COLUMNS,
  type SettleDateRange,
  settleDateRange,
} from '@cornerstone/shared/settlement/settlement-row';
import { parse } from 'csv-parse';
import { DEFAULT_SETTLE_WINDOW, type SettleDateWindow } from '../platform/config.ts';
import { type BulkSource, type BulkTx, type CopyWriter, withBulkTx } from '../platform/db/bulk.ts';
import { react } from '../platform/events/reactions.ts';
import {
  type ImportOptions,
  type ImportScope,
  type ImportSummary,
  MAX_RECORD_BYTES,
  scopeSql,
} from '../platform/import/csv-import.ts';
import {
  addMonthTotals,
  attachFreshMonths,
  claimMonth,
  type FreshMonth,
  insertNewSettlements,
  monthStart,
  POINTS_DELTA_DDL,
  VALUE_COLUMNS,
} from './settlement-store.ts';

export interface SettlementImportOptions extends ImportOptions {
  /** Whose rights the import runs with; an administrator's when absent (the command line). */
  scope?: ImportScope;
  /** The configured window of settle dates (Config); the default window when absent. */
  settleDateWindow?: SettleDateWindow;
  /** The settle dates accepted, when already fixed by the caller (`importSettlements`). */
  dates?: SettleDateRange;
}

/** The settle dates an import starting now accepts: the window around today's business day. */
export function acceptedSettleDates(window: SettleDateWindow = DEFAULT_SETTLE_WINDOW): SettleDateRange {
  return settleDateRange(businessToday(), window);
}

/** The fast path met something it does not explain row by row; the careful path takes over. */
class NeedsCarefulPath extends Error {}

/** The header's names, or null when there is none the fast path can use (the careful path says why). */
async function readHeader(path: string): Promise<string[] | null> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, to_line: 1, max_record_size: MAX_RECORD_BYTES }),
  );
  try {
    for await (const record of parser as AsyncIterable<string[]>) return record.map((h) => h.trim());
  } catch {
    return null;
  }
  return null;
}

/** Rows of one month are gathered in blocks this big before they go to PostgreSQL. */
const BLOCK = 1 << 20;
const REST = 'cs_settlement_rest';

/** One merchant's month, summed as the rows go by (fen and counts as exact integers). */
interface MonthTotal {
  txnCount: number;
  txnAmount: number;
  cappedCount: number;
  cappedAmount: number;
  merchantFee: number;
  issuerFee: number;
  networkFee: number;
  days: number;
  last: string;
}

/**
 * Sends each month's rows to where they belong: a month no import touched yet gets a new table of
 * its own (keyed and attached as the month's partition at the end); months already stored share a
 * staging table whose rows are inserted with ON CONFLICT. One COPY stays open while the rows keep
 * going to the same table, so Node reads the file while PostgreSQL stores what it has.
 */
class MonthRouter {
  private readonly targets = new Map<number, string>();
  readonly fresh: (FreshMonth & { rows: number; monthIndex: number })[] = [];
  restRows = 0;
  private open: { table: string; copy: CopyWriter } | null = null;

  constructor(
    private readonly tx: BulkTx,
    private readonly columns: readonly string[],
  ) {}

  async send(monthIndex: number, block: Uint8Array): Promise<void> {
    let table = this.targets.get(monthIndex);
    if (table === undefined) {
      await this.close();
      const month = await claimMonth(this.tx, monthIndex);
      if (month) {
        await this.tx.query(
          `CREATE TABLE "${month.part}" (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS,
             CONSTRAINT "${month.part}_range" CHECK (settle_date >= '${month.first}' AND settle_date < '${month.next}'))`,
        );
        this.fresh.push({ ...month, rows: 0, monthIndex });
        table = `"${month.part}"`;
      } else table = REST;
      this.targets.set(monthIndex, table);
    }
    if (this.open?.table !== table) {
      await this.close();
      const freeze = table !== REST;
      this.open = { table, copy: this.tx.copyWriter(table, this.columns, { freeze }) };
    }
    await this.open.copy.write(block);
    // The embedded database copies on end(): one COPY per block keeps its memory to a block.
    if (!this.tx.server) await this.close();
  }

  async close(): Promise<void> {
    if (!this.open) return;
    const { table, copy } = this.open;
    this.open = null;
    const rows = await copy.end();
    const fresh = this.fresh.find((m) => `"${m.part}"` === table);
    if (fresh) fresh.rows += rows;
    else this.restRows += rows;
  }
}

/** Writes `n` (a non-negative integer) as ASCII digits at `at`; answers the offset after it. */
function writeDigits(out: Buffer, at: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let i = at + digits - 1, x = n; i >= at; i--, x = Math.floor(x / 10)) out[i] = 0x30 + (x % 10);
  return at + digits;
}

/**
 * The bulk path for the common case of a clean, machine-written file. Node reads the file once:
 * each line is checked by the shared scanner (the byte-level twin of the shared validator), its MID
 * becomes the merchant's id, its day is added to the merchant's month, and the line goes on to
 * PostgreSQL's COPY unchanged but for that id. Months never imported are loaded into new tables,
 * keyed once and attached as partitions; the monthly rollup and the points delta come from the sums
 * Node kept. Anything irregular — a line the scanner refuses, an unknown merchant, a row already
 * stored with other values — rolls back and returns null: the careful path (row-by-row validation)
 * reports each problem by row and column.
 */
export async function fastImportSettlements(
  db: BulkSource,
  path: string,
  opts: SettlementImportOptions,
): Promise<ImportSummary | null> {
  const started = Date.now();
  const header = await readHeader(path);
  // Only files whose header names exactly the known columns: anything else is for the careful path.
  if (
    !header ||
    header.length !== SETTLEMENT_COLUMNS.length ||
    !SETTLEMENT_COLUMNS.every((c) => header.includes(c))
  )
    return null;
  // A date outside the window is a line the scanner refuses: the careful path names it.
  const scanner = new SettlementLineScanner(header, opts.dates ?? acceptedSettleDates(opts.settleDateWindow));
  // COPY's columns in the file's order, the MID's place taken by the merchant's id.
  const columns = header.map((c) => (c === 'mid' ? 'merchant_id' : c));
  const bytesTotal = (await stat(path)).size;
  // CORNERSTONE_TIMING=1 prints each phase's milliseconds to stderr (for the benchmarks).
  let mark = Date.now();
  const phase = (name: string) => {
    if (process.env.CORNERSTONE_TIMING) {
      const m = process.memoryUsage();
      const mib = (n: number) => Math.round(n / 1048576);
      process.stderr.write(
        `phase ${name} ${Date.now() - mark} ms (rss ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)}, external ${mib(m.external)})\n`,
      );
    }
    mark = Date.now();
  };
  try {
    return await withBulkTx(db, async (tx) => {
      // Sorts and hashes of this transaction's set statements stay in memory.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      // Only the merchants the user may post for: any other MID is "unknown" here, and the careful
      // path tells unknown from outside the scope, row by row.
      const inScope = scopeSql(opts.scope);
      const ids = new Map<number, number>();
      for (const r of await tx.query<{ mid: string; id: number }>(
        `SELECT m.mid, m.id FROM merchant m WHERE ${inScope.sql}`,
        inScope.params,
      ))
        ids.set(Number(r.mid), r.id);
      await tx.query(POINTS_DELTA_DDL);
      await tx.query(
        `CREATE TEMP TABLE ${REST} (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS) ON COMMIT DROP`,
      );
      phase('merchants');
      const router = new MonthRouter(tx, columns);
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
          if (opts.onProgress && now - lastReport > 250) {
            lastReport = now;
            opts.onProgress({ bytesRead, bytesTotal, rowsRead, rejected: 0, elapsedMs: now - started });
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
      // What only the reading needed goes before the rest of the work.
      ids.clear();
      blocks.clear();
      spare.length = 0;
      opts.onProgress?.({ bytesRead, bytesTotal, rowsRead, rejected: 0, elapsedMs: Date.now() - started });
      phase('copy');
      if (rowsRead === 0)
        return {
          file: basename(path),
          rowsRead,
          inserted: 0,
          updated: 0,
          skipped: 0,
          rejected: 0,
          rolledBack: false,
          elapsedMs: Date.now() - started,
        };

      // New months: keyed and attached (a line twice in the file fails the key: 23505, and the
      // careful path stores it once).
      await attachFreshMonths(tx, router.fresh);
      let inserted = router.fresh.reduce((n, m) => n + m.rows, 0);
      phase('attach');
      if (router.restRows > 0)
        inserted += await insertNewSettlements(
          tx,
          `(SELECT * FROM ${REST} ORDER BY merchant_id, settle_date) src`,
        );
      phase('insert');
      // A file partly new and partly already stored is rare: the careful path sorts it out row by row.
      if (inserted > 0 && inserted < rowsRead) throw new NeedsCarefulPath('some rows are stored already');
      if (inserted === rowsRead) {
        // Every row is new, so no (merchant, day) came twice: a month's sums are of ≤ 31 days.
        const freshMonths = new Set(router.fresh.map((m) => m.monthIndex));
        const rollup = ['merchant_id', 'month', ...VALUE_COLUMNS, 'days', 'last_settle_date'];
        // A month no import touched has no rollup rows yet: its totals are copied in as they are.
        await writeTotals(
          tx.copyWriter('settlement_month', [...rollup, 'profit']),
          totals,
          (m) => freshMonths.has(m),
          true,
        );
        if (freshMonths.size < totals.size) {
          await tx.query(MONTH_TOTALS_DDL);
          await writeTotals(
            tx.copyWriter('cs_month_totals', rollup),
            totals,
            (m) => !freshMonths.has(m),
            false,
          );
          await addMonthTotals(tx, 'cs_month_totals');
        }
        await writeDelta(tx.copyWriter('cs_points_delta', ['merchant_id', 'amount', 'capped']), totals);
        totals.clear();
        phase('rollup');
        await react('settlements.imported', {
          tx,
          through: hi,
          source: `import settlements ${basename(path)}`,
        });
      } else {
        // Rows already stored (or twice in the file): skipped when identical; any different value
        // goes to the careful path, which rejects it by row and column. Nothing new: no points.
        const cols = `merchant_id, settle_date, ${VALUE_COLUMNS.join(', ')}`;
        const [changed] = await tx.query<{ any: boolean }>(
          `SELECT EXISTS (SELECT ${cols} FROM ${REST}
             EXCEPT SELECT ${cols} FROM settlement WHERE settle_date BETWEEN (SELECT min(settle_date) FROM ${REST}) AND $1::date) AS any`,
          [hi],
        );
        if (changed?.any) throw new NeedsCarefulPath('a stored row has other values');
      }
      phase('points');
      return {
        file: basename(path),
        rowsRead,
        inserted,
        updated: 0,
        skipped: rowsRead - inserted,
        rejected: 0,
        rolledBack: false,
        elapsedMs: Date.now() - started,
      };
    });
  } catch (err) {
    // COPY or the key refused a row (a value out of a column's range, a line twice in a new month):
    // the careful path names the row and column.
    const code = (err as { code?: string }).code ?? '';
    if (err instanceof NeedsCarefulPath || code.startsWith('22') || code.startsWith('23')) {
      if (process.env.CORNERSTONE_TIMING) process.stderr.write(`careful path: ${(err as Error).message}\n`);
      return null;
    }
    throw err;
  }
}

const MONTH_TOTALS_DDL = `CREATE TEMP TABLE cs_month_totals (
  merchant_id int NOT NULL, month date NOT NULL, txn_count bigint NOT NULL, txn_amount numeric(18,2) NOT NULL,
  capped_count bigint NOT NULL, capped_amount numeric(18,2) NOT NULL, merchant_fee numeric(18,2) NOT NULL,
  issuer_fee numeric(18,2) NOT NULL, network_fee numeric(18,2) NOT NULL, days int NOT NULL,
  last_settle_date date NOT NULL) ON COMMIT DROP`;

/**
 * CSV bytes written into one reused buffer and handed to a COPY whenever it fills: numbers are
 * written digit by digit, so a million rows leave no strings behind for the collector.
 */
class CsvBytes {
  private readonly buf = Buffer.allocUnsafe(BLOCK + 256);
  private at = 0;

  constructor(private readonly copy: CopyWriter) {}

  int(n: number): this {
    if (n < 0) {
      this.buf[this.at++] = 0x2d;
      n = -n;
    }
    this.at = writeDigits(this.buf, this.at, n);
    return this;
  }

  /** Fen as yuan with 2 decimals. */
  fen(f: number): this {
    if (!Number.isSafeInteger(f)) throw new Error(`amount out of exact range: ${f}`);
    if (f < 0) {
      this.buf[this.at++] = 0x2d;
      f = -f;
    }
    this.at = writeDigits(this.buf, this.at, Math.floor(f / 100));
    const cents = f % 100;
    this.buf[this.at++] = 0x2e;
    this.buf[this.at++] = 0x30 + Math.floor(cents / 10);
    this.buf[this.at++] = 0x30 + (cents % 10);
    return this;
  }

  /** ASCII text (dates). */
  text(t: string): this {
    for (let i = 0; i < t.length; i++) this.buf[this.at++] = t.charCodeAt(i);
    return this;
  }

  comma(): this {
    this.buf[this.at++] = 0x2c;
    return this;
  }

  /** Ends a row; sends the buffer when it is full. */
  async row(): Promise<void> {
    this.buf[this.at++] = 0x0a;
    if (this.at >= BLOCK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.at > 0) await this.copy.write(this.buf.subarray(0, this.at));
    this.at = 0;
  }

  async end(): Promise<void> {
    await this.flush();
    await this.copy.end();
  }
}

/** The sums kept while reading, as rows of the months `take` picks (with profit when `profit`). */
async function writeTotals(
  copy: CopyWriter,
  totals: Map<number, Map<number, MonthTotal>>,
  take: (monthIndex: number) => boolean,
  profit: boolean,
): Promise<void> {
  const out = new CsvBytes(copy);
  for (const [m, byMerchant] of totals) {
    if (!take(m)) continue;
    const month = monthStart(m);
    for (const [id, t] of byMerchant) {
      out.int(id).comma().text(month).comma().int(t.txnCount).comma().fen(t.txnAmount).comma();
      out.int(t.cappedCount).comma().fen(t.cappedAmount).comma().fen(t.merchantFee).comma();
      out.fen(t.issuerFee).comma().fen(t.networkFee).comma().int(t.days).comma().text(t.last);
      if (profit) out.comma().fen(t.merchantFee - t.issuerFee - t.networkFee);
      await out.row();
    }
  }
  await out.end();
}

/** Each merchant's sums over the file, for the points accrual: non-capped amount and capped count. */
async function writeDelta(copy: CopyWriter, totals: Map<number, Map<number, MonthTotal>>): Promise<void> {
  const delta = new Map<number, { amount: bigint; capped: number }>();
  for (const byMerchant of totals.values())
    for (const [id, t] of byMerchant) {
      const d = delta.get(id);
      const amount = BigInt(t.txnAmount - t.cappedAmount);
      if (d) {
        d.amount += amount;
        d.capped += t.cappedCount;
      } else delta.set(id, { amount, capped: t.cappedCount });
    }
  const lines: string[] = [];
  for (const [id, d] of delta) lines.push(`${id},${formatYuan(d.amount)},${d.capped}\n`);
  if (lines.length) await copy.write(Buffer.from(lines.join(''), 'latin1'));
  await copy.end();
}
