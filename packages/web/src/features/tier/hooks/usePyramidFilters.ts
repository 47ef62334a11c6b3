import { useMemo } from 'react';
import { defaultPeriod, isMonth, previousMonth } from '../../../lib/period.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';

/** The explorer's state lives in the URL (period, compare, branch, category, manager) so a view can be shared. */
export function usePyramidFilters() {
  const { get, patch } = useUrlState();
  const rawPeriod = get('period');
  const period = isMonth(rawPeriod) ? rawPeriod : defaultPeriod();
  const rawCompare = get('compare');
  const compare = isMonth(rawCompare) ? rawCompare : previousMonth(period);
  const branch = get('branch');
  const category = get('category');
  const manager = get('manager');
  const filter = useMemo(() => ({ branch, category, manager }), [branch, category, manager]);
  return { period, compare, filter, set: patch };
}
