import { graphql } from '../../gql/gql.ts';

export const UsersQuery = graphql(`
  query Users($filter: UsersFilter, $first: Int, $after: String, $last: Int, $before: String) {
    usersConnection(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        node { id login displayName role branch active mustChangePassword lastSignInAt }
      }
    }
  }
`);

export const UserBranchesQuery = graphql(`
  query UserBranches {
    branchesConnection(first: 100) { edges { node { id name } } }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      oneTimePassword
      user { id login displayName role branch active mustChangePassword lastSignInAt }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) { id login displayName role branch active mustChangePassword lastSignInAt }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($id: ID!) {
    deactivateUser(id: $id) { id login active }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) { id login active }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      oneTimePassword
      user { id login mustChangePassword }
    }
  }
`);
