import { graphql } from '../../gql/gql.ts';

// The cadence policy (维护频次) as the settings page reads and replaces it.

export const CadencePolicyQuery = graphql(`
  query CadencePolicy {
    cadencePolicy { tier channel everyDays satisfiedBy }
  }
`);

export const SetCadencePolicyMutation = graphql(`
  mutation SetCadencePolicy($rules: [CadenceRuleInput!]!) {
    setCadencePolicy(rules: $rules) { created moved done cancelled }
  }
`);
