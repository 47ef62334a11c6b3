import type { MerchantOrderField, OrderDirection } from '../../../gql/graphql.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';

/** The page sizes the list offers; the first is the default. */
export const PAGE_SIZES = [20, 50, 100] as const;

const FIELDS: readonly MerchantOrderField[] = ['MID', 'NAME', 'PROFIT', 'TIER', 'LAST_CONTACT', 'VALUE'];

/** The order and page a list URL asks for; anything unknown or out of range reads as the default. */
export function readListOrder(get: (key: string) => string | undefined) {
  const rawSort = get('sort')?.toUpperCase();
  const orderBy: MerchantOrderField = FIELDS.find((f) => f === rawSort) ?? 'MID';
  const direction: OrderDirection = get('dir') === 'desc' ? 'DESC' : 'ASC';
  const rawSize = Number(get('size'));
  const size: number = PAGE_SIZES.find((s) => s === rawSize) ?? PAGE_SIZES[0];
  const rawPage = Number(get('page'));
  const page = Number.isInteger(rawPage) && rawPage > 1 ? rawPage : 1;
  return { orderBy, direction, size, page };
}

/**
 * The list's order and page live in the URL beside its filter (`sort=profit&dir=desc&page=3&size=50`),
 * so a sorted page can be shared and survives a reload. No sort: by MID, the server's default.
 */
export function useMerchantListOrder() {
  const { get, patch } = useUrlState();
  const { orderBy, direction, size, page } = readListOrder(get);
  return {
    orderBy,
    direction,
    page,
    size,
    /** The query's variables: page N of size S is offset (N − 1)·S. */
    variables: { orderBy, direction, first: size, offset: (page - 1) * size },
    /** A new order starts at page 1; `null` goes back to the default (by MID). */
    sortBy: (field: MerchantOrderField | null, dir: OrderDirection) =>
      patch({
        sort: field && !(field === 'MID' && dir === 'ASC') ? field.toLowerCase() : undefined,
        dir: field && dir === 'DESC' ? 'desc' : undefined,
        page: undefined,
      }),
    /** Another page size starts at page 1 (page N of another size holds other merchants). */
    goTo: (nextPage: number, nextSize: number) =>
      patch({
        page: nextSize !== size || nextPage <= 1 ? undefined : String(nextPage),
        size: nextSize === PAGE_SIZES[0] ? undefined : String(nextSize),
      }),
  };
}
