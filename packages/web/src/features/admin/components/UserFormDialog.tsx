import { useMutation, useQuery } from '@apollo/client/react';
import { LOGIN_PATTERN } from '@cornerstone/shared/auth/user-rules';
import { problemText } from '@cornerstone/shared/problems';
import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import { useAuth } from '../../../lib/auth.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { CreateUserMutation, UpdateUserMutation, UserBranchesQuery } from '../admin.operations.ts';
import { needsBranch, roleChoices, USER_FIELDS, type UserFormValues, userInput } from '../users.ts';

export interface EditedUser {
  id: string;
  login: string;
  displayName: string;
  role: string;
  branch?: string | null;
}

/**
 * 新建用户 / 修改用户: login (new users only), name, role among those the signed-in user may give,
 * and the branch for a branch role (a branch manager's own). A new user gets a one-time password
 * (`onCreated`); the server's refusals land on their fields by code.
 */
export function UserFormDialog({
  open,
  editing,
  onClose,
  onCreated,
  onSaved,
}: {
  open: boolean;
  /** The user to change; null to create one. */
  editing: EditedUser | null;
  onClose: () => void;
  onCreated: (login: string, oneTimePassword: string) => void;
  onSaved: () => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { user } = useAuth();
  const [form] = Form.useForm<UserFormValues>();
  const [other, setOther] = useState<string[]>([]);
  const branches = useQuery(UserBranchesQuery, { skip: !open });
  const [create, creating] = useMutation(CreateUserMutation);
  const [update, updating] = useMutation(UpdateUserMutation);
  const role = Form.useWatch('role', form);
  const actorRole = user.role;
  const roles = roleChoices(actorRole);
  const ownBranch = user.role === 'branch_manager' ? user.branch : null;

  useEffect(() => {
    if (!open) return;
    const choices = roleChoices(actorRole);
    setOther([]);
    form.resetFields();
    form.setFieldsValue(
      editing
        ? { displayName: editing.displayName, role: editing.role, branch: editing.branch ?? undefined }
        : {
            role: choices.includes('account_manager') ? 'account_manager' : choices[0],
            branch: ownBranch ?? undefined,
          },
    );
  }, [open, editing, form, actorRole, ownBranch]);

  const submit = async (v: UserFormValues) => {
    setOther([]);
    try {
      if (editing) {
        await update({ variables: { id: editing.id, input: userInput(v) } });
        onSaved();
      } else {
        const r = await create({ variables: { input: { login: (v.login ?? '').trim(), ...userInput(v) } } });
        if (r.data) onCreated(r.data.createUser.user.login, r.data.createUser.oneTimePassword);
      }
    } catch (e) {
      setOther(showProblems(e, form, USER_FIELDS, lang));
    }
  };

  const branchNames = branches.data?.branchesConnection.edges.map((e) => e.node.name) ?? [];
  return (
    <Modal
      open={open}
      title={editing ? t('userEditTitle', { login: editing.login }) : t('userCreate')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={creating.loading || updating.loading}
      okButtonProps={{ 'data-testid': 'user-form-save' } as Record<string, string>}
      forceRender
    >
      <Form<UserFormValues> form={form} layout="vertical" onFinish={submit} data-testid="user-form">
        {!editing && (
          <Form.Item
            name="login"
            label={t('userLogin')}
            rules={[
              { required: true, message: t('required') },
              {
                // The server's rule (shared/auth/user-rules.ts), worded by the same code.
                validator: async (_, v: string | undefined) => {
                  if (v && !LOGIN_PATTERN.test(v.trim()))
                    throw new Error(problemText(lang, 'user.loginInvalid'));
                },
              },
            ]}
          >
            <Input data-testid="user-login" autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label={t('userName')}>
          <Input data-testid="user-display-name" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('userRole')} rules={[{ required: true, message: t('required') }]}>
          <Select data-testid="user-role" options={roles.map((r) => ({ value: r, label: tc('role', r) }))} />
        </Form.Item>
        {needsBranch(role) && (
          <Form.Item name="branch" label={t('branch')} rules={[{ required: true, message: t('required') }]}>
            <Select
              data-testid="user-branch"
              disabled={ownBranch !== null}
              showSearch
              options={branchNames.map((b) => ({ value: b, label: b }))}
            />
          </Form.Item>
        )}
        <ProblemsAlert problems={other} testId="user-form-error" />
      </Form>
    </Modal>
  );
}
