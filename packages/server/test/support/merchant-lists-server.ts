import { expect } from 'vitest';
import { type Conn, PAGE_INFO } from './both-ways.ts';
import { seedMerchantLists } from './merchant-lists-seed.ts';
import { useSeededServer } from './seeded-server.ts';
import type { GqlResult } from './test-server.ts';

// The server on the merchant lists' data (merchant-lists-seed.ts) with its users signed in, for the
// tests of the merchant lists as Relay connections, and the query of one merchant's connection.

/** Registers the server's hooks in the enclosing describe; `merchantConn` reads one merchant's list. */
export function useMerchantListsServer() {
  const world = useSeededServer(seedMerchantLists, ['admin', 'analyst', 'bm', 'ops', 'am_a', 'am_b']);
  const { server, tokens } = world;

  /** One merchant's connection field (with `args` and the page variables), as `login` sees it. */
  const merchantConn = async <N>(
    m: string,
    field: string,
    nodeFields: string,
    vars: Record<string, unknown>,
    login = 'admin',
    args = '',
  ) => {
    const r: GqlResult<{ merchant: Record<string, Conn<N>> | null }> = await server.gql(
      `query($mid: String!, $first: Int, $after: String, $last: Int, $before: String) {
        merchant(mid: $mid) {
          list: ${field}(${args}first: $first, after: $after, last: $last, before: $before) {
            ${PAGE_INFO} edges { cursor node { ${nodeFields} } }
          }
        }
      }`,
      { mid: m, ...vars },
      tokens[login],
    );
    expect(r.errors).toBeUndefined();
    return r.data!.merchant?.list ?? null;
  };

  return { ...world, merchantConn };
}
