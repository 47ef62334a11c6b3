import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { MerchantMaintenanceQuery } from '../maintenance.operations.ts';

const TIMELINE_PAGE = 30;

/**
 * The merchant page's maintenance data: open tasks, cadence and the timeline, newest first, a page
 * at a time (`more` appends the next older page of the connection). `merchant.timeline` is every
 * event loaded so far. `refresh` starts the timeline over after something new was recorded.
 */
export function useMerchantTimeline(mid: string) {
  const query = useQuery(MerchantMaintenanceQuery, {
    variables: { mid, first: TIMELINE_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const data = query.data?.merchant ?? undefined;
  const conn = data?.timelineConnection;
  const merchant = useMemo(
    () => data && { ...data, timeline: data.timelineConnection.edges.map((e) => e.node) },
    [data],
  );
  const refresh = () => void query.refetch({ mid, first: TIMELINE_PAGE, after: null });
  const more = async () => {
    const after = conn?.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    if (!after) return;
    await query.fetchMore({
      variables: { after },
      updateQuery: (prev, { fetchMoreResult }) =>
        prev.merchant && fetchMoreResult.merchant
          ? {
              ...prev,
              merchant: {
                ...prev.merchant,
                // The older page's pageInfo says whether still more follow.
                timelineConnection: {
                  ...fetchMoreResult.merchant.timelineConnection,
                  edges: [
                    ...prev.merchant.timelineConnection.edges,
                    ...fetchMoreResult.merchant.timelineConnection.edges,
                  ],
                },
              },
            }
          : prev,
    });
  };
  return {
    merchant,
    loading: query.loading,
    hasMore: !!conn?.pageInfo.hasNextPage,
    totalCount: conn?.totalCount,
    refresh,
    more,
  };
}
