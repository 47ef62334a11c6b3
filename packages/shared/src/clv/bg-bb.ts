// BG/BB — beta-geometric / beta-Bernoulli model of repeat transactions in discrete time: Fader,
// Hardie & Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting",
// Marketing Science 29(6). Equation numbers below are the paper's. A customer alive in a
// period transacts with probability p ~ Beta(α, β) and, at the start of each period, leaves for
// ever with probability θ ~ Beta(γ, δ). For Cornerstone a period is a calendar month and a
// transaction is a month with settlements (see bgbbSummary). Fitting: bg-bb-fit.ts.

/** The four BG/BB parameters: p ~ Beta(alpha, beta), θ ~ Beta(gamma, delta). */
export interface BgBbParams {
  alpha: number;
  beta: number;
  gamma: number;
  delta: number;
}

/**
 * A customer's history after its first (birth) period: `x` active periods among the `n`
 * opportunities that followed it, the last one `tx` periods after birth (0 when x = 0).
 */
export interface BgBbSummary {
  x: number;
  tx: number;
  n: number;
}

/** `weight` customers with the same history — the grouped form in which the paper's data come. */
export interface BgBbWeightedSummary extends BgBbSummary {
  weight: number;
}

/** Throws on a history the model cannot produce: integers with 0 ≤ x ≤ tx ≤ n, tx = 0 iff x = 0. */
export function assertBgBbSummary(x: number, tx: number, n: number): void {
  const ok =
    Number.isInteger(x) && Number.isInteger(tx) && Number.isInteger(n) && x >= 0 && tx <= n && x <= tx;
  if (!ok || (x === 0) !== (tx === 0)) {
    throw new RangeError(
      `invalid BG/BB history x=${x}, tx=${tx}, n=${n}: need 0 ≤ x ≤ tx ≤ n, tx = 0 iff x = 0`,
    );
  }
}

/**
 * The {x, tx, n} of a customer from the 0-based indices of its active periods (sorted, distinct),
 * observed up to and including period `lastPeriodIndex`. The first active period is the birth b —
 * the model starts counting there, like CDNOW's first purchase — so n = last − b opportunities,
 * x = active periods after b, tx = last active − b (0 when x = 0). Throws on an empty or unsorted
 * list, or one with a period after `lastPeriodIndex`.
 */
export function bgbbSummary(activePeriods: readonly number[], lastPeriodIndex: number): BgBbSummary {
  const ok =
    activePeriods.length > 0 &&
    Number.isInteger(lastPeriodIndex) &&
    activePeriods.every((p, i) => Number.isInteger(p) && p >= 0 && (i === 0 || p > activePeriods[i - 1]!)) &&
    activePeriods.at(-1)! <= lastPeriodIndex;
  if (!ok) {
    throw new RangeError(
      `bgbbSummary: need sorted distinct period indices ≥ 0 up to ${lastPeriodIndex}, got [${activePeriods.join(', ')}]`,
    );
  }
  const birth = activePeriods[0]!;
  return { x: activePeriods.length - 1, tx: activePeriods.at(-1)! - birth, n: lastPeriodIndex - birth };
}

/**
 * ln of the rising factorials (c)ₖ = Γ(c+k)/Γ(c), k = 0…size−1, for the five bases the formulas
 * need. Every beta ratio below is a ratio of these, so the likelihood is sums of ln(c+j) — no ln Γ
 * of large arguments to subtract, which keeps full precision when a fit drives α or δ into the
 * thousands (merchants active almost every month).
 */
interface Rising {
  a: Float64Array; // (α)ₖ
  b: Float64Array; // (β)ₖ
  ab: Float64Array; // (α+β)ₖ
  d: Float64Array; // (δ)ₖ
  gd: Float64Array; // (γ+δ)ₖ
  lnGamma: number; // ln γ
}

function logRising(c: number, size: number): Float64Array {
  const t = new Float64Array(size);
  for (let k = 1; k < size; k++) t[k] = t[k - 1]! + Math.log(c + k - 1);
  return t;
}

function rising({ alpha, beta, gamma, delta }: BgBbParams, size: number): Rising {
  return {
    a: logRising(alpha, size),
    b: logRising(beta, size),
    ab: logRising(alpha + beta, size),
    d: logRising(delta, size),
    gd: logRising(gamma + delta, size),
    lnGamma: Math.log(gamma),
  };
}

/** ln B(α+x, β+m)/B(α, β) = ln (α)ₓ(β)ₘ/(α+β)ₓ₊ₘ. */
const lnBetaRatioP = (r: Rising, x: number, m: number): number => r.a[x]! + r.b[m]! - r.ab[x + m]!;
/** ln B(γ, δ+s)/B(γ, δ): alive through period s. */
const lnAliveThrough = (r: Rising, s: number): number => r.d[s]! - r.gd[s]!;

/**
 * Eq. 5 in logs, from the rising factorials (tables of size ≥ n + 2), for every history with this
 * x and n at once: `txs` descending, visit(i, ln L) for txs[i]. A history's drop-out terms are
 * those with s ≥ tx — a suffix of one sequence — so one backward pass serves every tx, and a fit
 * costs O(n) per distinct (x, n) rather than per customer.
 */
