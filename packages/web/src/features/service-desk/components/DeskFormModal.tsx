import { Form, type FormProps, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import { useT } from '../../../lib/i18n.ts';
import type { DeskForm } from '../hooks/useDeskForm.ts';

/**
 * The dialog of every desk form (登记投诉, 报修, a complaint's or a ticket's step): the context line,
 * the problems that fit no field, then the vertical form. Test ids follow `testId`:
 * `<testId>-save` on OK, `<testId>-error` on the alert, `<testId>-form` on the form.
 */
export function DeskFormModal<V>({
  desk,
  open,
  title,
  saving,
  onClose,
  testId,
  modalTestId,
  context,
  contextRows,
  errorTitle,
  formProps,
  children,
}: {
  desk: DeskForm<V>;
  open: boolean;
  title: string;
  saving: boolean;
  onClose: () => void;
  testId: string;
  modalTestId?: string;
  /** What the dialog is about, in grey above the form; `contextRows` clamps it. */
  context?: ReactNode;
  contextRows?: number;
  errorTitle: string;
  formProps: Pick<FormProps<V>, 'onFinish' | 'initialValues'> & { 'data-step'?: string };
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => desk.form.submit()}
      onCancel={() => {
        desk.clearOther();
        onClose();
      }}
      okButtonProps={{ 'data-testid': `${testId}-save` } as Record<string, string>}
      destroyOnHidden
      data-testid={modalTestId}
    >
      {context && (
        <Typography.Paragraph type="secondary" ellipsis={contextRows ? { rows: contextRows } : undefined}>
          {context}
        </Typography.Paragraph>
      )}
      <ProblemsAlert problems={desk.other} title={errorTitle} testId={`${testId}-error`} />
      <Form<V>
        form={desk.form}
        layout="vertical"
        preserve={false}
        data-testid={`${testId}-form`}
        {...formProps}
      >
        {children}
      </Form>
    </Modal>
  );
}
