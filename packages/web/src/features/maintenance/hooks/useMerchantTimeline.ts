import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { MerchantMaintenanceQuery } from '../maintenance.operations.ts';

const TIMELINE_PAGE = 30;

/**
 * The merchant page's maintenance data: open tasks, cadence and the timeline, newest first, a page
 * at a time (`more` loads the next older page). `refresh` starts the timeline over after something
 * new was recorded on the merchant.
 */
export function useMerchantTimeline(mid: string) {
  const [done, setDone] = useState(false);
  const query = useQuery(MerchantMaintenanceQuery, {
    variables: { mid, first: TIMELINE_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const merchant = query.data?.merchant ?? undefined;
  const refresh = () => {
    setDone(false);
    void query.refetch({ mid, first: TIMELINE_PAGE, before: null });
  };
  const more = async () => {
    const before = merchant?.timeline.at(-1)?.cursor;
    if (!before) return;
    const page = await query.fetchMore({
      variables: { before },
      updateQuery: (prev, { fetchMoreResult }) =>
        prev.merchant && fetchMoreResult.merchant
          ? {
              ...prev,
              merchant: {
                ...prev.merchant,
                timeline: [...prev.merchant.timeline, ...fetchMoreResult.merchant.timeline],
              },
            }
          : prev,
    });
    if ((page.data?.merchant?.timeline.length ?? 0) < TIMELINE_PAGE) setDone(true);
  };
  return {
    merchant,
    loading: query.loading,
    hasMore: !done && (merchant?.timeline.length ?? 0) >= TIMELINE_PAGE,
    refresh,
    more,
  };
}
