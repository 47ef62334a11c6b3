// Nelder–Mead downhill simplex minimiser (Nelder & Mead 1965) with the standard coefficients —
// reflection 1, expansion 2, contraction ½, shrink ½ — which suit the ≤ 4 parameters here (the
// dimension-adaptive coefficients matter only in higher dimensions). Used to maximise the CLV
// likelihoods over log-parameters (docs/clv.md).

export interface NelderMeadOptions {
  /** Initial simplex step along each coordinate (default 0.5; in log-parameter space ≈ ×1.65). */
  step?: number;
  /** Stop when the simplex's function values span less than this (default 1e-10). */
  fTolerance?: number;
  /** …and its vertices are within this of the best one in every coordinate (default 1e-8). */
  xTolerance?: number;
  /** Most iterations (default 5,000). */
  maxIterations?: number;
}

export interface NelderMeadResult {
  x: number[];
  fx: number;
  iterations: number;
  /** Both tolerances were met before maxIterations. */
  converged: boolean;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

/**
 * Minimises f from x0. Non-finite values of f count as +∞, so a region where the objective is
 * undefined simply repels the simplex. Deterministic: no randomness.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions = {},
): NelderMeadResult {
  const step = options.step ?? 0.5;
  const fTol = options.fTolerance ?? 1e-10;
  const xTol = options.xTolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 5000;
  const n = x0.length;
  const value = (x: readonly number[]): number => {
    const y = f(x);
    return Number.isFinite(y) ? y : Number.POSITIVE_INFINITY;
  };

  const simplex: number[][] = [x0.slice()];
  for (let i = 0; i < n; i++) {
    const v = x0.slice();
    v[i] = (v[i] ?? 0) + step;
    simplex.push(v);
  }
  const fs = simplex.map(value);

  const order = (): void => {
    const idx = simplex.map((_, i) => i).sort((i, j) => fs[i]! - fs[j]!);
    const s = idx.map((i) => simplex[i]!);
    const v = idx.map((i) => fs[i]!);
    for (let i = 0; i <= n; i++) {
      simplex[i] = s[i]!;
      fs[i] = v[i]!;
    }
  };
  const along = (from: readonly number[], to: readonly number[], t: number): number[] =>
    from.map((c, j) => c + t * ((to[j] ?? 0) - c));

  let iterations = 0;
  let converged = false;
  order();
  while (iterations < maxIterations) {
    const best = simplex[0]!;
    const fSpread = Math.abs(fs[n]! - fs[0]!);
    const xSpread = Math.max(
      ...simplex.slice(1).map((v) => Math.max(...v.map((c, j) => Math.abs(c - best[j]!)))),
    );
    if (fSpread <= fTol && xSpread <= xTol) {
      converged = true;
      break;
    }
    iterations++;
    const worst = simplex[n]!;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j]! += simplex[i]![j]! / n;

    // Reflection point: centroid + REFLECT·(centroid − worst).
    const xr = along(centroid, worst, -REFLECT);
    const fr = value(xr);
    if (fr < fs[0]!) {
      const xe = along(centroid, worst, -EXPAND);
      const fe = value(xe);
      if (fe < fr) {
        simplex[n] = xe;
        fs[n] = fe;
      } else {
        simplex[n] = xr;
        fs[n] = fr;
      }
    } else if (fr < fs[n - 1]!) {
      simplex[n] = xr;
      fs[n] = fr;
    } else {
      // Contract: outside (towards xr) when xr beats the worst, inside otherwise.
      const outside = fr < fs[n]!;
      const xc = outside ? along(centroid, xr, CONTRACT) : along(centroid, worst, CONTRACT);
      const fc = value(xc);
      if (fc < (outside ? fr : fs[n]!)) {
        simplex[n] = xc;
        fs[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = along(simplex[0]!, simplex[i]!, SHRINK);
          fs[i] = value(simplex[i]!);
        }
      }
    }
    order();
  }
  return { x: simplex[0]!.slice(), fx: fs[0]!, iterations, converged };
}

/**
 * Nelder–Mead restarted from its own answer (a fresh simplex) until a restart no longer improves f
 * by more than fTolerance — the usual remedy for the simplex collapsing early on ridges, which the
 * BG/NBD likelihood has (a and b trade off). At most `restarts` restarts (default 5).
 */
export function nelderMeadRestarted(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: NelderMeadOptions & { restarts?: number } = {},
): NelderMeadResult {
  const restarts = options.restarts ?? 5;
  const fTol = options.fTolerance ?? 1e-10;
  let result = nelderMead(f, x0, options);
  let iterations = result.iterations;
  for (let k = 0; k < restarts; k++) {
    const next = nelderMead(f, result.x, options);
    iterations += next.iterations;
    const improved = result.fx - next.fx;
    if (next.fx <= result.fx) result = next;
    if (improved <= fTol) {
      return { ...result, iterations, converged: result.converged && next.converged };
    }
  }
  return { ...result, iterations, converged: false };
}
