// The input problems the server reports by code (`extensions.fields[].code`), worded here once in
// both languages: the server sends the English text for integrators who read messages, the web shows
// the user's language by the code and never reads the English. `{name}` is filled from the
// problem's params. Codes are grouped by the feature that raises them; the prefix says which.

type Words = { zh: string; en: string };

/** Problems any form may have: text, times, dates, numbers. */
const COMMON = {
  'text.length': { zh: '{min} 至 {max} 字', en: '{min} to {max} characters' },
  'text.tooLong': { zh: '最多 {max} 字', en: 'at most {max} characters' },
  'time.missing': { zh: '请填写时间', en: 'a time' },
  'time.invalid': { zh: '不是有效的时间', en: 'not a time' },
  'time.future': { zh: '不能晚于现在', en: 'cannot be in the future' },
  'time.olderThanYear': { zh: '不能早于一年前', en: 'more than a year ago' },
  'time.olderThanDays': { zh: '不能早于 {days} 天前', en: 'more than {days} days ago' },
  'date.invalid': { zh: '请填写日期 YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  'number.positiveWhole': { zh: '须为正整数', en: 'must be a positive whole number' },
  'year.range': { zh: '{min} 至 {max} 年', en: '{min}..{max}' },
} as const satisfies Record<string, Words>;

/** Interactions: the follow-up date a visit or call sets. */
const INTERACTION = {
  'followUp.beforeInteraction': { zh: '不能早于联系日期', en: 'on or after the interaction' },
  'followUp.beyondYear': { zh: '须在一年之内', en: 'within a year' },
} as const satisfies Record<string, Words>;

/** Greeting campaigns: the SMS template and the segment. */
const CAMPAIGN = {
  'template.empty': { zh: '请填写短信内容', en: 'write the message' },
  'template.unpairedBrace': { zh: '大括号不成对', en: 'a brace without its pair' },
  'template.tooLong': { zh: '最多 {max} 字（5 条短信）', en: 'at most {max} characters (5 SMS)' },
  'template.unknownPlaceholder': {
    zh: '未知的占位符 {name}，可用：{fields}',
    en: 'unknown placeholder {name}; use {fields}',
  },
  'segment.periodMissing': { zh: '按分级选择需要期间', en: 'a tier segment needs its period' },
} as const satisfies Record<string, Words>;

/** The service desk: complaints and fault tickets. */
const SERVICE_DESK = {
  'complaint.summaryMissing': { zh: '请填写商户反映的内容', en: 'say what the merchant reported' },
  'complaint.resolutionMissing': { zh: '请填写处理结果', en: 'say how it was resolved' },
  'complaint.satisfactionRange': { zh: '请选择商户满意度（1–5）', en: 'the merchant’s satisfaction, 1 to 5' },
  'fault.descriptionMissing': { zh: '请描述故障', en: 'describe the fault' },
  'fault.resultMissing': { zh: '请填写处理结果', en: 'say what was done' },
  'fault.assigneeOnlyWhenAssigning': { zh: '仅在派单时填写', en: 'only when assigning' },
} as const satisfies Record<string, Words>;

/** Loyalty points: redemptions. */
const LOYALTY = {
  'points.balanceShort': { zh: '积分余额不足', en: 'the balance is not enough' },
  'points.reasonMissing': { zh: '请填写兑换内容', en: 'say what the points are exchanged for' },
} as const satisfies Record<string, Words>;

export const PROBLEMS = { ...COMMON, ...INTERACTION, ...CAMPAIGN, ...SERVICE_DESK, ...LOYALTY };

export type ProblemCode = keyof typeof PROBLEMS;
export type ProblemParams = Record<string, string | number>;

/** A problem as a rule finds it: its code and what fills its words. */
export interface Problem {
  code: ProblemCode;
  params?: ProblemParams;
}

export function isProblemCode(code: unknown): code is ProblemCode {
  return typeof code === 'string' && Object.hasOwn(PROBLEMS, code);
}

/** The words of a problem in a language, its params filled in. */
export function problemText(lang: 'zh' | 'en', code: ProblemCode, params: ProblemParams = {}): string {
  let text: string = PROBLEMS[code][lang];
  for (const [k, v] of Object.entries(params)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}
