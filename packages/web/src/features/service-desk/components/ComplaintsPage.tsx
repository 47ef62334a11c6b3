import { useQuery } from '@apollo/client/react';
import { Button, Card, Empty, Result, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { useAuth } from '../../../lib/auth.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useComplaintFilters } from '../hooks/useDeskFilters.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
  type ComplaintStep,
  complaintSteps,
} from '../lifecycle.ts';
import { ComplaintsQuery } from '../service-desk.operations.ts';
import { ComplaintActionModal, type ComplaintRow } from './ComplaintActionModal.tsx';
import { boolParam, DeskFilter, yesNoOptions } from './DeskFilter.tsx';
import { DeskOrderSwitch } from './DeskOrderSwitch.tsx';
import { EventHistory } from './EventHistory.tsx';
import { MerchantCell } from './MerchantCell.tsx';
import { SLA_COLUMN_WIDTH, SlaClockTag } from './SlaClockTag.tsx';
import { ComplaintStatusTag, EscalationTag } from './StatusTags.tsx';

const PAGE_SIZE = 20;

/**
 * 投诉工单: complaints and feedback in scope with both SLA clocks (red once breached), escalation,
 * filters in the URL, the lifecycle steps per row and the history in an expandable row.
 * Analysts read only.
 */
export function ComplaintsPage() {
  const t = useT();
  const lang = useLang();
  const { user } = useAuth();
  const mayHandle = canDo(user.role, 'handleComplaint');
  const mayAssign = canDo(user.role, 'assignComplaint');
  const f = useComplaintFilters();
  // Another order is another list: back to its first page.
  const paging = useCursorPaging(JSON.stringify([f.filter, f.orderBy]), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(ComplaintsQuery, {
    variables: { filter: f.filter, orderBy: f.orderBy, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [action, setAction] = useState<{ step: ComplaintStep; row: ComplaintRow } | null>(null);
  const conn = (data ?? previousData)?.complaints;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('complaintsTitle')}>
        <Space wrap size={[16, 8]}>
          <DeskOrderSwitch value={f.orderBy} testId="complaint-order" onChange={(v) => f.set({ order: v })} />
          <DeskFilter
            label={t('status')}
            testId="complaint-status-filter"
            value={f.status}
            width={120}
            onChange={(v) => f.set({ status: v })}
            options={[
              { value: 'UNRESOLVED', label: t('unresolved') },
              ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`complaintStatus.${s}`) })),
            ]}
          />
          <DeskFilter
            label={t('slaFilter')}
            testId="complaint-breached-filter"
            value={boolParam(f.breached)}
            onChange={(v) => f.set({ breached: v })}
            options={yesNoOptions(t('breachedYes'), t('breachedNo'))}
          />
          <DeskFilter
            label={t('escalationFilter')}
            testId="complaint-escalated-filter"
            value={boolParam(f.escalated)}
            onChange={(v) => f.set({ escalated: v })}
            options={yesNoOptions(t('escalatedYes'), t('escalatedNo'))}
          />
          <DeskFilter
            label={t('kind')}
            testId="complaint-kind-filter"
            value={f.kind}
            width={100}
            onChange={(v) => f.set({ kind: v })}
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaintKind.${k}`) }))}
          />
          <DeskFilter
            label={t('complaintCategory')}
            testId="complaint-category-filter"
            value={f.category}
            width={120}
            onChange={(v) => f.set({ category: v })}
            options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaintCategory.${c}`) }))}
          />
          {f.mid && (
            <Tag closable onClose={() => f.set({ mid: undefined })} data-testid="complaint-mid-filter">
              {t('mid')} {f.mid}
            </Tag>
          )}
          {f.active && (
            <Button
              onClick={() =>
                f.set({
                  status: undefined,
                  breached: undefined,
                  escalated: undefined,
                  kind: undefined,
                  category: undefined,
                  mid: undefined,
                })
              }
            >
              {t('clearFilters')}
            </Button>
          )}
        </Space>
      </Card>
      <Card size="small" data-testid="complaint-list" data-loading={loading ? 'true' : 'false'}>
        {error ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={error.message}
            extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <>
            <Table<ComplaintRow>
              size="small"
              rowKey="id"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1120 }}
              locale={{ emptyText: <Empty description={t('noComplaints')} /> }}
              expandable={{
                expandedRowRender: (r) => <EventHistory events={r.events} statusPrefix="complaintStatus" />,
                columnWidth: 32,
              }}
              onRow={(r) =>
                ({
                  'data-testid': 'complaint-row',
                  'data-id': r.id,
                  'data-status': r.status,
                  'data-breached':
                    r.responseSla.state === 'BREACHED' || r.resolutionSla.state === 'BREACHED'
                      ? 'true'
                      : 'false',
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('receivedAt'),
                  dataIndex: 'receivedAt',
                  width: 124,
                  render: (v: string) => formatDateTime(v, lang),
                },
                {
                  title: t('merchant'),
                  width: 160,
                  ellipsis: { showTitle: false },
                  render: (_, r) => (
                    <MerchantCell
                      mid={r.merchant.mid}
                      name={r.merchant.name}
                      testId="complaint-merchant-link"
                    />
                  ),
                },
                {
                  title: t('complaintIssue'),
                  ellipsis: { showTitle: false },
                  render: (_, r) => (
                    <Tooltip title={r.summary} placement="topLeft">
                      <div style={{ minWidth: 0 }}>
                        <div style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
                          {t(`complaintCategory.${r.category}`)}
                          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                            {t(`complaintKind.${r.kind}`)} · {t(`complaintChannel.${r.channel}`)}
                          </Typography.Text>
                        </div>
                        <Typography.Text
                          type="secondary"
                          style={{ fontSize: 12, display: 'block' }}
                          ellipsis
                          data-testid="complaint-summary"
                        >
                          {r.summary}
                        </Typography.Text>
                      </div>
                    </Tooltip>
                  ),
                },
                {
                  title: t('status'),
                  width: 100,
                  render: (_, r) => (
                    <Space orientation="vertical" size={2}>
                      <ComplaintStatusTag status={r.status} />
                      {r.escalationLevel > 0 && <EscalationTag level={r.escalationLevel} />}
                    </Space>
                  ),
                },
                {
                  title: t('responseSla'),
                  width: SLA_COLUMN_WIDTH,
                  render: (_, r) => <SlaClockTag clock={r.responseSla} testId="sla-response" />,
                },
                {
                  title: t('resolutionSla'),
                  width: SLA_COLUMN_WIDTH,
                  render: (_, r) => <SlaClockTag clock={r.resolutionSla} testId="sla-resolution" />,
                },
                {
                  title: t('assignee'),
                  width: 96,
                  ellipsis: true,
                  render: (_, r) => r.assigneeName ?? r.assigneeLogin ?? '–',
                },
                ...(mayHandle
                  ? [
                      {
                        title: t('actions'),
                        key: 'actions',
                        width: 136,
                        fixed: 'right' as const,
                        render: (_: unknown, r: ComplaintRow) => (
                          <Space size={0} wrap>
                            {complaintSteps(r.status, mayAssign).map((step) => (
                              <Button
                                key={step}
                                type="link"
                                size="small"
                                style={{ paddingInline: 4 }}
                                data-testid={`complaint-${step}`}
                                onClick={() => setAction({ step, row: r })}
                              >
                                {t(`complaintStep.${step}`)}
                              </Button>
                            ))}
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <CursorPager
              paging={paging}
              pageInfo={conn?.pageInfo}
              totalCount={conn?.totalCount}
              loading={loading}
              total="itemsTotal"
              testIds={{ total: 'complaint-total', next: 'complaint-total-next' }}
            />
          </>
        )}
      </Card>
      {mayHandle && (
        <ComplaintActionModal
          step={action?.step ?? null}
          complaint={action?.row ?? null}
          onClose={() => setAction(null)}
        />
      )}
    </Space>
  );
}
