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
  sendOnFromCalendar: {
    zh: '按节日日历：{holiday} {date}',
    en: 'From the holiday calendar: {holiday} {date}',
  },
  sendOnFromCalendarOff: {
    zh: '按节日日历：{holiday}放假首日 {date}',
    en: 'From the holiday calendar: first day off for {holiday}, {date}',
  },
  sendOnNoCalendar: {
    zh: '节日日历中没有 {year} 年{holiday}的日期，请自选发送日期',
    en: 'The holiday calendar has no {year} date for {holiday}; choose the send date',
  },
  hcalIntro: {
    zh: '每年一次填写五个问候节日的日期（农历节日每年不同）及放假安排；节日问候活动据此预填发送日期。',
    en: 'Enter the five greeting holidays’ dates once a year (the lunar ones move every year) and their days off; the greeting campaign pre-fills its send date from them.',
  },
  hcalYear: { zh: '年份', en: 'Year' },
  hcalDate: { zh: '节日日期', en: 'Date' },
  hcalDaysOff: { zh: '放假期间（可选）', en: 'Days off (optional)' },
  hcalSave: { zh: '保存 {year} 年日历', en: 'Save {year}' },
  hcalSaved: { zh: '{year} 年节日日历已保存', en: 'Holiday calendar {year} saved' },
  hcalEmpty: { zh: '{year} 年尚未填写', en: 'Nothing entered for {year} yet' },
} as const satisfies Record<string, { zh: string; en: string }>;
