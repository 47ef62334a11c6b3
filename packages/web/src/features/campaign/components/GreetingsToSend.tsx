import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Empty, Result, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { GreetingTasksQuery as GreetingTasksData } from '../../../gql/graphql.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { GreetingTasksQuery, MarkGreetingsSentMutation } from '../campaign.operations.ts';

const TASKS_PAGE = 50;

type GreetingRow = GreetingTasksData['tasks']['edges'][number]['node'];

/** 待发问候: the greeting tasks not yet sent, oldest send date first; the chosen ones are marked sent. */
export function GreetingsToSend() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const tasks = useQuery(GreetingTasksQuery, {
    variables: { filter: { kind: 'GREETING', state: 'OPEN' }, first: TASKS_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [markSent, marking] = useMutation(MarkGreetingsSentMutation);

  const sendSelected = async () => {
    try {
      const res = await markSent({ variables: { taskIds: selected } });
      const r = res.data?.markGreetingsSent;
      if (r) {
        message.success(t('markedSent', { sent: formatCount(r.sent, lang) }));
        if (r.skipped.length) message.warning(t('skippedN', { n: formatCount(r.skipped.length, lang) }));
      }
      setSelected([]);
      void tasks.refetch();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const rows = (tasks.data ?? tasks.previousData)?.tasks.edges.map((e) => e.node) ?? [];
  const total = (tasks.data ?? tasks.previousData)?.tasks.totalCount ?? 0;
  return (
    <Card
      size="small"
      title={`${t('greetingsToSend')} · ${t('tasksTotal', { n: formatCount(total, lang) })}`}
      data-testid="greetings-to-send"
      data-count={tasks.data ? total : undefined}
      data-loading={tasks.loading ? 'true' : 'false'}
      extra={
        <Button
          type="primary"
          disabled={selected.length === 0}
          loading={marking.loading}
          onClick={sendSelected}
          data-testid="mark-sent"
        >
          {t('markSent', { n: formatCount(selected.length, lang) })}
        </Button>
      }
    >
      {tasks.error ? (
        <Result
          status="error"
          title={t('error')}
          subTitle={tasks.error.message}
          extra={<Button onClick={() => tasks.refetch()}>{t('retry')}</Button>}
        />
      ) : (
        <Table<GreetingRow>
          size="small"
          rowKey="id"
          loading={tasks.loading}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 800 }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
          onRow={(r) =>
            ({ 'data-testid': 'greeting-row', 'data-task-id': r.id }) as React.HTMLAttributes<HTMLElement>
          }
          locale={{ emptyText: <Empty description={t('noTasks')} /> }}
          columns={[
            {
              title: t('merchant'),
              key: 'merchant',
              width: 220,
              ellipsis: true,
              render: (_, r) => <Link to={`/merchants/${r.merchant.mid}`}>{r.merchant.name}</Link>,
            },
            {
              title: t('manager'),
              key: 'manager',
              width: 90,
              render: (_, r) => r.merchant.manager.displayName,
            },
            { title: t('campaignName'), dataIndex: 'campaign', width: 140, ellipsis: true },
            { title: t('sendOn'), dataIndex: 'dueOn', width: 110 },
            { title: t('smsText'), dataIndex: 'message', ellipsis: true },
          ]}
        />
      )}
    </Card>
  );
}
