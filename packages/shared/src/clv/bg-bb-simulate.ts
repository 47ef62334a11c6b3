// Draws customers from the BG/BB model's own generative process (Fader, Hardie & Shang 2010), for
// testing that fitBgBb recovers known parameters and that its forecasts match what happens next.
import type { BgBbParams, BgBbSummary } from './bg-bb.ts';
import { beta, mulberry32 } from './random.ts';

export interface SimulateBgBbOptions extends BgBbParams {
  /** Number of customers. */
  customers: number;
  /** Opportunities after birth observed for every customer, or one count per customer. */
  n: number | readonly number[];
  /** PRNG seed; the same options always give the same customers. */
  seed: number;
  /** Periods simulated after n, reported per customer as the hold-out (default 0). */
  holdoutPeriods?: number;
}

export interface BgBbSimulatedCustomer {
  summary: BgBbSummary;
  /** The customer's own probability of transacting in a period while alive. */
  p: number;
  /** The customer's own probability of leaving at the start of each period. */
  theta: number;
  /** Still alive in period n. */
  aliveAtN: boolean;
  /** Active periods among n+1 … n+holdoutPeriods. */
  holdoutTransactions: number;
}

/**
 * For each customer: p ~ Beta(α, β), θ ~ Beta(γ, δ); born (and alive) in period 0; at the start of
 * each later period it leaves for ever with probability θ, and if still alive it transacts with
 * probability p — exactly the paper's assumptions, so the history's probability is eq. 5.
 */
export function simulateBgBb(options: SimulateBgBbOptions): BgBbSimulatedCustomer[] {
  const { alpha, beta: b, gamma, delta, customers, seed } = options;
  const holdout = options.holdoutPeriods ?? 0;
  const lengths = options.n;
  if (typeof lengths !== 'number' && lengths.length !== customers) {
    throw new RangeError(`simulateBgBb: ${lengths.length} lengths for ${customers} customers`);
  }
  const u = mulberry32(seed);
  const out: BgBbSimulatedCustomer[] = [];
  for (let i = 0; i < customers; i++) {
    const n = typeof lengths === 'number' ? lengths : lengths[i]!;
    const p = beta(u, alpha, b);
    const theta = beta(u, gamma, delta);
    let x = 0;
    let tx = 0;
    let holdoutTransactions = 0;
    let diedAt = Number.POSITIVE_INFINITY;
    for (let t = 1; t <= n + holdout; t++) {
      if (u() < theta) {
        diedAt = t;
        break;
      }
      if (u() >= p) continue;
      if (t <= n) {
        x++;
        tx = t;
      } else {
        holdoutTransactions++;
      }
    }
    out.push({ summary: { x, tx, n }, p, theta, aliveAtN: diedAt > n, holdoutTransactions });
  }
  return out;
}
