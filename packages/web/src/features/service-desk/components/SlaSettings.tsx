import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog.tsx';
import type { SlaKind, SlaPoliciesQuery as SlaPoliciesData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { SetSlaPolicyMutation, SlaPoliciesQuery } from '../sla.operations.ts';
import { SLA_FIELDS, type SlaField, slaFieldWords } from '../sla-policy-form.ts';

type Policy = SlaPoliciesData['slaPolicies'][number];
type Hours = Record<SlaField, number | null>;

// A fault ticket's second clock is its repair; complaints and feedback are resolved.
const secondClock = (kind: SlaKind) => (kind === 'FAULT' ? 'slaRepairHours' : 'slaResolutionHours');

/**
 * 系统设置 › 服务时限: the first-response and resolution hours of complaints, feedback and fault
 * tickets, as the server models them (one policy per kind), each changed in a dialog. The page says
 * which cases a change reaches: new complaints and feedback only; every fault ticket.
 */
export function SlaSettings() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const policies = useQuery(SlaPoliciesQuery);
  const [editing, setEditing] = useState<Policy | null>(null);
  const hours = (n: number) => t('slaHoursValue', { n });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('slaIntro')}</Typography.Paragraph>
      {policies.error && <Alert type="error" title={policies.error.message} />}
      <Table<Policy>
        rowKey="kind"
        size="small"
        loading={policies.loading}
        dataSource={policies.data?.slaPolicies ?? []}
        pagination={false}
        data-testid="sla-table"
        onRow={(r) => ({ 'data-testid': `sla-row-${r.kind}` }) as Record<string, string>}
        columns={[
          { title: t('slaPolicyKind'), key: 'kind', render: (_, r) => t(`slaPolicyKind.${r.kind}`) },
          {
            title: t('slaResponseHours'),
            key: 'response',
            render: (_, r) => <span data-testid={`sla-${r.kind}-response`}>{hours(r.responseHours)}</span>,
          },
          {
            title: `${t('slaResolutionHours')} / ${t('slaRepairHours')}`,
            key: 'resolution',
            render: (_, r) => (
              <span data-testid={`sla-${r.kind}-resolution`}>{hours(r.resolutionHours)}</span>
            ),
          },
          {
            title: t('slaAppliesTo'),
            key: 'applies',
            render: (_, r) => t(r.kind === 'FAULT' ? 'slaAppliesNewFaults' : 'slaAppliesNew'),
          },
          {
            title: t('slaUpdated'),
            key: 'updated',
            render: (_, r) => t('slaUpdatedBy', { at: formatDateTime(r.updatedAt, lang), by: r.updatedBy }),
          },
          {
            title: t('slaActions'),
            key: 'actions',
            width: 90,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing(r)}
                data-testid={`sla-edit-${r.kind}`}
              >
                {t('slaEdit')}
              </Button>
            ),
          },
        ]}
      />
      <SlaDialog
        policy={editing}
        onClose={() => setEditing(null)}
        onSaved={(kind) => {
          setEditing(null);
          message.success(t('slaSaved', { kind: t(`slaPolicyKind.${kind}`) }));
          // A policy has no id for the cache to update it by: the table asks again.
          void policies.refetch();
        }}
      />
    </>
  );
}

function SlaDialog({
  policy,
  onClose,
  onSaved,
}: {
  policy: Policy | null;
  onClose: () => void;
  onSaved: (kind: SlaKind) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm<Hours>();
  const [other, setOther] = useState<string[]>([]);
  const [save, saving] = useMutation(SetSlaPolicyMutation);

  const submit = async (v: Hours) => {
    if (!policy) return;
    setOther([]);
    // An empty field is sent as 0, which the server refuses under that field like any other bad value.
    const sent = { responseHours: v.responseHours ?? 0, resolutionHours: v.resolutionHours ?? 0 };
    try {
      const r = await save({ variables: { kind: policy.kind, ...sent } });
      if (r.data) onSaved(policy.kind);
    } catch (e) {
      const problems = fieldProblems(e, SLA_FIELDS, lang);
      form.setFields(
        problems.fields.map((p) => {
          const words = slaFieldWords(p.field, sent);
          return { name: p.field, errors: [t(words.key, words.vars)] };
        }),
      );
      setOther(problems.other);
    }
  };

  return (
    <FormDialog
      open={policy !== null}
      title={policy ? t('slaEditTitle', { kind: t(`slaPolicyKind.${policy.kind}`) }) : ''}
      okText={t('save')}
      loading={saving.loading}
      testId="sla"
      other={other}
      onClose={() => {
        setOther([]);
        onClose();
      }}
      form={form}
      fresh
    >
      <Form<Hours>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          policy
            ? { responseHours: policy.responseHours, resolutionHours: policy.resolutionHours }
            : undefined
        }
        data-testid="sla-form"
      >
        <Form.Item name="responseHours" label={t('slaResponseHours')} data-testid="sla-field-responseHours">
          <InputNumber<number>
            precision={0}
            style={{ width: 160 }}
            suffix={t('slaHoursSuffix')}
            data-testid="sla-response"
          />
        </Form.Item>
        <Form.Item
          name="resolutionHours"
          label={policy ? t(secondClock(policy.kind)) : ''}
          data-testid="sla-field-resolutionHours"
        >
          <InputNumber<number>
            precision={0}
            style={{ width: 160 }}
            suffix={t('slaHoursSuffix')}
            data-testid="sla-resolution"
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
