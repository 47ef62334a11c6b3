import { graphql } from '../../gql/gql.ts';

export const LoginMutation = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password, cookie: true) {
      user { login displayName role branch mustChangePassword }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me { login displayName role branch mustChangePassword }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      login displayName role branch mustChangePassword
    }
  }
`);
