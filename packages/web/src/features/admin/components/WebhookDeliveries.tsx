import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Result, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { WebhookDeliveriesQuery as DeliveriesData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import {
  DeliverWebhooksNowMutation,
  ReplayWebhookDeliveryMutation,
  WebhookDeliveriesQuery,
} from '../admin-pages.operations.ts';
import { replayable } from '../webhooks.ts';

const PAGE_SIZE = 10;
const STATUSES = ['pending', 'delivered', 'failed'] as const;
const STATUS_COLOR: Record<string, string> = { pending: 'blue', delivered: 'green', failed: 'red' };
type Delivery = DeliveriesData['webhookDeliveriesConnection']['edges'][number]['node'];

/**
 * The deliveries of one subscription, newest first: each event's status, attempts so far, the last
 * error and when it was delivered or is tried next. A delivered, given-up or failing one can be sent
 * again; "deliver now" runs the round the server otherwise runs every 5 seconds.
 */
export function WebhookDeliveries({ subscription, url }: { subscription: string; url: string }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const [status, setStatus] = useState<string | undefined>();
  const paging = useCursorPaging(`${subscription}|${status ?? ''}`, PAGE_SIZE);
  const deliveries = useQuery(WebhookDeliveriesQuery, {
    variables: { subscription, status: status ?? null, ...paging.variables },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [replay] = useMutation(ReplayWebhookDeliveryMutation);
  const [deliverNow, delivering] = useMutation(DeliverWebhooksNowMutation);
  const failed = (e: unknown) => message.error(fieldProblems(e, [] as const, lang).other.join('; '));

  const conn = (deliveries.data ?? deliveries.previousData)?.webhookDeliveriesConnection;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Card
      size="small"
      title={t('webhookDeliveriesOf', { url })}
      style={{ marginTop: 12 }}
      data-testid="webhook-deliveries"
      data-loading={deliveries.loading ? 'true' : 'false'}
      extra={
        <Space>
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('anyStatus')}
            value={status}
            onChange={setStatus}
            options={STATUSES.map((s) => ({ value: s, label: tc('deliveryStatus', s) }))}
            data-testid="deliveries-filter-status"
          />
          <Button
            loading={delivering.loading}
            data-testid="deliver-now"
            onClick={async () => {
              try {
                const r = await deliverNow();
                if (r.data) message.success(t('deliverNowDone', { ...r.data.deliverWebhooksNow }));
                void deliveries.refetch();
              } catch (e) {
                failed(e);
              }
            }}
          >
            {t('deliverNow')}
          </Button>
        </Space>
      }
    >
      {deliveries.error && !conn ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={deliveries.error.message}
          extra={<Button onClick={() => deliveries.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<Delivery>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={deliveries.loading}
            pagination={false}
            scroll={{ x: 900 }}
            onRow={(r) =>
              ({
                'data-testid': 'delivery-row',
                'data-event-id': r.eventId,
                'data-status': r.status,
                'data-attempts': String(r.attempts),
              }) as Record<string, string>
            }
            columns={[
              {
                title: t('deliveryEvent'),
                dataIndex: 'event',
                width: 190,
                ellipsis: { showTitle: false },
                render: (e: string, r) => (
                  <Tooltip title={`${e} · ${r.eventId}`} placement="topLeft">
                    {tc('webhookEvent', e)}
                  </Tooltip>
                ),
              },
              {
                title: t('deliveryStatus'),
                dataIndex: 'status',
                width: 100,
                render: (s: string) => <Tag color={STATUS_COLOR[s]}>{tc('deliveryStatus', s)}</Tag>,
              },
              { title: t('deliveryAttempts'), dataIndex: 'attempts', width: 90, align: 'right' },
              {
                title: t('deliveryLastError'),
                dataIndex: 'lastError',
                ellipsis: { showTitle: true },
                render: (v: string | null) => <span data-testid="delivery-error">{v ?? '–'}</span>,
              },
              {
                title: t('deliveryWhen'),
                key: 'when',
                width: 150,
                render: (_, r) =>
                  r.deliveredAt
                    ? formatDateTime(r.deliveredAt, lang)
                    : r.status === 'pending'
                      ? formatDateTime(r.nextAttemptAt, lang)
                      : '–',
              },
              {
                title: t('userActions'),
                key: 'actions',
                width: 110,
                render: (_, r) =>
                  replayable(r) ? (
                    <Button
                      type="link"
                      size="small"
                      data-testid="delivery-replay"
                      onClick={async () => {
                        try {
                          await replay({ variables: { id: r.id } });
                          message.success(t('deliveryReplayed'));
                          void deliveries.refetch();
                        } catch (e) {
                          failed(e);
                        }
                      }}
                    >
                      {t('deliveryReplay')}
                    </Button>
                  ) : null,
              },
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={deliveries.loading}
            total="deliveriesTotal"
            testIds={{ total: 'deliveries-total', next: 'deliveries-next' }}
          />
        </>
      )}
    </Card>
  );
}
