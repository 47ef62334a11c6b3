import { useMutation, useQuery } from '@apollo/client/react';
import { App, AutoComplete, Form, Rate } from 'antd';
import type { ComplaintsQuery } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import { useDeskForm } from '../hooks/useDeskForm.ts';
import type { ComplaintStep } from '../lifecycle.ts';
import {
  AssignComplaintMutation,
  CloseComplaintMutation,
  ComplaintAssigneesQuery,
  ReopenComplaintMutation,
  ResolveComplaintMutation,
  RespondToComplaintMutation,
} from '../service-desk.operations.ts';
import { DeskTextArea } from './DeskFormFields.tsx';
import { DeskFormModal } from './DeskFormModal.tsx';

export type ComplaintRow = ComplaintsQuery['complaints']['edges'][number]['node'];

const FIELDS = ['note', 'resolution', 'satisfaction', 'assignee'] as const;

interface Values {
  note?: string;
  resolution?: string;
  satisfaction?: number;
  assignee?: string;
}

const REFETCH = { refetchQueries: ['Complaints'] };

/**
 * One step of a complaint's lifecycle: respond (a note), resolve (how), close (the merchant's
 * satisfaction 1–5), reopen (why), assign (to a colleague). The server's field problems show
 * beside their fields; anything else (a step the status no longer allows) above the form.
 */
export function ComplaintActionModal({
  step,
  complaint,
  onClose,
}: {
  step: ComplaintStep | null;
  complaint: ComplaintRow | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const desk = useDeskForm<Values>(FIELDS);
  const [respond, r1] = useMutation(RespondToComplaintMutation, REFETCH);
  const [resolve, r2] = useMutation(ResolveComplaintMutation, REFETCH);
  const [close, r3] = useMutation(CloseComplaintMutation, REFETCH);
  const [reopen, r4] = useMutation(ReopenComplaintMutation, REFETCH);
  const [assign, r5] = useMutation(AssignComplaintMutation, REFETCH);
  const colleagues = useQuery(ComplaintAssigneesQuery, {
    variables: { branch: complaint?.merchant.branch ?? null },
    skip: step !== 'assign' || !complaint,
  });
  const saving = r1.loading || r2.loading || r3.loading || r4.loading || r5.loading;
  const open = step !== null && complaint !== null;

  const submit = async (v: Values) => {
    if (!complaint || !step) return;
    const id = complaint.id;
    const note = v.note?.trim() || null;
    await desk.attempt(async () => {
      if (step === 'respond') await respond({ variables: { id, note } });
      else if (step === 'resolve')
        await resolve({ variables: { id, resolution: v.resolution?.trim() ?? '' } });
      else if (step === 'close') await close({ variables: { id, satisfaction: v.satisfaction ?? 0, note } });
      else if (step === 'reopen') await reopen({ variables: { id, note } });
      else await assign({ variables: { id, assignee: v.assignee?.trim() ?? '' } });
      message.success(t(`complaintDone.${step}`));
      desk.clearOther();
      onClose();
    });
  };

  return (
    <DeskFormModal<Values>
      desk={desk}
      open={open}
      title={step ? t(`complaintStep.${step}`) : ''}
      saving={saving}
      onClose={onClose}
      testId="complaint-action"
      modalTestId="complaint-action-modal"
      context={complaint && `${complaint.merchant.name} · ${complaint.summary}`}
      contextRows={2}
      errorTitle={t('actionFailed')}
      formProps={{ onFinish: submit, 'data-step': step ?? '' }}
    >
      {step === 'resolve' && (
        <Form.Item
          name="resolution"
          label={t('resolution')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <DeskTextArea data-testid="complaint-resolution" />
        </Form.Item>
      )}
      {step === 'close' && (
        <Form.Item
          name="satisfaction"
          label={t('satisfaction')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Rate data-testid="complaint-satisfaction" />
        </Form.Item>
      )}
      {step === 'assign' && (
        <Form.Item
          name="assignee"
          label={t('assignee')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <AutoComplete
            data-testid="complaint-assignee"
            placeholder={t('loginPlaceholder')}
            options={(colleagues.data?.accountManagersConnection.edges.map((e) => e.node) ?? []).map((u) => ({
              value: u.login,
              label: `${u.displayName} (${u.login})`,
            }))}
            filterOption={(input, option) =>
              String(option?.label ?? '')
                .toLowerCase()
                .includes(input.toLowerCase())
            }
          />
        </Form.Item>
      )}
      {step !== 'resolve' && step !== 'assign' && (
        <Form.Item name="note" label={t('notes')}>
          <DeskTextArea data-testid="complaint-note" />
        </Form.Item>
      )}
    </DeskFormModal>
  );
}
