import { useMutation } from '@apollo/client/react';
import { capacityProblems } from '@cornerstone/shared/maintenance/task-priority';
import { problemText } from '@cornerstone/shared/problems';
import { App, Button, Form, InputNumber, Modal } from 'antd';
import type { WorkCapacity } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { SetEveryonesWorkCapacityMutation, SetWorkCapacityMutation } from '../maintenance.operations.ts';

const FIELDS = ['visits', 'calls', 'others'] as const;
type Values = Record<(typeof FIELDS)[number], number>;
const LABELS = { visits: 'capacityVisits', calls: 'capacityCalls', others: 'capacityOthers' } as const;

/**
 * 设置工作量: what a day holds for one manager (their branch manager or an administrator) or, with
 * no manager, for everyone (administrators). Checked by the shared rule, then by the server.
 */
export function CapacityModal({
  manager,
  current,
  onClose,
  onSaved,
}: {
  manager: { login: string; displayName: string } | null;
  current: Pick<WorkCapacity, 'visits' | 'calls' | 'others' | 'source'>;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [saveOne, one] = useMutation(SetWorkCapacityMutation);
  const [saveAll, all] = useMutation(SetEveryonesWorkCapacityMutation);
  const loading = one.loading || all.loading;
  const submit = async (input: Values | null) => {
    try {
      if (manager) await saveOne({ variables: { input, manager: manager.login } });
      else if (input) await saveAll({ variables: { input } });
      message.success(t('capacitySaved'));
      onSaved();
      onClose();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS.map((f) => `input.${f}`) as never, lang);
      form.setFields(
        problems.fields.map((p) => ({
          name: String(p.field).replace('input.', '') as keyof Values,
          errors: [p.message],
        })),
      );
      if (problems.other.length) message.error(problems.other.join('; '));
    }
  };
  const rule = (field: (typeof FIELDS)[number]) => ({
    validator: async (_: unknown, v: number | null) => {
      const probe = { visits: 0, calls: 0, others: 0, [field]: v ?? -1 };
      if (capacityProblems(probe).length) throw new Error(problemText(lang, 'capacity.range'));
    },
  });
  return (
    <Modal
      open
      title={manager ? t('capacityFor', { name: manager.displayName }) : t('capacityEveryone')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'capacity-save' } as Record<string, string>}
      destroyOnHidden
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {manager && current.source === 'PERSONAL' && (
            <Button onClick={() => submit(null)} data-testid="capacity-reset">
              {t('capacityReset')}
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ visits: current.visits, calls: current.calls, others: current.others }}
        onFinish={submit}
        data-testid="capacity-form"
      >
        {FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(LABELS[f])} rules={[rule(f)]}>
            <InputNumber
              min={0}
              max={200}
              precision={0}
              style={{ width: '100%' }}
              data-testid={`capacity-${f}`}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
