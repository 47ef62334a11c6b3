// The churn score's signals as data: for each, how the raw figures become the
// model's feature and how the reason reads, in zh-CN and English, with the merchant's own figures.
// The order here is the order of the feature vector and of the model's coefficients.

/** Raw figures per merchant, as of the scoring date. */
export interface ChurnInputs {
  /** Days since the last active (settled) day. */
  daysSinceLastActive: number;
  /** The merchant's own median gap between active days, in days. */
  usualGapDays: number;
  /**
   * Volume of the last 30 days, and the monthly (30-day) average of the 90 days before them, in yuan
   * (a score input, not money to keep): this month against the trailing three, as the rule compares.
   */
  volumeLastMonth: number;
  volumeMonthlyBefore: number;
  openComplaints: number;
  /** Complaints and fault tickets whose SLA was breached in the last 90 days. */
  slaBreaches90d: number;
  openFaults: number;
  /** The merchant's fee rate minus its category's median, in basis points; positive = pays more. */
  feeRateVsPeers: number;
  terminalsRemoved90d: number;
  /** Days since the last contact by the bank; null = never contacted. */
  daysSinceLastContact: number | null;
}

export type ChurnSignalKey =
  | 'recency'
  | 'volumeTrend'
  | 'openComplaints'
  | 'slaBreaches'
  | 'openFaults'
  | 'feeGap'
  | 'terminalsRemoved'
  | 'contactStaleness';

export interface ChurnReasonText {
  zh: string;
  en: string;
}

export interface ChurnSignal {
  key: ChurnSignalKey;
  /** The model's feature from the raw figures. Throws RangeError on a figure it cannot take. */
  feature: (inputs: ChurnInputs) => number;
  /** The reason, worded with this merchant's figures. */
  reason: (inputs: ChurnInputs) => ChurnReasonText;
}

/**
 * Days without contact are capped here, and a merchant never contacted counts as this many: past a
 * year, "how long" no longer tells merchants apart, and an uncapped value would let one forgotten
 * merchant stretch the feature's scale for everyone.
 */
export const CONTACT_STALENESS_CAP_DAYS = 365;

// Days and counts below zero are upstream bugs: fail loudly rather than score them.
function nonNegative(name: string, x: number): number {
  if (!Number.isFinite(x) || x < 0)
    throw new RangeError(`churn inputs: ${name} must be finite and ≥ 0 (${x})`);
  return x;
}

// Net volume can go below zero when refunds exceed sales; for a trend that is "nothing sold".
function volume(name: string, x: number): number {
  if (!Number.isFinite(x)) throw new RangeError(`churn inputs: ${name} must be finite (${x})`);
  return Math.max(0, x);
}

const fmt = (x: number): string => String(Math.round(x * 10) / 10);
const plural = (n: number, one: string, many: string): string => `${fmt(n)} ${n === 1 ? one : many}`;

function countSignal(
  key: ChurnSignalKey,
  pick: (i: ChurnInputs) => number,
  zh: (n: string) => string,
  en: (n: number) => string,
): ChurnSignal {
  return {
    key,
    // log1p: the first complaint says much more than the fifth.
    feature: (i) => Math.log1p(nonNegative(key, pick(i))),
    reason: (i) => ({ zh: zh(fmt(pick(i))), en: en(pick(i)) }),
  };
}

function volumeReason(i: ChurnInputs): ChurnReasonText {
  const last = volume('volumeLastMonth', i.volumeLastMonth);
  const prev = volume('volumeMonthlyBefore', i.volumeMonthlyBefore);
  if (prev === 0) {
    return last === 0
      ? { zh: '近四个月没有交易额', en: 'No volume in the last 4 months' }
      : { zh: '此前三个月没有交易额', en: 'No volume in the 3 months before' };
  }
  const change = Math.round((last / prev - 1) * 100);
  if (change < 0) {
    return {
      zh: `近 30 天交易额较此前三个月月均下降 ${-change}%`,
      en: `Volume of the last 30 days down ${-change}% on the 3-month average before`,
    };
  }
  if (change > 0) {
    return {
      zh: `近 30 天交易额较此前三个月月均增长 ${change}%`,
      en: `Volume of the last 30 days up ${change}% on the 3-month average before`,
    };
  }
  return {
    zh: '近 30 天交易额与此前三个月月均持平',
    en: 'Volume of the last 30 days flat on the 3-month average before',
  };
}

