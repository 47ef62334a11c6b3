import { addDays, daysBetween, isValidDate } from '../period/period.ts';
import type { Problem } from '../problems.ts';
import { TIER_CODES, type TierCode } from '../tier/tier-scheme.ts';

// 维护方式 (docs/domain.md §4): how account managers keep each relationship alive, by tier.

/** Interaction kinds, in the order the seed lists them. */
export const INTERACTION_KINDS = [
  'visit',
  'call',
  'sms',
  'email',
  'wechat',
  'greeting',
  'training',
  'fault_handling',
  'complaint',
  'feedback',
  'survey',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const INTERACTION_KIND_LABELS: Record<InteractionKind, { zh: string; en: string }> = {
  visit: { zh: '拜访', en: 'Visit' },
  call: { zh: '电话回访', en: 'Phone call-back' },
  sms: { zh: '短信', en: 'SMS' },
  email: { zh: '电子邮件', en: 'E-mail' },
  wechat: { zh: '微信', en: 'WeChat' },
  greeting: { zh: '节日问候', en: 'Holiday greeting' },
  training: { zh: '培训/座谈', en: 'Training or seminar' },
  fault_handling: { zh: '故障处理', en: 'Fault handling' },
  complaint: { zh: '投诉', en: 'Complaint' },
  feedback: { zh: '反馈', en: 'Feedback' },
  survey: { zh: '满意度调查', en: 'Satisfaction survey' },
};

/** How an interaction ended. Only a contact that reached the merchant counts toward the cadence. */
export const INTERACTION_OUTCOMES = ['reached', 'issue_found', 'unreachable', 'rescheduled'] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];
export const COUNTING_OUTCOMES: readonly InteractionOutcome[] = ['reached', 'issue_found'];

/** The seed's KPI groups: 拜访次数, 电话回访次数, 其他联系方式. */
export type KpiGroup = 'visit' | 'call' | 'other';
export function kpiGroup(kind: InteractionKind): KpiGroup {
  return kind === 'visit' ? 'visit' : kind === 'call' ? 'call' : 'other';
}

/** What a cadence rule asks for: a visit, a call, or any message (SMS, WeChat, e-mail, greeting). */
export const CADENCE_CHANNELS = ['visit', 'call', 'message'] as const;
export type CadenceChannel = (typeof CADENCE_CHANNELS)[number];

export interface CadenceRule {
  tier: TierCode;
  channel: CadenceChannel;
  /** At most this many days between two counting contacts. */
  everyDays: number;
  /** Interaction kinds that satisfy the rule (a visit also counts as a call). */
  satisfiedBy: readonly InteractionKind[];
}

const VISIT: readonly InteractionKind[] = ['visit'];
const CALL: readonly InteractionKind[] = ['call', 'visit'];
const MESSAGE: readonly InteractionKind[] = ['sms', 'wechat', 'email', 'greeting', 'call', 'visit'];

/**
 * Our default cadence (docs/domain.md §4): 重要 visit monthly + call every 2 weeks; 次要 visit
 * quarterly + call monthly; 普通 call quarterly; 小 a message each quarter (holiday greetings come
 * from campaigns). Administrators change it; it is stored as data.
 */
export const DEFAULT_CADENCE: readonly CadenceRule[] = [
  { tier: 'KEY', channel: 'visit', everyDays: 30, satisfiedBy: VISIT },
  { tier: 'KEY', channel: 'call', everyDays: 14, satisfiedBy: CALL },
  { tier: 'SECONDARY', channel: 'visit', everyDays: 91, satisfiedBy: VISIT },
  { tier: 'SECONDARY', channel: 'call', everyDays: 30, satisfiedBy: CALL },
  { tier: 'ORDINARY', channel: 'call', everyDays: 91, satisfiedBy: CALL },
  { tier: 'SMALL', channel: 'message', everyDays: 91, satisfiedBy: MESSAGE },
];

/** A merchant with upgrade potential gets one step more: the cadence of the tier above its own. */
export function cadenceTier(tier: TierCode, potential: boolean): TierCode {
  const i = TIER_CODES.indexOf(tier);
  return potential && i > 0 ? TIER_CODES[i - 1]! : tier;
}

/** The rules that apply to a merchant of `tier`, with or without upgrade potential. */
export function rulesFor(policy: readonly CadenceRule[], tier: TierCode, potential: boolean): CadenceRule[] {
  const t = cadenceTier(tier, potential);
  return policy.filter((r) => r.tier === t);
}

