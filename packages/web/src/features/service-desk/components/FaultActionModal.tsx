import { useMutation } from '@apollo/client/react';
import { App, Form, Input } from 'antd';
import type { FaultStatus, FaultTicketsQuery } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import { useDeskForm } from '../hooks/useDeskForm.ts';
import { faultStep } from '../lifecycle.ts';
import { AssignFaultTicketMutation, MoveFaultTicketMutation } from '../service-desk.operations.ts';
import { DeskTextArea } from './DeskFormFields.tsx';
import { DeskFormModal } from './DeskFormModal.tsx';

export type FaultRow = FaultTicketsQuery['faultTickets']['edges'][number]['node'];

const FIELDS = ['assignee', 'note'] as const;

interface Values {
  assignee?: string;
  note?: string;
}

const REFETCH = { refetchQueries: ['FaultTickets'] };

/**
 * Moves a fault ticket: assign (to a login, yourself when left empty), on site, fixed (what was
 * done is required), closed, or reopened (back to its engineer, with what is still wrong). Field
 * problems show beside their fields.
 */
export function FaultActionModal({
  to,
  ticket,
  onClose,
}: {
  to: FaultStatus | null;
  ticket: FaultRow | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const desk = useDeskForm<Values>(FIELDS);
  const [assign, a] = useMutation(AssignFaultTicketMutation, REFETCH);
  const [move, m] = useMutation(MoveFaultTicketMutation, REFETCH);
  const step = ticket && to ? faultStep(ticket.status, to) : null;

  const submit = async (v: Values) => {
    if (!ticket || !to || !step) return;
    await desk.attempt(async () => {
      if (step === 'ASSIGNED')
        await assign({ variables: { id: ticket.id, assignee: v.assignee?.trim() || null } });
      else await move({ variables: { id: ticket.id, to, note: v.note?.trim() || null } });
      message.success(t(`faultDone.${step}`));
      onClose();
    });
  };

  return (
    <DeskFormModal<Values>
      desk={desk}
      open={to !== null && ticket !== null}
      title={step ? t(`faultStep.${step}`) : ''}
      saving={a.loading || m.loading}
      onClose={onClose}
      testId="fault-action"
      modalTestId="fault-action-modal"
      context={ticket && `${ticket.tid} · ${ticket.merchant.name} · ${ticket.description}`}
      errorTitle={t('actionFailed')}
      formProps={{ onFinish: submit }}
    >
      {step === 'ASSIGNED' ? (
        <Form.Item name="assignee" label={t('engineer')} extra={t('engineerHint')}>
          <Input data-testid="fault-assignee" placeholder={t('loginPlaceholder')} />
        </Form.Item>
      ) : (
        <Form.Item
          name="note"
          label={to === 'FIXED' ? t('whatWasDone') : step === 'REOPEN' ? t('reopenReason') : t('notes')}
          rules={to === 'FIXED' ? [{ required: true, whitespace: true, message: t('required') }] : []}
        >
          <DeskTextArea data-testid="fault-note" />
        </Form.Item>
      )}
    </DeskFormModal>
  );
}
