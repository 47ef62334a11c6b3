import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Form, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { FormDialog } from '../../../components/FormDialog.tsx';
import { TierTag } from '../../../components/TierTag.tsx';
import type { CadenceChannel } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { CadencePolicyQuery, SetCadencePolicyMutation } from '../cadence.operations.ts';
import { CADENCE_COLUMNS, type CadenceRow, cadenceRows, policyWithTier } from '../cadence-settings.ts';

const CHANNEL_WORDS = {
  VISIT: 'taskChannel.visit',
  CALL: 'taskChannel.call',
  MESSAGE: 'taskChannel.message',
} as const;

/**
 * 系统设置 › 维护频次: per tier, the days between visits, calls and messages, and the step up that
 * upgrade potential gives. A tier is edited in a dialog; saving replaces the policy and the server
 * recomputes every open task in the same transaction, which the page reports.
 */
export function CadenceSettings() {
  const t = useT();
  const { message } = App.useApp();
  const policy = useQuery(CadencePolicyQuery);
  const [editing, setEditing] = useState<CadenceRow | null>(null);
  const [refreshed, setRefreshed] = useState<string | null>(null);
  const rows = cadenceRows(policy.data?.cadencePolicy ?? []);

  const days = (n: number | null) =>
    n === null ? (
      <Typography.Text type="secondary">{t('cadenceNotAsked')}</Typography.Text>
    ) : (
      t('cadenceEvery', { n })
    );
  return (
    <>
      <Typography.Paragraph type="secondary">{t('cadenceIntro')}</Typography.Paragraph>
      {policy.error && <Alert type="error" title={policy.error.message} />}
      {refreshed && (
        <Alert
          type="success"
          title={refreshed}
          closable
          onClose={() => setRefreshed(null)}
          data-testid="cadence-refreshed"
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<CadenceRow>
        rowKey="tier"
        size="small"
        loading={policy.loading}
        dataSource={rows}
        pagination={false}
        data-testid="cadence-table"
        onRow={(r) => ({ 'data-testid': `cadence-row-${r.tier}` }) as Record<string, string>}
        columns={[
          { title: t('cadenceTier'), key: 'tier', width: 120, render: (_, r) => <TierTag tier={r.tier} /> },
          ...CADENCE_COLUMNS.map((c) => ({
            title: t(CHANNEL_WORDS[c]),
            key: c,
            render: (_: unknown, r: CadenceRow) => (
              <span data-testid={`cadence-${r.tier}-${c}`}>{days(r[c])}</span>
            ),
          })),
          {
            title: t('cadencePotential'),
            key: 'potential',
            render: (_, r) =>
              r.potentialTier
                ? t('cadencePotentialStep', { tier: t(`tier.${r.potentialTier}`) })
                : t('cadencePotentialTop'),
          },
          {
            title: t('cadenceActions'),
            key: 'actions',
            width: 90,
            render: (_, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing(r)}
                data-testid={`cadence-edit-${r.tier}`}
              >
                {t('cadenceEdit')}
              </Button>
            ),
          },
        ]}
      />
      <TierCadenceDialog
        row={editing}
        onClose={() => setEditing(null)}
        onSaved={(counts) => {
          setEditing(null);
          const words = t('cadenceSaved', counts);
          setRefreshed(words);
          message.success(words);
          void policy.refetch();
        }}
        policy={policy.data?.cadencePolicy ?? []}
      />
    </>
  );
}

type Intervals = Record<CadenceChannel, number | null>;

function TierCadenceDialog({
  row,
  policy,
  onClose,
  onSaved,
}: {
  row: CadenceRow | null;
  policy: Parameters<typeof policyWithTier>[0];
  onClose: () => void;
  onSaved: (counts: { moved: number; created: number; cancelled: number }) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [form] = Form.useForm<Intervals>();
  const [other, setOther] = useState<string[]>([]);
  const [save, saving] = useMutation(SetCadencePolicyMutation);

  const submit = async (v: Intervals) => {
    if (!row) return;
    setOther([]);
    const intervals = Object.fromEntries(CADENCE_COLUMNS.map((c) => [c, v[c] ?? null])) as Intervals;
    const { rules, channelOf } = policyWithTier(policy, row.tier, intervals);
    try {
      const r = await save({ variables: { rules } });
      if (r.data) {
        setOther([]);
        onSaved(r.data.setCadencePolicy);
      }
    } catch (e) {
      const problems = fieldProblems(e, [...channelOf.keys()], lang);
      // The server names the rule by its place in the policy; the form shows it under its channel,
      // worded in the user's language (the cadence rule's problems carry no code).
      form.setFields(
        problems.fields.map((p) => ({
          name: channelOf.get(p.field)!,
          errors: [p.field.endsWith('.everyDays') ? t('cadenceDaysInvalid') : p.message],
        })),
      );
      setOther(problems.other);
    }
  };

  return (
    <FormDialog
      open={row !== null}
      title={row ? t('cadenceEditTitle', { tier: t(`tier.${row.tier}`) }) : ''}
      okText={t('save')}
      loading={saving.loading}
      testId="cadence"
      other={other}
      onClose={() => {
        setOther([]);
        onClose();
      }}
      form={form}
      fresh
    >
      <Form<Intervals>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={row ? { VISIT: row.VISIT, CALL: row.CALL, MESSAGE: row.MESSAGE } : undefined}
        data-testid="cadence-form"
      >
        <Typography.Paragraph type="secondary">{t('cadenceDaysHelp')}</Typography.Paragraph>
        {CADENCE_COLUMNS.map((c) => (
          <Form.Item key={c} name={c} label={t(CHANNEL_WORDS[c])} data-testid={`cadence-field-${c}`}>
            <InputNumber<number>
              precision={0}
              style={{ width: 160 }}
              suffix={t('cadenceDaysSuffix')}
              data-testid={`cadence-days-${c}`}
            />
          </Form.Item>
        ))}
      </Form>
    </FormDialog>
  );
}