/** Problems with a cadence policy (empty when valid), each naming the rule. */
export function cadenceProblems(policy: readonly CadenceRule[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  policy.forEach((r, i) => {
    const at = `rules[${i}]`;
    if (!TIER_CODES.includes(r.tier)) out.push(`${at}.tier: unknown tier "${r.tier}"`);
    if (!CADENCE_CHANNELS.includes(r.channel)) out.push(`${at}.channel: unknown channel "${r.channel}"`);
    if (!Number.isInteger(r.everyDays) || r.everyDays < 1 || r.everyDays > 730)
      out.push(`${at}.everyDays: a whole number of days from 1 to 730`);
    if (r.satisfiedBy.length === 0) out.push(`${at}.satisfiedBy: name at least one interaction kind`);
    for (const k of r.satisfiedBy)
      if (!INTERACTION_KINDS.includes(k)) out.push(`${at}.satisfiedBy: unknown interaction kind "${k}"`);
    const key = `${r.tier}/${r.channel}`;
    if (seen.has(key)) out.push(`${at}: a second ${r.channel} rule for ${r.tier}`);
    seen.add(key);
  });
  return out;
}

/** A recorded contact as the cadence reads it: its kind, how it ended, and its business day. */
export interface CadenceContact {
  kind: InteractionKind;
  outcome: InteractionOutcome;
  /** The business day (Asia/Shanghai) it took place, YYYY-MM-DD. */
  day: string;
}

/** True when a contact counts toward a rule: a kind the rule names, and it reached the merchant. */
export function countsToward(
  rule: Pick<CadenceRule, 'satisfiedBy'>,
  contact: Pick<CadenceContact, 'kind' | 'outcome'>,
): boolean {
  return rule.satisfiedBy.includes(contact.kind) && COUNTING_OUTCOMES.includes(contact.outcome);
}

/** Day of the latest contact that counts toward `rule`, or null when none has yet. */
export function lastCountingContact(
  contacts: readonly CadenceContact[],
  rule: Pick<CadenceRule, 'satisfiedBy'>,
): string | null {
  let last: string | null = null;
  for (const c of contacts) if (countsToward(rule, c) && (last === null || c.day > last)) last = c.day;
  return last;
}

/** Due date of the next contact: `everyDays` after the last counting one, or after onboarding. */
export function nextDue(lastContact: string | null, onboardedOn: string, everyDays: number): string {
  return addDays(lastContact ?? onboardedOn, everyDays);
}

export type TaskState = 'OVERDUE' | 'DUE' | 'UPCOMING' | 'DONE' | 'CANCELLED';

/** Open tasks due within this many days of today are due; later ones are upcoming. */
export const DUE_HORIZON_DAYS = 7;

/** Open tasks are overdue after their due date, due within `horizonDays` of today, upcoming after. */
export function taskState(
  status: 'open' | 'done' | 'cancelled',
  dueOn: string,
  today: string,
  horizonDays = DUE_HORIZON_DAYS,
): TaskState {
  if (status === 'done') return 'DONE';
  if (status === 'cancelled') return 'CANCELLED';
  const d = daysBetween(today, dueOn);
  if (d < 0) return 'OVERDUE';
  return d <= horizonDays ? 'DUE' : 'UPCOMING';
}

/** 信息更新: contact data is re-verified 12 months after it was last verified (or onboarding). */
export function reverifyDue(verifiedOn: string | null, onboardedOn: string): string {
  const base = verifiedOn ?? onboardedOn;
  const y = Number(base.slice(0, 4)) + 1;
  const candidate = `${y}${base.slice(4)}`;
  return isValidDate(candidate) ? candidate : `${y}-02-28`;
}

/**
 * A key customer is on cadence in a period when, for each rule of its cadence tier, it had at
 * least ⌊days / everyDays⌋ counting contacts (at least one) within the period.
 */
export function requiredContacts(periodDays: number, everyDays: number): number {
  return Math.max(1, Math.floor(periodDays / everyDays));
}

// Holiday greetings (节日问候).
export const HOLIDAYS = ['spring_festival', 'lantern', 'dragon_boat', 'mid_autumn', 'national_day'] as const;
export type Holiday = (typeof HOLIDAYS)[number];
export const HOLIDAY_LABELS: Record<Holiday, { zh: string; en: string }> = {
  spring_festival: { zh: '春节', en: 'Spring Festival' },
  lantern: { zh: '元宵', en: 'Lantern Festival' },
  dragon_boat: { zh: '端午', en: 'Dragon Boat Festival' },
  mid_autumn: { zh: '中秋', en: 'Mid-Autumn Festival' },
  national_day: { zh: '国庆', en: 'National Day' },
};

/** Placeholders a greeting template may use. */
export const TEMPLATE_FIELDS = ['商户名称', '联系人', '节日', '客户经理'] as const;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The longest greeting: 5 SMS of 67 characters. */
export const MAX_TEMPLATE = 335;

/** Problems with a greeting template: unknown `{placeholders}`, unbalanced braces, or too long for 5 SMS. */
export function templateProblems(template: string): Problem[] {
  const out: Problem[] = [];
  if (!template.trim()) out.push({ code: 'template.empty' });
  const stripped = template.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    if (!TEMPLATE_FIELDS.includes(name as TemplateField))
      out.push({
        code: 'template.unknownPlaceholder',
        params: { name: `{${name}}`, fields: TEMPLATE_FIELDS.map((f) => `{${f}}`).join(' ') },
      });
    return '';
  });
  if (/[{}]/.test(stripped)) out.push({ code: 'template.unpairedBrace' });
  if ([...template].length > MAX_TEMPLATE)
    out.push({ code: 'template.tooLong', params: { max: MAX_TEMPLATE } });
  return out;
}

/** Renders a checked template; a missing value renders as empty text. */
export function renderTemplate(
  template: string,
  values: Partial<Record<TemplateField, string | null>>,
): string {
  return template.replace(/\{([^{}]*)\}/g, (_, name: string) => values[name as TemplateField] ?? '');
}
