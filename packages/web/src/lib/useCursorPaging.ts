import { useState } from 'react';

/** A connection's page information, as every list query asks for it. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

type Request = { first: number; after: string | null } | { last: number; before: string | null };

/**
 * Relay cursor paging both ways, as the server pages: next reads `first` after the page's end,
 * previous reads `last` before its start, the first and last pages need no cursor. Spread
 * `variables` into the query's (`$first, $after, $last, $before`). The paging starts over whenever
 * `resetKey` (the filter) changes.
 */
export function useCursorPaging(resetKey: string, size: number) {
  const start = { first: size, after: null } as const;
  const [state, setState] = useState<{ key: string; page: number; request: Request }>({
    key: resetKey,
    page: 1,
    request: start,
  });
  const current = state.key === resetKey ? state : { key: resetKey, page: 1, request: start };
  const go = (page: number, request: Request) => setState({ key: resetKey, page, request });
  const r = current.request;
  return {
    variables: {
      first: 'first' in r ? r.first : null,
      after: 'first' in r ? r.after : null,
      last: 'last' in r ? r.last : null,
      before: 'last' in r ? r.before : null,
    },
    page: current.page,
    next: (info: PageInfo) => info.endCursor && go(current.page + 1, { first: size, after: info.endCursor }),
    previous: (info: PageInfo) =>
      info.startCursor && go(Math.max(1, current.page - 1), { last: size, before: info.startCursor }),
    first: () => go(1, start),
    /** The last page holds what is left after the full pages, so the page numbers stay the same. */
    last: (totalCount: number) => {
      const pages = Math.max(1, Math.ceil(totalCount / size));
      go(pages, { last: totalCount - (pages - 1) * size || size, before: null });
    },
  };
}
