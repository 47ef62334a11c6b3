import { graphql } from '../../gql/gql.ts';

/** The rows of the points table in force on a day (`on`), or every version (history), newest first. */
export const PointsRulesQuery = graphql(`
  query PointsRules($on: Date, $first: Int, $after: String, $last: Int, $before: String) {
    pointsRules(on: $on, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node {
          code category feePlan cap discountBelow discountAtLeast amountThreshold cappedCountN
          validFrom validTo savedBy savedAt
        }
      }
    }
  }
`);

export const SavePointsRulesMutation = graphql(`
  mutation SavePointsRules($effectiveFrom: Date!, $rules: [PointsRuleInput!]!) {
    savePointsRules(effectiveFrom: $effectiveFrom, rules: $rules) { effectiveFrom rows }
  }
`);
