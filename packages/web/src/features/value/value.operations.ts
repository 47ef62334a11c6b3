import { graphql } from '../../gql/gql.ts';

/**
 * 推荐产品: a page of the merchant's recommendations (best first), the products it holds, and the
 * catalogue that names them (at most 100 products; the catalogue is far smaller).
 */
export const MerchantValueQuery = graphql(`
  query MerchantValue($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
    merchant(mid: $mid) {
      mid
      products
      clv { asOf clv probabilityAlive expectedTransactions model expectedActiveMonths }
      recommendationsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges {
          node {
            id score fit peerAdoption reasonsZh reasonsEn
            product { id code nameZh nameEn cooldownDays }
          }
        }
      }
    }
    productsConnection(first: 100) { edges { node { id code nameZh nameEn } } }
  }
`);

export const RecordProductOfferMutation = graphql(`
  mutation RecordProductOffer($mid: String!, $product: String!, $outcome: String!, $note: String) {
    recordProductOffer(mid: $mid, product: $product, outcome: $outcome, note: $note) {
      id product outcome offeredOn staff
    }
  }
`);

/** 同业对标报告: the merchant against its peers (same category and branch) for a month. */
export const BenchmarkReportQuery = graphql(`
  query BenchmarkReport($mid: String!, $period: String!) {
    merchant(mid: $mid) {
      mid name tradingName category categoryName branch status
      manager { login displayName }
      feePlan { kind rate }
      reportTier: tier(period: $period)
      benchmark(period: $period) {
        period peers categoryFeeRate
        metrics { metric value percentile peerMedian }
      }
    }
  }
`);

/** My work's product follow-ups: key and potential customers with nothing offered in 90 days. */
export const RecommendationWorkQuery = graphql(`
  query RecommendationWork($first: Int!) {
    recommendationWork(first: $first) {
      merchant { mid name tier: cadence { cadenceTier } }
      top { score reasonsZh reasonsEn product { code nameZh nameEn } }
    }
  }
`);
