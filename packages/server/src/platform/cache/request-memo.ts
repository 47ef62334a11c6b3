// Lookups that the fields of one read-only request repeat — the tier scheme of a period, whether its
// snapshot exists, whether its stored ranking is fresh — asked of the database once per request
// instead of once per field (a merchant page asks for three periods' tiers, the pyramid page for two
// pyramids, a Lorenz curve and a migration). Only queries are memoized: a query writes nothing a
// later field could then read differently, while a mutation may change what it read a moment ago.
// The memo lives with the request's EntityManager and goes when the request does.

const memos = new WeakMap<object, Map<string, Promise<unknown>>>();

/** Marks `em` as the EntityManager of a read-only request (a GraphQL query): its lookups are kept. */
export function memoizeLookups(em: object): void {
  if (!memos.has(em)) memos.set(em, new Map());
}

/**
 * `compute()` once per read-only request and key; every call outside such a request computes. A
 * failed lookup is not kept, so a later field asks again.
 */
export function requestMemo<T>(em: object, key: string, compute: () => Promise<T>): Promise<T> {
  const memo = memos.get(em);
  if (!memo) return compute();
  let found = memo.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    memo.set(key, found);
    found.catch(() => memo.delete(key));
  }
  return found;
}
