import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Popconfirm, Result, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { WebhookSubscriptionsQuery as SubscriptionsData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { useUrlState } from '../../../lib/useUrlState.ts';
import { UnsubscribeWebhookMutation, WebhookSubscriptionsQuery } from '../admin-pages.operations.ts';
import { SecretOnceDialog } from './SecretOnceDialog.tsx';
import { SubscribeWebhookDialog } from './SubscribeWebhookDialog.tsx';
import { WebhookDeliveries } from './WebhookDeliveries.tsx';

const PAGE_SIZE = 10;
type Subscription = SubscriptionsData['webhookSubscriptionsConnection']['edges'][number]['node'];

/**
 * Webhook: the subscriptions (receiver, events, active), subscribing one (its signing secret shown
 * once) and unsubscribing, confirmed; the deliveries of the subscription chosen (kept in the URL)
 * below them.
 */
export function WebhooksPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { get, patch } = useUrlState();
  const chosen = get('subscription');
  const paging = useCursorPaging('subscriptions', PAGE_SIZE);
  const subscriptions = useQuery(WebhookSubscriptionsQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [subscribing, setSubscribing] = useState(false);
  const [shown, setShown] = useState<{ title: string; hint: string; secret: string } | null>(null);
  const [unsubscribe] = useMutation(UnsubscribeWebhookMutation);

  const conn = (subscriptions.data ?? subscriptions.previousData)?.webhookSubscriptionsConnection;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  const chosenRow = rows.find((r) => r.id === chosen);
  return (
    <>
      <Card
        size="small"
        title={t('webhooksTitle')}
        data-testid="page-webhooks"
        data-loading={subscriptions.loading ? 'true' : 'false'}
        extra={
          <Button type="primary" onClick={() => setSubscribing(true)} data-testid="webhook-subscribe">
            {t('webhookSubscribe')}
          </Button>
        }
      >
        {subscriptions.error && !conn ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={subscriptions.error.message}
            extra={<Button onClick={() => subscriptions.refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <>
            <Table<Subscription>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={subscriptions.loading}
              pagination={false}
              scroll={{ x: 1000 }}
              rowClassName={(r) => (r.id === chosen ? 'ant-table-row-selected' : '')}
              onRow={(r) =>
                ({
                  'data-testid': 'webhook-row',
                  'data-url': r.url,
                  'data-active': String(r.active),
                }) as Record<string, string>
              }
              columns={[
                { title: t('webhookUrl'), dataIndex: 'url', width: 260, ellipsis: { showTitle: true } },
                {
                  title: t('webhookEvents'),
                  dataIndex: 'events',
                  render: (events: string[]) => (
                    <Space size={[0, 4]} wrap>
                      {events.map((e) => (
                        <Tag key={e} title={e}>
                          {tc('webhookEvent', e)}
                        </Tag>
                      ))}
                    </Space>
                  ),
                },
                {
                  title: t('webhookStatus'),
                  dataIndex: 'active',
                  width: 90,
                  render: (active: boolean) => (
                    <Tag color={active ? 'green' : 'default'}>
                      {active ? t('webhookIsActive') : t('webhookIsInactive')}
                    </Tag>
                  ),
                },
                { title: t('tokenOwner'), dataIndex: 'createdBy', width: 100, ellipsis: { showTitle: true } },
                {
                  title: t('tokenCreated'),
                  dataIndex: 'createdAt',
                  width: 140,
                  render: (v: string) => formatDateTime(v, lang),
                },
                {
                  title: t('userActions'),
                  key: 'actions',
                  width: 170,
                  render: (_, r) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => patch({ subscription: r.id === chosen ? undefined : r.id })}
                        data-testid="webhook-deliveries-open"
                      >
                        {t('webhookShowDeliveries')}
                      </Button>
                      {r.active && (
                        <Popconfirm
                          title={t('webhookUnsubscribeConfirm', { url: r.url })}
                          okText={t('webhookUnsubscribe')}
                          cancelText={t('cancel')}
                          okButtonProps={{
                            danger: true,
                            ...({ 'data-testid': 'confirm-ok' } as Record<string, string>),
                          }}
                          onConfirm={async () => {
                            try {
                              await unsubscribe({ variables: { subscription: r.id } });
                              message.success(t('webhookUnsubscribed'));
                              void subscriptions.refetch();
                            } catch (e) {
                              message.error(fieldProblems(e, [] as const, lang).other.join('; '));
                            }
                          }}
                        >
                          <Button type="link" size="small" danger data-testid="webhook-unsubscribe">
                            {t('webhookUnsubscribe')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
            <CursorPager
              paging={paging}
              pageInfo={conn?.pageInfo}
              totalCount={conn?.totalCount}
              loading={subscriptions.loading}
              total="webhooksTotal"
              testIds={{ total: 'webhooks-total', next: 'webhooks-next' }}
            />
          </>
        )}
      </Card>
      {chosen && <WebhookDeliveries subscription={chosen} url={chosenRow?.url ?? ''} />}
      <SubscribeWebhookDialog
        open={subscribing}
        onClose={() => setSubscribing(false)}
        onSubscribed={(secret, id) => {
          setSubscribing(false);
          // The list is oldest first: the new one is last; its deliveries open below.
          paging.last((conn?.totalCount ?? 0) + 1);
          patch({ subscription: id });
          setShown({ title: t('webhookSecretTitle'), hint: t('webhookSecretHint'), secret });
          void subscriptions.refetch();
        }}
      />
      <SecretOnceDialog shown={shown} onClose={() => setShown(null)} testId="webhook-secret" />
    </>
  );
}
