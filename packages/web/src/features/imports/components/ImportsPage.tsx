import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Empty,
  Progress,
  Radio,
  Result,
  Row,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { ImportKind, ImportRunQuery, ImportRunsQuery } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatCount, formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { ImportRunQuery as RunQuery, ImportRunsQuery as RunsQuery } from '../imports.operations.ts';
import { uploadImport } from '../upload.ts';

type Run = NonNullable<ImportRunQuery['importRun']>;
type RecentRun = ImportRunsQuery['importRunsConnection']['edges'][number]['node'];

/** Recent runs a page of the list holds. */
const PAGE_SIZE = 10;

const STATUS_COLORS: Record<string, string> = {
  running: 'processing',
  succeeded: 'success',
  rejected: 'error',
  failed: 'error',
};

function RunStatusTag({ status }: { status: string }) {
  const tc = useTCode();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-status={status}>
      {tc('importStatus', status)}
    </Tag>
  );
}

/**
 * 数据导入: upload a merchants or settlements CSV through POST /api/imports/{kind}; the run's
 * progress is polled until it ends, then its counts and the rejected rows (row, column, message).
 * The run id is in the URL, so a run can be looked at again.
 */
export function ImportsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useAuth();
  const kinds = (['merchants', 'settlements'] as const).filter((k) =>
    canDo(user.role, k === 'merchants' ? 'importMerchants' : 'importSettlements'),
  );
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'merchants');
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
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
  const running = current?.status === 'running';

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

  const start = async () => {
    if (!file) return;
    setUploading(true);
    setUploadError(null);
    const result = await uploadImport(kind, file, skipInvalid);
    setUploading(false);
    if (result.ok) {
      setFile(null);
      patch({ run: String(result.id) });
    } else {
      const why =
        result.status === 401
          ? t('uploadSignIn')
          : result.status === 403
            ? t('uploadForbidden')
            : result.message;
      setUploadError(`${why}${result.status ? ` (HTTP ${result.status})` : ''}`);
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small" title={t('importTitle')} data-testid="import-form">
            <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
              <Space wrap>
                <span>{t('importKind')}</span>
                <Radio.Group
                  value={kind}
                  onChange={(e) => setKind(e.target.value as ImportKind)}
                  data-testid="import-kind"
                  options={kinds.map((k) => ({ value: k, label: t(`importKind.${k}`) }))}
                  optionType="button"
                />
              </Space>
              <Typography.Text type="secondary">{t(`importHint.${kind}`)}</Typography.Text>
              <Upload
                accept=".csv,text/csv"
                maxCount={1}
                beforeUpload={(f) => {
                  setFile(f);
                  setUploadError(null);
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={
                  file
                    ? [
                        {
                          uid: 'file',
                          name: `${file.name} · ${formatCount(file.size, lang)} B`,
                          status: 'done',
                        },
                      ]
                    : []
                }
              >
                <Button data-testid="import-file">{t('chooseFile')}</Button>
              </Upload>
              <Checkbox
                checked={skipInvalid}
                onChange={(e) => setSkipInvalid(e.target.checked)}
                data-testid="import-skip-invalid"
              >
                {t('skipInvalid')}
              </Checkbox>
              {uploadError && (
                <Alert
                  type="error"
                  showIcon
                  title={t('uploadFailed')}
                  description={uploadError}
                  data-testid="import-error"
                />
              )}
              <Button
                type="primary"
                disabled={!file || running}
                loading={uploading}
                onClick={start}
                data-testid="import-start"
              >
                {t('startImport')}
              </Button>
            </Space>
          </Card>
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
                {
                  title: t('fileName'),
                  dataIndex: 'fileName',
                  ellipsis: true,
                },
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
          run={current}
          loading={run.loading && !current}
          error={run.error?.message}
          hasRun={!!runId}
        />
      </Col>
    </Row>
  );
}

function RunCard({
  run,
  loading,
  error,
  hasRun,
}: {
  run: Run | null;
  loading: boolean;
  error: string | undefined;
  hasRun: boolean;
}) {
  const t = useT();
  const lang = useLang();
  if (error) return <Result status="error" title={t('error')} subTitle={error} />;
  if (!hasRun)
    return (
      <Card size="small">
        <Empty description={t('noRunChosen')} />
      </Card>
    );
  if (loading || !run) return <Card size="small" loading />;
  const n = (v: number) => formatCount(v, lang);
  return (
    <Card
      size="small"
      title={`${t('importRun')} #${run.id} · ${run.fileName}`}
      extra={<RunStatusTag status={run.status} />}
      data-testid="import-run"
      data-status={run.status}
      data-rejected={run.rejected}
    >
      <Progress
        percent={Math.round(run.progress * 1000) / 10}
        status={run.status === 'running' ? 'active' : run.status === 'succeeded' ? 'success' : 'exception'}
        data-testid="import-progress"
      />
      {run.status === 'rejected' && (
        <Alert type="warning" showIcon style={{ marginBlock: 12 }} title={t('importRejectedHint')} />
      )}
      {run.status === 'failed' && (
        <Alert type="error" showIcon style={{ marginBlock: 12 }} title={t('importFailedHint')} />
      )}
      <Descriptions size="small" column={{ xs: 2, sm: 3, xl: 3 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('rowsRead')}>
          <span data-testid="import-rows-read">{n(run.rowsRead)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('rowsInserted')}>{n(run.inserted)}</Descriptions.Item>
        <Descriptions.Item label={t('rowsUpdated')}>{n(run.updated)}</Descriptions.Item>
        <Descriptions.Item label={t('rowsSkipped')}>{n(run.skipped)}</Descriptions.Item>
        <Descriptions.Item label={t('rowsRejected')}>
          <Typography.Text type={run.rejected > 0 ? 'danger' : undefined}>{n(run.rejected)}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('startedAt')}>{formatDateTime(run.startedAt, lang)}</Descriptions.Item>
        {run.finishedAt && (
          <Descriptions.Item label={t('finishedAt')}>
            {formatDateTime(run.finishedAt, lang)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {t('rejectedRows')}
        {run.rejected > run.errors.length && (
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 8, fontWeight: 'normal' }}>
            {t('firstRejected', { n: run.errors.length })}
          </Typography.Text>
        )}
      </Typography.Title>
      <Table
        size="small"
        rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
        dataSource={run.errors}
        pagination={run.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRejectedRows')} />,
        }}
        data-testid="import-errors"
        columns={[
          { title: t('fileRow'), dataIndex: 'row', width: 80 },
          { title: t('fileColumn'), dataIndex: 'column', width: 140 },
          { title: t('problem'), dataIndex: 'message' },
        ]}
      />
    </Card>
  );
}
