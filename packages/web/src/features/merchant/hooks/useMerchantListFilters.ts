import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import { useMemo } from 'react';
import type { MerchantFilter } from '../../../gql/graphql.ts';
import { defaultPeriod, isMonth } from '../../../lib/period.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';

/** The list's filter lives in the URL: tier with its period, branch, category, manager, status, search. */
export function useMerchantListFilters() {
  const { get, patch } = useUrlState();
  const rawPeriod = get('period');
  const period = isMonth(rawPeriod) ? rawPeriod : defaultPeriod();
  const rawTier = get('tier');
  const tier = TIER_CODES.find((t) => t === rawTier);
  const branch = get('branch');
  const category = get('category');
  const manager = get('manager');
  const status = get('status');
  const search = get('search');
  const filter = useMemo<MerchantFilter>(
    () => ({ tier, period: tier ? period : undefined, branch, category, manager, status, search }),
    [tier, period, branch, category, manager, status, search],
  );
  const active = [tier, branch, category, manager, status, search].some(Boolean);
  // Another filter lists other merchants: its pages start again at 1 (the order stays).
  const set = (changes: Record<string, string | undefined>) => patch({ ...changes, page: undefined });
  return { period, tier, branch, category, manager, status, search, filter, active, set };
}
