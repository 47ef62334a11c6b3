import { type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';
import { ProblemsAlert } from './ProblemsAlert.tsx';

/**
 * The dialog of a form (a token, a subscription, a policy, a product): OK submits the form, and
 * what the server refused without naming a field shows in an alert under it. `fresh` mounts the
 * form anew each time it opens (its initial values are the row being edited); otherwise the form
 * stays mounted, so its instance is there before the first opening.
 */
export function FormDialog({
  open,
  title,
  okText,
  loading,
  testId,
  other,
  onClose,
  form,
  width,
  fresh = false,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  loading: boolean;
  /** `<testId>-save` on the OK button, `<testId>-error` on the alert. */
  testId: string;
  other: string[];
  onClose: () => void;
  /** The form OK submits. */
  form: FormInstance;
  width?: number;
  fresh?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText}
      cancelText={t('cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': `${testId}-save` } as Record<string, string>}
      width={width}
      forceRender={!fresh}
      destroyOnHidden={fresh}
    >
      {children}
      <ProblemsAlert problems={other} testId={`${testId}-error`} />
    </Modal>
  );
}
