import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Progress,
  Result,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { ImportRunQuery } from '../../../gql/graphql.ts';
import { formatCount, formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { encodingLabel, skipPlan } from '../import-errors.ts';
import type { UploadResult } from '../upload.ts';
import { RunErrors } from './RunErrors.tsx';
import { useUploadError } from './useUploadError.ts';

export type Run = NonNullable<ImportRunQuery['importRun']>;

const STATUS_COLORS: Record<string, string> = {
  running: 'processing',
  succeeded: 'success',
  rejected: 'error',
  failed: 'error',
};

export function RunStatusTag({ status, testId }: { status: string; testId?: string }) {
  const tc = useTCode();
  return (
    <Tag color={STATUS_COLORS[status] ?? 'default'} data-status={status} data-testid={testId}>
      {tc('importStatus', status)}
    </Tag>
  );
}

/**
 * One run: progress while it runs, then its counts, how the file was read, and its errors. A
 * rejected run of a file still in memory offers to import the good rows, skipping the bad ones,
 * after the user has confirmed how many are left out.
 */
export function RunCard({
  run,
  loading,
  error,
  hasRun,
  onSkip,
}: {
  run: Run | null;
  loading: boolean;
  error: string | undefined;
  hasRun: boolean;
  /** Uploads the same file again with bad rows skipped; absent when the file is not at hand. */
  onSkip?: () => Promise<UploadResult>;
}) {
  const t = useT();
  const lang = useLang();
  const { modal } = App.useApp();
  const describe = useUploadError();
  const [skipping, setSkipping] = useState(false);
  const [skipError, setSkipError] = useState<string | null>(null);
  if (error) return <Result status="error" title={t('error')} subTitle={error} />;
  if (!hasRun)
    return (
      <Card size="small">
        <Empty description={t('noRunChosen')} />
      </Card>
    );
  if (loading || !run) return <Card size="small" loading />;
  const n = (v: number) => formatCount(v, lang);
  const ends = [run.firstError.edges[0]?.node, run.lastError.edges[0]?.node];
  const plan = skipPlan(run, ends);

  const skip = () => {
    if (!onSkip) return;
    modal.confirm({
      title: t('skipConfirmTitle'),
      content: t('skipConfirmBody', { bad: n(plan.badRows), good: n(plan.goodRows) }),
      okText: t('skipConfirmOk'),
      okButtonProps: { 'data-testid': 'import-skip-confirm' } as Record<string, string>,
      onOk: async () => {
        setSkipping(true);
        setSkipError(null);
        const result = await onSkip();
        setSkipping(false);
        if (!result.ok) setSkipError(describe(result));
      },
    });
  };

  return (
    <Card
      size="small"
      title={`${t('importRun')} #${run.id} · ${run.fileName}`}
      extra={<RunStatusTag status={run.status} testId="import-run-status" />}
      data-testid="import-run"
      data-status={run.status}
      data-rejected={run.rejected}
      data-format={run.format ?? ''}
      data-encoding={run.encoding ?? ''}
      data-sheet={run.sheet ?? ''}
    >
      <Progress
        percent={Math.round(run.progress * 1000) / 10}
        status={run.status === 'running' ? 'active' : run.status === 'succeeded' ? 'success' : 'exception'}
        data-testid="import-progress"
      />
      {run.status === 'rejected' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBlock: 12 }}
          data-testid="import-rejected"
          title={
            plan.fileProblem
              ? t('importFileProblemHint')
              : plan.canSkip && onSkip
                ? t('importRejectedHint')
                : t('importRejectedReupload')
          }
          description={
            plan.canSkip && onSkip ? (
              <Space orientation="vertical" style={{ marginTop: 8 }}>
                <Button type="primary" loading={skipping} onClick={skip} data-testid="import-skip-bad-rows">
                  {t('skipBadRows')}
                </Button>
                {skipError && <Typography.Text type="danger">{skipError}</Typography.Text>}
              </Space>
            ) : undefined
          }
        />
      )}
      {run.status === 'succeeded' && run.rejected > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBlock: 12 }}
          title={t('importSkippedHint', { n: n(run.rejected) })}
          data-testid="import-skipped"
        />
      )}
      {run.status === 'failed' && (
        <Alert type="error" showIcon style={{ marginBlock: 12 }} title={t('importFailedHint')} />
      )}
      <Descriptions size="small" column={{ xs: 2, sm: 3, xl: 3 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('rowsRead')}>
          <span data-testid="import-rows-read">{n(run.rowsRead)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('rowsInserted')}>
          <span data-testid="import-inserted" data-count={run.inserted}>
            {n(run.inserted)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('rowsUpdated')}>{n(run.updated)}</Descriptions.Item>
        <Descriptions.Item label={t('rowsSkipped')}>{n(run.skipped)}</Descriptions.Item>
        <Descriptions.Item label={t('rowsRejected')}>
          <Typography.Text type={run.rejected > 0 ? 'danger' : undefined}>{n(run.rejected)}</Typography.Text>
        </Descriptions.Item>
        {run.format ? (
          <Descriptions.Item label={t('fileFormat')}>
            <span data-testid="import-run-format">
              {t(run.format === 'xlsx' ? 'fileFormat.xlsx' : 'fileFormat.csv')}
            </span>
          </Descriptions.Item>
        ) : null}
        {run.format === 'xlsx' && run.sheet ? (
          <Descriptions.Item label={t('xlsxSheet')}>
            <span data-testid="import-run-sheet">{run.sheet}</span>
          </Descriptions.Item>
        ) : null}
        {run.format !== 'xlsx' && run.encoding ? (
          <Descriptions.Item label={t('csvEncoding')}>
            <span data-testid="import-run-encoding">{encodingLabel(run.encoding)}</span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label={t('startedAt')}>{formatDateTime(run.startedAt, lang)}</Descriptions.Item>
        {run.finishedAt && (
          <Descriptions.Item label={t('finishedAt')}>
            {formatDateTime(run.finishedAt, lang)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {run.status !== 'running' &&
        (run.errorCount > 0 ? (
          <RunErrors key={run.id} runId={run.id} />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noRejectedRows')} />
        ))}
    </Card>
  );
}
