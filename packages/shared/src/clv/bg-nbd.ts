// BG/NBD — beta-geometric / negative binomial distribution model of repeat transactions by
// non-contractual customers: Fader, Hardie & Lee (2005), "'Counting Your Customers' the Easy Way:
// An Alternative to the Pareto/NBD Model", Marketing Science 24(2), 275–284. Equation numbers below
// are the paper's. For Cornerstone a transaction is a merchant's active settlement day (docs/clv.md).
import { type NelderMeadOptions, nelderMeadRestarted } from './nelder-mead.ts';
import { hyp2f1, lnBeta, lnGamma, logAddExp } from './special.ts';

/**
 * A customer's history in the calibration period, in days from its first transaction:
 * `x` repeat transactions (the first one is not counted), the last at `tx` (0 when x = 0), observed
 * for `T` days, and `m` the mean value of the x repeat transactions (0 when x = 0).
 */
export interface RfmSummary {
  x: number;
  tx: number;
  T: number;
  m: number;
}

/**
 * The four BG/NBD parameters: transaction rates λ ~ Gamma(shape r, rate α) — so a population mean
 * of r/α transactions a day while alive — and drop-out probabilities after each transaction
 * p ~ Beta(a, b), mean a/(a+b).
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BgNbdFit extends BgNbdParams {
  /** Total log-likelihood of the data at the fitted parameters (eq. 6, summed). */
  logLikelihood: number;
  /** The optimiser met its tolerances (see nelderMeadRestarted). */
  converged: boolean;
}

/** Throws on a summary the model cannot take: x ≥ 0, 0 ≤ tx ≤ T, all finite. */
export function assertRfm(s: RfmSummary): void {
  const ok =
    Number.isFinite(s.x) &&
    Number.isFinite(s.tx) &&
    Number.isFinite(s.T) &&
    Number.isFinite(s.m) &&
    s.x >= 0 &&
    s.tx >= 0 &&
    s.tx <= s.T;
  if (!ok) throw new RangeError(`invalid RFM summary ${JSON.stringify(s)}: need x ≥ 0, 0 ≤ tx ≤ T`);
}

/**
 * One customer's log-likelihood, eq. 6 in logs:
 * L = B(a, b+x)/B(a, b) · Γ(r+x)α^r / (Γ(r)(α+T)^{r+x})
 *   + δ(x>0) · B(a+1, b+x−1)/B(a, b) · Γ(r+x)α^r / (Γ(r)(α+tx)^{r+x}),
 * using B(a+1, b+x−1)/B(a, b+x) = a/(b+x−1) to factor the beta ratio out.
 */
export function bgNbdCustomerLogLikelihood(
  params: BgNbdParams,
  s: Pick<RfmSummary, 'x' | 'tx' | 'T'>,
): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = s;
  const common = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + lnBeta(a, b + x) - lnBeta(a, b);
  const alive = -(r + x) * Math.log(alpha + T);
  if (x <= 0) return common + alive;
  const dropped = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  return common + logAddExp(alive, dropped);
}

/** Sum of eq. 6 over the customers. */
export function bgNbdLogLikelihood(params: BgNbdParams, data: readonly RfmSummary[]): number {
  let sum = 0;
  for (const s of data) sum += bgNbdCustomerLogLikelihood(params, s);
  return sum;
}

interface Group {
  x: number;
  tx: number;
  T: number;
  count: number;
}

