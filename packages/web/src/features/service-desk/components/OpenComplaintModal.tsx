import { useMutation } from '@apollo/client/react';
import { App, Form, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ComplaintCategory, ComplaintChannel, ComplaintKind } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import { useDeskForm } from '../hooks/useDeskForm.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '../lifecycle.ts';
import { OpenComplaintMutation } from '../service-desk.operations.ts';
import { DeskReceivedAtItem, DeskTextArea } from './DeskFormFields.tsx';
import { DeskFormModal } from './DeskFormModal.tsx';

const FIELDS = ['kind', 'channel', 'category', 'summary', 'receivedAt'] as const;

interface Values {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  summary: string;
  receivedAt: Dayjs;
}

/** 登记投诉: a complaint or feedback of the merchant; its SLA clocks start from when it was received. */
export function OpenComplaintModal({
  mid,
  open,
  onClose,
  onSaved,
}: {
  mid: string;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const desk = useDeskForm<Values>(FIELDS);
  const [openComplaint, { loading }] = useMutation(OpenComplaintMutation);

  const submit = (v: Values) =>
    desk.attempt(async () => {
      await openComplaint({
        variables: {
          input: {
            mid,
            kind: v.kind,
            channel: v.channel,
            category: v.category,
            summary: v.summary.trim(),
            receivedAt: v.receivedAt.toISOString(),
          },
        },
      });
      message.success(t('complaintOpened'));
      onSaved();
      onClose();
    });

  return (
    <DeskFormModal<Values>
      desk={desk}
      open={open}
      title={t('openComplaint')}
      saving={loading}
      onClose={onClose}
      testId="complaint-open"
      errorTitle={t('fixFields')}
      formProps={{
        initialValues: {
          kind: 'COMPLAINT',
          channel: 'PHONE',
          category: 'SETTLEMENT_DELAY',
          receivedAt: dayjs(),
        },
        onFinish: submit,
      }}
    >
      <Form.Item name="kind" label={t('kind')} rules={[{ required: true, message: t('required') }]}>
        <Radio.Group
          optionType="button"
          options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`complaintKind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="channel"
        label={t('complaintChannel')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Select
          data-testid="complaint-channel"
          options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`complaintChannel.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('complaintCategory')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Select
          data-testid="complaint-category"
          options={COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: t(`complaintCategory.${c}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('summary')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <DeskTextArea data-testid="complaint-summary" />
      </Form.Item>
      <DeskReceivedAtItem name="receivedAt" label={t('receivedAt')} />
    </DeskFormModal>
  );
}
