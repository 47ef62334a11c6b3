import { useMutation } from '@apollo/client/react';
import { App, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../../lib/i18n.ts';
import { useDeskForm } from '../hooks/useDeskForm.ts';
import { OpenFaultTicketMutation } from '../service-desk.operations.ts';
import { DeskReceivedAtItem, DeskTextArea } from './DeskFormFields.tsx';
import { DeskFormModal } from './DeskFormModal.tsx';

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
  const { message } = App.useApp();
  const desk = useDeskForm<Values>(FIELDS);
  const [report, { loading }] = useMutation(OpenFaultTicketMutation);

  const submit = async (v: Values) => {
    if (!terminal) return;
    await desk.attempt(async () => {
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
    });
  };

  return (
    <DeskFormModal<Values>
      desk={desk}
      open={terminal !== null}
      title={t('reportFault')}
      saving={loading}
      onClose={onClose}
      testId="fault-report"
      context={terminal && `${t('tid')} ${terminal.tid} · ${terminal.model}`}
      errorTitle={t('fixFields')}
      formProps={{ initialValues: { reportedAt: dayjs() }, onFinish: submit }}
    >
      <Form.Item
        name="description"
        label={t('faultDescription')}
        rules={[{ required: true, whitespace: true, message: t('required') }]}
      >
        <DeskTextArea data-testid="fault-description" />
      </Form.Item>
      <DeskReceivedAtItem name="reportedAt" label={t('reportedAt')} />
    </DeskFormModal>
  );
}
