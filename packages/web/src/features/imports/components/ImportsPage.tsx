import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Space, Table } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { ImportKind, ImportRunsQuery } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { ImportRunQuery as RunQuery, ImportRunsQuery as RunsQuery } from '../imports.operations.ts';
import { uploadImport } from '../upload.ts';
import { RunCard, RunStatusTag } from './RunCard.tsx';
import { UploadForm, type UploadRequest } from './UploadForm.tsx';

type RecentRun = ImportRunsQuery['importRunsConnection']['edges'][number]['node'];

/** Recent runs a page of the list holds. */
const PAGE_SIZE = 10;

/** The last file sent, kept in memory so a rejected run can be sent again with bad rows skipped. */
type Sent = UploadRequest & { runId: number; skipInvalid: boolean };

/**
 * 数据导入: upload a merchants or settlements file (CSV in UTF-8 or GB18030, or xlsx) through
 * POST /api/imports/{kind}; the run's progress is polled until it ends, then its counts and its bad
 * cells. A file with a bad row writes nothing unless the user then chooses to skip the bad rows.
 * The run id is in the URL, so a run can be looked at again.
 */
export function ImportsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useAuth();
  const kinds = (['merchants', 'settlements'] as const).filter((k) =>
    canDo(user.role, k === 'merchants' ? 'importMerchants' : 'importSettlements'),
  );
  const [sent, setSent] = useState<Sent | null>(null);
  const { get, patch } = useUrlState();
  const runId = Number(get('run')) || null;
  const run = useQuery(RunQuery, {
    variables: { id: runId ?? 0 },
    skip: !runId,
    fetchPolicy: 'network-only',
  });
  const paging = useCursorPaging('imports', PAGE_SIZE);
  const recent = useQuery(RunsQuery, { variables: paging.variables, fetchPolicy: 'cache-and-network' });
  const runs = recent.data?.importRunsConnection;
  const current = run.data?.importRun ?? null;

  // Poll the run while it runs; refresh the recent list when a run starts or ends.
  const { startPolling, stopPolling } = run;
  const refetchRecent = recent.refetch;
  const status = current?.status;
  useEffect(() => {
    if (status === 'running') {
      startPolling(1000);
      return () => stopPolling();
    }
    stopPolling();
    return undefined;
  }, [status, startPolling, stopPolling]);
  useEffect(() => {
    if (runId && status) void refetchRecent();
  }, [runId, status, refetchRecent]);

  const send = useCallback(
    async (request: UploadRequest, skipInvalid: boolean) => {
      const { kind, file, encoding, sheet } = request;
      const result = await uploadImport(kind, file, { skipInvalid, encoding, sheet });
      if (result.ok) {
        setSent({ ...request, runId: result.id, skipInvalid });
        patch({ run: String(result.id) });
      }
      return result;
    },
    [patch],
  );
  // Only the run of the file at hand, and only once: a run that skipped already has nothing more to skip.
  const again = sent && sent.runId === runId && !sent.skipInvalid ? sent : null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <UploadForm
            kinds={kinds}
            busy={current?.status === 'running'}
            onUpload={(request) => send(request, false)}
          />
          <Card size="small" title={t('recentImports')}>
            <Table<RecentRun>
              size="small"
              rowKey="id"
              loading={recent.loading && !recent.data}
              dataSource={(runs?.edges ?? []).map((e) => e.node)}
              pagination={false}
              locale={{ emptyText: <Empty description={t('noImports')} /> }}
              onRow={(r) =>
                ({
                  onClick: () => patch({ run: String(r.runId) }),
                  style: { cursor: 'pointer', background: r.runId === runId ? '#e6f4ff' : undefined },
                  'data-testid': 'import-run-row',
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                { title: '#', dataIndex: 'runId', width: 48 },
                { title: t('fileName'), dataIndex: 'fileName', ellipsis: true },
                {
                  title: t('importKind'),
                  dataIndex: 'kind',
                  width: 84,
                  render: (k: ImportKind) => t(`importKind.${k}`),
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  width: 84,
                  render: (s: string) => <RunStatusTag status={s} />,
                },
                {
                  title: t('startedAt'),
                  dataIndex: 'startedAt',
                  width: 128,
                  render: (v: string) => formatDateTime(v, lang),
                },
              ]}
            />
            <CursorPager
              paging={paging}
              pageInfo={runs?.pageInfo}
              totalCount={runs?.totalCount}
              loading={recent.loading}
              total="importTotal"
              testIds={{ total: 'imports-total', next: 'imports-next', previous: 'imports-previous' }}
            />
          </Card>
        </Space>
      </Col>
      <Col xs={24} xl={14}>
        <RunCard
          key={runId ?? 0}
          run={current}
          loading={run.loading && !current}
          error={run.error?.message}
          hasRun={!!runId}
          onSkip={again ? () => send(again, true) : undefined}
        />
      </Col>
    </Row>
  );
}
