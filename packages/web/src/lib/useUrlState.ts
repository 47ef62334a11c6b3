import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Reads and patches query-string parameters: a screen's state lives in the URL so it can be shared. */
export function useUrlState() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: string) => params.get(key) || undefined, [params]);
  const patch = useCallback(
    (changes: Record<string, string | undefined>) => {
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      });
    },
    [setParams],
  );
  return { params, get, patch };
}
