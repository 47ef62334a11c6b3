// The server's input problems (extensions.fields[].message) that a form shows beside a field.

export const SERVER_MESSAGES = {
  'server.1 to 200 characters': { zh: '1 至 200 字', en: '1 to 200 characters' },
  'server.a time': { zh: '请填写时间', en: 'a time' },
  'server.at most 1000 characters': { zh: '最多 1000 字', en: 'at most 1000 characters' },
  'server.cannot be in the future': { zh: '不能晚于现在', en: 'cannot be in the future' },
  'server.more than a year ago': { zh: '不能早于一年前', en: 'more than a year ago' },
  'server.not a time': { zh: '不是有效的时间', en: 'not a time' },
  'server.a date YYYY-MM-DD': { zh: '请填写日期 YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
  'server.on or after the interaction': { zh: '不能早于联系日期', en: 'on or after the interaction' },
  'server.within a year': { zh: '须在一年之内', en: 'within a year' },
  'server.at most 2000 characters': { zh: '最多 2000 字', en: 'at most 2000 characters' },
  'server.write the message': { zh: '请填写短信内容', en: 'write the message' },
  'server.a brace without its pair': { zh: '大括号不成对', en: 'a brace without its pair' },
  'server.at most 335 characters (5 SMS)': {
    zh: '最多 335 字（5 条短信）',
    en: 'at most 335 characters (5 SMS)',
  },
  'server.a tier segment needs its period': {
    zh: '按分级选择需要期间',
    en: 'a tier segment needs its period',
  },
  'server.say what the merchant reported': {
    zh: '请填写商户反映的内容',
    en: 'say what the merchant reported',
  },
  'server.say how it was resolved': { zh: '请填写处理结果', en: 'say how it was resolved' },
  'server.the merchant’s satisfaction, 1 to 5': {
    zh: '请选择商户满意度（1–5）',
    en: 'the merchant’s satisfaction, 1 to 5',
  },
  'server.more than 30 days ago': { zh: '不能早于 30 天前', en: 'more than 30 days ago' },
  'server.describe the fault': { zh: '请描述故障', en: 'describe the fault' },
  'server.say what was done': { zh: '请填写处理结果', en: 'say what was done' },
  'server.only when assigning': { zh: '仅在派单时填写', en: 'only when assigning' },
  'server.must be a positive whole number': { zh: '须为正整数', en: 'must be a positive whole number' },
  'server.the balance is not enough': { zh: '积分余额不足', en: 'the balance is not enough' },
  'server.say what the points are exchanged for': {
    zh: '请填写兑换内容',
    en: 'say what the points are exchanged for',
  },
  'server.2000..2100': { zh: '2000 至 2100 年', en: '2000..2100' },
} as const satisfies Record<string, { zh: string; en: string }>;
