import { createContext, useContext } from 'react';

export type Lang = 'zh' | 'en';

// Every visible string, Chinese first.
const TABLE = {
  appName: { zh: 'Cornerstone 商户关系管理', en: 'Cornerstone merchant relations' },
  login: { zh: '登录', en: 'Sign in' },
  logout: { zh: '退出', en: 'Sign out' },
  loginName: { zh: '登录名', en: 'Login' },
  password: { zh: '密码', en: 'Password' },
  loginFailed: { zh: '登录失败：登录名或密码错误', en: 'Sign-in failed: wrong login or password' },
  menuPyramid: { zh: '客户金字塔', en: 'Customer pyramid' },
  menuMerchants: { zh: '商户列表', en: 'Merchants' },
  menuGraphiql: { zh: 'GraphiQL 查询', en: 'GraphiQL' },
  period: { zh: '期间', en: 'Period' },
  compareTo: { zh: '对比', en: 'Compare to' },
  branch: { zh: '分公司', en: 'Branch' },
  category: { zh: '类型', en: 'Category' },
  manager: { zh: '客户经理', en: 'Account manager' },
  all: { zh: '全部', en: 'All' },
  countPyramid: { zh: '客户数量金字塔', en: 'Merchant-count pyramid' },
  profitPyramid: { zh: '利润金字塔', en: 'Profit pyramid' },
  tierKEY: { zh: '重要客户', en: 'Key' },
  tierSECONDARY: { zh: '次要客户', en: 'Secondary' },
  tierORDINARY: { zh: '普通客户', en: 'Ordinary' },
  tierSMALL: { zh: '小客户', en: 'Small' },
  merchantsUnit: { zh: '户', en: 'merchants' },
  summaryTop20: { zh: '前20%商户贡献 {share} 利润', en: 'Top 20% of merchants bring {share} of profit' },
  summaryGini: { zh: '基尼系数 {gini}', en: 'Gini {gini}' },
  summaryKeyDelta: { zh: '较上期 重要客户 {delta}户', en: 'Key merchants vs previous: {delta}' },
  totalMerchants: { zh: '商户总数', en: 'Merchants' },
  totalProfit: { zh: '总利润', en: 'Total profit' },
  lorenz: { zh: '洛伦兹曲线 / 帕累托', en: 'Lorenz / Pareto curve' },
  migration: { zh: '分级迁移矩阵', en: 'Tier migration matrix' },
  newMerchants: { zh: '新增', en: 'New' },
  leftMerchants: { zh: '离开', en: 'Left' },
  merchantShare: { zh: '累计商户占比', en: 'Cumulative share of merchants' },
  profitShare: { zh: '累计利润占比', en: 'Cumulative share of profit' },
  mid: { zh: '商户号', en: 'MID' },
  name: { zh: '商户名称', en: 'Name' },
  tier: { zh: '分级', en: 'Tier' },
  status: { zh: '状态', en: 'Status' },
  feePlan: { zh: '费率', en: 'Fee plan' },
  profit: { zh: '利润', en: 'Profit' },
  search: { zh: '搜索商户号或名称', en: 'Search MID or name' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  total: { zh: '共 {n} 户', en: '{n} merchants' },
  profile: { zh: '商户档案', en: 'Profile' },
  contact: { zh: '联系人', en: 'Contact' },
  mobile: { zh: '手机', en: 'Mobile' },
  listRate: { zh: '标准扣率', en: 'List rate' },
  discount: { zh: '扣率优惠', en: 'Discount' },
  cap: { zh: '封顶', en: 'Cap' },
  trend: { zh: '月度交易额与利润', en: 'Monthly amount and profit' },
  amount: { zh: '交易额', en: 'Amount' },
  history: { zh: '变更记录', en: 'Change history' },
  tierHistory: { zh: '分级历史', en: 'Tier history' },
  points: { zh: '积分余额', en: 'Points balance' },
  onboarded: { zh: '入网日期', en: 'Onboarded' },
  loading: { zh: '加载中…', en: 'Loading…' },
  error: { zh: '出错了', en: 'Something went wrong' },
  empty: { zh: '没有数据', en: 'No data' },
  notFound: { zh: '没有这个商户，或不在您的权限范围内', en: 'No such merchant, or not within your scope' },
  language: { zh: 'English', en: '中文' },
} as const;

export type MessageKey = keyof typeof TABLE;

export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  let text: string = TABLE[key][lang];
  for (const [k, v] of Object.entries(vars)) text = text.replace(`{${k}}`, String(v));
  return text;
}

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'zh',
  setLang: () => undefined,
});

export function useT() {
  const { lang } = useContext(LangContext);
  return (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
}
