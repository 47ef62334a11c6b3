import { useMutation } from '@apollo/client/react';
import {
  INTERACTION_OUTCOMES,
  INTERACTION_KINDS as KINDS,
} from '@cornerstone/shared/maintenance/maintenance';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { InteractionKind, InteractionOutcome } from '../../../gql/graphql.ts';
import { apiCode } from '../../../lib/codes.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { RecordInteractionMutation } from '../maintenance.operations.ts';

const INTERACTION_KINDS: readonly InteractionKind[] = KINDS.map(apiCode);
const OUTCOMES: readonly InteractionOutcome[] = INTERACTION_OUTCOMES.map(apiCode);
const FIELDS = ['kind', 'occurredAt', 'outcome', 'notes', 'nextFollowUp'] as const;

interface Values {
  kind: InteractionKind;
  occurredAt: Dayjs;
  outcome: InteractionOutcome;
  notes?: string;
  nextFollowUp?: Dayjs | null;
}

/**
 * 记录联系: kind, time, outcome, notes and an optional next follow-up date. The server's input
 * problems are shown beside their fields; on success the caller refetches tasks and timeline.
 */
export function LogInteractionModal({
  mid,
  open,
  defaultKind = 'VISIT',
  onClose,
  onSaved,
}: {
  mid: string;
  open: boolean;
  defaultKind?: InteractionKind;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordInteractionMutation);

  const submit = async (v: Values) => {
    setOther([]);
    try {
      await record({
        variables: {
          input: {
            mid,
            kind: v.kind,
            outcome: v.outcome,
            occurredAt: v.occurredAt.toISOString(),
            notes: v.notes?.trim() || null,
            nextFollowUp: v.nextFollowUp ? v.nextFollowUp.format('YYYY-MM-DD') : null,
          },
        },
      });
      message.success(t('interactionSaved'));
      form.resetFields();
      onSaved();
      onClose();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS, lang);
      form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [p.message] })));
      setOther(problems.other);
    }
  };

  return (
    <Modal
      open={open}
      title={t('logInteraction')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'interaction-save' } as Record<string, string>}
      destroyOnHidden
      data-testid="interaction-modal"
    >
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('fixFields')}
          description={other.join('; ')}
          data-testid="interaction-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: defaultKind, outcome: 'REACHED', occurredAt: dayjs() }}
        onFinish={submit}
        data-testid="interaction-form"
      >
        <Form.Item
          name="kind"
          label={t('interactionKind')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Select
            data-testid="interaction-kind"
            options={INTERACTION_KINDS.map((k) => ({
              value: k,
              label: tc('interactionKind', k.toLowerCase()),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={t('occurredAt')}
          rules={[{ required: true, message: t('required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="interaction-occurred-at"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item name="outcome" label={t('outcome')} rules={[{ required: true, message: t('required') }]}>
          <Select
            data-testid="interaction-outcome"
            options={OUTCOMES.map((o) => ({ value: o, label: tc('outcome', o.toLowerCase()) }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('notes')}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="interaction-notes" />
        </Form.Item>
        <Form.Item name="nextFollowUp" label={t('nextFollowUp')}>
          <DatePicker
            style={{ width: '100%' }}
            data-testid="interaction-next-follow-up"
            disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
