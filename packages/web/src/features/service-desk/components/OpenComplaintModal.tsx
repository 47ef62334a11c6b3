import { useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ComplaintCategory, ComplaintChannel, ComplaintKind } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '../lifecycle.ts';
import { OpenComplaintMutation } from '../service-desk.operations.ts';

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
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [openComplaint, { loading }] = useMutation(OpenComplaintMutation);

  const submit = async (v: Values) => {
    setOther([]);
    try {
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
    } catch (e) {
      const problems = fieldProblems(e, FIELDS, lang);
      form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [p.message] })));
      setOther(problems.other);
    }
  };

  return (
    <Modal
      open={open}
      title={t('openComplaint')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setOther([]);
        onClose();
      }}
      okButtonProps={{ 'data-testid': 'complaint-open-save' } as Record<string, string>}
      destroyOnHidden
    >
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('fixFields')}
          description={other.join('; ')}
          data-testid="complaint-open-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: 'COMPLAINT',
          channel: 'PHONE',
          category: 'SETTLEMENT_DELAY',
          receivedAt: dayjs(),
        }}
        onFinish={submit}
        data-testid="complaint-open-form"
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
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="complaint-summary" />
        </Form.Item>
        <Form.Item
          name="receivedAt"
          label={t('receivedAt')}
          rules={[{ required: true, message: t('required') }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs().subtract(30, 'day'), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
