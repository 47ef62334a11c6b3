import { useMutation } from '@apollo/client/react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { OpenFaultTicketMutation } from '../service-desk.operations.ts';

const FIELDS = ['description', 'reportedAt'] as const;

interface Values {
  description: string;
  reportedAt: Dayjs;
}

/** 报修: opens a fault ticket on one terminal; its response and repair clocks start from the report. */
export function ReportFaultModal({
  terminal,
  onClose,
  onSaved,
}: {
  terminal: { tid: string; model: string } | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [report, { loading }] = useMutation(OpenFaultTicketMutation);

  const submit = async (v: Values) => {
    if (!terminal) return;
    setOther([]);
    try {
      await report({
        variables: {
          input: {
            tid: terminal.tid,
            description: v.description.trim(),
            reportedAt: v.reportedAt.toISOString(),
          },
        },
      });
      message.success(t('faultReported'));
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
      open={terminal !== null}
      title={t('reportFault')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setOther([]);
        onClose();
      }}
      okButtonProps={{ 'data-testid': 'fault-report-save' } as Record<string, string>}
      destroyOnHidden
    >
      {terminal && (
        <Typography.Paragraph type="secondary">
          {t('tid')} {terminal.tid} · {terminal.model}
        </Typography.Paragraph>
      )}
      {other.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('fixFields')}
          description={other.join('; ')}
          data-testid="fault-report-error"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ reportedAt: dayjs() }}
        onFinish={submit}
        data-testid="fault-report-form"
      >
        <Form.Item
          name="description"
          label={t('faultDescription')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="fault-description" />
        </Form.Item>
        <Form.Item
          name="reportedAt"
          label={t('reportedAt')}
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
