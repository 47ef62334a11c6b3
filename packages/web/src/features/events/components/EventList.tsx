import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CursorPager } from '../../../components/CursorPager.tsx';
import type { CustomerEventsQuery as CustomerEventsData } from '../../../gql/graphql.ts';
import { useAuth } from '../../../lib/auth.ts';
import { formatCount, formatDateTime, formatShare } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { CustomerEventsQuery, InviteToEventMutation } from '../events.operations.ts';
import { acceptanceShare, parseSegment, segmentLabel } from '../events.ts';
import { InvitationList } from './InvitationList.tsx';
import type { InviteRun } from './InviteResult.tsx';

const PAGE_SIZE = 20;
type EventRow = CustomerEventsData['customerEventsConnection']['edges'][number]['node'];

/**
 * The events, latest start first and a page at a time, with invited / said yes / attended counts
 * and each event's invitations in an expandable row; organisers send the invitations from here
 * (`onInvited` hears the result).
 */
export function EventList({ onInvited }: { onInvited: (run: InviteRun) => void }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const mayOrganise = canDo(user.role, 'organiseEvent');
  const paging = useCursorPaging('events', PAGE_SIZE);
  const events = useQuery(CustomerEventsQuery, {
    variables: paging.variables,
    notifyOnNetworkStatusChange: true,
  });
  const [invite] = useMutation(InviteToEventMutation);
  const [inviting, setInviting] = useState<string | null>(null);

  const sendInvitations = async (row: EventRow) => {
    setInviting(row.id);
    try {
      const res = await invite({ variables: { event: row.id } });
      if (res.data) onInvited({ id: row.id, title: row.title, ...res.data.inviteToEvent });
      void events.refetch();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setInviting(null);
    }
  };

  const conn = (events.data ?? events.previousData)?.customerEventsConnection;
  const rows = conn?.edges.map((e) => e.node) ?? [];
  return (
    <Card
      size="small"
      title={t('eventsTitle')}
      data-testid="events-list"
      data-loading={events.loading ? 'true' : 'false'}
      data-count={conn?.totalCount}
    >
      {events.error ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={events.error.message}
          extra={<Button onClick={() => events.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <>
          <Table<EventRow>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={events.loading}
            pagination={false}
            scroll={{ x: 900 }}
            onRow={(r) =>
              ({ 'data-testid': `event-${r.id}`, 'data-title': r.title }) as Record<string, string>
            }
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEvents')} /> }}
            expandable={{
              expandedRowRender: (r) => (
                <InvitationList
                  eventId={r.id}
                  mayRecord={canDo(user.role, 'recordOffer')}
                  onChanged={() => void events.refetch()}
                />
              ),
              rowExpandable: (r) => r.invited > 0,
            }}
            columns={[
              {
                title: t('eventStartsAt'),
                dataIndex: 'startsAt',
                width: 140,
                render: (v: string) => formatDateTime(v, lang),
              },
              {
                title: t('eventTitle'),
                dataIndex: 'title',
                render: (title: string, r) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{title}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.location ?? '–'} · {t('organiser')} {r.createdBy}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('eventKind'),
                dataIndex: 'kind',
                width: 120,
                render: (k: string) => (
                  <Tag color={k === 'club' ? 'magenta' : 'blue'}>{tc('eventKind', k)}</Tag>
                ),
              },
              {
                title: t('segment'),
                dataIndex: 'segment',
                render: (s: string) => segmentLabel(parseSegment(s), lang),
              },
              {
                title: t('invitedCount'),
                dataIndex: 'invited',
                align: 'right',
                width: 80,
                render: (n: number) => <span data-testid="event-invited">{formatCount(n, lang)}</span>,
              },
              {
                title: t('acceptedCount'),
                dataIndex: 'accepted',
                align: 'right',
                width: 110,
                render: (n: number, r) => {
                  const share = acceptanceShare(r);
                  return (
                    <span data-testid="event-accepted">
                      {formatCount(n, lang)}
                      {share !== null && (
                        <Typography.Text type="secondary"> ({formatShare(share, lang, 0)})</Typography.Text>
                      )}
                    </span>
                  );
                },
              },
              {
                title: t('attendedCount'),
                dataIndex: 'attended',
                align: 'right',
                width: 80,
                render: (n: number) => <span data-testid="event-attended">{formatCount(n, lang)}</span>,
              },
              ...(mayOrganise
                ? [
                    {
                      title: t('actions'),
                      key: 'actions',
                      width: 110,
                      render: (_: unknown, r: EventRow) => (
                        <Button
                          size="small"
                          loading={inviting === r.id}
                          onClick={() => sendInvitations(r)}
                          data-testid="event-invite"
                        >
                          {t('sendInvitations')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <CursorPager
            paging={paging}
            pageInfo={conn?.pageInfo}
            totalCount={conn?.totalCount}
            loading={events.loading}
            total="eventsTotal"
            testIds={{ total: 'events-total', next: 'events-next', previous: 'events-previous' }}
          />
        </>
      )}
    </Card>
  );
}
