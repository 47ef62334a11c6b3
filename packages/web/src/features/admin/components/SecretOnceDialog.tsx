import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useT } from '../../../lib/i18n.ts';

/**
 * A secret the server answers once and keeps only hashed or encrypted (an API token, a webhook's
 * signing secret): shown with a copy button until closed, then forgotten — the page never has it
 * again.
 */
export function SecretOnceDialog({
  shown,
  onClose,
  testId,
}: {
  shown: { title: string; hint: string; secret: string } | null;
  onClose: () => void;
  testId: string;
}) {
  const t = useT();
  const { message } = App.useApp();
  const copy = async () => {
    if (!shown) return;
    try {
      await navigator.clipboard.writeText(shown.secret);
      message.success(t('copied'));
    } catch {
      // No clipboard (an insecure origin): the secret stays selectable on screen.
      message.warning(t('copy'));
    }
  };
  return (
    <Modal
      open={shown !== null}
      title={shown?.title ?? ''}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      width={640}
      footer={
        <Button type="primary" onClick={onClose} data-testid={`${testId}-done`}>
          {t('done')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} data-testid={testId}>
        <Alert type="warning" title={shown?.hint} />
        <Typography.Paragraph
          code
          copyable={false}
          style={{ fontSize: 15, wordBreak: 'break-all', marginBottom: 0 }}
          data-testid={`${testId}-secret`}
        >
          {shown?.secret}
        </Typography.Paragraph>
        <Button onClick={copy} data-testid={`${testId}-copy`}>
          {t('copy')}
        </Button>
      </Space>
    </Modal>
  );
}
