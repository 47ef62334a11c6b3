import { useMemo } from 'react';
import type { MerchantFilter, TierCode } from '../../../gql/graphql.ts';
import { defaultPeriod, isMonth } from '../../../lib/period.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';

const TIER_CODES: readonly string[] = ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'];

/** The list's filter lives in the URL: tier with its period, branch, category, manager, status, search. */
export function useMerchantListFilters() {
  const { get, patch } = useUrlState();
  const rawPeriod = get('period');
  const period = isMonth(rawPeriod) ? rawPeriod : defaultPeriod();
  const rawTier = get('tier');
  const tier = rawTier && TIER_CODES.includes(rawTier) ? (rawTier as TierCode) : undefined;
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
  return { period, tier, branch, category, manager, status, search, filter, active, set: patch };
}
