import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Result, Space, Switch, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { FaultStatus } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useFaultFilters } from '../hooks/useDeskFilters.ts';
import { FAULT_STATUSES, faultStep, faultSteps } from '../lifecycle.ts';
import { AssignFaultTicketMutation, FaultTicketsQuery } from '../service-desk.operations.ts';
import { boolParam, DeskFilter, yesNoOptions } from './DeskFilter.tsx';
import { DeskOrderSwitch } from './DeskOrderSwitch.tsx';
import { EventHistory } from './EventHistory.tsx';
import { FaultActionModal, type FaultRow } from './FaultActionModal.tsx';
import { MerchantCell } from './MerchantCell.tsx';
import { SLA_COLUMN_WIDTH, SlaClockTag } from './SlaClockTag.tsx';
import { FaultStatusTag } from './StatusTags.tsx';

const PAGE_SIZE = 20;

/**
 * 故障工单: terminal fault tickets with response and repair clocks; operations staff assign
 * (to themselves or a colleague), go on site, fix (saying what was done) and close.
 * Account managers follow their merchants' tickets.
 */
export function FaultTicketsPage() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const mayWork = canDo(user.role, 'workFaultTicket');
  const f = useFaultFilters();
  // Another order is another list: back to its first page.
  const paging = useCursorPaging(JSON.stringify([f.filter, f.orderBy]), PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(FaultTicketsQuery, {
    variables: { filter: f.filter, orderBy: f.orderBy, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [assignToMe, assigning] = useMutation(AssignFaultTicketMutation, {
    refetchQueries: ['FaultTickets'],
  });
  const [action, setAction] = useState<{ to: FaultStatus; row: FaultRow } | null>(null);
  const conn = (data ?? previousData)?.faultTickets;
  const rows = conn?.edges.map((e) => e.node) ?? [];

  const takeIt = async (row: FaultRow) => {
    try {
      await assignToMe({ variables: { id: row.id, assignee: null } });
      message.success(t('faultDone.ASSIGNED'));
    } catch (e) {
      const p = fieldProblems(e, [], lang);
      message.error(p.other.join('; '));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title={t('faultsTitle')}>
        <Space wrap size={[16, 8]}>
          <DeskOrderSwitch value={f.orderBy} testId="fault-order" onChange={(v) => f.set({ order: v })} />
          <DeskFilter
            label={t('status')}
            testId="fault-status-filter"
            value={f.status}
            onChange={(v) => f.set({ status: v })}
            options={[
              { value: 'UNFIXED', label: t('unfixed') },
              ...FAULT_STATUSES.map((s) => ({ value: s, label: t(`faultStatus.${s}`) })),
            ]}
          />
          <DeskFilter
            label={t('slaFilter')}
            testId="fault-breached-filter"
            value={boolParam(f.breached)}
            onChange={(v) => f.set({ breached: v })}
            options={yesNoOptions(t('breachedYes'), t('breachedNo'))}
          />
          {mayWork && (
            <Space size={4}>
              <Switch
                size="small"
                data-testid="fault-mine-filter"
                checked={f.assignee === user.login}
                onChange={(on) => f.set({ assignee: on ? user.login : undefined })}
              />
              <span>{t('assignedToMe')}</span>
            </Space>
          )}
          {f.assignee && f.assignee !== user.login && (
            <Tag closable onClose={() => f.set({ assignee: undefined })}>
              {t('engineer')} {f.assignee}
            </Tag>
          )}
          {f.mid && (
            <Tag closable onClose={() => f.set({ mid: undefined })} data-testid="fault-mid-filter">
              {t('mid')} {f.mid}
            </Tag>
          )}
          {f.tid && (
            <Tag closable onClose={() => f.set({ tid: undefined })}>
              {t('tid')} {f.tid}
            </Tag>
          )}
          {f.active && (
            <Button
              onClick={() =>
                f.set({
                  status: undefined,
                  breached: undefined,
                  assignee: undefined,
                  mid: undefined,
                  tid: undefined,
                })
              }
            >
              {t('clearFilters')}
            </Button>
          )}
        </Space>
      </Card>
      <Card size="small" data-testid="fault-list" data-loading={loading ? 'true' : 'false'}>
        {error ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={error.message}
            extra={<Button onClick={() => refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <>
            <Table<FaultRow>
              size="small"
              rowKey="id"
              loading={loading}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 1120 }}
              locale={{ emptyText: <Empty description={t('noFaults')} /> }}
              expandable={{
                expandedRowRender: (r) => (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    {r.resolution && (
                      <Typography.Text>
                        {t('whatWasDone')}: {r.resolution}
                      </Typography.Text>
                    )}
                    <EventHistory events={r.events} statusPrefix="faultStatus" />
                  </Space>
                ),
                columnWidth: 32,
              }}
              onRow={(r) =>
                ({
                  'data-testid': 'fault-row',
                  'data-id': r.id,
                  'data-status': r.status,
                  'data-assignee': r.assigneeLogin ?? '',
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('reportedAt'),
                  dataIndex: 'reportedAt',
                  width: 124,
                  render: (v: string) => formatDateTime(v, lang),
                },
                {
                  title: t('terminalAndFault'),
                  ellipsis: { showTitle: false },
                  render: (_, r) => (
                    <Tooltip
                      title={
                        <>
                          {r.tid} · {r.terminal.model}
                          <br />
                          {r.description}
                        </>
                      }
                      placement="topLeft"
                    >
                      <div style={{ minWidth: 0 }}>
                        {/* A narrow column cuts the model with an ellipsis; the tooltip has it whole. */}
                        <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                          <span data-testid="fault-tid">{r.tid}</span>
                          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                            {r.terminal.model}
                          </Typography.Text>
                        </div>
                        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} ellipsis>
                          {r.description}
                        </Typography.Text>
                      </div>
                    </Tooltip>
                  ),
                },
                {
                  title: t('merchant'),
                  width: 160,
                  ellipsis: { showTitle: false },
                  render: (_, r) => <MerchantCell mid={r.merchant.mid} name={r.merchant.name} />,
                },
                {
                  title: t('status'),
                  dataIndex: 'status',
                  width: 84,
                  render: (s: FaultStatus) => <FaultStatusTag status={s} />,
                },
                {
                  title: t('faultResponseSla'),
                  width: SLA_COLUMN_WIDTH,
                  render: (_, r) => <SlaClockTag clock={r.responseSla} testId="sla-response" />,
                },
                {
                  title: t('repairSla'),
                  width: SLA_COLUMN_WIDTH,
                  render: (_, r) => <SlaClockTag clock={r.repairSla} testId="sla-repair" />,
                },
                {
                  title: t('engineer'),
                  width: 96,
                  ellipsis: true,
                  render: (_, r) => r.assigneeName ?? r.assigneeLogin ?? '–',
                },
                ...(mayWork
                  ? [
                      {
                        title: t('actions'),
                        key: 'actions',
                        width: 140,
                        fixed: 'right' as const,
                        render: (_: unknown, r: FaultRow) => (
                          <Space size={0} wrap>
                            {r.status === 'OPEN' && (
                              <Button
                                type="link"
                                size="small"
                                style={{ paddingInline: 4 }}
                                loading={assigning.loading}
                                data-testid="fault-assign-me"
                                onClick={() => takeIt(r)}
                              >
                                {t('assignToMe')}
                              </Button>
                            )}
                            {faultSteps(r.status).map((to) => (
                              <Button
                                key={to}
                                type="link"
                                size="small"
                                style={{ paddingInline: 4 }}
                                data-testid={`fault-to-${faultStep(r.status, to)}`}
                                onClick={() => setAction({ to, row: r })}
                              >
                                {t(`faultStep.${faultStep(r.status, to)}`)}
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
              testIds={{ total: 'fault-total', next: 'fault-total-next' }}
            />
          </>
        )}
      </Card>
      {mayWork && (
        <FaultActionModal
          to={action?.to ?? null}
          ticket={action?.row ?? null}
          onClose={() => setAction(null)}
        />
      )}
    </Space>
  );
}
