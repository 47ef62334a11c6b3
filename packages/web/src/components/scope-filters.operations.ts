import { graphql } from '../gql/gql.ts';

/** The branch picker: the branches you may see, by name (at most 100; there are far fewer). */
export const ScopeBranchesQuery = graphql(`
  query ScopeBranches {
    branchesConnection(first: 100) { totalCount edges { node { id name region } } }
  }
`);

/**
 * The account-manager picker: the first 100 by login that match what the user typed (a login or a
 * name, in part), so any one of thousands is a few letters away.
 */
export const ScopeManagersQuery = graphql(`
  query ScopeManagers($branch: String, $search: String) {
    accountManagersConnection(branch: $branch, search: $search, first: 100) {
      totalCount
      edges { node { id login displayName branch } }
    }
  }
`);
