// Saved example operations an analyst starts from.
export const EXAMPLES = [
  {
    query: `# 本月某分公司的客户金字塔 · This month's pyramid for a branch
query BranchPyramid {
  pyramid(period: "2026-10", filter: { branch: "西安分公司" }) {
    period merchantCount totalProfit gini top20Share
    tiers { tier merchantCount countShare profit profitShare }
  }
}`,
  },
  {
    query: `# 两个季度之间的分级迁移矩阵 · Migration matrix between two quarters
query QuarterMigration {
  tierMigration(from: "2026-Q2", to: "2026-Q3") { from to cells { fromTier toTier merchantCount } }
}`,
  },
  {
    query: `# 有升级潜力的商户 · Merchants with upgrade potential
query Potential {
  upgradeCandidates(period: "2026-10", first: 20) {
    totalCount edges { node { merchant { mid name branch } tier reasons detail } }
  }
}`,
  },
  {
    query: `# 休眠与流失风险 · Dormant and churn risk
query ChurnRisk {
  churnRisks(period: "2026-10", first: 20) {
    totalCount edges { node { merchant { mid name branch manager { displayName } } reasons detail } }
  }
}`,
  },
  {
    query: `# 重要客户及其积分 · Key merchants with profit and points
query KeyMerchants {
  merchants(first: 20, filter: { tier: KEY, period: "2026-10" }) {
    totalCount edges { node { mid name branch profit(period: "2026-10") points { balance } } }
  }
}`,
  },
];
