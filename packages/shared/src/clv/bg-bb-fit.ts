// Maximum-likelihood estimation of the BG/BB (bg-bb.ts) from customers' {x, tx, n} histories.
import {
  assertBgBbSummary,
  type BgBbChain,
  type BgBbParams,
  type BgBbSummary,
  type BgBbWeightedSummary,
  bgbbChainsLogLikelihood,
} from './bg-bb.ts';
import { type NelderMeadOptions, nelderMeadRestarted } from './nelder-mead.ts';

export interface BgBbFit {
  params: BgBbParams;
  /** Total (weighted) log-likelihood at params, eq. 5 summed. */
  logLikelihood: number;
  /** Nelder–Mead iterations over all starts. */
  iterations: number;
  /** The best start's optimiser met its tolerances. */
  converged: boolean;
  /**
   * A parameter sits on the edge of the search box: the data do not pin it down (say, every
   * customer has nearly the same p, so α and β run off together). The fit is still usable.
   */
  atBound: boolean;
}

export interface BgBbFitOptions extends NelderMeadOptions {
  /** A starting point tried besides the built-in ones. */
  initial?: BgBbParams;
}

/**
 * Checks the histories and groups them into chains for bgbbChainsLogLikelihood: one chain per
 * (x, n), its tx descending, each with the summed weight (1 per customer without `weight`).
 * Throws on an invalid history or weight.
 */
export function groupBgBb(customers: readonly (BgBbSummary | BgBbWeightedSummary)[]): BgBbChain[] {
  const chains = new Map<string, { x: number; n: number; byTx: Map<number, number> }>();
  for (const c of customers) {
    assertBgBbSummary(c.x, c.tx, c.n);
    const w = 'weight' in c ? c.weight : 1;
    if (!(Number.isFinite(w) && w >= 0)) throw new RangeError(`groupBgBb: invalid weight ${w}`);
    const key = `${c.x}|${c.n}`;
    const chain = chains.get(key) ?? { x: c.x, n: c.n, byTx: new Map<number, number>() };
    chains.set(key, chain);
    chain.byTx.set(c.tx, (chain.byTx.get(c.tx) ?? 0) + w);
  }
  return [...chains.values()].map(({ x, n, byTx }) => {
    const txs = [...byTx.keys()].sort((a, b) => b - a);
    return { x, n, txs, weights: txs.map((tx) => byTx.get(tx)!) };
  });
}

/**
 * ln-parameters are searched within ±10 (parameters e^−10 … e^10 ≈ 2·10⁴). On merchant data —
 * active nearly every month — the likelihood keeps rising as α, β (or γ, δ) grow together towards
 * a point mass, and an unbounded search would run them to overflow; at e^10 a Beta is already all
 * but a point mass, so the box costs no fit, and it keeps every forecast finite.
 */
const LOG_BOX = 10;

/**
 * Maximum-likelihood BG/BB fit: maximises the weighted Σ eq. 5 over (ln α, ln β, ln γ, ln δ) in the
 * box above, by restarted Nelder–Mead from a few starts (the surface has ridges), keeping the best.
 * Customers without `weight` count once. Throws when the total weight is not positive.
 */
export function fitBgBb(
  customers: readonly (BgBbSummary | BgBbWeightedSummary)[],
  options: BgBbFitOptions = {},
): BgBbFit {
  const chains = groupBgBb(customers);
  let total = 0;
  let sumX = 0;
  let sumN = 0;
  for (const c of chains) {
    for (const w of c.weights) {
      total += w;
      sumX += w * c.x;
      sumN += w * c.n;
    }
  }
  if (!(total > 0)) throw new RangeError('fitBgBb: no customers');
  const fromLog = (th: readonly number[]): BgBbParams => ({
    alpha: Math.exp(th[0]!),
    beta: Math.exp(th[1]!),
    gamma: Math.exp(th[2]!),
    delta: Math.exp(th[3]!),
  });
  // Outside the box the objective is +∞, which Nelder–Mead treats as "go back". The mean keeps
  // the optimiser's tolerances independent of the number of customers.
  const objective = (th: readonly number[]): number =>
    th.some((t) => !(Math.abs(t) <= LOG_BOX))
      ? Number.POSITIVE_INFINITY
      : -bgbbChainsLogLikelihood(fromLog(th), chains) / total;
  // Starts: all ones, and two with the observed activity rate (which ignores drop-out, so it is a
  // floor on mean p) at a loose and a tight spread, with θ small — the merchant case.
  const pBar = Math.min(0.99, Math.max(0.01, sumN > 0 ? sumX / sumN : 0.5));
  const starts: BgBbParams[] = [
    { alpha: 1, beta: 1, gamma: 1, delta: 1 },
    { alpha: 2 * pBar, beta: 2 * (1 - pBar), gamma: 1, delta: 10 },
    { alpha: 20 * pBar, beta: 20 * (1 - pBar), gamma: 0.5, delta: 20 },
  ];
  if (options.initial) starts.unshift(options.initial);
  const clamp = (v: number) => Math.min(LOG_BOX - 1, Math.max(-LOG_BOX + 1, Math.log(v)));
  let best: ReturnType<typeof nelderMeadRestarted> | undefined;
  let iterations = 0;
  for (const s of starts) {
    const res = nelderMeadRestarted(objective, [s.alpha, s.beta, s.gamma, s.delta].map(clamp), options);
    iterations += res.iterations;
    if (!best || res.fx < best.fx) best = res;
  }
  const result = best!;
  return {
    params: fromLog(result.x),
    logLikelihood: -result.fx * total,
    iterations,
    converged: result.converged && Number.isFinite(result.fx),
    atBound: result.x.some((t) => Math.abs(t) > LOG_BOX - 1e-3),
  };
}
