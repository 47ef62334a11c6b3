// The web app's session is an HttpOnly, SameSite=Strict cookie set by `login(cookie: true)`: no
// script can read the token, and the browser sends it with every same-origin request (the SPA's
// GraphQL calls, uploads, exports, GraphiQL). Whether one is live is asked with `me`.

/** Asks the server who is signed in through the session cookie (null when nobody). */
export async function currentLogin(fetchImpl: typeof fetch = fetch): Promise<string | null> {
  try {
    const res = await fetchImpl('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { login } }' }),
    });
    const body = (await res.json()) as { data?: { me?: { login: string } | null } };
    return body.data?.me?.login ?? null;
  } catch {
    return null;
  }
}
