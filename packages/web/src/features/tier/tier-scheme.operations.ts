import { graphql } from '../../gql/gql.ts';

export const TierSchemeFields = graphql(`
  fragment TierSchemeFields on TierScheme {
    id kind measure effectiveFrom createdBy createdAt
    levels { tier zh en cumulativePercent minAmount }
  }
`);

export const TierSchemeInForceQuery = graphql(`
  query TierSchemeInForce {
    tierScheme { ...TierSchemeFields }
  }
`);

export const TierSchemeVersionsQuery = graphql(`
  query TierSchemeVersions($first: Int, $after: String, $last: Int, $before: String) {
    tierSchemes(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { ...TierSchemeFields } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);

export const SetTierSchemeMutation = graphql(`
  mutation SetTierScheme($input: SetTierSchemeInput!) {
    setTierScheme(input: $input) {
      scheme { ...TierSchemeFields }
      recomputedPeriods
    }
  }
`);
