import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  DatePicker,
  Input,
  Result,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { AuditLogQuery as AuditLogData } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { AuditActionsQuery, AuditActorsQuery, AuditLogQuery } from '../admin-pages.operations.ts';
import {
  AUDIT_URL_KEYS,
  type AuditUrlState,
  auditExportUrl,
  auditFilterOf,
  detailParts,
} from '../audit-log.ts';

const PAGE_SIZE = 20;
const OUTCOMES = ['ok', 'denied', 'error'] as const;
const OUTCOME_COLOR: Record<string, string> = { ok: 'green', denied: 'orange', error: 'red' };
type Entry = AuditLogData['auditLog']['edges'][number]['node'];

/**
 * 审计日志: who did what to which record and how it ended, newest first, a page at a time. The
 * filter (user, action, target, outcome, days) lives in the URL so a view can be shared; the export
 * downloads every entry of the same filter.
 */
export function AuditLogPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { get, patch } = useUrlState();
  const state: AuditUrlState = Object.fromEntries(AUDIT_URL_KEYS.map((k) => [k, get(k)]));
  const filter = auditFilterOf(state);
  const paging = useCursorPaging(JSON.stringify(filter), PAGE_SIZE);
  const log = useQuery(AuditLogQuery, {
    variables: { filter, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const actions = useQuery(AuditActionsQuery);
  const [actorSearch, setActorSearch] = useState('');
  const actors = useQuery(AuditActorsQuery, { variables: { search: actorSearch.trim() || null } });
  // The target box is typed into; the URL (and the query) follow on Enter or clearing.
  const [target, setTarget] = useState(state.target ?? '');
  useEffect(() => setTarget(state.target ?? ''), [state.target]);

  const conn = (log.data ?? log.previousData)?.auditLog;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const actorOptions = (actors.data?.usersConnection.edges ?? []).map((e) => ({
    value: e.node.login,
    label: e.node.displayName ? `${e.node.login}（${e.node.displayName}）` : e.node.login,
  }));
  // The chosen user stays an option while the search shows others.
  if (state.actor && !actorOptions.some((o) => o.value === state.actor))
    actorOptions.unshift({ value: state.actor, label: state.actor });
  const filtered = AUDIT_URL_KEYS.some((k) => state[k]);

  return (
    <Card
      size="small"
      title={t('auditTitle')}
      data-testid="page-audit"
      data-loading={log.loading ? 'true' : 'false'}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          showSearch
          filterOption={false}
          onSearch={setActorSearch}
          style={{ width: 180 }}
          placeholder={t('auditAnyActor')}
          value={state.actor}
          onChange={(actor) => patch({ actor })}
          options={actorOptions}
          data-testid="audit-filter-actor"
        />
        <Select
          allowClear
          showSearch
          style={{ width: 240 }}
          placeholder={t('auditAnyAction')}
          value={state.action}
          onChange={(action) => patch({ action })}
          options={(actions.data?.auditActions ?? []).map((a) => ({ value: a, label: a }))}
          data-testid="audit-filter-action"
        />
        <Input.Search
          allowClear
          style={{ width: 220 }}
          placeholder={t('auditTargetPlaceholder')}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
            if (!e.target.value) patch({ target: undefined });
          }}
          onSearch={(v) => patch({ target: v.trim() || undefined })}
          data-testid="audit-filter-target"
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('auditAnyOutcome')}
          value={state.outcome}
          onChange={(outcome) => patch({ outcome })}
          options={OUTCOMES.map((o) => ({ value: o, label: tc('auditOutcome', o) }))}
          data-testid="audit-filter-outcome"
        />
        <DatePicker.RangePicker
          allowEmpty={[true, true]}
          placeholder={[t('auditFrom'), t('auditTo')]}
          value={[state.from ? dayjs(state.from) : null, state.to ? dayjs(state.to) : null]}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(range) =>
            patch({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
          style={{ width: 240 }}
          data-testid="audit-filter-dates"
        />
        {filtered && (
          <Button
            type="link"
            onClick={() => patch(Object.fromEntries(AUDIT_URL_KEYS.map((k) => [k, undefined])))}
            data-testid="audit-clear"
          >
            {t('auditClear')}
          </Button>
        )}
      </Space>
      {log.error && !conn ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={log.error.message}
          extra={<Button onClick={() => log.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<Entry>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={log.loading}
            pagination={false}
            scroll={{ x: 1080 }}
            onRow={(r) =>
              ({
                'data-testid': 'audit-row',
                'data-action': r.action,
                'data-outcome': r.outcome,
                'data-target': r.target ?? '',
              }) as Record<string, string>
            }
            columns={[
              {
                title: t('auditAt'),
                dataIndex: 'at',
                width: 140,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: t('auditActor'),
                dataIndex: 'actor',
                width: 130,
                ellipsis: { showTitle: true },
                render: (v: string | null) => v ?? t('auditAnonymous'),
              },
              {
                title: t('auditAction'),
                dataIndex: 'action',
                width: 200,
                ellipsis: { showTitle: true },
              },
              {
                title: t('auditTarget'),
                dataIndex: 'target',
                width: 170,
                ellipsis: { showTitle: true },
                render: (v: string | null) => v ?? '–',
              },
              {
                title: t('auditOutcome'),
                dataIndex: 'outcome',
                width: 80,
                render: (v: string) => <Tag color={OUTCOME_COLOR[v]}>{tc('auditOutcome', v)}</Tag>,
              },
              {
                title: t('auditDetail'),
                dataIndex: 'detail',
                render: (v: string | null) => {
                  const parts = detailParts(
                    v,
                    (k) => tc('auditDetail', k),
                    (k, value) => tc(`auditDetailValue.${k}`, value),
                  );
                  return parts.length ? (
                    <Typography.Text data-testid="audit-detail">{parts.join(' · ')}</Typography.Text>
                  ) : (
                    '–'
                  );
                },
              },
              {
                title: t('auditIp'),
                dataIndex: 'ip',
                width: 120,
                ellipsis: { showTitle: false },
                render: (v: string | null, r) => (
                  <Tooltip title={r.requestId} placement="topLeft">
                    {v ?? '–'}
                  </Tooltip>
                ),
              },
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={log.loading}
            total="auditTotal"
            testIds={{ total: 'audit-total', next: 'audit-next' }}
            actions={
              <Tooltip title={t('auditExportHint')}>
                <Space size={4}>
                  <Button href={auditExportUrl('csv', filter)} download data-testid="audit-export-csv">
                    {t('auditExportCsv')}
                  </Button>
                  <Button href={auditExportUrl('xlsx', filter)} download data-testid="audit-export-xlsx">
                    {t('auditExportXlsx')}
                  </Button>
                </Space>
              </Tooltip>
            }
          />
        </>
      )}
    </Card>
  );
}
