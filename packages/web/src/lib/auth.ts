import { createContext, useContext } from 'react';
import type { User } from '../gql/graphql.ts';

// Who is signed in, for every screen: app/AuthProvider asks the server and provides it; features
// only read it, so they never import the app that assembles them.

export type SignedInUser = Pick<User, 'login' | 'displayName' | 'role' | 'branch'>;

export const AuthContext = createContext<{ user: SignedInUser; logout: () => Promise<void> } | null>(null);

export function useAuth() {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
