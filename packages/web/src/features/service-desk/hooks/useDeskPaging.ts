import { useCursorPaging } from '../../../lib/useCursorPaging.ts';

const PAGE_SIZE = 20;

/** A desk board's pages, 20 rows each; another filter or order is another list: back to its first page. */
export function useDeskPaging(f: { filter: object; orderBy: string }) {
  return useCursorPaging(JSON.stringify([f.filter, f.orderBy]), PAGE_SIZE);
}
