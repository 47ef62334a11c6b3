// The input problems the server reports by code (`extensions.fields[].code`), worded here once in
// both languages: the server sends the English text for integrators who read messages, the web shows
// the user's language by the code and never reads the English. `{name}` is filled from the
// problem's params. Codes are grouped by the feature that raises them; the prefix says which. The
// row errors of imports (`import.*`) are worded beside the import, in import/import-problems.ts, and
// looked up here like any other.

import { USER_PROBLEMS } from './auth/user-problems.ts';
import { HOLIDAY_PROBLEMS } from './calendar/holiday-problems.ts';
import { IMPORT_PROBLEMS } from './import/import-problems.ts';
import { POINTS_TABLE_PROBLEMS } from './loyalty/points-table-problems.ts';
import { INTERACTION_INPUT_PROBLEMS } from './maintenance/interaction-problems.ts';
import { WORK_PROBLEMS } from './maintenance/work-problems.ts';
import { MERCHANT_EDIT_PROBLEMS } from './merchant/merchant-edit-problems.ts';
import { MOVE_PROBLEMS } from './merchant/move-problems.ts';
import { TIER_SCHEME_PROBLEMS } from './tier/tier-scheme-problems.ts';
import { WEBHOOK_PROBLEMS } from './webhooks/webhook-problems.ts';

type Words = { zh: string; en: string };

/** Problems any form may have: text, times, dates, numbers; a merchant that is not there. */
const COMMON = {
  'merchant.notFound': { zh: '没有商户 {mid}', en: 'no merchant {mid}' },
  'user.loginTaken': { zh: '登录名“{login}”已存在', en: '"{login}" already exists' },
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
  'order.periodMissing': { zh: '按利润或分级排序需要期间', en: 'ordering by profit or tier needs a period' },
  'page.offsetWithCursor': {
    zh: '按页码翻页（offset）只与 first 同用，不与游标或 last 同用',
    en: 'offset pages with first only, not with a cursor or last',
  },
} as const satisfies Record<string, Words>;

/** Interactions: the follow-up date a visit or call sets; corrections. */
const INTERACTION = {
  'interaction.notFound': { zh: '没有这条联系记录', en: 'no such interaction' },
  'interaction.alreadyCorrected': {
    zh: '联系记录 {id} 已被更正，请更正最新的一条',
    en: 'interaction {id} was already corrected; correct the newest',
  },
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
  'complaint.notFound': { zh: '没有这条投诉', en: 'no such complaint' },
  'complaint.changed': {
    zh: '投诉 {id} 已被他人更改，请刷新',
    en: 'complaint {id} changed meanwhile; reload it',
  },
  'fault.notFound': { zh: '没有这张故障工单', en: 'no such fault ticket' },
  'fault.changed': {
    zh: '工单 {id} 已被他人更改，请刷新',
    en: 'fault ticket {id} changed meanwhile; reload it',
  },
  'complaint.summaryMissing': { zh: '请填写商户反映的内容', en: 'say what the merchant reported' },
  'complaint.resolutionMissing': { zh: '请填写处理结果', en: 'say how it was resolved' },
  'complaint.satisfactionRange': { zh: '请选择商户满意度（1–5）', en: 'the merchant’s satisfaction, 1 to 5' },
  'fault.descriptionMissing': { zh: '请描述故障', en: 'describe the fault' },
  'fault.resultMissing': { zh: '请填写处理结果', en: 'say what was done' },
  'fault.assigneeOnlyWhenAssigning': { zh: '仅在派单时填写', en: 'only when assigning' },
} as const satisfies Record<string, Words>;

/** Customer events: invitations and attendance. */
const EVENTS = {
  'event.notFound': { zh: '没有这个活动', en: 'no such event' },
  'event.notInvited': { zh: '商户 {mid} 未受邀参加此活动', en: '{mid} was not invited to this event' },
  'event.attendanceRecorded': { zh: '已登记过到场', en: 'attendance at this event already recorded' },
} as const satisfies Record<string, Words>;

/** Loyalty points: redemptions, reversals, the ledger. */
const LOYALTY = {
  'points.entryNotFound': { zh: '没有积分流水 {id}', en: 'no points entry {id}' },
  'points.alreadyReversed': { zh: '这笔流水已冲正', en: 'this entry was already reversed' },
  'points.keyReused': {
    zh: '该幂等键已用于另一笔请求',
    en: 'already used for a different request',
  },
  'points.balanceShort': { zh: '积分余额不足', en: 'the balance is not enough' },
  'points.reasonMissing': { zh: '请填写兑换内容', en: 'say what the points are exchanged for' },
} as const satisfies Record<string, Words>;

export const PROBLEMS = {
  ...COMMON,
  ...INTERACTION,
  ...CAMPAIGN,
  ...SERVICE_DESK,
  ...EVENTS,
  ...LOYALTY,
  ...IMPORT_PROBLEMS,
  ...INTERACTION_INPUT_PROBLEMS,
  ...WORK_PROBLEMS,
  ...USER_PROBLEMS,
  ...MOVE_PROBLEMS,
  ...POINTS_TABLE_PROBLEMS,
  ...HOLIDAY_PROBLEMS,
  ...MERCHANT_EDIT_PROBLEMS,
  ...TIER_SCHEME_PROBLEMS,
  ...WEBHOOK_PROBLEMS,
};

export type ProblemCode = keyof typeof PROBLEMS;

/**
 * The class of a problem, as `extensions.code` says it to a client that reads no problem codes:
 * BAD_USER_INPUT unless named here. The one place a feature's codes map to the API's.
 */
export const PROBLEM_CLASS: Partial<Record<ProblemCode, 'NOT_FOUND' | 'CONFLICT'>> = {
  'merchant.notFound': 'NOT_FOUND',
  'work.managerNotFound': 'NOT_FOUND',
  'user.loginTaken': 'CONFLICT',
  'user.notFound': 'NOT_FOUND',
  'user.ownsMerchants': 'CONFLICT',
  'user.lastAdmin': 'CONFLICT',
  'move.targetNotFound': 'NOT_FOUND',
  'interaction.notFound': 'NOT_FOUND',
  'interaction.alreadyCorrected': 'CONFLICT',
  'complaint.notFound': 'NOT_FOUND',
  'complaint.changed': 'CONFLICT',
  'fault.notFound': 'NOT_FOUND',
  'fault.changed': 'CONFLICT',
  'event.notFound': 'NOT_FOUND',
  'event.notInvited': 'NOT_FOUND',
  'event.attendanceRecorded': 'CONFLICT',
  'points.entryNotFound': 'NOT_FOUND',
  'points.alreadyReversed': 'CONFLICT',
  'points.keyReused': 'CONFLICT',
};

/** The API's code of a problem (extensions.code). */
export const problemClass = (code: ProblemCode) => PROBLEM_CLASS[code] ?? 'BAD_USER_INPUT';
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
