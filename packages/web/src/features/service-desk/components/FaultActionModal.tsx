import { useMutation } from '@apollo/client/react';
import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import type { FaultStatus, FaultTicketsQuery } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { faultStep } from '../lifecycle.ts';
import { AssignFaultTicketMutation, MoveFaultTicketMutation } from '../service-desk.operations.ts';

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
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [assign, a] = useMutation(AssignFaultTicketMutation, REFETCH);
  const [move, m] = useMutation(MoveFaultTicketMutation, REFETCH);
  const step = ticket && to ? faultStep(ticket.status, to) : null;

  const submit = async (v: Values) => {
    if (!ticket || !to || !step) return;
    setOther([]);
    try {
      if (step === 'ASSIGNED')
        await assign({ variables: { id: ticket.id, assignee: v.assignee?.trim() || null } });
      else await move({ variables: { id: ticket.id, to, note: v.note?.trim() || null } });
      message.success(t(`faultDone.${step}`));
      onClose();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS, lang);
      form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [p.message] })));
      setOther(problems.other);
    }
  };

  return (
    <Modal
      open={to !== null && ticket !== null}
      title={step ? t(`faultStep.${step}`) : ''}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={a.loading || m.loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setOther([]);
        onClose();
      }}
      okButtonProps={{ 'data-testid': 'fault-action-save' } as Record<string, string>}
      destroyOnHidden
      data-testid="fault-action-modal"
    >
      {ticket && (
        <Typography.Paragraph type="secondary">
          {ticket.tid} · {ticket.merchant.name} · {ticket.description}
        </Typography.Paragraph>
      )}
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('actionFailed')}
          description={other.join('; ')}
          data-testid="fault-action-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={submit}
        data-testid="fault-action-form"
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
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="fault-note" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