/** Identical (x, tx, T) triples — common with whole-day data — are evaluated once and weighted. */
function groupRfm(data: readonly RfmSummary[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of data) {
    assertRfm(s);
    const key = `${s.x}|${s.tx}|${s.T}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { x: s.x, tx: s.tx, T: s.T, count: 1 });
  }
  return [...groups.values()];
}

export interface BgNbdFitOptions extends NelderMeadOptions {
  /** Starting point (default r = 1, α = ΣT/Σx, a = 1, b = 1). */
  initial?: BgNbdParams;
}

/**
 * Maximum-likelihood BG/NBD fit: maximises Σ eq. 6 over (ln r, ln α, ln a, ln b) — the log scale
 * keeps the parameters positive without constraints — with a restarted Nelder–Mead on the mean
 * negative log-likelihood. Throws when there are no customers.
 */
export function fitBgNbd(data: readonly RfmSummary[], options: BgNbdFitOptions = {}): BgNbdFit {
  if (data.length === 0) throw new RangeError('fitBgNbd: no customers');
  const groups = groupRfm(data);
  const n = data.length;
  const sumX = data.reduce((s, d) => s + d.x, 0);
  const sumT = data.reduce((s, d) => s + d.T, 0);
  const init = options.initial ?? { r: 1, alpha: Math.max(sumT, 1) / Math.max(sumX, 1), a: 1, b: 1 };
  const fromLog = (th: readonly number[]): BgNbdParams => ({
    r: Math.exp(th[0]!),
    alpha: Math.exp(th[1]!),
    a: Math.exp(th[2]!),
    b: Math.exp(th[3]!),
  });
  // Everything that depends on x alone is computed once per distinct x per evaluation: customers
  // share few distinct counts, so the likelihood costs a few logs per customer.
  const xs = [...new Set(groups.map((g) => g.x))];
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const gx = groups.map((g) => xIndex.get(g.x)!);
  const common = new Float64Array(xs.length);
  const dropTerm = new Float64Array(xs.length);
  const objective = (th: readonly number[]): number => {
    const { r, alpha, a, b } = fromLog(th);
    const base = -lnGamma(r) + r * Math.log(alpha) - lnBeta(a, b);
    const logA = Math.log(a);
    xs.forEach((x, i) => {
      common[i] = base + lnGamma(r + x) + lnBeta(a, b + x);
      dropTerm[i] = x > 0 ? logA - Math.log(b + x - 1) : Number.NEGATIVE_INFINITY;
    });
    let ll = 0;
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k]!;
      const i = gx[k]!;
      const alive = -(r + g.x) * Math.log(alpha + g.T);
      const dropped = dropTerm[i]! - (r + g.x) * Math.log(alpha + g.tx);
      ll += g.count * (common[i]! + logAddExp(alive, dropped));
    }
    return -ll / n;
  };
  const x0 = [Math.log(init.r), Math.log(init.alpha), Math.log(init.a), Math.log(init.b)];
  const result = nelderMeadRestarted(objective, x0, options);
  const params = fromLog(result.x);
  return {
    ...params,
    logLikelihood: -result.fx * n,
    converged: result.converged && Number.isFinite(result.fx),
  };
}

/**
 * P(alive | x, tx, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tx))^{r+x}) (Fader, Hardie & Lee,
 * "Computing P(alive) using the BG/NBD model", 2008 note; eq. 6's two terms are "still alive" and
 * "dropped out after the last transaction", and this is the first one's share). A customer with
 * no repeat transaction is alive for sure in this model (drop-out happens only after a repeat
 * transaction). Computed in logs so long histories do not overflow.
 */
export function probabilityAlive(params: BgNbdParams, s: RfmSummary): number {
  assertRfm(s);
  if (s.x <= 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + s.x - 1) + (r + s.x) * Math.log((alpha + s.T) / (alpha + s.tx));
  return 1 / (1 + Math.exp(logOdds));
}

/** Eq. 10 away from a = 1 (see expectedTransactions). */
function conditionalExpectation(params: BgNbdParams, t: number, s: RfmSummary): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = s;
  const z = t / (alpha + T + t);
  // Eq. 10's bracket 1 − ((α+T)/(α+T+t))^{r+x} ₂F₁(r+x, b+x; a+b+x−1; z), rewritten with Euler's
  // transformation ₂F₁(A,B;C;z) = (1−z)^{C−A−B} ₂F₁(C−A, C−B; C; z) and (α+T)/(α+T+t) = 1−z as
  // 1 − (1−z)^{a−1} ₂F₁(a+b−1−r, a−1; a+b+x−1; z): the same value, but the series no longer grows
  // like (1−z)^{−x} for long histories (which overflows for x in the hundreds) and converges
  // faster the larger x is.
  const bracket = 1 - (1 - z) ** (a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  const numerator = ((a + b + x - 1) / (a - 1)) * bracket;
  if (x <= 0) return numerator;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log((alpha + T) / (alpha + tx));
  return numerator / (1 + Math.exp(logOdds));
}

/** Half-width of the window around a = 1 bridged by interpolation (eq. 10 is 0/0 there). */
const A_NEAR_ONE = 1e-4;

/**
 * E[Y(t) | x, tx, T]: the expected number of transactions in the next t days of a customer with
 * history (x, tx, T), eq. 10:
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^{r+x} ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
 *   / [1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tx))^{r+x}].
 * At a = 1 the formula is 0/0 with a finite limit: within 1e-4 of it the value is interpolated
 * linearly between a = 1 ± 1e-4. Throws (from hyp2f1) if the series cannot converge.
 */
export function expectedTransactions(params: BgNbdParams, t: number, s: RfmSummary): number {
  assertRfm(s);
  if (!(t > 0)) return 0;
  const { a } = params;
  if (Math.abs(a - 1) >= A_NEAR_ONE) return conditionalExpectation(params, t, s);
  const lo = conditionalExpectation({ ...params, a: 1 - A_NEAR_ONE }, t, s);
  const hi = conditionalExpectation({ ...params, a: 1 + A_NEAR_ONE }, t, s);
  return lo + ((a - (1 - A_NEAR_ONE)) / (2 * A_NEAR_ONE)) * (hi - lo);
}

/**
 * E[X(t)] for a customer just acquired (eq. 7): the conditional expectation with no history,
 * (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 */
export function expectedTransactionsNew(params: BgNbdParams, t: number): number {
  return expectedTransactions(params, t, { x: 0, tx: 0, T: 0, m: 0 });
}
