import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import {
  EventInvitationsQuery,
  RecordEventAttendanceMutation,
  RespondToInvitationMutation,
} from '../events.operations.ts';

const PAGE_SIZE = 10;

/**
 * An event's invitations, a page at a time by MID: replies and attendance (attendance becomes a
 * training interaction). `eventId` is the event's global id.
 */
export function InvitationList({
  eventId,
  mayRecord,
  onChanged,
}: {
  eventId: string;
  mayRecord: boolean;
  onChanged: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const tc = useTCode();
  const { message } = App.useApp();
  const paging = useCursorPaging(eventId, PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(EventInvitationsQuery, {
    variables: { event: eventId, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.customerEvent?.invitationsConnection;
  const [respond, responding] = useMutation(RespondToInvitationMutation);
  const [attend, attending] = useMutation(RecordEventAttendanceMutation);
  const done = async (p: Promise<unknown>) => {
    try {
      await p;
      await refetch();
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  if (error) return <Alert type="error" showIcon title={t('error')} description={error.message} />;
  return (
    <>
      <Table
        size="small"
        rowKey="mid"
        loading={loading}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        data-testid={`invitations-${eventId}`}
        columns={[
          {
            title: t('mid'),
            dataIndex: 'mid',
            width: 150,
            render: (mid: string) => <Link to={`/merchants/${mid}`}>{mid}</Link>,
          },
          { title: t('name'), dataIndex: 'name', ellipsis: true },
          {
            title: t('rsvp'),
            dataIndex: 'rsvp',
            width: 90,
            render: (v: string) => (
              <Tag color={v === 'yes' ? 'green' : v === 'no' ? 'red' : undefined}>{tc('rsvp', v)}</Tag>
            ),
          },
          {
            title: t('attendedAt'),
            dataIndex: 'attendedAt',
            width: 140,
            render: (v: string | null) => (v ? formatDateTime(v, lang) : '—'),
          },
          ...(mayRecord
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 230,
                  render: (_: unknown, r: { mid: string; attendedAt?: string | null }) => (
                    <Space size={4}>
                      <Button
                        size="small"
                        loading={responding.loading}
                        onClick={() =>
                          done(respond({ variables: { event: eventId, mid: r.mid, rsvp: 'yes' } }))
                        }
                      >
                        {tc('rsvp', 'yes')}
                      </Button>
                      <Button
                        size="small"
                        loading={responding.loading}
                        onClick={() =>
                          done(respond({ variables: { event: eventId, mid: r.mid, rsvp: 'no' } }))
                        }
                      >
                        {tc('rsvp', 'no')}
                      </Button>
                      <Button
                        size="small"
                        type="primary"
                        disabled={Boolean(r.attendedAt)}
                        loading={attending.loading}
                        data-testid={`attend-${r.mid}`}
                        onClick={() => done(attend({ variables: { event: eventId, mid: r.mid } }))}
                      >
                        {t('recordAttendance')}
                      </Button>
                    </Space>
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
        loading={loading}
        total="invitationsTotal"
        testIds={{
          total: `invitations-total-${eventId}`,
          next: `invitations-next-${eventId}`,
          previous: `invitations-previous-${eventId}`,
        }}
      />
    </>
  );
}
