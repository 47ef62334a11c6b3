import { graphql } from '../../gql/gql.ts';

export const PyramidQuery = graphql(`
  query Pyramid($period: String!, $compare: String!, $filter: MerchantFilter) {
    pyramid(period: $period, filter: $filter) {
      period merchantCount totalProfit gini top20Share
      tiers { tier zh en merchantCount countShare profit profitShare }
    }
    previous: pyramid(period: $compare, filter: $filter) {
      period merchantCount totalProfit
      tiers { tier zh en merchantCount countShare profit profitShare }
    }
    lorenz(period: $period, filter: $filter, points: 50) { merchantShare profitShare }
    tierMigration(from: $compare, to: $period, filter: $filter) {
      from to
      cells { fromTier toTier merchantCount }
    }
    tierScheme(period: $period) { id kind measure effectiveFrom }
  }
`);
