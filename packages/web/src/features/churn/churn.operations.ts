import { graphql } from '../../gql/gql.ts';

/** 流失预警: a page of the merchants at risk in the caller's scope, by value at risk or by score. */
export const AtRiskMerchantsQuery = graphql(`
  query AtRiskMerchants(
    $filter: MerchantFilter
    $orderBy: AtRiskOrder!
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    atRiskMerchants(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          asOf score clv probabilityAlive valueAtRisk
          reasons { key weight zh en }
          merchant { mid name branch manager { login displayName } }
        }
      }
    }
  }
`);

/** 模型回测: the latest back-test of the lifetime-value model and the churn signals. */
export const ClvBacktestQuery = graphql(`
  query ClvBacktest {
    clvBacktest {
      id asOf holdoutMonths activeMonths calibrationEnd merchants leavers actual predicted
      scoreFitted computedAt
      deciles { decile count sumPredicted sumActual }
      signals { key auc precisionTop5 precisionTop10 }
    }
  }
`);

/** The merchant page's churn score with its reasons (the latest run). */
export const MerchantChurnQuery = graphql(`
  query MerchantChurn($mid: String!) {
    merchant(mid: $mid) {
      mid
      churn { asOf score valueAtRisk reasons { key weight zh en } }
    }
  }
`);
