import { useQuery } from '@apollo/client/react';
import { Space, Tag } from 'antd';
import { useState } from 'react';
import { useAuth } from '../../../lib/auth.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useComplaintFilters } from '../hooks/useDeskFilters.ts';
import { useDeskPaging } from '../hooks/useDeskPaging.ts';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  COMPLAINT_STATUSES,
  type ComplaintStep,
  complaintSteps,
} from '../lifecycle.ts';
import { ComplaintsQuery } from '../service-desk.operations.ts';
import { ComplaintActionModal, type ComplaintRow } from './ComplaintActionModal.tsx';
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
import { ComplaintStatusTag, EscalationTag } from './StatusTags.tsx';

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
  const paging = useDeskPaging(f);
  const query = useQuery(ComplaintsQuery, {
    variables: { filter: f.filter, orderBy: f.orderBy, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [action, setAction] = useState<{ step: ComplaintStep; row: ComplaintRow } | null>(null);

  return (
    <DeskBoard<ComplaintRow>
      testId="complaint"
      title={t('complaintsTitle')}
      desk={f}
      filters={
        <>
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
        </>
      }
      query={query}
      connection={(query.data ?? query.previousData)?.complaints}
      paging={paging}
      emptyText={t('noComplaints')}
      expandedRowRender={(r) => <EventHistory events={r.events} statusPrefix="complaintStatus" />}
      rowData={(r) => ({
        'data-breached':
          r.responseSla.state === 'BREACHED' || r.resolutionSla.state === 'BREACHED' ? 'true' : 'false',
      })}
      columns={[
        whenColumn(t('receivedAt'), 'receivedAt', lang),
        merchantColumn(t('merchant'), 'complaint-merchant-link'),
        {
          title: t('complaintIssue'),
          ellipsis: { showTitle: false },
          render: (_, r) => (
            <IssueCell
              tooltip={r.summary}
              main={t(`complaintCategory.${r.category}`)}
              aside={`${t(`complaintKind.${r.kind}`)} · ${t(`complaintChannel.${r.channel}`)}`}
              detail={r.summary}
              detailTestId="complaint-summary"
            />
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
        slaColumn(t('responseSla'), (r) => r.responseSla, 'sla-response'),
        slaColumn(t('resolutionSla'), (r) => r.resolutionSla, 'sla-resolution'),
        assigneeColumn(t('assignee')),
        ...(mayHandle
          ? [
              actionsColumn<ComplaintRow>(t('actions'), 136, (r) =>
                complaintSteps(r.status, mayAssign).map((step) => (
                  <StepButton
                    key={step}
                    data-testid={`complaint-${step}`}
                    onClick={() => setAction({ step, row: r })}
                  >
                    {t(`complaintStep.${step}`)}
                  </StepButton>
                )),
              ),
            ]
          : []),
      ]}
      dialog={
        mayHandle && (
          <ComplaintActionModal
            step={action?.step ?? null}
            complaint={action?.row ?? null}
            onClose={() => setAction(null)}
          />
        )
      }
    />
  );
}
