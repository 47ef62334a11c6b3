import { useMemo } from 'react';
import type { MerchantFilter } from '../../../gql/graphql.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { atRiskOrder } from '../churn.ts';

/** The at-risk page's view lives in the URL: tab, order, and (where the role may choose) branch and manager. */
export function useAtRiskFilters() {
  const { get, patch } = useUrlState();
  const orderBy = atRiskOrder(get('order'));
  const branch = get('branch');
  const manager = get('manager');
  const tab = get('tab') === 'backtest' ? 'backtest' : 'list';
  const filter = useMemo<MerchantFilter>(() => ({ branch, manager }), [branch, manager]);
  return { orderBy, branch, manager, tab, filter, set: patch } as const;
}
