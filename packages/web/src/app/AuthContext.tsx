import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Spin } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect } from 'react';
import { LogoutMutation, MeQuery } from '../features/auth/auth.operations.ts';
import { LoginPage } from '../features/auth/components/LoginPage.tsx';
import type { User } from '../gql/graphql.ts';
import { clearToken, saveToken } from '../lib/session.ts';

export type SignedInUser = Pick<User, 'login' | 'displayName' | 'role' | 'branch'>;

const AuthContext = createContext<{ user: SignedInUser; logout: () => Promise<void> } | null>(null);

export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}

/**
 * Without a token: the login page (the URL is kept, so a shared link opens after signing in).
 * With one: `me` on load; a token the server no longer accepts signs the user out.
 */
export function AuthProvider({
  token,
  onToken,
  children,
}: {
  token: string | null;
  onToken: (token: string | null) => void;
  children: ReactNode;
}) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(MeQuery, { skip: !token });
  const [logoutMutation] = useMutation(LogoutMutation);
  const signedOut = !!token && !loading && (!!error || (data && !data.me));
  useEffect(() => {
    if (signedOut) {
      clearToken();
      onToken(null);
    }
  }, [signedOut, onToken]);
  const logout = useCallback(async () => {
    await logoutMutation().catch(() => undefined);
    clearToken();
    onToken(null);
    await client.clearStore();
  }, [logoutMutation, client, onToken]);

  if (!token) {
    return (
      <LoginPage
        onSignedIn={(newToken, user) => {
          saveToken(newToken);
          client.writeQuery({ query: MeQuery, data: { me: { __typename: 'User', ...user } } });
          onToken(newToken);
        }}
      />
    );
  }
  if (!data?.me) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  return <AuthContext.Provider value={{ user: data.me, logout }}>{children}</AuthContext.Provider>;
}
