// The problems of creating and editing a merchant in the app that a merchants.csv row cannot have
// (the rest are the import's, import.*: one rule, one message, whichever way the value came in).
// Merged into the one table of problem codes (problems.ts).

type Words = { zh: string; en: string };

export const MERCHANT_EDIT_PROBLEMS = {
  'merchant.midTaken': { zh: '商户号 {mid} 已存在', en: 'MID {mid} already exists' },
  'merchant.statusUnknown': { zh: '未知的商户状态“{value}”', en: 'unknown status "{value}"' },
  'merchant.statusReasonMissing': {
    zh: '请说明变更状态的原因（最多 {max} 字）',
    en: 'say why the status changes, in at most {max} characters',
  },
  'merchant.feePlanFromSettled': {
    zh: '须晚于已结算的最后一天 {date}：已结算的利润按原方案计',
    en: 'after {date}, the last settled day: settled days keep the plan they were charged under',
  },
  'merchant.feePlanFromFuture': {
    zh: '不能晚于今天（{today}）',
    en: 'not later than today ({today})',
  },
  'merchant.feePlanFromUnchanged': {
    zh: '费率方案未变，无需生效日期',
    en: 'the fee plan does not change; no effective date needed',
  },
} as const satisfies Record<string, Words>;
