import { graphql } from '../../gql/gql.ts';

export const MerchantListQuery = graphql(`
  query MerchantList($filter: MerchantFilter, $first: Int, $after: String, $period: String!) {
    merchants(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          mid name category categoryName branch status
          manager { login displayName }
          feePlan { kind rate cap }
          tier(period: $period)
          profit(period: $period)
        }
      }
    }
  }
`);

export const MerchantPageQuery = graphql(`
  query MerchantPage($mid: String!, $m0: String!, $m1: String!, $m2: String!) {
    merchant(mid: $mid) {
      mid name tradingName mcc category categoryName branch status onboardedOn
      manager { login displayName }
      feePlan { kind rate cap listRate discount }
      contact { name mobile verifiedOn }
      tier0: tier(period: $m0)
      tier1: tier(period: $m1)
      tier2: tier(period: $m2)
      tierHistory { period tier rank profit }
      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }
      points { balance }
      changes(first: 50) { changedAt actor source kind changes }
    }
  }
`);
