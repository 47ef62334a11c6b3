import { useMutation } from '@apollo/client/react';
import { type InteractionField, NOTES_MAX } from '@cornerstone/shared/maintenance/interaction-rules';
import {
  INTERACTION_OUTCOMES,
  INTERACTION_KINDS as KINDS,
} from '@cornerstone/shared/maintenance/maintenance';
import { App, Checkbox, DatePicker, Form, type FormRule, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import type { InteractionKind, InteractionOutcome } from '../../../gql/graphql.ts';
import { apiCode } from '../../../lib/codes.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import {
  canConfirmContact,
  INTERACTION_FIELDS,
  type InteractionFormValues,
  interactionFieldMessage,
  interactionInput,
} from '../interaction-form.ts';
import { RecordInteractionMutation } from '../maintenance.operations.ts';

const INTERACTION_KINDS: readonly InteractionKind[] = KINDS.map(apiCode);
const OUTCOMES: readonly InteractionOutcome[] = INTERACTION_OUTCOMES.map(apiCode);

/**
 * 记录联系: kind, time, outcome, notes and an optional next follow-up date. The kind is the one the
 * user asked for and the time is now; the outcome and the note are the user's to give. The shared
 * rule (interaction-rules.ts) checks each field as it changes and all of them on save, the server
 * checks the same again: its problems show under the same fields, in the user's language, and stay
 * until the field is changed or the dialog closed. On success the caller refetches tasks and timeline.
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
  const [form] = Form.useForm<InteractionFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordInteractionMutation);

  // A field's rule is the shared rule's words for it, read from all the form's values.
  const byRule =
    (field: InteractionField): FormRule =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const words = interactionFieldMessage(getFieldsValue(true), field, lang);
        if (words) throw new Error(words);
      },
    });

  const submit = async (v: InteractionFormValues) => {
    setOther([]);
    try {
      await record({ variables: { input: interactionInput(mid, v) } });
      message.success(t('interactionSaved'));
      form.resetFields();
      onSaved();
      onClose();
    } catch (e) {
      setOther(showProblems(e, form, INTERACTION_FIELDS, lang));
    }
  };
  const close = () => {
    setOther([]);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('logInteraction')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={close}
      okButtonProps={{ 'data-testid': 'interaction-save' } as Record<string, string>}
      cancelButtonProps={{ 'data-testid': 'interaction-cancel' } as Record<string, string>}
      destroyOnHidden
      data-testid="interaction-modal"
    >
      <ProblemsAlert problems={other} testId="interaction-error" />
      <Form<InteractionFormValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: defaultKind, occurredAt: dayjs() }}
        onFinish={submit}
        data-testid="interaction-form"
      >
        <Form.Item
          name="kind"
          label={t('interactionKind')}
          required
          rules={[byRule('kind')]}
          data-testid="interaction-field-kind"
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
          required
          rules={[byRule('occurredAt')]}
          data-testid="interaction-field-occurredAt"
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            allowClear={false}
            style={{ width: '100%' }}
            data-testid="interaction-occurred-at"
          />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={t('outcome')}
          required
          rules={[byRule('outcome')]}
          data-testid="interaction-field-outcome"
        >
          <Select
            data-testid="interaction-outcome"
            placeholder={t('chooseOutcome')}
            options={OUTCOMES.map((o) => ({ value: o, label: tc('outcome', o.toLowerCase()) }))}
          />
        </Form.Item>
        {/* Counted as the rule counts (characters), and not cut at the limit: the rule says so. */}
        <Form.Item
          name="notes"
          label={t('notes')}
          required
          rules={[byRule('notes')]}
          data-testid="interaction-field-notes"
        >
          <Input.TextArea
            rows={3}
            count={{ show: true, max: NOTES_MAX, strategy: (text) => [...text].length }}
            placeholder={t('notesPlaceholder')}
            data-testid="interaction-notes"
          />
        </Form.Item>
        <Form.Item
          name="nextFollowUp"
          label={t('nextFollowUp')}
          dependencies={['occurredAt', 'outcome']}
          rules={[byRule('nextFollowUp')]}
          data-testid="interaction-field-nextFollowUp"
        >
          <DatePicker style={{ width: '100%' }} data-testid="interaction-next-follow-up" />
        </Form.Item>
        {/* One contact, every task it covers: a visit or call that checked the contact data. */}
        <Form.Item noStyle dependencies={['kind', 'outcome']}>
          {({ getFieldsValue }) =>
            canConfirmContact(getFieldsValue(['kind', 'outcome'])) ? (
              <Form.Item name="contactConfirmed" valuePropName="checked" style={{ marginBottom: 0 }}>
                <Checkbox data-testid="interaction-contact-confirmed">{t('contactConfirmed')}</Checkbox>
              </Form.Item>
            ) : null
          }
        </Form.Item>
      </Form>
    </Modal>
  );
}
