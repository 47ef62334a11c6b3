import { graphql } from '../gql/gql.ts';

/**
 * 客户移交: merchants by MID or by the merchant list's filter to another account manager. Here, not
 * in a feature, because the merchant list and the users page (before a deactivation) both move.
 */
export const MoveMerchantsMutation = graphql(`
  mutation MoveMerchants($input: MoveMerchantsInput!) {
    moveMerchants(input: $input) { moved unchanged to { login displayName } }
  }
`);
