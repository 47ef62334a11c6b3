import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { MaintenanceKpisQuery } from '../maintenance.operations.ts';

const KPI_PAGE = 100;

/**
 * Every KPI row of a period, read a page at a time: the cards sum over all of them (an
 * administrator's whole company), so the next page is fetched until there is none. `rows` is
 * undefined until the last page is in.
 */
export function useKpiRows(period: string, by: 'MANAGER' | 'BRANCH') {
  const query = useQuery(MaintenanceKpisQuery, {
    variables: { period, by, first: KPI_PAGE, after: null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const conn = query.data?.maintenanceKpisConnection;
  const next = conn?.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
  const { fetchMore, loading } = query;
  useEffect(() => {
    if (!next || loading) return;
    void fetchMore({
      variables: { after: next },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        maintenanceKpisConnection: {
          ...fetchMoreResult.maintenanceKpisConnection,
          edges: [
            ...prev.maintenanceKpisConnection.edges,
            ...fetchMoreResult.maintenanceKpisConnection.edges,
          ],
        },
      }),
    });
  }, [next, loading, fetchMore]);
  return {
    rows: conn && !next ? conn.edges.map((e) => e.node) : undefined,
    loading: query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
  };
}
