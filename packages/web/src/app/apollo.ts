import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { getToken } from '../lib/session.ts';

/** The GraphQL client: bearer token from sessionStorage; an expired or revoked token signs the user out. */
export function createClient(onUnauthenticated: () => void) {
  const auth = new SetContextLink((prev) => {
    const token = getToken();
    return { headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const signOutOnAuthError = new ErrorLink(({ error }) => {
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated && getToken()) onUnauthenticated();
  });
  return new ApolloClient({
    link: signOutOnAuthError.concat(auth).concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({
      typePolicies: {
        Merchant: { keyFields: ['mid'] },
        User: { keyFields: ['login'] },
        Branch: { keyFields: ['name'] },
      },
    }),
  });
}
