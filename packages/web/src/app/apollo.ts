import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

export const TOKEN_KEY = 'cornerstone.token';

export const getToken = () => sessionStorage.getItem(TOKEN_KEY);

export function createClient() {
  const auth = new SetContextLink((prev) => {
    const token = getToken();
    return { headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  return new ApolloClient({
    link: auth.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({ typePolicies: { Merchant: { keyFields: ['mid'] } } }),
  });
}