function feeReason(i: ChurnInputs): ChurnReasonText {
  const pct = (Math.abs(i.feeRateVsPeers) / 100).toFixed(2);
  if (pct === '0.00') return { zh: '费率与同行持平', en: 'Fee rate in line with peers' };
  return i.feeRateVsPeers > 0
    ? { zh: `费率高于同行 ${pct}%`, en: `Fee rate ${pct}% above peers` }
    : { zh: `费率低于同行 ${pct}%`, en: `Fee rate ${pct}% below peers` };
}

function recencyReason(i: ChurnInputs): ChurnReasonText {
  const d = i.daysSinceLastActive;
  const g = i.usualGapDays;
  // A median gap of a day or less means trading every day: "every 1 days" reads badly.
  const usualZh = g <= 1 ? '平时每天都有交易' : `平时每 ${fmt(g)} 天一次`;
  const usualEn = g <= 1 ? 'usually daily' : `usually every ${fmt(g)} days`;
  return {
    zh: `已 ${fmt(d)} 天无交易（${usualZh}）`,
    en: `No transactions for ${plural(d, 'day', 'days')} (${usualEn})`,
  };
}

/** The signals in feature order. Features are on a log scale wherever a ratio or a count is what matters. */
export const CHURN_SIGNALS: readonly ChurnSignal[] = [
  {
    key: 'recency',
    // Silence measured against the merchant's own rhythm: 10 quiet days is alarming for a
    // restaurant that trades daily and normal for a seasonal wholesaler.
    feature: (i) =>
      Math.log(
        (1 + nonNegative('daysSinceLastActive', i.daysSinceLastActive)) /
          (1 + nonNegative('usualGapDays', i.usualGapDays)),
      ),
    reason: recencyReason,
  },
  {
    key: 'volumeTrend',
    // Negative = falling. The +1 keeps a merchant with no volume in either window at 0, not NaN.
    feature: (i) =>
      Math.log(
        (1 + volume('volumeLastMonth', i.volumeLastMonth)) /
          (1 + volume('volumeMonthlyBefore', i.volumeMonthlyBefore)),
      ),
    reason: volumeReason,
  },
  countSignal(
    'openComplaints',
    (i) => i.openComplaints,
    (n) => `${n} 起未结投诉`,
    (n) => `${plural(n, 'open complaint', 'open complaints')}`,
  ),
  countSignal(
    'slaBreaches',
    (i) => i.slaBreaches90d,
    (n) => `近 90 天 ${n} 次 SLA 超时`,
    (n) => `${plural(n, 'SLA breach', 'SLA breaches')} in 90 days`,
  ),
  countSignal(
    'openFaults',
    (i) => i.openFaults,
    (n) => `${n} 个未结故障工单`,
    (n) => `${plural(n, 'open fault ticket', 'open fault tickets')}`,
  ),
  {
    key: 'feeGap',
    // Linear in basis points: a merchant paying less than peers is as informative as one paying more.
    feature: (i) => {
      if (!Number.isFinite(i.feeRateVsPeers))
        throw new RangeError('churn inputs: feeRateVsPeers must be finite');
      return i.feeRateVsPeers;
    },
    reason: feeReason,
  },
  countSignal(
    'terminalsRemoved',
    (i) => i.terminalsRemoved90d,
    (n) => `近 90 天撤机 ${n} 台`,
    (n) => `${plural(n, 'terminal', 'terminals')} removed in 90 days`,
  ),
  {
    key: 'contactStaleness',
    feature: (i) =>
      Math.log1p(
        i.daysSinceLastContact === null
          ? CONTACT_STALENESS_CAP_DAYS
          : Math.min(CONTACT_STALENESS_CAP_DAYS, nonNegative('daysSinceLastContact', i.daysSinceLastContact)),
      ),
    reason: (i) =>
      i.daysSinceLastContact === null
        ? { zh: '从未联系', en: 'Never contacted' }
        : {
            zh: `${fmt(i.daysSinceLastContact)} 天未联系`,
            en: `No contact for ${plural(i.daysSinceLastContact, 'day', 'days')}`,
          },
  },
];
