import { HOLIDAY_LABELS, HOLIDAYS } from '@cornerstone/shared/maintenance/maintenance';
import { apiCode } from '../codes.ts';
import { labelEntries } from './shared-labels.ts';

// 节日问候: holiday greeting campaigns (the holidays named in packages/shared).

export const CAMPAIGN_MESSAGES = {
  ...labelEntries(HOLIDAYS.map((h) => [`holiday.${apiCode(h)}` as const, HOLIDAY_LABELS[h]])),
  menuCampaigns: { zh: '节日问候', en: 'Greetings' },
  campaignTitle: { zh: '节日问候活动', en: 'Holiday greeting campaign' },
  holiday: { zh: '节日', en: 'Holiday' },
  year: { zh: '年份', en: 'Year' },
  sendOn: { zh: '发送日期', en: 'Send on' },
  campaignName: { zh: '活动名称', en: 'Campaign name' },
  campaignNameDefault: { zh: '默认：{year} {holiday}问候', en: 'Default: {year} {holiday} greetings' },
  segment: { zh: '客户范围', en: 'Segment' },
  potential: { zh: '升级潜力', en: 'Upgrade potential' },
  potentialYes: { zh: '有升级潜力', en: 'With potential' },
  potentialNo: { zh: '无升级潜力', en: 'Without potential' },
  tierIn: { zh: '分级（{period}）', en: 'Tier ({period})' },
  template: { zh: '短信模板', en: 'SMS template' },
  insertField: { zh: '插入：', en: 'Insert:' },
  preview: { zh: '短信预览', en: 'SMS preview' },
  smsLength: { zh: '{n} 字 · {sms} 条短信', en: '{n} characters · {sms} SMS' },
  runCampaign: { zh: '发起问候', en: 'Run campaign' },
  campaignCreated: { zh: '新建问候任务', en: 'Greeting tasks created' },
  campaignAlreadyThere: { zh: '已有任务（未重复创建）', en: 'Already there (not created twice)' },
  greetingsToSend: { zh: '待发问候', en: 'Greetings to send' },
  markSent: { zh: '标记已发送（{n}）', en: 'Mark sent ({n})' },
  markedSent: { zh: '已标记 {sent} 条为已发送', en: '{sent} marked sent' },
  skippedN: { zh: '{n} 条未处理（已完成或无权限）', en: '{n} left alone (done or not yours)' },
  smsText: { zh: '短信内容', en: 'Message' },
  sampleMerchant: { zh: '西安碑林区示例商店', en: '西安碑林区示例商店' },
  sampleContact: { zh: '张经理', en: '张经理' },
  sampleManager: { zh: '李明', en: '李明' },
} as const satisfies Record<string, { zh: string; en: string }>;
