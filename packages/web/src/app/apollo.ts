import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getOperationAST } from 'graphql';
import { LoginMutation } from '../features/auth/auth.operations.ts';

const SIGN_IN = getOperationAST(LoginMutation)?.name?.value;

/**
 * The GraphQL client: the session rides in the HttpOnly cookie (same-origin requests only); a session
 * the server no longer accepts (expired, revoked, role changed) signs the user out.
 */
export function createClient(onUnauthenticated: () => void) {
  const signOutOnAuthError = new ErrorLink(({ error, operation }) => {
    // A refused sign-in (a wrong password) ends no session: the login page stays as the user left it,
    // with the reason, instead of being asked `me` again and drawn afresh.
    if (operation.operationName === SIGN_IN) return;
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated) onUnauthenticated();
  });
  return new ApolloClient({
    link: signOutOnAuthError.concat(new HttpLink({ uri: '/graphql', credentials: 'same-origin' })),
    cache: new InMemoryCache({
      typePolicies: {
        Merchant: { keyFields: ['mid'] },
        User: { keyFields: ['login'] },
        Branch: { keyFields: ['name'] },
        // A merchant's points account has no id of its own: its pages merge into the merchant's.
        PointsAccount: { merge: true },
      },
    }),
  });
}
