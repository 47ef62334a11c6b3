import { useMutation } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import type { MerchantPointsQuery } from '../../../gql/graphql.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { formatCount, formatDateTime, formatDelta } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import type { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { RedeemPointsMutation } from '../merchant.operations.ts';

type Points = NonNullable<MerchantPointsQuery['merchant']>['points'];
type Entry = Points['entriesConnection']['edges'][number]['node'];

/** A fresh idempotency key per redemption form: a retry of the same form posts once. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/** 积分: balance, the statement a page at a time (newest first) and 兑换积分. */
export function PointsCard({
  mid,
  points,
  paging,
  loading,
  error,
  mayRedeem,
  onRedeemed,
}: {
  mid: string;
  points: Points | undefined;
  paging: ReturnType<typeof useCursorPaging>;
  loading: boolean;
  /** The points query failed. */
  error?: string | undefined;
  mayRedeem: boolean;
  onRedeemed: () => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  // A fresh idempotency key each time the form opens: pressing save twice redeems once.
  const [redeemKey, setRedeemKey] = useState<string | null>(null);
  const balance = points?.balance ?? 0;
  const entries = points?.entriesConnection;
  return (
    <Card
      size="small"
      title={t('pointsTitle')}
      data-testid="points"
      extra={
        mayRedeem && (
          <Button
            size="small"
            disabled={!points || balance <= 0}
            onClick={() => setRedeemKey(newIdempotencyKey())}
            data-testid="redeem-points"
          >
            {t('redeemPoints')}
          </Button>
        )
      }
    >
      {error && (
        <Alert type="error" showIcon title={t('error')} description={error} style={{ marginBottom: 8 }} />
      )}
      <Statistic
        title={t('points')}
        value={points ? formatCount(balance, lang) : '–'}
        loading={loading && !points}
        valueRender={(node) => (
          <span data-testid="points-balance" data-count={points ? balance : ''}>
            {node}
          </span>
        )}
      />
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        {t('pointsStatement')}
      </Typography.Text>
      <Table<Entry>
        size="small"
        rowKey="id"
        dataSource={entries?.edges.map((e) => e.node) ?? []}
        loading={loading && !points}
        pagination={false}
        scroll={{ y: 240 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noPointsEntries')} />,
        }}
        columns={[
          {
            title: t('postedAt'),
            dataIndex: 'createdAt',
            width: 122,
            render: (v: string) => formatDateTime(v, lang),
          },
          {
            title: t('kind'),
            dataIndex: 'kind',
            // The rest of the narrow side card: a long kind ("Redemption") ends in an ellipsis.
            ellipsis: { showTitle: false },
            render: (k: string, e) => (
              <span title={`${tc('pointsKind', k)} · ${e.reason ?? e.source}`}>{tc('pointsKind', k)}</span>
            ),
          },
          {
            title: t('pointsDelta'),
            dataIndex: 'points',
            align: 'right',
            width: 64,
            render: (p: number) => (
              <Typography.Text type={p < 0 ? 'danger' : 'success'}>{formatDelta(p, lang)}</Typography.Text>
            ),
          },
          {
            title: t('balanceAfter'),
            dataIndex: 'balanceAfter',
            align: 'right',
            width: 84,
            render: (n: number) => formatCount(n, lang),
          },
        ]}
      />
      <CursorPager
        onlyWhenPaged
        paging={paging}
        pageInfo={entries?.pageInfo}
        totalCount={entries?.totalCount}
        loading={loading}
        total="pointsEntriesTotal"
        testIds={{
          total: 'points-entries-total',
          next: 'points-entries-next',
          previous: 'points-entries-previous',
        }}
      />
      {mayRedeem && (
        <RedeemPointsModal
          mid={mid}
          balance={balance}
          idempotencyKey={redeemKey}
          onClose={() => setRedeemKey(null)}
          onSaved={onRedeemed}
        />
      )}
    </Card>
  );
}

const FIELDS = ['points', 'reason'] as const;

function RedeemPointsModal({
  mid,
  balance,
  idempotencyKey,
  onClose,
  onSaved,
}: {
  mid: string;
  balance: number;
  idempotencyKey: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ points: number; reason: string }>();
  const [other, setOther] = useState<string[]>([]);
  const [redeem, { loading }] = useMutation(RedeemPointsMutation);
  const lang = useLang();
  const submit = async (v: { points: number; reason: string }) => {
    if (!idempotencyKey) return;
    setOther([]);
    try {
      const res = await redeem({
        variables: { mid, points: v.points, reason: v.reason.trim(), idempotencyKey },
      });
      message.success(
        t('pointsRedeemed', { n: formatCount(res.data?.redeemPoints.balanceAfter ?? 0, lang) }),
      );
      onSaved();
      onClose();
    } catch (e) {
      setOther(showProblems(e, form, FIELDS, lang));
    }
  };
  return (
    <Modal
      open={idempotencyKey !== null}
      title={t('redeemPoints')}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
      onCancel={() => {
        setOther([]);
        onClose();
      }}
      okButtonProps={{ 'data-testid': 'redeem-save' } as Record<string, string>}
      destroyOnHidden
    >
      <ProblemsAlert problems={other} />
      <Form form={form} layout="vertical" preserve={false} onFinish={submit} data-testid="redeem-form">
        <Form.Item
          name="points"
          label={t('pointsToRedeem', { n: formatCount(balance, lang) })}
          rules={[{ required: true, message: t('required') }]}
        >
          <InputNumber
            min={1}
            max={balance}
            precision={0}
            style={{ width: '100%' }}
            data-testid="redeem-amount"
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('redeemFor')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} data-testid="redeem-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
