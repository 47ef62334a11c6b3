import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Spin } from 'antd';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { LogoutMutation, MeQuery } from '../features/auth/auth.operations.ts';
import { ForcedPasswordChange } from '../features/auth/components/ForcedPasswordChange.tsx';
import { LoginPage } from '../features/auth/components/LoginPage.tsx';
import { AuthContext } from '../lib/auth.ts';

/**
 * Asks the server (`me`, through the session cookie) who is signed in: nobody → the login page (the
 * URL is kept, so a shared link opens after signing in). `epoch` changes when the server refused the
 * session (expired, revoked, role changed): then the store is dropped and `me` asked again.
 */
export function AuthProvider({ epoch, children }: { epoch: number; children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  const [logoutMutation] = useMutation(LogoutMutation);
  // A session the server ended (deactivated, reset, revoked): the login page says so.
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (epoch === 0) return;
    setEnded(true);
    void client.clearStore().then(() => refetch());
  }, [epoch, client, refetch]);
  const logout = useCallback(async () => {
    await logoutMutation().catch(() => undefined);
    await client.clearStore();
    client.writeQuery({ query: MeQuery, data: { me: null } });
  }, [logoutMutation, client]);

  if (loading && !data) return <Spin size="large" style={{ display: 'block', marginTop: '30vh' }} />;
  if (!data?.me) {
    return (
      <LoginPage
        notice={ended ? 'sessionEnded' : null}
        onSignedIn={(user) => {
          setEnded(false);
          client.writeQuery({ query: MeQuery, data: { me: { __typename: 'User', ...user } } });
        }}
      />
    );
  }
  // After a one-time password, nothing but choosing one's own (the server refuses the rest).
  if (data.me.mustChangePassword)
    return (
      <ForcedPasswordChange
        login={data.me.login}
        onSignOut={() => void logout()}
        onChanged={(user) => client.writeQuery({ query: MeQuery, data: { me: user } })}
      />
    );
  return <AuthContext.Provider value={{ user: data.me, logout }}>{children}</AuthContext.Provider>;
}
