import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useT } from '../../../lib/i18n.ts';

/**
 * A one-time password, shown once (the server keeps only its hash): copy it, then close. Closing
 * forgets it; a lost one is replaced by another reset.
 */
export function OneTimePasswordDialog({
  shown,
  onClose,
}: {
  shown: { login: string; password: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.password);
      message.success(t('copied'));
    } catch {
      // No clipboard (an insecure origin): the password stays selectable on screen.
      message.warning(shown.password);
    }
  };
  return (
    <Modal
      open={shown !== null}
      title={shown ? t('oneTimePasswordTitle', { login: shown.login }) : ''}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-password-done">
          {t('done')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" title={t('oneTimePasswordHint')} />
        <Space>
          <Typography.Text code style={{ fontSize: 20 }} data-testid="one-time-password">
            {shown?.password}
          </Typography.Text>
          <Button onClick={copy} data-testid="one-time-password-copy">
            {t('copy')}
          </Button>
        </Space>
      </Space>
    </Modal>
  );
}
