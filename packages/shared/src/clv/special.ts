// Special functions for the CLV models (docs/clv.md): log-gamma, log-beta, log-sum-exp and the
// Gaussian hypergeometric function 2F1 by its power series.

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes / Godfrey): ~15 significant digits for
// positive arguments, which is all the likelihoods need.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection for 0 < x < 0.5). NaN for x ≤ 0. */
export function lnGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx); sin(πx) > 0 on (0, 0.5).
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** ln(eᵃ + eᵇ) without overflow. */
export function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const m = Math.max(a, b);
  return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}

export interface Hyp2f1Options {
  /** Relative accuracy at which the series stops (default 1e-15). */
  tolerance?: number;
  /** Most terms summed before giving up (default 200,000: enough for |z| ≤ 0.999). */
  maxTerms?: number;
}

/**
 * Gaussian hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ by its power series,
 * for |z| < 1. Each term is the previous one times (a+n)(b+n)z / ((c+n)(n+1)). The series stops once
 * the terms are shrinking and the geometric bound on the tail, |term|·ρ/(1−ρ) with ρ the current
 * term ratio, is below `tolerance`·|sum|; it throws a RangeError when |z| ≥ 1, when c is a
 * non-positive integer (a pole), or when it has not converged within `maxTerms` terms — a guard,
 * never a silently wrong value. Terminates exactly when a or b is a non-positive integer.
 */
export function hyp2f1(a: number, b: number, c: number, z: number, options: Hyp2f1Options = {}): number {
  const tolerance = options.tolerance ?? 1e-15;
  const maxTerms = options.maxTerms ?? 200_000;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || !Number.isFinite(z)) {
    throw new RangeError(`hyp2f1: non-finite argument (${a}, ${b}, ${c}, ${z})`);
  }
  if (Math.abs(z) >= 1) throw new RangeError(`hyp2f1: series needs |z| < 1, got z = ${z}`);
  if (c <= 0 && Number.isInteger(c)) throw new RangeError(`hyp2f1: c = ${c} is a pole`);
  if (z === 0) return 1;
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum; // a or b a non-positive integer: a polynomial
    if (!Number.isFinite(sum)) throw new RangeError('hyp2f1: series overflowed');
    // Once n is past every negative parameter the factors keep their signs and the term ratio
    // tends to z; bounding the future ratios by ρ = max(|ratio|, |z|) < 1 bounds the tail
    // geometrically by |term|·ρ/(1−ρ).
    if (n + 1 > Math.max(0, -a, -b, -c)) {
      const rho = Math.max(Math.abs(ratio), Math.abs(z));
      if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= tolerance * Math.abs(sum)) return sum;
    }
  }
  throw new RangeError(`hyp2f1: no convergence in ${maxTerms} terms for (${a}, ${b}, ${c}, ${z})`);
}
