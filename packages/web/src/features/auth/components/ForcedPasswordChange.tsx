import { Alert, Button, Card, Space } from 'antd';
import { useContext } from 'react';
import type { ChangePasswordMutation as Changed } from '../../../gql/graphql.ts';
import { LangContext, useT } from '../../../lib/i18n.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/**
 * After a one-time password: the only screen until the user has chosen their own password (the
 * server refuses everything else with PASSWORD_CHANGE_REQUIRED meanwhile).
 */
export function ForcedPasswordChange({
  login,
  onChanged,
  onSignOut,
}: {
  login: string;
  onChanged: (user: Changed['changePassword']) => void;
  onSignOut: () => void;
}) {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card
        title={t('mustChangeTitle')}
        style={{ width: 420 }}
        data-testid="page-must-change-password"
        extra={
          <Space size={0}>
            <Button
              size="small"
              type="text"
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
              data-testid="lang-switch"
            >
              {t('language')}
            </Button>
            <Button size="small" type="text" onClick={onSignOut} data-testid="logout">
              {t('logout')}
            </Button>
          </Space>
        }
      >
        <Alert type="warning" title={t('mustChangeHint')} style={{ marginBottom: 16 }} />
        <ChangePasswordForm login={login} onChanged={onChanged} />
      </Card>
    </div>
  );
}
