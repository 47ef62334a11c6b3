import { graphql } from '../../gql/gql.ts';

export const LoginMutation = graphql(`
  mutation Login($login: String!, $password: String!) {
    login(login: $login, password: $password, cookie: true) {
      user { login displayName role branch }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me { login displayName role branch }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
