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
      changes(first: 50) { changedAt actor source kind changes }
    }
  }
`);

/** The merchant page's terminals and points account (refetched after a fault report or a redemption). */
export const MerchantAccountQuery = graphql(`
  query MerchantAccount($mid: String!, $entries: Int!) {
    merchant(mid: $mid) {
      mid
      terminals { id tid model serialNo installedOn status }
      points {
        balance
        entries(first: $entries) { id kind points balanceAfter source actor reason createdAt }
      }
    }
  }
`);

/** 查看明文: the contact in clear, written to the audit log by the server. */
export const RevealContactMutation = graphql(`
  mutation RevealContact($mid: String!, $reason: String) {
    revealContact(mid: $mid, reason: $reason) { mid name mobile }
  }
`);

export const RedeemPointsMutation = graphql(`
  mutation RedeemPoints($mid: String!, $points: Int!, $reason: String!, $idempotencyKey: String!) {
    redeemPoints(mid: $mid, points: $points, reason: $reason, idempotencyKey: $idempotencyKey) {
      entryId points balanceAfter replayed
    }
  }
`);
