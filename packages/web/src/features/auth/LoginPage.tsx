import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { LoginMutation } from './auth.operations.ts';

export function LoginPage({ onToken }: { onToken: (token: string) => void }) {
  const t = useT();
  const [login, { loading, error }] = useMutation(LoginMutation);
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card title={t('appName')} style={{ width: 360 }}>
        <Form
          layout="vertical"
          onFinish={async (v: { login: string; password: string }) => {
            const r = await login({ variables: v }).catch(() => null);
            if (r?.data) onToken(r.data.login.token);
          }}
        >
          <Form.Item name="login" label={t('loginName')} rules={[{ required: true }]}>
            <Input data-testid="login-name" autoComplete="username" />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true }]}>
            <Input.Password data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" title={t('loginFailed')} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
            {t('login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
