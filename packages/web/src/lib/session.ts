// The bearer token lives in sessionStorage: gone when the tab closes. GraphiQL reads the same key.
export const TOKEN_KEY = 'cornerstone.token';

export function getToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
