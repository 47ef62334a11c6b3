// Draws customers from the BG/NBD and Gamma-Gamma models' own generative processes (docs/clv.md),
// for testing that the fits recover known parameters and that forecasts match what happens next.
import type { BgNbdParams, RfmSummary } from './bg-nbd.ts';
import { beta, exponential, gamma, mulberry32 } from './random.ts';

export interface SimulateBgNbdOptions extends BgNbdParams {
  /** Number of customers. */
  n: number;
  /**
   * Calibration age of every customer in days (time from its first transaction to the end of the
   * calibration period), or one age per customer (length n).
   */
  T: number | readonly number[];
  /** PRNG seed; the same options always give the same customers. */
  seed: number;
  /** Days simulated after T, reported per customer as the hold-out (default 0). */
  holdoutDays?: number;
  /** Gamma-Gamma value parameters: all three or none (then every value is 0). */
  p?: number;
  q?: number;
  v?: number;
}

export interface SimulatedCustomer {
  /** Calibration history; m is the mean of the repeat transaction values. */
  summary: RfmSummary;
  /** The customer's own transaction rate per day while alive. */
  lambda: number;
  /** The customer's own probability of dropping out after each repeat transaction. */
  dropout: number;
  /** The customer's own mean value per transaction, p/ν (0 without value parameters). */
  meanValue: number;
  /** Still alive at T. */
  aliveAtT: boolean;
  /** Transactions in (T, T + holdoutDays]. */
  holdoutTransactions: number;
  /** Sum of their values. */
  holdoutValue: number;
}

/**
 * For each customer: λ ~ Gamma(r, rate α), drop-out probability p ~ Beta(a, b) and, with value
 * parameters, ν ~ Gamma(q, rate v). The first transaction is at time 0; then transactions follow a
 * Poisson process of rate λ, and after each one the customer drops out with probability p, for
 * ever. Each transaction's value is drawn from Gamma(p, rate ν); the first transaction's value is
 * not part of m, as in the model. Exactly the assumptions of Fader, Hardie & Lee (2005, 2005b).
 */
export function simulateBgNbd(options: SimulateBgNbdOptions): SimulatedCustomer[] {
  const { r, alpha, a, b, n, seed } = options;
  const holdoutDays = options.holdoutDays ?? 0;
  const withValue = options.p !== undefined || options.q !== undefined || options.v !== undefined;
  if (withValue && (options.p === undefined || options.q === undefined || options.v === undefined)) {
    throw new RangeError('simulateBgNbd: give all of p, q, v or none');
  }
  const ages = options.T;
  if (typeof ages !== 'number' && ages.length !== n) {
    throw new RangeError(`simulateBgNbd: ${ages.length} ages for ${n} customers`);
  }
  const u = mulberry32(seed);
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const T = typeof ages === 'number' ? ages : ages[i]!;
    const lambda = gamma(u, r, alpha);
    const dropout = beta(u, a, b);
    const nu = withValue ? gamma(u, options.q!, options.v!) : 0;
    const draw = (): number => (withValue ? gamma(u, options.p!, nu) : 0);
    const end = T + holdoutDays;
    let t = 0;
    let x = 0;
    let tx = 0;
    let repeatValue = 0;
    let holdoutTransactions = 0;
    let holdoutValue = 0;
    let diedAt = Number.POSITIVE_INFINITY;
    for (;;) {
      t += exponential(u, lambda);
      if (t > end) break;
      const value = draw();
      if (t <= T) {
        x++;
        tx = t;
        repeatValue += value;
      } else {
        holdoutTransactions++;
        holdoutValue += value;
      }
      if (u() < dropout) {
        diedAt = t;
        break;
      }
    }
    out.push({
      summary: { x, tx, T, m: x > 0 ? repeatValue / x : 0 },
      lambda,
      dropout,
      meanValue: withValue ? options.p! / nu : 0,
      aliveAtT: diedAt > T,
      holdoutTransactions,
      holdoutValue,
    });
  }
  return out;
}
