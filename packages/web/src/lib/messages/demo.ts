// The first start: the demo data loading behind the server (GET /healthz).

export const DEMO_MESSAGES = {
  demoLoading: {
    zh: '演示数据正在后台加载（{percent}%：{step}），数据会陆续出现，可以先登录浏览。',
    en: 'The demo data is loading in the background ({percent}%: {step}); figures fill in as it goes, and you can sign in now.',
  },
  demoReady: {
    zh: '演示数据已加载完成，刷新页面即可看到全部数据。',
    en: 'The demo data has loaded: reload to see all of it.',
  },
  demoFailed: {
    zh: '演示数据加载失败，请查看服务器控制台。',
    en: 'The demo data failed to load: see the server console.',
  },
  'demoStep.database': { zh: '数据库', en: 'database' },
  'demoStep.users': { zh: '用户', en: 'users' },
  'demoStep.merchants': { zh: '商户', en: 'merchants' },
  'demoStep.settlements': { zh: '结算数据', en: 'settlements' },
  'demoStep.tiers': { zh: '分级快照', en: 'tier snapshots' },
  'demoStep.maintenance': { zh: '维护记录', en: 'maintenance' },
  'demoStep.service desk': { zh: '投诉与故障', en: 'service desk' },
  'demoStep.value': { zh: '价值与流失评分', en: 'value and churn scores' },
} as const;
