import { expect } from 'vitest';

// Reading a connection over HTTP both ways, for the tests of the Relay lists: the same items forward
// and backward, pageInfo right on every page, totalCount the number of items.

export interface Conn<N> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: N }[];
}

export const PAGE_INFO = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/**
 * Reads a whole connection forward `size` at a time, then backward from the end with last/before,
 * and checks that both ways give the same items, that pageInfo is right on every page and that
 * totalCount is the number of items. Answers the items in the list's order.
 */
export async function bothWays<N>(
  read: (vars: Record<string, unknown>) => Promise<Conn<N>>,
  size: number,
  key: (n: N) => string,
): Promise<N[]> {
  const forward: N[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const p: Conn<N> = await read({ first: size, after });
    pages++;
    expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
    expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
    expect(p.edges.length).toBeLessThanOrEqual(size);
    forward.push(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasNextPage) {
      expect(p.totalCount).toBe(forward.length);
      break;
    }
    expect(p.edges).toHaveLength(size);
    after = p.pageInfo.endCursor;
  }
  expect(pages).toBeGreaterThanOrEqual(2);
  const backward: N[] = [];
  let before: string | null = null;
  for (;;) {
    const p: Conn<N> = await read({ last: size, before });
    expect(p.pageInfo.hasNextPage).toBe(before !== null);
    expect(p.totalCount).toBe(forward.length);
    backward.unshift(...p.edges.map((e) => e.node));
    if (!p.pageInfo.hasPreviousPage) break;
    before = p.pageInfo.startCursor;
  }
  expect(backward.map(key)).toEqual(forward.map(key));
  expect(new Set(forward.map(key)).size).toBe(forward.length);
  return forward;
}
