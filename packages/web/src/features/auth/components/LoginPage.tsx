import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useContext } from 'react';
import type { User } from '../../../gql/graphql.ts';
import { LangContext, useT } from '../../../lib/i18n.ts';
import { LoginMutation } from '../auth.operations.ts';

type SignedIn = Pick<User, 'login' | 'displayName' | 'role' | 'branch'>;

export function LoginPage({ onSignedIn }: { onSignedIn: (user: SignedIn) => void }) {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  const [login, { loading, error }] = useMutation(LoginMutation);
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card
        title={t('appName')}
        style={{ width: 380 }}
        extra={
          <Button
            size="small"
            type="text"
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            data-testid="lang-switch"
          >
            {t('language')}
          </Button>
        }
      >
        <Form
          layout="vertical"
          requiredMark={false}
          onFinish={async (v: { login: string; password: string }) => {
            const r = await login({ variables: { login: v.login.trim(), password: v.password } }).catch(
              () => null,
            );
            if (r?.data) onSignedIn(r.data.login.user);
          }}
        >
          <Form.Item name="login" label={t('loginName')} rules={[{ required: true, message: t('required') }]}>
            <Input data-testid="login-name" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('password')}
            rules={[{ required: true, message: t('required') }]}
          >
            <Input.Password data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          {error && (
            <Alert
              type="error"
              title={t('loginFailed')}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
            />
          )}
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
            {t('login')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 12 }}>
          {t('appShort')}
        </Typography.Paragraph>
      </Card>
    </div>
  );
}
