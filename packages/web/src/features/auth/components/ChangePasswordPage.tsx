import { App, Card } from 'antd';
import { useAuth } from '../../../lib/auth.ts';
import { useT } from '../../../lib/i18n.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** 修改密码, from the user menu: any signed-in user, their own password. */
export function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const { user } = useAuth();
  return (
    <Card title={t('changePassword')} style={{ maxWidth: 480 }} data-testid="page-change-password">
      <ChangePasswordForm login={user.login} onChanged={() => message.success(t('passwordChanged'))} />
    </Card>
  );
}
