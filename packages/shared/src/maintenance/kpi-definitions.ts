import { taskState } from './maintenance.ts';
import { type KpiTask, missedDueDate, onCadenceShare } from './maintenance-kpi.ts';

// The maintenance KPIs as people read them: one label and one line of what is counted, in zh and
// en, so the web's tiles, their hover help and the server's rules cannot drift apart. Two overdue
// figures sit side by side on My work — a state now and an event of the month — so each names
// which one it is.

/** The KPIs shown on My work: the GraphQL field names of `MaintenanceKpi`, plus the open-task count. */
export const MAINTENANCE_KPI_KEYS = [
  'visits',
  'calls',
  'otherContacts',
  'keyOnCadenceShare',
  'overdueTasks',
  'overdueNow',
] as const;
export type MaintenanceKpiKey = (typeof MAINTENANCE_KPI_KEYS)[number];

export interface KpiDefinition {
  label: { zh: string; en: string };
  /** One line: exactly what is counted, for the hover help. */
  explanation: { zh: string; en: string };
}

/** Each KPI's label and explanation, the only copy. */
export const MAINTENANCE_KPIS: Record<MaintenanceKpiKey, KpiDefinition> = {
  visits: {
    label: { zh: '拜访次数', en: 'Visits' },
    explanation: {
      zh: '本月记录的上门拜访次数（更正过的记录只算一次）',
      en: 'On-site visits recorded this month (a corrected record counts once)',
    },
  },
  calls: {
    label: { zh: '电话回访次数', en: 'Call-backs' },
    explanation: {
      zh: '本月记录的电话回访次数，不论是否接通',
      en: 'Phone call-backs recorded this month, reached or not',
    },
  },
  otherContacts: {
    label: { zh: '其他联系', en: 'Other contacts' },
    explanation: {
      zh: '本月记录的短信、微信、邮件、节日问候等其他联系次数',
      en: 'Text messages, WeChat, e-mail, greetings and other contacts recorded this month',
    },
  },
  keyOnCadenceShare: {
    label: { zh: '重要客户按频次维护', en: 'Key customers on cadence' },
    explanation: {
      zh: '本月重要客户中，本月联系上的次数已达到整月各项维护频次要求的占比，所以月初偏低',
      en: "Share of this month's key customers whose reached contacts so far meet the whole month's cadence, so it starts each month low",
    },
  },
  overdueTasks: {
    label: { zh: '本月新增逾期', en: 'Fell overdue this month' },
    explanation: {
      zh: '到期日在本月且已过、没有在到期日当天或之前完成的任务，之后补做的也算',
      en: 'Tasks due this month, before today, not done by their due date — even if done late since',
    },
  },
  overdueNow: {
    label: { zh: '当前逾期', en: 'Overdue now' },
    explanation: {
      zh: '今天仍未完成、已过到期日的任务，不论哪个月到期',
      en: 'Open tasks past their due date today, whichever month they fell due',
    },
  },
};

/** 当前逾期: a task still open today whose due date has passed — a state, whatever month it fell due. */
export function overdueNow(t: Pick<KpiTask, 'status' | 'dueOn'>, today: string): boolean {
  return taskState(t.status, t.dueOn, today) === 'OVERDUE';
}

/** 本月新增逾期: the month's count of missed due dates ({@link missedDueDate}), done late or not. */
export const fellOverdueInPeriod = missedDueDate;

/** 重要客户按频次维护: on-cadence key customers over key customers, 0..1 ({@link onCadenceShare}). */
export const keyOnCadenceShare = onCadenceShare;
