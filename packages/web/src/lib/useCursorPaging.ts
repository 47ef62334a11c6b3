import { useState } from 'react';

/**
 * Relay cursor paging with a stack of the cursors that opened each page, so "previous" works.
 * The stack starts over whenever `resetKey` (the filter) changes.
 */
export function useCursorPaging(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({
    key: resetKey,
    stack: [null],
  });
  const stack = state.key === resetKey ? state.stack : [null];
  return {
    after: stack.at(-1) ?? null,
    page: stack.length,
    hasPrevious: stack.length > 1,
    next: (endCursor: string) => setState({ key: resetKey, stack: [...stack, endCursor] }),
    previous: () => setState({ key: resetKey, stack: stack.slice(0, -1) }),
  };
}
