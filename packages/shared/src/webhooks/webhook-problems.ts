// The problems of subscribing a webhook, worded in both languages: merged into the one table of
// problem codes (problems.ts).

type Words = { zh: string; en: string };

export const WEBHOOK_PROBLEMS = {
  'webhook.urlInvalid': { zh: '须为 http 或 https 网址', en: 'an http(s) URL' },
  'webhook.targetBlocked': {
    zh: '{host} 指向本机、链路本地或未指定地址 {address}，不能接收推送（如确需如此，请设置 CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK=true）',
    en: '{host} is or resolves to {address}, a loopback, link-local or unspecified address (set CORNERSTONE_WEBHOOK_ALLOW_LOOPBACK=true to allow it)',
  },
  'webhook.eventsMissing': { zh: '至少选择一个事件', en: 'at least one event' },
  'webhook.eventUnknown': {
    zh: '未知事件 {event}，可选：{events}',
    en: 'unknown event {event}; one of {events}',
  },
} as const satisfies Record<string, Words>;
