// Ranking and calibration measures for the churn back-test: how well a signal
// orders leavers above stayers (AUC, precision at the top), and how forecast active months compare
// with actual ones by decile of forecast.

function assertSameLength(what: string, a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length)
    throw new RangeError(`${what}: ${a.length} scores but ${b.length} labels/actuals`);
}

function assertNoNaN(what: string, xs: readonly number[]): void {
  // NaN breaks sorting silently (every comparison is false), so the ranking would be arbitrary.
  if (xs.some(Number.isNaN)) throw new RangeError(`${what}: a score is NaN`);
}

/** Indices sorted by score, highest first; equal scores keep input order (Array.sort is stable). */
function byScoreDescending(scores: readonly number[]): number[] {
  return scores.map((_, i) => i).sort((i, j) => scores[j]! - scores[i]! || i - j);
}

/**
 * Area under the ROC curve by the Mann–Whitney statistic: the chance that a random leaver (label 1)
 * scores above a random stayer, ties counting half. Returns NaN when either class is empty — the
 * measure is undefined there, and a back-test over a small branch should print a gap, not fail.
 * Throws RangeError on mismatched lengths or a NaN score.
 */
export function auc(scores: readonly number[], labels: readonly (0 | 1)[]): number {
  assertSameLength('auc', scores, labels);
  assertNoNaN('auc', scores);
  const order = scores.map((_, i) => i).sort((i, j) => scores[i]! - scores[j]!);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    // Tied scores share the mean of their 1-based ranks: that is what counts a tie as half.
    const rank = (start + end) / 2 + 1;
    for (let r = start; r <= end; r++) {
      if (labels[order[r]!] === 1) {
        positives++;
        rankSum += rank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Share of leavers among the top ⌈share·n⌉ rows by score — the list a relationship manager would
 * call first. Equal scores are taken in input order, so for a coarse signal (the 0/1 rule) the
 * result depends on how the rows are ordered: pass them in a neutral order (e.g. by merchant id).
 * `share` must be in (0, 1]; NaN for no rows. Throws RangeError on mismatched lengths or NaN.
 */
export function precisionAtTop(scores: readonly number[], labels: readonly (0 | 1)[], share: number): number {
  assertSameLength('precisionAtTop', scores, labels);
  assertNoNaN('precisionAtTop', scores);
  if (!(share > 0 && share <= 1)) throw new RangeError(`precisionAtTop: share must be in (0, 1] (${share})`);
  if (scores.length === 0) return Number.NaN;
  // The epsilon keeps 0.07·100 (= 7.000000000000001 in binary) at 7 rows, not 8.
  const k = Math.max(1, Math.ceil(share * scores.length - 1e-9));
  const top = byScoreDescending(scores).slice(0, k);
  return top.filter((i) => labels[i] === 1).length / k;
}

export interface DecileSummary {
  count: number;
  sumPredicted: number;
  sumActual: number;
  /** NaN for an empty decile (fewer than 10 rows). */
  meanPredicted: number;
  meanActual: number;
}

export interface DecileRow extends DecileSummary {
  /** 1 = the tenth of rows with the highest forecast. */
  decile: number;
}

export interface DecileTable {
  rows: DecileRow[];
  total: DecileSummary;
}

function summarise(
  indices: readonly number[],
  predicted: readonly number[],
  actual: readonly number[],
): DecileSummary {
  let sumPredicted = 0;
  let sumActual = 0;
  for (const i of indices) {
    sumPredicted += predicted[i]!;
    sumActual += actual[i]!;
  }
  const count = indices.length;
  return {
    count,
    sumPredicted,
    sumActual,
    meanPredicted: count ? sumPredicted / count : Number.NaN,
    meanActual: count ? sumActual / count : Number.NaN,
  };
}

/**
 * Forecast against outcome by decile of forecast: rows sorted by `predicted`, highest first (ties in
 * input order), cut into 10 groups whose sizes differ by at most one (decile d holds sorted positions
 * ⌊(d−1)·n/10⌋ … ⌊d·n/10⌋ − 1). Always 10 rows, plus totals over all rows. Throws RangeError on
 * mismatched lengths or a non-finite value.
 */
export function decileTable(predicted: readonly number[], actual: readonly number[]): DecileTable {
  assertSameLength('decileTable', predicted, actual);
  if (!predicted.every(Number.isFinite) || !actual.every(Number.isFinite)) {
    throw new RangeError('decileTable: values must be finite');
  }
  const order = byScoreDescending(predicted);
  const n = order.length;
  const rows: DecileRow[] = [];
  for (let d = 1; d <= 10; d++) {
    const slice = order.slice(Math.floor(((d - 1) * n) / 10), Math.floor((d * n) / 10));
    rows.push({ decile: d, ...summarise(slice, predicted, actual) });
  }
  return { rows, total: summarise(order, predicted, actual) };
}
