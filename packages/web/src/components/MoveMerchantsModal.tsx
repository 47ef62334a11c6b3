import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Form, Modal, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { MerchantFilter, MoveMerchantsMutation as MoveData } from '../gql/graphql.ts';
import { fieldProblems } from '../lib/field-errors.ts';
import { formatCount } from '../lib/format.ts';
import { useLang, useT } from '../lib/i18n.ts';
import { MoveMerchantsMutation } from './move-merchants.operations.ts';
import { ScopeManagersQuery } from './scope-filters.operations.ts';

/** What to move: the chosen MIDs, or every merchant the merchant list's filter matches. */
export type MoveSelection = { mids: string[] } | { filter: MerchantFilter };

/**
 * 客户移交: picks the account manager who takes the merchants (of `branch` when known; the server
 * refuses one of another branch by the field) and moves them on confirmation, with the count.
 * Shared by the merchant list and the users page, which moves a manager's merchants before a
 * deactivation.
 */
export function MoveMerchantsModal({
  open,
  selection,
  count,
  branch,
  exclude,
  intro,
  onClose,
  onMoved,
}: {
  open: boolean;
  selection: MoveSelection;
  count: number;
  branch?: string | null | undefined;
  /** The current manager, left out of the choice. */
  exclude?: string | null | undefined;
  /** Words above the picker in place of the default ones. */
  intro?: string;
  onClose: () => void;
  onMoved: (result: MoveData['moveMerchants']) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [to, setTo] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      setTo(undefined);
      setProblem(null);
    }
  }, [open]);
  const managers = useQuery(ScopeManagersQuery, {
    variables: { branch: branch ?? null, search: search.trim() || null },
    skip: !open,
  });
  const [move, { loading }] = useMutation(MoveMerchantsMutation);
  const options = ((managers.data ?? managers.previousData)?.accountManagersConnection.edges ?? [])
    .filter(({ node: m }) => m.login !== exclude)
    .map(({ node: m }) => ({ value: m.login, label: `${m.displayName} (${m.login}) · ${m.branch ?? ''}` }));
  const submit = async () => {
    if (!to) return;
    setProblem(null);
    try {
      const r = await move({ variables: { input: { ...selection, to } } });
      const done = r.data!.moveMerchants;
      message.success(
        t('moveDone', {
          moved: formatCount(done.moved, lang),
          unchanged: formatCount(done.unchanged, lang),
          to: `${done.to.displayName} (${done.to.login})`,
        }),
      );
      onMoved(done);
    } catch (e) {
      const p = fieldProblems(e, ['to', 'mids', 'filter'] as const, lang);
      setProblem([...p.fields.map((f) => f.message), ...p.other].join('; '));
    }
  };
  return (
    <Modal
      open={open}
      title={t('moveTitle')}
      onCancel={onClose}
      onOk={submit}
      okText={t('moveConfirm', { n: formatCount(count, lang) })}
      cancelText={t('cancel')}
      okButtonProps={{ disabled: !to || count === 0, loading, ...({ 'data-testid': 'move-ok' } as object) }}
      destroyOnHidden
    >
      <div data-testid="move-dialog">
        <Typography.Paragraph>
          {intro ?? t('moveIntro', { n: formatCount(count, lang) })}
        </Typography.Paragraph>
        <Form layout="vertical">
          <Form.Item label={t('moveTo')} required>
            <Select
              data-testid="move-target"
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={managers.loading}
              placeholder={t('pickManager')}
              value={to ?? null}
              onChange={(v) => setTo(v ?? undefined)}
              options={options}
            />
          </Form.Item>
        </Form>
        {problem && <Alert type="error" showIcon title={problem} data-testid="move-problem" />}
      </div>
    </Modal>
  );
}
