import { formatYuan } from '@cornerstone/shared/money/money';
import { addDays, daysBetween } from '@cornerstone/shared/period/period';
import type { SETTLEMENT_COLUMNS } from '@cornerstone/shared/settlement/settlement-row';
import { calendarFactor } from './demo-calendar.ts';
import { DEFAULT_SEED, type DemoMerchant, demoMerchant } from './demo-merchants.ts';
import { hashSeed, Rng } from './demo-random.ts';
import { TICKETS, type Ticket, ticketsOf } from './demo-tickets.ts';
import type { DemoCategory } from './demo-trades.ts';

/** Column of settlements.csv. */
export type SettlementColumn = (typeof SETTLEMENT_COLUMNS)[number];

/**
 * Days covered by a run with `months`: from the first day of the month `months` months before
 * `today`'s month to yesterday, i.e. `months` full calendar months plus the current month so far
 * (so the last `months` monthly pyramids are complete).
 */
export function demoSettlementWindow(today: string, months: number): { start: string; end: string } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - Math.max(0, Math.floor(months));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return {
    start: `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-01`,
    end: addDays(today, -1),
  };
}

const EPOCH = '1970-01-01';
const dayNumber = (date: string): number => daysBetween(EPOCH, date);

interface Prepared {
  m: DemoMerchant;
  tickets: Ticket[];
  onboardDay: number;
  /** A leaver's first day without settlements (day number), else +∞. */
  leaveDay: number;
  // Warning signs: from signFrom they deepen to the anchor, then (a false alarm) recover by signTo.
  signFrom: number;
  anchorDay: number;
  signTo: number;
  volumeTo: number;
  tradingTo: number;
}

function prepare(m: DemoMerchant, seed: number): Prepared {
  const s = m.signs;
  const anchorDay = s ? dayNumber(s.anchorOn) : Number.NEGATIVE_INFINITY;
  return {
    m,
    tickets: ticketsOf(m, seed),
    onboardDay: dayNumber(m.onboardedOn),
    leaveDay: m.leavesOn === null ? Number.POSITIVE_INFINITY : dayNumber(m.leavesOn),
    signFrom: s ? anchorDay - s.leadDays : Number.NEGATIVE_INFINITY,
    anchorDay,
    signTo: s ? anchorDay + s.recoverDays : Number.NEGATIVE_INFINITY,
    volumeTo: s?.volumeTo ?? 1,
    tradingTo: s?.tradingDaysTo ?? 1,
  };
}

/** How deep into its warning signs a merchant is on day `d`: 0 outside them, 1 at the anchor. */
function signDepth(p: Prepared, d: number): number {
  if (d <= p.signFrom || d > p.signTo) return 0;
  if (d <= p.anchorDay) return (d - p.signFrom) / (p.anchorDay - p.signFrom);
  return (p.signTo - d) / (p.signTo - p.anchorDay);
}

/** Trend factor of a merchant `daysToEnd` days before the last day (a leaver trades as usual until it stops). */
function fateFactor(m: DemoMerchant, daysToEnd: number): number {
  switch (m.fate) {
    case 'steady':
    case 'leaving':
      return 1;
    case 'declining': {
      const progress = Math.min(1, Math.max(0, (m.fateDays - daysToEnd) / m.fateDays));
      return 1 - 0.85 * progress;
    }
    case 'growing': {
      const progress = Math.min(1, Math.max(0, (m.fateDays - daysToEnd) / m.fateDays));
      return 0.55 + 0.75 * progress;
    }
  }
}

/** Merchants are prepared in blocks so that memory stays flat for very large runs; days run inside a block. */
const BLOCK = 20_000;

/**
 * Rows of settlements.csv for the same merchants as {@link demoMerchantRows} (same seed and
 * `today`): one row per merchant and trading day over {@link demoSettlementWindow}, never before
 * the merchant's onboarding date nor on or after a leaver's leaving day; warning signs thin out
 * volume and trading days in the months before it (see `demo-fates.ts`). Rows come day by day
 * (all merchants of a day, by index), in blocks of 20,000 merchants. Each row is the exact sum of
 * its transactions priced with `transactionFee`, `issuerFee` and `networkFee`.
 */
