import { Alert, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.ts';

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
  onOk,
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
  onOk: () => void;
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
      onOk={onOk}
      okText={okText}
      cancelText={t('cancel')}
      confirmLoading={loading}
      okButtonProps={{ 'data-testid': `${testId}-save` } as Record<string, string>}
      width={width}
      forceRender={!fresh}
      destroyOnHidden={fresh}
    >
      {children}
      {other.length > 0 && <Alert type="error" title={other.join('; ')} data-testid={`${testId}-error`} />}
    </Modal>
  );
}
