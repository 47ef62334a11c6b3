import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { TierCode } from '../gql/graphql.ts';
import { useLang } from '../lib/i18n.ts';
import { TierNamesQuery } from './tier-tag.operations.ts';

/**
 * The name of each tier in the user's language under the tier scheme of `period` (this month when
 * none is given), or null while it loads. Every tag of a page asks the same query: Apollo sends it
 * once and answers the rest from its cache.
 */
export function useTierNames(period?: string | null): Partial<Record<TierCode, string>> | null {
  const lang = useLang();
  const { data } = useQuery(TierNamesQuery, { variables: { period: period ?? null } });
  return useMemo(
    () =>
      data
        ? Object.fromEntries(data.tierScheme.levels.map((l) => [l.tier, lang === 'zh' ? l.zh : l.en]))
        : null,
    [data, lang],
  );
}
