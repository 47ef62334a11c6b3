// 商户行业信息: where a merchant stands among its peers (same category and branch) for a period.

export interface PeerFigures {
  mid: string;
  /** Transaction amount, yuan. */
  amount: number;
  count: number;
  /** Merchant fee, yuan. */
  fee: number;
  /** Amount in the period before, yuan (0 when none). */
  previousAmount: number;
}

export type BenchmarkMetric = 'amount' | 'ticket' | 'growth' | 'feeRate';
export const BENCHMARK_METRICS: readonly BenchmarkMetric[] = ['amount', 'ticket', 'growth', 'feeRate'];

/** A peer's value of a metric, or null when it has none (no transactions, no base to grow from). */
export function metricOf(p: PeerFigures, metric: BenchmarkMetric): number | null {
  switch (metric) {
    case 'amount':
      return p.amount;
    case 'ticket':
      return p.count > 0 ? p.amount / p.count : null;
    case 'growth':
      return p.previousAmount > 0 ? (p.amount - p.previousAmount) / p.previousAmount : null;
    case 'feeRate':
      return p.amount > 0 ? p.fee / p.amount : null;
  }
}

/**
 * Percentile rank, 0..1: the share of the other peers with a value at or below this one (ties count
 * as below: equal is not worse). Null when the merchant has no value or no peer has one.
 */
export function percentileRank(value: number | null, others: readonly (number | null)[]): number | null {
  if (value === null) return null;
  const vs = others.filter((v): v is number => v !== null);
  if (!vs.length) return null;
  return vs.filter((v) => v <= value).length / vs.length;
}

export function median(values: readonly (number | null)[]): number | null {
  const vs = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (!vs.length) return null;
  const mid = Math.floor(vs.length / 2);
  return vs.length % 2 ? vs[mid]! : (vs[mid - 1]! + vs[mid]!) / 2;
}

export interface BenchmarkResult {
  metric: BenchmarkMetric;
  value: number | null;
  percentile: number | null;
  peerMedian: number | null;
}

/** Every metric of `self` against the other peers (the peer list may include self; it is left out). */
export function benchmark(self: PeerFigures, peers: readonly PeerFigures[]): BenchmarkResult[] {
  const others = peers.filter((p) => p.mid !== self.mid);
  return BENCHMARK_METRICS.map((metric) => {
    const value = metricOf(self, metric);
    const vs = others.map((p) => metricOf(p, metric));
    return { metric, value, percentile: percentileRank(value, vs), peerMedian: median(vs) };
  });
}