function logLiks(
  r: Rising,
  x: number,
  n: number,
  txs: readonly number[],
  visit: (i: number, logLik: number) => void,
): void {
  // Alive through period n: p^x(1−p)^{n−x}(1−θ)^n averaged over the betas.
  let m = lnBetaRatioP(r, x, n - x) + lnAliveThrough(r, n);
  let sum = 1;
  let s = n;
  for (let i = 0; i < txs.length; i++) {
    // Alive through period s, then left at the start of s+1: B(γ+1, δ+s)/B(γ, δ) = γ(δ)ₛ/(γ+δ)ₛ₊₁.
    // Summed by a running log-sum-exp (m, sum): a term alone may be far below double range.
    for (const tx = txs[i]!; s > tx; ) {
      s--;
      const t = lnBetaRatioP(r, x, s - x) + r.lnGamma + r.d[s]! - r.gd[s + 1]!;
      if (t <= m) sum += Math.exp(t - m);
      else {
        sum = sum * Math.exp(m - t) + 1;
        m = t;
      }
    }
    visit(i, m + Math.log(sum));
  }
}

function logLik(r: Rising, x: number, tx: number, n: number): number {
  let out = Number.NaN;
  logLiks(r, x, n, [tx], (_, ll) => {
    out = ll;
  });
  return out;
}

/**
 * ln L(α, β, γ, δ | x, tx, n), eq. 5: B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 * + Σ_{i=0}^{n−tx−1} B(α+x, β+tx−x+i)/B(α,β) · B(γ+1, δ+tx+i)/B(γ,δ).
 */
export function bgbbLogLikelihood(params: BgBbParams, x: number, tx: number, n: number): number {
  assertBgBbSummary(x, tx, n);
  return logLik(rising(params, n + 2), x, tx, n);
}

/**
 * Histories sharing x and n, evaluated together: `txs` strictly descending (valid for x and n),
 * `weights[i]` the customers with txs[i]. groupBgBb (bg-bb-fit.ts) builds and checks them.
 */
export interface BgBbChain {
  x: number;
  n: number;
  txs: readonly number[];
  weights: readonly number[];
}

/** Weighted Σ eq. 5 over chains — the fit's objective — with one set of tables for all of them. */
export function bgbbChainsLogLikelihood(params: BgBbParams, chains: readonly BgBbChain[]): number {
  let size = 2;
  for (const c of chains) size = Math.max(size, c.n + 2);
  const r = rising(params, size);
  let ll = 0;
  for (const c of chains) {
    logLiks(r, c.x, c.n, c.txs, (i, v) => {
      ll += c.weights[i]! * v;
    });
  }
  return ll;
}

/**
 * P(alive in period n+1 | x, tx, n), the paper's P(alive): B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L. Below
 * 1 even when tx = n: a customer active in the last period may still leave before the next one.
 */
export function bgbbPAlive(params: BgBbParams, x: number, tx: number, n: number): number {
  assertBgBbSummary(x, tx, n);
  const r = rising(params, n + 2);
  return Math.min(1, Math.exp(lnBetaRatioP(r, x, n - x) + lnAliveThrough(r, n + 1) - logLik(r, x, tx, n)));
}

/**
 * Σ_{k=1}^{nStar} B(γ, δ+n+k)/B(γ, δ+n): the expected number of the next nStar periods a customer
 * alive in period n is still alive in. Eq. 13 telescopes this sum into δ/(γ−1)·Γ ratios, which is
 * 0/0 at γ = 1 and loses digits to ln Γ cancellation when δ is large (as merchant fits make it);
 * summed term by term — each the last times (δ+n+k−1)/(γ+δ+n+k−1) — it is accurate to rounding
 * for every γ and δ, at nStar steps.
 */
function expectedAlivePeriods({ gamma, delta }: BgBbParams, n: number, nStar: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 1; k <= nStar; k++) {
    term *= (delta + n + k - 1) / (gamma + delta + n + k - 1);
    sum += term;
  }
  return sum;
}

/**
 * E[X(n, n+nStar) | x, tx, n], eq. 13: the expected number of active periods among the next nStar,
 * = (1/L) · B(α+x+1, β+n−x)/B(α,β) · Σ_{t=n+1}^{n+nStar} B(γ, δ+t)/B(γ,δ) — the posterior mean of
 * p·(alive through n) times the expected periods still alive after n. Between 0 and nStar.
 */
export function bgbbExpectedTransactions(
  params: BgBbParams,
  x: number,
  tx: number,
  n: number,
  nStar: number,
): number {
  assertBgBbSummary(x, tx, n);
  if (!Number.isInteger(nStar) || nStar < 0)
    throw new RangeError(`nStar must be an integer ≥ 0, got ${nStar}`);
  if (nStar === 0) return 0;
  const r = rising(params, n + 2);
  const lnPost = lnBetaRatioP(r, x + 1, n - x) + lnAliveThrough(r, n) - logLik(r, x, tx, n);
  return Math.exp(lnPost) * expectedAlivePeriods(params, n, nStar);
}

/**
 * E[X(n)] for a customer just born, eq. 7: α/(α+β) · Σ_{t=1}^{n} B(γ, δ+t)/B(γ,δ) — eq. 13 with
 * no history (x = tx = n = 0, where L = 1).
 */
export function bgbbExpectedTransactionsNew(params: BgBbParams, n: number): number {
  return bgbbExpectedTransactions(params, 0, 0, 0, n);
}
