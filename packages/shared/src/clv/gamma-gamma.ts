// Gamma-Gamma model of the value per transaction: Fader, Hardie & Lee (2005b), "RFM and CLV: Using
// Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 415–430, and
// Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (note). Each transaction value
// z ~ Gamma(shape p, rate ν) — a customer mean of p/ν — and across customers ν ~ Gamma(shape q,
// rate v). The parameter called γ in the papers is `v` here. Values must be positive.
import type { RfmSummary } from './bg-nbd.ts';
import { type NelderMeadOptions, nelderMeadRestarted } from './nelder-mead.ts';
import { lnGamma } from './special.ts';

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  /** Total log-likelihood of the customers used (x > 0, m > 0). */
  logLikelihood: number;
  converged: boolean;
  /** How many customers the fit used: those with x > 0 and m > 0. */
  customers: number;
}

/**
 * Log-density of a customer's mean value m over x transactions (Fader & Hardie 2013):
 * f(m | p, q, v, x) = Γ(px+q) / (Γ(px)Γ(q)) · v^q · m^{px−1} · x^{px} / (v + m·x)^{px+q}.
 */
export function gammaGammaCustomerLogLikelihood(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, v } = params;
  const px = p * x;
  return (
    lnGamma(px + q) -
    lnGamma(px) -
    lnGamma(q) +
    q * Math.log(v) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(v + m * x)
  );
}

/** Whether a customer carries information for the Gamma-Gamma model: x > 0 and m > 0. */
export function usableForGammaGamma(s: RfmSummary): boolean {
  return s.x > 0 && s.m > 0 && Number.isFinite(s.m);
}

/** Sum of the customer log-likelihoods over the usable customers. */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: readonly RfmSummary[]): number {
  let sum = 0;
  for (const s of data) if (usableForGammaGamma(s)) sum += gammaGammaCustomerLogLikelihood(params, s.x, s.m);
  return sum;
}

export interface GammaGammaFitOptions extends NelderMeadOptions {
  /** Starting point (default p = 1, q = 2, v = mean of m). */
  initial?: GammaGammaParams;
}

/**
 * Maximum-likelihood Gamma-Gamma fit over (ln p, ln q, ln v) by restarted Nelder–Mead, on the
 * customers with x > 0 and m > 0 (customers without repeat transactions say nothing about value;
 * loss-making ones are outside the model). Throws when none is usable.
 */
export function fitGammaGamma(
  data: readonly RfmSummary[],
  options: GammaGammaFitOptions = {},
): GammaGammaFit {
  const used = data.filter(usableForGammaGamma);
  if (used.length === 0) throw new RangeError('fitGammaGamma: no customer with x > 0 and m > 0');
  const meanM = used.reduce((s, d) => s + d.m, 0) / used.length;
  const init = options.initial ?? { p: 1, q: 2, v: meanM };
  const fromLog = (th: readonly number[]): GammaGammaParams => ({
    p: Math.exp(th[0]!),
    q: Math.exp(th[1]!),
    v: Math.exp(th[2]!),
  });
  // The Γ terms depend on x alone: computed once per distinct x per evaluation.
  const xs = [...new Set(used.map((d) => d.x))];
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const ux = used.map((d) => xIndex.get(d.x)!);
  const logM = used.map((d) => Math.log(d.m));
  const logX = used.map((d) => Math.log(d.x));
  const gammas = new Float64Array(xs.length);
  const objective = (th: readonly number[]): number => {
    const { p, q, v } = fromLog(th);
    const base = -lnGamma(q) + q * Math.log(v);
    xs.forEach((x, i) => {
      gammas[i] = base + lnGamma(p * x + q) - lnGamma(p * x);
    });
    let ll = 0;
    for (let k = 0; k < used.length; k++) {
      const d = used[k]!;
      const px = p * d.x;
      ll += gammas[ux[k]!]! + (px - 1) * logM[k]! + px * logX[k]! - (px + q) * Math.log(v + d.m * d.x);
    }
    return -ll / used.length;
  };
  const result = nelderMeadRestarted(
    objective,
    [Math.log(init.p), Math.log(init.q), Math.log(init.v)],
    options,
  );
  return {
    ...fromLog(result.x),
    logLikelihood: -result.fx * used.length,
    converged: result.converged && Number.isFinite(result.fx),
    customers: used.length,
  };
}

/** Population mean value per transaction, E[p/ν] = p·v/(q−1); +∞ when q ≤ 1. */
export function populationMeanValue(params: GammaGammaParams): number {
  return params.q > 1 ? (params.p * params.v) / (params.q - 1) : Number.POSITIVE_INFINITY;
}

/**
 * E[Z | x, m]: the expected value of a customer's future transactions (Fader, Hardie & Lee 2005b;
 * Fader & Hardie 2013) — a weighted average of the population mean and the customer's own
 * mean, (v + m·x)·p / (p·x + q − 1), which trusts the customer's mean more the more transactions
 * back it. For x = 0 it is the population mean p·v/(q−1). A customer with x > 0 and m ≤ 0
 * (loss-making on average) is outside the model; its own mean m is returned unchanged, so that its
 * expected lifetime value comes out negative instead of being shrunk towards a positive mean.
 */
export function expectedValue(params: GammaGammaParams, s: RfmSummary): number {
  const { p, q, v } = params;
  if (s.x <= 0) return populationMeanValue(params);
  if (!(s.m > 0)) return s.m;
  return ((v + s.m * s.x) * p) / (p * s.x + q - 1);
}
