import { useMutation, useQuery } from '@apollo/client/react';
import { App, Space, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { FaultStatus } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useFaultFilters } from '../hooks/useDeskFilters.ts';
import { useDeskPaging } from '../hooks/useDeskPaging.ts';
import { FAULT_STATUSES, faultStep, faultSteps } from '../lifecycle.ts';
import { AssignFaultTicketMutation, FaultTicketsQuery } from '../service-desk.operations.ts';
import { DeskBoard } from './DeskBoard.tsx';
import {
  actionsColumn,
  assigneeColumn,
  IssueCell,
  merchantColumn,
  StepButton,
  slaColumn,
  whenColumn,
} from './DeskColumns.tsx';
import { boolParam, DeskFilter, yesNoOptions } from './DeskFilter.tsx';
import { EventHistory } from './EventHistory.tsx';
import { FaultActionModal, type FaultRow } from './FaultActionModal.tsx';
import { FaultStatusTag } from './StatusTags.tsx';

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
  const paging = useDeskPaging(f);
  const query = useQuery(FaultTicketsQuery, {
    variables: { filter: f.filter, orderBy: f.orderBy, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [assignToMe, assigning] = useMutation(AssignFaultTicketMutation, {
    refetchQueries: ['FaultTickets'],
  });
  const [action, setAction] = useState<{ to: FaultStatus; row: FaultRow } | null>(null);

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
    <DeskBoard<FaultRow>
      testId="fault"
      title={t('faultsTitle')}
      desk={f}
      filters={
        <>
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
        </>
      }
      query={query}
      connection={(query.data ?? query.previousData)?.faultTickets}
      paging={paging}
      emptyText={t('noFaults')}
      expandedRowRender={(r) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {r.resolution && (
            <Typography.Text>
              {t('whatWasDone')}: {r.resolution}
            </Typography.Text>
          )}
          <EventHistory events={r.events} statusPrefix="faultStatus" />
        </Space>
      )}
      rowData={(r) => ({ 'data-assignee': r.assigneeLogin ?? '' })}
      columns={[
        whenColumn(t('reportedAt'), 'reportedAt', lang),
        {
          title: t('terminalAndFault'),
          ellipsis: { showTitle: false },
          render: (_, r) => (
            // A narrow column cuts the model with an ellipsis (nowrap); the tooltip has it whole.
            <IssueCell
              tooltip={
                <>
                  {r.tid} · {r.terminal.model}
                  <br />
                  {r.description}
                </>
              }
              main={<span data-testid="fault-tid">{r.tid}</span>}
              aside={r.terminal.model}
              detail={r.description}
              nowrap
            />
          ),
        },
        merchantColumn(t('merchant')),
        {
          title: t('status'),
          dataIndex: 'status',
          width: 84,
          render: (s: FaultStatus) => <FaultStatusTag status={s} />,
        },
        slaColumn(t('faultResponseSla'), (r) => r.responseSla, 'sla-response'),
        slaColumn(t('repairSla'), (r) => r.repairSla, 'sla-repair'),
        assigneeColumn(t('engineer')),
        ...(mayWork
          ? [
              actionsColumn<FaultRow>(t('actions'), 140, (r) => (
                <>
                  {r.status === 'OPEN' && (
                    <StepButton
                      loading={assigning.loading}
                      data-testid="fault-assign-me"
                      onClick={() => takeIt(r)}
                    >
                      {t('assignToMe')}
                    </StepButton>
                  )}
                  {faultSteps(r.status).map((to) => (
                    <StepButton
                      key={to}
                      data-testid={`fault-to-${faultStep(r.status, to)}`}
                      onClick={() => setAction({ to, row: r })}
                    >
                      {t(`faultStep.${faultStep(r.status, to)}`)}
                    </StepButton>
                  ))}
                </>
              )),
            ]
          : []),
      ]}
      dialog={
        mayWork && (
          <FaultActionModal
            to={action?.to ?? null}
            ticket={action?.row ?? null}
            onClose={() => setAction(null)}
          />
        )
      }
    />
  );
}
