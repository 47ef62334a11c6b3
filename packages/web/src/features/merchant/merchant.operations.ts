import { graphql } from '../../gql/gql.ts';

export const MerchantListQuery = graphql(`
  query MerchantList(
    $filter: MerchantFilter
    $first: Int
    $offset: Int
    $orderBy: MerchantOrderField
    $direction: OrderDirection
    $period: String!
  ) {
    merchants(
      filter: $filter
      first: $first
      offset: $offset
      orderBy: $orderBy
      direction: $direction
      period: $period
    ) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          mid name category categoryName branch status
          manager { login displayName }
          feePlan { kind rate cap }
          tier(period: $period)
          profit(period: $period)
          lastContactOn
          clv { clv }
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
      # The chart's twelve months are among the newest snapshots (a month, its quarter, its year…).
      tierHistoryConnection(first: 100) { edges { node { period tier rank profit } } }
      trend(months: 12, to: $m0) { month txnCount txnAmount merchantFee profit }
    }
  }
`);

/** A page of the merchant's change history, newest first. */
export const MerchantChangesQuery = graphql(`
  query MerchantChanges($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
    merchant(mid: $mid) {
      mid
      changesConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { changedAt actor source kind changes } }
      }
    }
  }
`);

/** A page of the merchant's terminals, by TID (refetched after a fault report). */
export const MerchantTerminalsQuery = graphql(`
  query MerchantTerminals($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
    merchant(mid: $mid) {
      mid
      terminalsConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { id tid model serialNo installedOn status } }
      }
    }
  }
`);

/** The merchant page's points account: the balance and a page of the statement, newest first. */
export const MerchantPointsQuery = graphql(`
  query MerchantPoints($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
    merchant(mid: $mid) {
      mid
      points {
        balance
        entriesConnection(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id kind points balanceAfter source actor reason createdAt } }
        }
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

/** 新建商户: the list opens the new merchant's page. */
export const CreateMerchantMutation = graphql(`
  mutation CreateMerchant($input: CreateMerchantInput!) {
    createMerchant(input: $input) { mid }
  }
`);

/** 编辑商户: answers what the page shows, so the cache updates the profile at once. */
export const UpdateMerchantMutation = graphql(`
  mutation UpdateMerchant($mid: String!, $input: UpdateMerchantInput!) {
    updateMerchant(mid: $mid, input: $input) {
      mid name tradingName mcc category categoryName status
      manager { login displayName }
      feePlan { kind rate cap listRate discount }
      contact { name mobile verifiedOn }
    }
  }
`);
