import { createContext, useCallback, useContext } from 'react';

export type Lang = 'zh' | 'en';

export const LANG_KEY = 'cornerstone.lang';

// Every visible string of the app, Chinese first. Keys are typed: a missing entry is a compile error.
const TABLE = {
  appName: { zh: '基石 · 商户关系管理', en: 'Cornerstone · Merchant relations' },
  appShort: { zh: '基石', en: 'Cornerstone' },
  login: { zh: '登录', en: 'Sign in' },
  logout: { zh: '退出', en: 'Sign out' },
  loginName: { zh: '登录名', en: 'Login' },
  password: { zh: '密码', en: 'Password' },
  loginFailed: { zh: '登录失败：登录名或密码错误', en: 'Sign-in failed: wrong login or password' },
  required: { zh: '必填', en: 'Required' },
  language: { zh: 'English', en: '中文' },
  menuPyramid: { zh: '客户金字塔', en: 'Customer pyramid' },
  menuMerchants: { zh: '商户列表', en: 'Merchants' },
  menuGraphiql: { zh: 'GraphiQL 查询', en: 'GraphiQL' },
  'role.admin': { zh: '管理员', en: 'Administrator' },
  'role.branch_manager': { zh: '分公司经理', en: 'Branch manager' },
  'role.account_manager': { zh: '客户经理', en: 'Account manager' },
  'role.operations': { zh: '运营', en: 'Operations' },
  'role.analyst': { zh: '分析师', en: 'Analyst' },
  'tier.KEY': { zh: '重要客户', en: 'Key' },
  'tier.SECONDARY': { zh: '次要客户', en: 'Secondary' },
  'tier.ORDINARY': { zh: '普通客户', en: 'Ordinary' },
  'tier.SMALL': { zh: '小客户', en: 'Small' },
  'tier.none': { zh: '未分级', en: 'No tier' },
  'status.onboarding': { zh: '入网中', en: 'Onboarding' },
  'status.active': { zh: '正常', en: 'Active' },
  'status.dormant': { zh: '休眠', en: 'Dormant' },
  'status.churned': { zh: '流失', en: 'Churned' },
  'status.terminated': { zh: '已解约', en: 'Terminated' },
  'category.general': { zh: '一般类', en: 'General' },
  'category.wholesale': { zh: '批发类', en: 'Wholesale' },
  'category.dining': { zh: '餐娱类', en: 'Dining & entertainment' },
  'category.auto_realty': { zh: '车房类', en: 'Autos & real estate' },
  'category.livelihood': { zh: '民生类', en: 'Livelihood' },
  'category.public_welfare': { zh: '公益类', en: 'Public welfare' },
  'feePlan.rate': { zh: '按扣率', en: 'Rate' },
  'feePlan.capped': { zh: '封顶', en: 'Capped' },
  'changeKind.created': { zh: '新建', en: 'Created' },
  'changeKind.updated': { zh: '修改', en: 'Updated' },
  'changeKind.status': { zh: '状态变更', en: 'Status change' },
  period: { zh: '期间', en: 'Period' },
  compareTo: { zh: '对比', en: 'Compare to' },
  branch: { zh: '分公司', en: 'Branch' },
  category: { zh: '类型', en: 'Category' },
  manager: { zh: '客户经理', en: 'Account manager' },
  all: { zh: '全部', en: 'All' },
  countPyramid: { zh: '客户数量金字塔', en: 'Merchant-count pyramid' },
  profitPyramid: { zh: '利润金字塔', en: 'Profit pyramid' },
  merchantsUnit: { zh: '{n}户', en: '{n}' },
  summaryTop20: { zh: '前20%商户贡献 {share} 利润', en: 'Top 20% of merchants bring {share} of profit' },
  summaryGini: { zh: '基尼系数 {gini}', en: 'Gini {gini}' },
  summaryKeyDelta: { zh: '较上期 重要客户 {delta}户', en: 'Key merchants vs previous period: {delta}' },
  totalMerchants: { zh: '商户数', en: 'Merchants' },
  totalProfit: { zh: '总利润', en: 'Total profit' },
  previousPeriod: { zh: '上期 {period}', en: 'Previous {period}' },
  lorenz: { zh: '洛伦兹曲线 / 帕累托', en: 'Lorenz / Pareto curve' },
  equality: { zh: '完全平均', en: 'Perfect equality' },
  migration: { zh: '分级迁移矩阵 {from} → {to}', en: 'Tier migration {from} → {to}' },
  migrationFrom: { zh: '{period} 分级', en: 'Tier in {period}' },
  migrationTo: { zh: '{period} 分级', en: 'Tier in {period}' },
  newMerchants: { zh: '新增', en: 'New' },
  leftMerchants: { zh: '离开', en: 'Left' },
  merchantShare: { zh: '累计商户占比', en: 'Cumulative share of merchants' },
  profitShareAxis: { zh: '累计利润占比', en: 'Cumulative share of profit' },
  countShare: { zh: '户数占比', en: 'Share of merchants' },
  profitShare: { zh: '利润占比', en: 'Share of profit' },
  clickToList: { zh: '点击查看商户', en: 'Click to list the merchants' },
  mid: { zh: '商户号', en: 'MID' },
  name: { zh: '商户名称', en: 'Name' },
  tradingName: { zh: '经营名称', en: 'Trading name' },
  tier: { zh: '分级', en: 'Tier' },
  status: { zh: '状态', en: 'Status' },
  feePlan: { zh: '费率', en: 'Fee plan' },
  profit: { zh: '利润', en: 'Profit' },
  profitOf: { zh: '{period} 利润', en: 'Profit {period}' },
  search: { zh: '商户号或名称', en: 'MID or name' },
  previous: { zh: '上一页', en: 'Previous' },
  next: { zh: '下一页', en: 'Next' },
  total: { zh: '共 {n} 户', en: '{n} merchants' },
  pageOf: { zh: '第 {page} 页', en: 'Page {page}' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  back: { zh: '返回', en: 'Back' },
  profile: { zh: '商户档案', en: 'Profile' },
  mcc: { zh: 'MCC', en: 'MCC' },
  contact: { zh: '联系人', en: 'Contact' },
  mobile: { zh: '手机', en: 'Mobile' },
  verifiedOn: { zh: '核实日期', en: 'Verified on' },
  planKind: { zh: '费率方案', en: 'Plan' },
  rate: { zh: '商户扣率', en: 'Merchant rate' },
  listRate: { zh: '标准扣率', en: 'List rate' },
  discount: { zh: '扣率优惠', en: 'Discount' },
  cap: { zh: '封顶', en: 'Cap' },
  perTxn: { zh: '{amount}/笔', en: '{amount} per txn' },
  points: { zh: '积分余额', en: 'Points balance' },
  onboarded: { zh: '入网日期', en: 'Onboarded' },
  trend: { zh: '月度交易额与利润', en: 'Monthly amount and profit' },
  amount: { zh: '交易额', en: 'Amount' },
  history: { zh: '变更记录', en: 'Change history' },
  changedAt: { zh: '时间', en: 'When' },
  actor: { zh: '操作人', en: 'By' },
  source: { zh: '来源', en: 'Source' },
  kind: { zh: '类型', en: 'Kind' },
  changeDetail: { zh: '变更内容', en: 'Changes' },
  tierHistory: { zh: '近三个月分级', en: 'Tier, last 3 months' },
  rank: { zh: '排名', en: 'Rank' },
  loading: { zh: '加载中…', en: 'Loading…' },
  error: { zh: '出错了', en: 'Something went wrong' },
  retry: { zh: '重试', en: 'Retry' },
  empty: { zh: '没有数据', en: 'No data' },
  noMerchants: { zh: '没有符合条件的商户', en: 'No merchants match the filter' },
  noPyramid: { zh: '该期间没有可分级的商户', en: 'No merchants to rank in this period' },
  notFound: { zh: '没有这个商户，或不在您的权限范围内', en: 'No such merchant, or not within your scope' },
  pageNotFound: { zh: '页面不存在', en: 'Page not found' },
  home: { zh: '回到首页', en: 'Home' },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof TABLE;
export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  let text: string = TABLE[key][lang];
  for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
  return text;
}

/** Whether a key built from API data (a status, a role…) has an entry. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(TABLE, key);
}

/** Translates `${prefix}.${value}` when the table knows it, else shows the API value as it is. */
export function translateCode(lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isMessageKey(key) ? translate(lang, key) : value;
}

export const LangContext = createContext<{ lang: Lang; setLang: (l: Lang) => void }>({
  lang: 'zh',
  setLang: () => undefined,
});

export function useLang(): Lang {
  return useContext(LangContext).lang;
}

export function useT() {
  const { lang } = useContext(LangContext);
  return useCallback((key: MessageKey, vars?: Vars) => translate(lang, key, vars), [lang]);
}

export function useTCode() {
  const { lang } = useContext(LangContext);
  return useCallback((prefix: string, value: string) => translateCode(lang, prefix, value), [lang]);
}
