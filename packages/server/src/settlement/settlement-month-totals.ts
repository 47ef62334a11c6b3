import { formatYuan } from '@cornerstone/shared/money/money';
import { monthStart } from '@cornerstone/shared/period/period';
import { nonCappedAmount, rowProfit } from '@cornerstone/shared/settlement/fee';
import type { CopyWriter } from '../platform/db/bulk.ts';
import { CsvBytes } from './settlement-copy-bytes.ts';

/** One merchant's month, summed as the rows go by (fen and counts as exact integers). */
export interface MonthTotal {
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

export const MONTH_TOTALS_DDL = `CREATE TEMP TABLE cs_month_totals (
  merchant_id int NOT NULL, month date NOT NULL, txn_count bigint NOT NULL, txn_amount numeric(18,2) NOT NULL,
  capped_count bigint NOT NULL, capped_amount numeric(18,2) NOT NULL, merchant_fee numeric(18,2) NOT NULL,
  issuer_fee numeric(18,2) NOT NULL, network_fee numeric(18,2) NOT NULL, days int NOT NULL,
  last_settle_date date NOT NULL) ON COMMIT DROP`;

/** The sums kept while reading, as rows of the months `take` picks (with profit when `profit`). */
export async function writeTotals(
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
      if (profit) {
        // The rule in shared, on exact bigints once per merchant-month; the sums stay safe integers.
        const p = rowProfit({
          merchantFee: BigInt(t.merchantFee),
          issuerFee: BigInt(t.issuerFee),
          networkFee: BigInt(t.networkFee),
        });
        out.comma().fen(Number(p));
      }
      await out.row();
    }
  }
  await out.end();
}

/** Each merchant's sums over the file, for the points accrual: non-capped amount and capped count. */
export async function writeDelta(
  copy: CopyWriter,
  totals: Map<number, Map<number, MonthTotal>>,
): Promise<void> {
  const delta = new Map<number, { amount: bigint; capped: number }>();
  for (const byMerchant of totals.values())
    for (const [id, t] of byMerchant) {
      const d = delta.get(id);
      const amount = nonCappedAmount({
        txnAmount: BigInt(t.txnAmount),
        cappedAmount: BigInt(t.cappedAmount),
      });
      if (d) {
        d.amount += amount;
        d.capped += t.cappedCount;
      } else delta.set(id, { amount, capped: t.cappedCount });
    }
  const out = new CsvBytes(copy);
  for (const [id, d] of delta) {
    // Sums of many months may pass 2^53 fen: those are written from the bigint itself.
    const fen = Number(d.amount);
    out.int(id).comma();
    if (Number.isSafeInteger(fen)) out.fen(fen);
    else out.text(formatYuan(d.amount));
    await out.comma().int(d.capped).row();
  }
  await out.end();
}

/**
 * COPY bytes kept in memory to be sent later (`copyTo`): the rollup is written out while
 * PostgreSQL is still busy with the statement before it. Its size is that of the rollup (a row per
 * merchant-month), not of the file.
 */
export class HeldCopy implements CopyWriter {
  private readonly chunks: Buffer[] = [];

  get empty(): boolean {
    return this.chunks.length === 0;
  }

  async write(chunk: Uint8Array): Promise<void> {
    // The writer reuses its buffer: the bytes are copied.
    if (chunk.length > 0) this.chunks.push(Buffer.from(chunk));
  }

  async end(): Promise<number> {
    return 0;
  }

  /** Sends the bytes kept to `copy` and ends it; answers the rows stored. */
  async copyTo(copy: CopyWriter): Promise<number> {
    for (const c of this.chunks) await copy.write(c);
    this.chunks.length = 0;
    return copy.end();
  }
}
