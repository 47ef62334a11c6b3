import { formatYuan } from '@cornerstone/shared/money/money';
import { addDays } from '@cornerstone/shared/period/period';
import { mid } from './fixtures.ts';

export interface GenRow {
  date: string;
  mid: string;
  line: string;
  profitFen: bigint;
}

// A small deterministic generator (not the demo's): every value derives from (merchant, day).
function hash(a: number, b: number): number {
  let h = (a * 2654435761) ^ (b * 40503);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Settlement rows for merchants 1..n over [from, to], with a heavy tail and some negative-profit days. */
export function* settlementRows(
  n: number,
  from: string,
  to: string,
  skip = (_i: number, _d: string) => false,
): Generator<GenRow> {
  for (let d = from, day = 0; d <= to; d = addDays(d, 1), day++) {
    for (let i = 1; i <= n; i++) {
      if (skip(i, d)) continue;
      const h = hash(i, day);
      if (h % 7 === 0) continue; // not every merchant settles every day
      const scale = BigInt(1 + (i % 10 === 0 ? 400 : i % 3 === 0 ? 40 : 4));
      const count = 1 + (h % 20);
      const amount = scale * BigInt(10_000 + (h % 500_000)); // fen
      const capped = i % 5 === 3 ? Math.min(count, h % 3) : 0;
      const cappedAmount = capped > 0 ? amount / 3n : 0n;
      const merchantFee = (amount * 60n) / 10_000n;
      const issuerFee = (amount * 45n) / 10_000n;
      // Some merchants lose money on some days (network fee above the margin).
      const networkFee = h % 11 === 0 ? (amount * 20n) / 10_000n : (amount * 5n) / 10_000n;
      const line = [
        d,
        mid(i),
        count,
        formatYuan(amount),
        capped,
        formatYuan(cappedAmount),
        formatYuan(merchantFee),
        formatYuan(issuerFee),
        formatYuan(networkFee),
      ].join(',');
      yield { date: d, mid: mid(i), line, profitFen: merchantFee - issuerFee - networkFee };
    }
  }
}

/** Profit per MID over [from, to], computed straight from the generated rows. */
export function expectedProfit(rows: Iterable<GenRow>, from: string, to: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const r of rows)
    if (r.date >= from && r.date <= to) out.set(r.mid, (out.get(r.mid) ?? 0n) + r.profitFen);
  return out;
}
