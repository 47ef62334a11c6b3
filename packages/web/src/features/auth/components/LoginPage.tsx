import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Form, Input, type InputRef, Typography } from 'antd';
import { useContext, useRef, useState } from 'react';
import type { User } from '../../../gql/graphql.ts';
import { LangContext, type MessageKey, useT } from '../../../lib/i18n.ts';
import { LoginMutation } from '../auth.operations.ts';

type SignedIn = Pick<User, 'login' | 'displayName' | 'role' | 'branch' | 'mustChangePassword'>;

/** Why a sign-in failed, as the page says it: by the API's code, never by the server's English. */
function failureOf(error: unknown): MessageKey {
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  if (code === 'UNAUTHENTICATED') return 'loginFailed';
  if (code === 'TOO_MANY_REQUESTS') return 'loginThrottled';
  return 'loginUnavailable';
}

/**
 * 登录. A refused sign-in keeps the login as typed, empties the password for the next try, and says
 * why until the user types again.
 */
export function LoginPage({
  onSignedIn,
  notice,
}: {
  onSignedIn: (user: SignedIn) => void;
  /** Why the user is here again, e.g. a session the server ended (shown until they sign in). */
  notice?: MessageKey | null;
}) {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  const [form] = Form.useForm<{ login: string; password: string }>();
  const [login, { loading }] = useMutation(LoginMutation);
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const password = useRef<InputRef>(null);
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
          form={form}
          layout="vertical"
          requiredMark={false}
          onValuesChange={() => setFailure(null)}
          onFinish={async (v) => {
            setFailure(null);
            try {
              const r = await login({ variables: { login: v.login.trim(), password: v.password } });
              if (r.data) onSignedIn(r.data.login.user);
            } catch (e) {
              setFailure(failureOf(e));
              form.setFieldValue('password', '');
              password.current?.focus();
            }
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
            <Input.Password ref={password} data-testid="login-password" autoComplete="current-password" />
          </Form.Item>
          {notice && !failure && (
            <Alert
              type="warning"
              title={t(notice)}
              style={{ marginBottom: 16 }}
              data-testid="login-notice"
              data-reason={notice}
            />
          )}
          {failure && (
            <Alert
              type="error"
              role="alert"
              title={t(failure)}
              style={{ marginBottom: 16 }}
              data-testid="login-error"
              data-reason={failure}
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
