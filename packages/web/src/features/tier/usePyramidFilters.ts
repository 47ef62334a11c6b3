import { useSearchParams } from 'react-router';

function previousMonth(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 2, 1));
  return d.toISOString().slice(0, 7);
}

/** The explorer's state lives in the URL, so a view can be shared as a link. */
export function usePyramidFilters() {
  const [params, setParams] = useSearchParams();
  const period = params.get('period') ?? previousMonth(new Date().toISOString().slice(0, 7));
  const compare = params.get('compare') ?? previousMonth(period);
  const branch = params.get('branch') ?? undefined;
  const category = params.get('category') ?? undefined;
  const manager = params.get('manager') ?? undefined;
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  return { period, compare, branch, category, manager, set, filter: { branch, category, manager } };
}

export { previousMonth };
