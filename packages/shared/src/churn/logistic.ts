// L2-regularised logistic regression fitted by Newton's method (IRLS), for the churn score.
// Features are standardised inside the fit so that one l2 strength suits features measured in
// days, yuan ratios and basis points alike, and so that a coefficient reads
// as "log-odds per standard deviation" when comparing reasons. Deterministic: no randomness.

/** A fitted (or hand-set) model: log-odds = intercept + Σ coefficients[j]·(x[j] − means[j])/sds[j]. */
export interface LogisticModel {
  /** Log-odds of the average row (every feature at its mean). */
  intercept: number;
  /** One per feature, on the standardised scale (log-odds per standard deviation). */
  coefficients: number[];
  /** Feature means used to standardise raw features. */
  means: number[];
  /** Feature standard deviations (population, weighted); 0 marks a constant column, which is ignored. */
  sds: number[];
  featureNames?: string[];
}

export interface LogisticFit extends LogisticModel {
  /** Newton steps taken. */
  iterations: number;
  /** The step fell below tolerance before maxIter (false e.g. on separable data with l2 = 0). */
  converged: boolean;
}

export interface LogisticOptions {
  /**
   * Ridge strength on the standardised coefficients (not the intercept), in units of one row's
   * weight: the same as a Normal(0, 1/l2) prior on each. Default 1 — negligible against hundreds of
   * rows, yet it keeps separable data finite.
   */
  l2?: number;
  /** Most Newton steps (default 100). */
  maxIter?: number;
  /** Converged when no parameter moves more than this in a step (default 1e-9). */
  tolerance?: number;
  /** Per-row weights ≥ 0 (default 1 each); a weight of 2 counts as the row twice. */
  weights?: readonly number[];
  featureNames?: readonly string[];
}

// A Newton step may move a standardised parameter at most this far: with l2 = 0 on separable data
// the optimum is at infinity and the raw step explodes; capped, the fit walks out finitely.
const MAX_STEP = 5;
// Added to the Hessian's diagonal before solving: it changes only the step, not the fixed point
// (where the gradient is zero), and keeps collinear columns with l2 = 0 solvable.
const DAMPING = 1e-9;
const MAX_HALVINGS = 40;

/** log(1 + e^η) without overflow. */
function softplus(eta: number): number {
  return Math.max(eta, 0) + Math.log1p(Math.exp(-Math.abs(eta)));
}

function sigmoid(eta: number): number {
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const e = Math.exp(eta);
  return e / (1 + e);
}

