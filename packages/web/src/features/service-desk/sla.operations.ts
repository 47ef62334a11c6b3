import { graphql } from '../../gql/gql.ts';

// The SLA policies (服务时限) as the settings page reads and changes them.

export const SlaPoliciesQuery = graphql(`
  query SlaPolicies {
    slaPolicies { kind responseHours resolutionHours updatedAt updatedBy }
  }
`);

export const SetSlaPolicyMutation = graphql(`
  mutation SetSlaPolicy($kind: SlaKind!, $responseHours: Int!, $resolutionHours: Int!) {
    setSlaPolicy(kind: $kind, responseHours: $responseHours, resolutionHours: $resolutionHours) {
      kind responseHours resolutionHours updatedAt updatedBy
    }
  }
`);