export function* demoSettlementRows(opts: {
  merchants: number;
  months: number;
  seed?: number;
  today: string;
}): Generator<Record<SettlementColumn, string>> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const { start, end } = demoSettlementWindow(opts.today, opts.months);
  const firstDay = dayNumber(start);
  const lastDay = dayNumber(end);
  if (lastDay < firstDay || opts.merchants <= 0) return;

  // Calendar factors once per day and category; the long-run trend (+6% a year) on top.
  const dates: string[] = [];
  const weekdays: number[] = [];
  const calendar: Record<DemoCategory, Float64Array> = {
    general: new Float64Array(lastDay - firstDay + 1),
    dining: new Float64Array(lastDay - firstDay + 1),
    livelihood: new Float64Array(lastDay - firstDay + 1),
    wholesale: new Float64Array(lastDay - firstDay + 1),
    auto_realty: new Float64Array(lastDay - firstDay + 1),
  };
  for (let d = firstDay; d <= lastDay; d++) {
    const i = d - firstDay;
    const date = addDays(start, i);
    const weekday = (((d + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
    dates.push(date);
    weekdays.push(weekday);
    const trend = 1.06 ** ((d - lastDay) / 365);
    for (const c of Object.keys(calendar) as DemoCategory[])
      calendar[c][i] = calendarFactor(c, date, weekday) * trend;
  }

  const r = new Rng(0);
  const total = new Int32Array(TICKETS);
  const credit = new Int32Array(TICKETS);
  const weights = new Float64Array(TICKETS);

  for (let from = 0; from < opts.merchants; from += BLOCK) {
    const block: Prepared[] = [];
    for (let i = from; i < Math.min(opts.merchants, from + BLOCK); i++) {
      const m = demoMerchant(i, seed, opts.today);
      // Not yet onboarded, or left before the window: no row at all.
      if (m.onboardedOn > end || (m.leavesOn !== null && m.leavesOn <= start)) continue;
      block.push(prepare(m, seed));
    }
    for (let d = firstDay; d <= lastDay; d++) {
      const i = d - firstDay;
      const daysToEnd = lastDay - d;
      for (const p of block) {
        if (d < p.onboardDay || d >= p.leaveDay) continue;
        const m = p.m;
        if (weekdays[i] === m.closedWeekday) continue;
        let fate = fateFactor(m, daysToEnd);
        let open = m.openProb;
        const depth = signDepth(p, d);
        if (depth > 0) {
          fate *= 1 - depth * (1 - p.volumeTo);
          open *= 1 - depth * (1 - p.tradingTo);
        }
        r.reseed(hashSeed(seed, m.index, d));
        if (!r.chance(open)) continue;
        const ramp = Math.min(1, 0.3 + (0.7 * (d - p.onboardDay)) / 60);
        const lambda = m.txnsPerDay * calendar[m.category][i]! * fate * ramp * r.logNormal(-0.03, 0.25);
        const n = r.poisson(lambda);
        if (n === 0) continue;
        yield settle(dates[i]!, m.mid, p.tickets, n, r, total, credit, weights);
      }
    }
  }
}

/** Spreads `n` transactions over the representative tickets and card kinds, and prices the day. */
function settle(
  date: string,
  mid: string,
  tickets: readonly Ticket[],
  n: number,
  r: Rng,
  total: Int32Array,
  credit: Int32Array,
  weights: Float64Array,
): Record<SettlementColumn, string> {
  total.fill(0);
  credit.fill(0);
  if (n <= 48) {
    for (let j = 0; j < n; j++) {
      const k = r.int(TICKETS);
      total[k]!++;
      if (r.chance(tickets[k]!.creditShare)) credit[k]!++;
    }
  } else {
    // Many transactions: a noisy proportional split (the day's mix varies), then card kinds by share.
    let sum = 0;
    for (let k = 0; k < TICKETS; k++) {
      const w = 0.6 + 0.8 * r.next();
      weights[k] = w;
      sum += w;
    }
    let assigned = 0;
    for (let k = 0; k < TICKETS; k++) {
      const c = Math.floor((n * weights[k]!) / sum);
      total[k] = c;
      assigned += c;
    }
    for (let k = r.int(TICKETS); assigned < n; k = (k + 1) % TICKETS) {
      total[k]!++;
      assigned++;
    }
    for (let k = 0; k < TICKETS; k++) {
      credit[k] = Math.min(total[k]!, Math.floor(total[k]! * tickets[k]!.creditShare + r.next()));
    }
  }
  let amount = 0n;
  let cappedCount = 0;
  let cappedAmount = 0n;
  let merchantFee = 0n;
  let issuer = 0n;
  let network = 0n;
  for (let k = 0; k < TICKETS; k++) {
    const c = total[k]!;
    if (c === 0) continue;
    const tk = tickets[k]!;
    const cc = credit[k]!;
    const count = BigInt(c);
    const lineAmount = tk.amount * count;
    amount += lineAmount;
    merchantFee += tk.merchantFee * count;
    network += tk.network * count;
    issuer +=
      cc === 0 ? tk.issuerDebit * count : tk.issuerDebit * BigInt(c - cc) + tk.issuerCredit * BigInt(cc);
    if (tk.capped) {
      cappedCount += c;
      cappedAmount += lineAmount;
    }
  }
  return {
    settle_date: date,
    mid,
    txn_count: String(n),
    txn_amount: formatYuan(amount),
    capped_count: String(cappedCount),
    capped_amount: formatYuan(cappedAmount),
    merchant_fee: formatYuan(merchantFee),
    issuer_fee: formatYuan(issuer),
    network_fee: formatYuan(network),
  };
}
