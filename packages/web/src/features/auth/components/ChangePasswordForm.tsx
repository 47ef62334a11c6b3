import { useMutation } from '@apollo/client/react';
import { PASSWORD_MIN_LENGTH, passwordProblem } from '@cornerstone/shared/auth/password-policy';
import { problemText } from '@cornerstone/shared/problems';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import type { ChangePasswordMutation as Changed } from '../../../gql/graphql.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { ChangePasswordMutation } from '../auth.operations.ts';

const FIELDS = ['currentPassword', 'newPassword'] as const;
type Values = { currentPassword: string; newPassword: string; confirm: string };

/**
 * 修改密码: the current password, the new one twice. The new one is checked before sending by the
 * same policy the server holds (shared/auth/password-policy.ts); the server's refusals land on their
 * fields by code.
 */
export function ChangePasswordForm({
  login,
  onChanged,
}: {
  login: string;
  onChanged: (user: Changed['changePassword']) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [other, setOther] = useState<string[]>([]);
  const submit = async (v: Values) => {
    setOther([]);
    try {
      const r = await change({
        variables: { currentPassword: v.currentPassword, newPassword: v.newPassword },
      });
      if (r.data) {
        form.resetFields();
        onChanged(r.data.changePassword);
      }
    } catch (e) {
      setOther(showProblems(e, form, FIELDS, lang));
    }
  };
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      data-testid="change-password-form"
    >
      <Typography.Paragraph type="secondary">
        {t('passwordPolicy', { min: PASSWORD_MIN_LENGTH })}
      </Typography.Paragraph>
      <Form.Item
        name="currentPassword"
        label={t('currentPassword')}
        rules={[{ required: true, message: t('required') }]}
      >
        <Input.Password data-testid="current-password" autoComplete="current-password" autoFocus />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('newPassword')}
        rules={[
          { required: true, message: t('required') },
          {
            validator: async (_, v: string | undefined) => {
              const p = v ? passwordProblem(v, login) : null;
              if (p) throw new Error(problemText(lang, p.code, 'params' in p ? p.params : undefined));
            },
          },
        ]}
      >
        <Input.Password data-testid="new-password" autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('required') },
          ({ getFieldValue }) => ({
            validator: async (_, v: string | undefined) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error(t('passwordsDiffer'));
            },
          }),
        ]}
      >
        <Input.Password data-testid="confirm-password" autoComplete="new-password" />
      </Form.Item>
      {other.length > 0 && (
        <Alert
          type="error"
          title={other.join('; ')}
          style={{ marginBottom: 16 }}
          data-testid="change-password-error"
        />
      )}
      <Button type="primary" htmlType="submit" loading={loading} data-testid="change-password-submit">
        {t('changePassword')}
      </Button>
    </Form>
  );
}
