import { expect } from 'vitest';
import type { Orm } from '../../src/app/orm.ts';
import type { Config } from '../../src/platform/config.ts';
import type { Conn } from './both-ways.ts';
import { useSeededServer } from './seeded-server.ts';
import type { GqlResult } from './test-server.ts';

// For the tests of the plain lists as Relay connections: the query of one top-level connection,
// and `walk`, which reads a whole connection both ways and checks its pages on the way.

// The two branches of the lists' users and merchants.
export const A = '西安分公司';
export const B = '咸阳分公司';
export const PAGE_VARS = '$first: Int, $after: String, $last: Int, $before: String';
export const PAGE_ARGS = 'first: $first, after: $after, last: $last, before: $before';
export const PAGE_BODY =
  'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor';

/** A query of one top-level connection, paged by its variables, with `node { fields }`. */
export const connection = (field: string, node: string, vars = '', args = '') =>
  `query(${vars}${PAGE_VARS}) { ${field}(${args}${PAGE_ARGS}) { ${PAGE_BODY} node { ${node} } } } }`;

export const code = (r: GqlResult<unknown>) => r.errors?.[0]?.extensions?.code;

/**
 * Registers the server's hooks in the enclosing describe (see useSeededServer); `ok` asks as a user
 * and expects no error, `walk` reads a connection as a user.
 */
export function useListsServer(
  seed: (orm: Orm) => Promise<void>,
  users: readonly string[],
  config: Partial<Config> = {},
) {
  const world = useSeededServer(seed, users, config);
  const { server, tokens } = world;

  const ok = async <T>(user: string, query: string, vars: Record<string, unknown> = {}) => {
    const r = await server.gql<T>(query, vars, tokens[user]);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };

  /**
   * Every item of a connection, read forward `size` at a time and then backward: the same items in
   * the same order both ways, each page's info consistent, the count equal to the items.
   */
  async function walk<N>(
    user: string,
    query: string,
    pick: (data: never) => Conn<N>,
    size: number,
    vars: Record<string, unknown> = {},
  ): Promise<N[]> {
    const read = async (page: Record<string, unknown>) =>
      pick((await ok(user, query, { ...vars, ...page })) as never);
    const forward: N[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const p: Conn<N> = await read({ first: size, after });
      pages++;
      total = p.totalCount;
      expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
      expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
      expect(p.edges.length).toBeLessThanOrEqual(size);
      forward.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(total);
    expect(pages).toBe(Math.max(1, Math.ceil(total / size)));
    const backward: N[][] = [];
    let before: string | null = null;
    for (;;) {
      const p: Conn<N> = await read({ last: size, before });
      expect(p.pageInfo.hasNextPage).toBe(before !== null);
      expect(p.totalCount).toBe(total);
      backward.unshift(p.edges.map((e) => e.node));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward.flat()).toEqual(forward);
    return forward;
  }

  return { ...world, ok, walk };
}
