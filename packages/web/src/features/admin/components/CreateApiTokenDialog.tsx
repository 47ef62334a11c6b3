import { useMutation, useQuery } from '@apollo/client/react';
import { ROLES } from '@cornerstone/shared/roles/permissions';
import { Form, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { UserBranchesQuery } from '../admin.operations.ts';
import { CreateApiTokenMutation } from '../admin-pages.operations.ts';
import { needsBranch } from '../users.ts';

const FIELDS = ['name', 'role', 'branch', 'expiresInDays'] as const;
// A token never acts as an administrator (the server refuses it too).
const TOKEN_ROLES = ROLES.filter((r) => r !== 'admin');

interface Values {
  name: string;
  role: string;
  branch?: string;
  expiresInDays?: number | null;
}

/**
 * 新建 API 令牌: a name (never reused), the role it reads as and, for a branch role, its branch, and
 * optionally how many days it lives. The token comes back once (`onCreated`); the server's
 * refusals land on their fields.
 */
export function CreateApiTokenDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (name: string, token: string) => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const branches = useQuery(UserBranchesQuery, { skip: !open });
  const [create, creating] = useMutation(CreateApiTokenMutation);
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (!open) return;
    setOther([]);
    form.resetFields();
    form.setFieldsValue({ role: 'analyst' });
  }, [open, form]);

  const submit = async (v: Values) => {
    setOther([]);
    try {
      const input = {
        name: v.name.trim(),
        role: v.role,
        branch: needsBranch(v.role) ? (v.branch ?? null) : null,
        expiresInDays: v.expiresInDays ?? null,
      };
      const r = await create({ variables: { input } });
      if (r.data) onCreated(r.data.createApiToken.apiToken.name, r.data.createApiToken.token);
    } catch (e) {
      setOther(showProblems(e, form, FIELDS, lang));
    }
  };

  return (
    <FormDialog
      open={open}
      title={t('tokenCreateTitle')}
      okText={t('tokenCreateOk')}
      loading={creating.loading}
      testId="token-form"
      other={other}
      onClose={onClose}
      form={form}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="token-form">
        <Form.Item
          name="name"
          label={t('tokenName')}
          extra={t('tokenNameHint')}
          rules={[{ required: true, message: t('required') }]}
        >
          <Input data-testid="token-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('tokenRole')} extra={t('tokenRoleHint')}>
          <Select
            data-testid="token-role"
            options={TOKEN_ROLES.map((r) => ({ value: r, label: tc('role', r) }))}
          />
        </Form.Item>
        {needsBranch(role) && (
          <Form.Item name="branch" label={t('branch')} rules={[{ required: true, message: t('required') }]}>
            <Select
              data-testid="token-branch"
              showSearch
              options={(branches.data?.branchesConnection.edges ?? []).map((e) => ({
                value: e.node.name,
                label: e.node.name,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="expiresInDays" label={t('tokenExpiresInDays')} extra={t('tokenExpiresHint')}>
          <InputNumber min={1} max={730} precision={0} style={{ width: 160 }} data-testid="token-expires" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
