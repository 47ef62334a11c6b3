import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatYuan } from '@cornerstone/shared/money/money';
import { SettlementLineScanner } from '@cornerstone/shared/settlement/settlement-line';
import { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import { parse } from 'csv-parse';
import { type BulkSource, type BulkTx, type CopyWriter, withBulkTx } from '../../db/bulk.ts';
import type { ImportOptions, ImportSummary } from '../common/csv-import.ts';
import { accrualEntries, postAccrual, readAccrualInputs } from '../loyalty/loyalty.service.ts';
import {
  addMonthTotals,
  attachFreshMonths,
  claimMonth,
  type FreshMonth,
  insertNewSettlements,
  POINTS_DELTA_DDL,
  VALUE_COLUMNS,
} from './settlement-store.ts';

/** The fast path met something it does not explain row by row; the careful path takes over. */
class NeedsCarefulPath extends Error {}

async function readHeader(path: string): Promise<string[]> {
  const parser = createReadStream(path).pipe(parse({ bom: true, to_line: 1 }));
  for await (const record of parser as AsyncIterable<string[]>) return record.map((h) => h.trim());
  return [];
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

/** Fen (a safe integer, profit may be negative) as yuan text with 2 decimals. */
const fenText = (fen: number) => {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

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
  opts: ImportOptions,
): Promise<ImportSummary | null> {
  const started = Date.now();
  const header = await readHeader(path);
  // Only files whose header names exactly the known columns: anything else is for the careful path.
  if (header.length !== SETTLEMENT_COLUMNS.length || !SETTLEMENT_COLUMNS.every((c) => header.includes(c)))
    return null;
  const scanner = new SettlementLineScanner(header);
  // COPY's columns in the file's order, the MID's place taken by the merchant's id.
  const columns = header.map((c) => (c === 'mid' ? 'merchant_id' : c));
  const bytesTotal = (await stat(path)).size;
  // CORNERSTONE_TIMING=1 prints each phase's milliseconds to stderr (for the benchmarks).
  let mark = Date.now();
  const phase = (name: string) => {
    if (process.env.CORNERSTONE_TIMING) process.stderr.write(`phase ${name} ${Date.now() - mark} ms\n`);
    mark = Date.now();
  };
  try {
    return await withBulkTx(db, async (tx) => {
      // Sorts and hashes of this transaction's set statements stay in memory.
      await tx.query(`SET LOCAL work_mem = '64MB'`);
      const ids = new Map<number, number>();
      for (const r of await tx.query<{ mid: string; id: number }>('SELECT mid, id FROM merchant'))
        ids.set(Number(r.mid), r.id);
      await tx.query(POINTS_DELTA_DDL);
      await tx.query(
        `CREATE TEMP TABLE ${REST} (LIKE settlement INCLUDING DEFAULTS INCLUDING CONSTRAINTS) ON COMMIT DROP`,
      );
      phase('merchants');
      const router = new MonthRouter(tx, columns);
      const totals = new Map<number, Map<number, MonthTotal>>();
      const blocks = new Map<number, { buf: Buffer; used: number }>();
      let rowsRead = 0;
      let bytesRead = 0;
      let lastReport = 0;
      let hi = '';
      let inHeader = true;
      let carry: Buffer | null = null;
      let month = -1;
      let monthTotals = new Map<number, MonthTotal>();

      // Reads one line into its month's block; answers a full block to send first, if any.
      const line = (buf: Buffer, s: number, e: number): { m: number; full: Uint8Array } | null => {
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
        let full: Uint8Array | null = null;
        if (block && block.used + (e - s) + 12 > BLOCK) {
          full = block.buf.subarray(0, block.used);
          block = undefined;
        }
        if (!block) {
          block = { buf: Buffer.allocUnsafe(BLOCK), used: 0 };
          blocks.set(m, block);
        }
        const out = block.buf;
        let at = block.used;
        at += buf.copy(out, at, s, scanner.midStart);
        at = writeDigits(out, at, id);
        at += buf.copy(out, at, scanner.midEnd, e);
        out[at++] = 0x0a;
        block.used = at;
        return full && { m, full };
      };

      // The header line is skipped; every other line is read where it lies in the chunk.
      // (Synchronous, one call per line: only a full block waits for PostgreSQL.)
      const take = (buf: Buffer, s: number, e: number) => {
        if (!inHeader) return line(buf, s, e);
        inHeader = false;
        return null;
      };
      const send = async (full: { m: number; full: Uint8Array } | null) => {
        if (full) await router.send(full.m, full.full);
      };
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
        const buf = chunk as Buffer;
        bytesRead += buf.length;
        let s = 0;
        if (carry) {
          // Only the line cut at the chunk's edge is copied, not the chunk.
          const nl = buf.indexOf(0x0a);
          if (nl === -1) {
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
          if (full) await router.send(full.m, full.full);
          s = nl + 1;
        }
        carry = s < buf.length ? Buffer.from(buf.subarray(s)) : null;
        const now = Date.now();
        if (opts.onProgress && now - lastReport > 250) {
          lastReport = now;
          opts.onProgress({ bytesRead, bytesTotal, rowsRead, rejected: 0, elapsedMs: now - started });
        }
      }
      // A last line without a line end.
      if (carry) await send(take(carry, 0, carry.length));
      for (const [m, block] of blocks)
        if (block.used > 0) await router.send(m, block.buf.subarray(0, block.used));
      await router.close();
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

      // Node's sums per merchant over the file, for the points accrual, and what the accrual reads of
      // those merchants: both as if every row were new, and used only once that proves true.
      await writeDelta(tx.copyWriter('cs_points_delta', ['merchant_id', 'amount', 'capped']), totals);
      const accrualInputs = await readAccrualInputs(tx);
      // New months: keyed and attached by PostgreSQL (a line twice in the file fails the key: 23505,
      // and the careful path stores it once) while Node works out the points and the rollup rows.
      const attaching = attachFreshMonths(tx, router.fresh);
      attaching.catch(() => undefined);
      const accrual = accrualEntries(accrualInputs, hi);
      const freshMonths = new Set(router.fresh.map((m) => m.monthIndex));
      // A month no import touched has no rollup rows yet: its totals are copied in as they are.
      const freshRollup = totalsCsv(totals, (m) => freshMonths.has(m), true);
      const restRollup =
        freshMonths.size < totals.size ? totalsCsv(totals, (m) => !freshMonths.has(m), false) : [];
      await attaching;
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
        const rollup = ['merchant_id', 'month', ...VALUE_COLUMNS, 'days', 'last_settle_date'];
        await copyAll(tx.copyWriter('settlement_month', [...rollup, 'profit']), freshRollup);
        if (restRollup.length) {
          await tx.query(MONTH_TOTALS_DDL);
          await copyAll(tx.copyWriter('cs_month_totals', rollup), restRollup);
          await addMonthTotals(tx, 'cs_month_totals');
        }
        phase('rollup');
        await postAccrual(tx, accrual, `import settlements ${basename(path)}`);
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

/** The sums kept while reading, as CSV blocks of the months `take` picks (with profit when `profit`). */
function totalsCsv(
  totals: Map<number, Map<number, MonthTotal>>,
  take: (monthIndex: number) => boolean,
  profit: boolean,
): Buffer[] {
  const blocks: Buffer[] = [];
  const lines: string[] = [];
  let size = 0;
  for (const [m, byMerchant] of totals) {
    if (!take(m)) continue;
    const month = `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    for (const [id, t] of byMerchant) {
      const p = t.merchantFee - t.issuerFee - t.networkFee;
      for (const fen of [t.txnAmount, t.cappedAmount, t.merchantFee, t.issuerFee, t.networkFee, p])
        if (!Number.isSafeInteger(fen)) throw new Error(`month total out of exact range for merchant ${id}`);
      const line = `${id},${month},${t.txnCount},${fenText(t.txnAmount)},${t.cappedCount},${fenText(t.cappedAmount)},${fenText(t.merchantFee)},${fenText(t.issuerFee)},${fenText(t.networkFee)},${t.days},${t.last}${profit ? `,${fenText(p)}` : ''}\n`;
      lines.push(line);
      size += line.length;
      if (size > BLOCK) {
        blocks.push(Buffer.from(lines.join(''), 'latin1'));
        lines.length = 0;
        size = 0;
      }
    }
  }
  if (lines.length) blocks.push(Buffer.from(lines.join(''), 'latin1'));
  return blocks;
}

async function copyAll(copy: CopyWriter, blocks: readonly Buffer[]): Promise<void> {
  for (const b of blocks) await copy.write(b);
  await copy.end();
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