/** Solves A·x = b for symmetric positive definite A by Cholesky; A and b are not modified. */
function solveSpd(a: readonly number[][], b: readonly number[]): number[] {
  const n = b.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      // A non-positive pivot can only come from rounding on a (damped) PSD matrix: clamp it.
      l[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / l[j]![j]!;
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

/**
 * Fits P(label = 1 | x) = σ(intercept + Σ β_j·(x_j − mean_j)/sd_j) by penalised maximum likelihood.
 * A column with sd 0 gets coefficient 0 and takes no part. Throws RangeError when the rows are
 * ragged, a value is not finite, or either class has no weight (the intercept would be ±∞).
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly (0 | 1)[],
  opts: LogisticOptions = {},
): LogisticFit {
  const l2 = opts.l2 ?? 1;
  const maxIter = opts.maxIter ?? 100;
  const tol = opts.tolerance ?? 1e-9;
  const n = rows.length;
  const p = rows[0]?.length ?? 0;
  const w = opts.weights ?? new Array<number>(n).fill(1);
  if (labels.length !== n || w.length !== n)
    throw new RangeError('fitLogistic: rows, labels and weights differ in length');
  if (!(l2 >= 0)) throw new RangeError(`fitLogistic: l2 must be ≥ 0 (${l2})`);
  let wPos = 0;
  let wAll = 0;
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (row.length !== p || !row.every(Number.isFinite))
      throw new RangeError(`fitLogistic: row ${i} is ragged or not finite`);
    if (!(w[i]! >= 0) || !Number.isFinite(w[i]!))
      throw new RangeError(`fitLogistic: weight ${i} must be finite and ≥ 0`);
    wAll += w[i]!;
    if (labels[i] === 1) wPos += w[i]!;
  }
  if (!(wPos > 0 && wPos < wAll)) throw new RangeError('fitLogistic: need rows of both classes');

  const means = new Array<number>(p).fill(0);
  const sds = new Array<number>(p).fill(0);
  for (let j = 0; j < p; j++) {
    let m = 0;
    for (let i = 0; i < n; i++) m += w[i]! * rows[i]![j]!;
    m /= wAll;
    let v = 0;
    for (let i = 0; i < n; i++) v += w[i]! * (rows[i]![j]! - m) ** 2;
    const sd = Math.sqrt(v / wAll);
    means[j] = m;
    // Relative cut-off: a column equal to 1e6 everywhere has rounding noise, not information.
    sds[j] = sd > 1e-12 * Math.max(1, Math.abs(m)) ? sd : 0;
  }
  // Solve only for the intercept and the columns that vary; z holds their standardised values.
  const active = sds.flatMap((sd, j) => (sd > 0 ? [j] : []));
  const k = active.length + 1;
  const z = rows.map((row) => [1, ...active.map((j) => (row[j]! - means[j]!) / sds[j]!)]);

  const objective = (theta: readonly number[]): number => {
    let f = 0;
    for (let i = 0; i < n; i++) {
      let eta = 0;
      for (let c = 0; c < k; c++) eta += theta[c]! * z[i]![c]!;
      f += w[i]! * (softplus(eta) - labels[i]! * eta);
    }
    for (let c = 1; c < k; c++) f += 0.5 * l2 * theta[c]! ** 2;
    return f;
  };

  // Start at the base rate: the intercept-only optimum, so the first step is already sensible.
  let theta = new Array<number>(k).fill(0);
  theta[0] = Math.log(wPos / (wAll - wPos));
  let f = objective(theta);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIter) {
    iterations++;
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let eta = 0;
      for (let c = 0; c < k; c++) eta += theta[c]! * zi[c]!;
      const mu = sigmoid(eta);
      const r = w[i]! * (mu - labels[i]!);
      const s = w[i]! * mu * (1 - mu);
      for (let a = 0; a < k; a++) {
        g[a]! += r * zi[a]!;
        for (let b = 0; b <= a; b++) h[a]![b]! += s * zi[a]! * zi[b]!;
      }
    }
    for (let a = 0; a < k; a++) {
      if (a > 0) {
        g[a]! += l2 * theta[a]!;
        h[a]![a]! += l2;
      }
      h[a]![a]! += DAMPING * (1 + h[a]![a]!);
      for (let b = 0; b < a; b++) h[b]![a] = h[a]![b]!;
    }
    let step = solveSpd(h, g);
    const biggest = Math.max(...step.map(Math.abs));
    if (biggest > MAX_STEP) step = step.map((s) => (s * MAX_STEP) / biggest);
    // Backtrack until the objective does not rise: plain Newton can overshoot far from the optimum.
    let t = 1;
    let next = theta.map((v, c) => v - step[c]!);
    let fNext = objective(next);
    for (let h2 = 0; h2 < MAX_HALVINGS && !(fNext <= f); h2++) {
      t /= 2;
      next = theta.map((v, c) => v - t * step[c]!);
      fNext = objective(next);
    }
    if (!(fNext <= f)) {
      // No descent left along the Newton direction: we are at the optimum to rounding.
      converged = Math.max(...g.map(Math.abs)) <= 1e-6 * Math.max(1, wAll);
      break;
    }
    const moved = t * Math.max(...step.map(Math.abs));
    theta = next;
    f = fNext;
    if (moved <= tol) {
      converged = true;
      break;
    }
  }

  const coefficients = new Array<number>(p).fill(0);
  active.forEach((j, c) => {
    coefficients[j] = theta[c + 1]!;
  });
  const model: LogisticFit = { intercept: theta[0]!, coefficients, means, sds, iterations, converged };
  if (opts.featureNames) model.featureNames = [...opts.featureNames];
  return model;
}

/**
 * Each feature's term in the log-odds, coefficient·(x − mean)/sd (0 for a constant column): how
 * far this row's feature lifts its log-odds above those of the average row.
 */
export function contributions(model: LogisticModel, features: readonly number[]): number[] {
  if (features.length !== model.coefficients.length) {
    throw new RangeError(
      `contributions: expected ${model.coefficients.length} features, got ${features.length}`,
    );
  }
  return model.coefficients.map((beta, j) =>
    model.sds[j]! > 0 ? (beta * (features[j]! - model.means[j]!)) / model.sds[j]! : 0,
  );
}

/** P(label = 1) for one row of raw (unstandardised) features. */
export function predictLogistic(model: LogisticModel, features: readonly number[]): number {
  return sigmoid(contributions(model, features).reduce((s, c) => s + c, model.intercept));
}
