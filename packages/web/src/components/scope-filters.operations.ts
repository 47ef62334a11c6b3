import { graphql } from '../gql/gql.ts';

export const ScopeOptionsQuery = graphql(`
  query ScopeOptions($branch: String) {
    branches { name region }
    accountManagers(branch: $branch) { login displayName branch }
  }
`);
