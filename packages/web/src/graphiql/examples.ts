import { addMonths, previousMonth } from '../lib/period.ts';

/** `2026-10` → `2026-Q4`. */
export const quarterOf = (ym: string) => `${ym.slice(0, 4)}-Q${Math.ceil(Number(ym.slice(5, 7)) / 3)}`;

// Example operations an analyst starts from; the first is this month's pyramid for a branch.
export function examples(thisMonth: string, lastMonth: string): { query: string }[] {
  return [
    {
      query: `# 本月某分公司的客户金字塔 · This month's pyramid for a branch
query BranchPyramid {
  pyramid(period: "${thisMonth}", filter: { branch: "西安分公司" }) {
    period merchantCount totalProfit gini top20Share
    tiers { tier merchantCount countShare profit profitShare }
  }
}`,
    },
    {
      query: `# 两个季度之间的分级迁移 · Tier migration between the last two quarters
query QuarterMigration {
  tierMigration(from: "${quarterOf(addMonths(lastMonth, -3))}", to: "${quarterOf(lastMonth)}") {
    from to cells { fromTier toTier merchantCount }
  }
}`,
    },
    {
      query: `# 上月与前月之间的分级迁移 · Tier migration into last month
query Migration {
  tierMigration(from: "${previousMonth(lastMonth)}", to: "${lastMonth}") { from to cells { fromTier toTier merchantCount } }
}`,
    },
    {
      query: `# 拜访任务：最近拜访早于本月即本月未拜访 · Visit tasks; lastContactOn before this month = not visited this month
query KeyNotVisited {
  tasks(filter: { kind: CADENCE, channel: "visit" }, first: 100) {
    totalCount
    edges { node { tier dueOn daysOverdue lastContactOn merchant { mid name branch manager { displayName } } } }
  }
}`,
    },
    {
      query: `# 各分公司未兑换积分 · Points outstanding by branch
query PointsByBranch {
  pointsByBranchConnection(first: 20) { totalCount edges { node { branch merchants outstanding } } }
}`,
    },
    {
      query: `# 利润增长最快的 20 户 · Top 20 merchants by profit growth
query TopGrowth {
  profitGrowth(period: "${lastMonth}", first: 20) {
    merchant { mid name branch } profit previousProfit growth growthRate
  }
}`,
    },
    {
      query: `# 有升级潜力的商户 · Merchants with upgrade potential
query Potential {
  upgradeCandidates(period: "${lastMonth}", first: 20) {
    totalCount edges { node { merchant { mid name branch } tier reasons detail } }
  }
}`,
    },
    {
      query: `# 休眠与流失风险 · Dormant and churn risk
query ChurnRisk {
  churnRisks(period: "${lastMonth}", first: 20) {
    totalCount edges { node { merchant { mid name branch manager { displayName } } reasons detail } }
  }
}`,
    },
    {
      query: `# 重要客户及其利润与积分 · Key merchants with profit and points
query KeyMerchants {
  merchants(first: 20, filter: { tier: KEY, period: "${lastMonth}" }) {
    totalCount edges { node { mid name branch profit(period: "${lastMonth}") points { balance } } }
  }
}`,
    },
  ];
}
