import { DEFAULT_SCHEME } from '@cornerstone/shared/tier/tier-scheme';
import { labelEntries } from './shared-labels.ts';

// 客户分级: the tiers (their names from packages/shared) and the pyramid explorer.

export const TIER_MESSAGES = {
  ...labelEntries(DEFAULT_SCHEME.tiers.map((t) => [`tier.${t.code}` as const, t])),
  'tier.none': { zh: '未分级', en: 'No tier' },
  countPyramid: { zh: '客户数量金字塔', en: 'Merchant-count pyramid' },
  profitPyramid: { zh: '利润金字塔', en: 'Profit pyramid' },
  merchantsUnit: { zh: '{n}户', en: '{n}' },
  summaryTop20: { zh: '前20%商户贡献 {share} 利润', en: 'Top 20% of merchants bring {share} of profit' },
  summaryGini: { zh: '基尼系数 {gini}', en: 'Gini {gini}' },
  summaryKeyDelta: { zh: '较上期 重要客户 {delta}户', en: 'Key customers vs the previous period: {delta}' },
  totalMerchants: { zh: '商户数', en: 'Merchants' },
  totalProfit: { zh: '总利润', en: 'Total profit' },
  previousPeriod: { zh: '上期 {period}', en: 'Previous {period}' },
  lorenz: { zh: '洛伦兹曲线 / 帕累托', en: 'Lorenz / Pareto curve' },
  equality: { zh: '完全平均', en: 'Perfect equality' },
  lorenzHint: {
    zh: '商户按利润从高到低累计；曲线越靠左上，利润越集中，虚线为完全平均。',
    en: 'Merchants ranked by profit, highest first; the more the curve bows up and left, the more concentrated the profit. The dashed line is perfect equality.',
  },
  lorenzAbove: {
    zh: '曲线升到 {peak}（前 {at} 的商户）后回落到 100%：其余商户合计亏损，盈利商户贡献的利润超过总利润。',
    en: 'The curve rises to {peak} (the first {at} of merchants) and falls back to 100%: the other merchants lose money in sum, so the profitable ones bring more than the total.',
  },
  lorenzLosingTiers: { zh: '利润为负的分级：{tiers}。', en: 'Tiers with negative profit: {tiers}.' },
  migrationHint: {
    zh: '每格为商户数：行是 {from} 的分级，列是 {to} 的分级，对角线为分级未变；颜色越深户数越多，点击格子查看商户。',
    en: 'Each cell counts merchants: row = tier in {from}, column = tier in {to}; the diagonal kept its tier. Darker means more; click a cell to list them.',
  },
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
  noPyramid: { zh: '该期间没有可分级的商户', en: 'No merchants to rank in this period' },
} as const satisfies Record<string, { zh: string; en: string }>;
