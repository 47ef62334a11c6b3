import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Form,
  Input,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useAuth } from '../../../app/AuthContext.tsx';
import { canDo } from '../../../app/permissions.ts';
import { CATEGORY_CODES } from '../../../components/ScopeFilters.tsx';
import { ScopeOptionsQuery } from '../../../components/scope-filters.operations.ts';
import type { CustomerEventsQuery as CustomerEventsData } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatCount, formatDateTime, formatShare } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import {
  CreateCustomerEventMutation,
  CustomerEventsQuery,
  InviteToEventMutation,
} from '../events.operations.ts';
import {
  acceptanceShare,
  chinaTime,
  EVENT_KINDS,
  type EventKind,
  parseSegment,
  segmentInput,
  segmentLabel,
} from '../events.ts';
import { InvitationList } from './InvitationList.tsx';

type EventRow = CustomerEventsData['customerEvents'][number];
const TIERS = ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'] as const;
const FIELDS = ['kind', 'title', 'startsAt', 'location', 'tier', 'branch', 'category', 'potential'] as const;

interface Values {
  kind: EventKind;
  title: string;
  startsAt: Dayjs;
  location?: string;
  tier?: string;
  branch?: string;
  category?: string;
  potential?: 'yes' | 'no';
}

/**
 * 客户活动: seminars, training, customer events and the key-customer club, with invited / said yes /
 * attended counts; administrators and branch managers create events for a segment and send the
 * invitations (each merchant once: sending again invites only newcomers to the segment).
 */
export function EventsPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const mayOrganise = canDo(user.role, 'organiseEvent');
  const events = useQuery(CustomerEventsQuery, { notifyOnNetworkStatusChange: true });
  const scopeOptions = useQuery(ScopeOptionsQuery, { variables: { branch: null }, skip: !mayOrganise });
  const [create, creating] = useMutation(CreateCustomerEventMutation);
  const [invite] = useMutation(InviteToEventMutation);
  const [inviting, setInviting] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const [other, setOther] = useState<string[]>([]);
  const [result, setResult] = useState<{
    id: string;
    title: string;
    invited: number;
    alreadyInvited: number;
  } | null>(null);
  const kind = Form.useWatch('kind', form) ?? 'seminar';

  const submit = async (v: Values) => {
    setOther([]);
    try {
      await create({
        variables: {
          input: {
            kind: v.kind,
            title: v.title.trim(),
            startsAt: chinaTime(v.startsAt.format('YYYY-MM-DDTHH:mm')),
            location: v.location?.trim() || null,
            segment: segmentInput(v.kind, v),
          },
        },
      });
      message.success(t('eventCreated'));
      form.resetFields(['title', 'location']);
      void events.refetch();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS);
      form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [tc('server', p.message)] })));
      setOther(problems.other.map((o) => tc('server', o)));
    }
  };

  const sendInvitations = async (row: EventRow) => {
    setInviting(row.id);
    try {
      const res = await invite({ variables: { eventId: Number(row.id) } });
      if (res.data) setResult({ id: row.id, title: row.title, ...res.data.inviteToEvent });
      void events.refetch();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setInviting(null);
    }
  };

  const rows = events.data?.customerEvents ?? [];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="events-page">
      {mayOrganise ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('createEvent')}>
              {other.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title={t('fixFields')}
                  description={other.join('; ')}
                  data-testid="event-error"
                />
              )}
              <Form<Values>
                form={form}
                layout="vertical"
                onFinish={submit}
                initialValues={{
                  kind: 'seminar',
                  startsAt: dayjs().add(14, 'day').hour(14).minute(0).second(0),
                }}
                data-testid="event-form"
              >
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item
                      name="kind"
                      label={t('eventKind')}
                      rules={[{ required: true, message: t('required') }]}
                    >
                      <Select
                        data-testid="event-kind"
                        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`eventKind.${k}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item
                      name="title"
                      label={t('eventTitle')}
                      rules={[{ required: true, whitespace: true, message: t('required') }]}
                    >
                      <Input maxLength={200} data-testid="event-title" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item
                      name="startsAt"
                      label={t('eventStartsAt')}
                      rules={[{ required: true, message: t('required') }]}
                    >
                      <DatePicker
                        showTime={{ format: 'HH:mm' }}
                        format="YYYY-MM-DD HH:mm"
                        style={{ width: '100%' }}
                        data-testid="event-starts-at"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="location" label={t('eventLocation')}>
                  <Input maxLength={200} data-testid="event-location" />
                </Form.Item>
                <Typography.Text strong>{t('segment')}</Typography.Text>
                {kind === 'club' && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {t('clubSegmentHint')}
                  </Typography.Text>
                )}
                <Row gutter={12} style={{ marginTop: 8 }}>
                  <Col xs={12} md={6}>
                    <Form.Item name="tier" label={t('tier')}>
                      <Select
                        allowClear
                        disabled={kind === 'club'}
                        placeholder={kind === 'club' ? t('tier.KEY') : t('all')}
                        data-testid="event-tier"
                        options={TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="branch" label={t('branch')}>
                      <Select
                        allowClear
                        placeholder={t('all')}
                        data-testid="event-branch"
                        loading={scopeOptions.loading}
                        options={(scopeOptions.data?.branches ?? []).map((b) => ({
                          value: b.name,
                          label: b.name,
                        }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="category" label={t('category')}>
                      <Select
                        allowClear
                        placeholder={t('all')}
                        data-testid="event-category"
                        options={CATEGORY_CODES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name="potential" label={t('potential')}>
                      <Select
                        allowClear
                        placeholder={t('all')}
                        data-testid="event-potential"
                        options={[
                          { value: 'yes', label: t('potentialYes') },
                          { value: 'no', label: t('potentialNo') },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={creating.loading}
                  data-testid="event-create"
                >
                  {t('createEvent')}
                </Button>
              </Form>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            {result && (
              <Card
                size="small"
                title={t('invitationsOf', { title: result.title })}
                data-testid="invite-result"
                data-event={result.id}
                data-invited={result.invited}
                data-already={result.alreadyInvited}
              >
                <Row gutter={12}>
                  <Col span={12}>
                    <Statistic
                      title={t('invitedNow')}
                      value={formatCount(result.invited, lang)}
                      valueRender={(node) => <span data-testid="invite-now">{node}</span>}
                    />
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('alreadyInvited')}
                      value={formatCount(result.alreadyInvited, lang)}
                      valueRender={(node) => <span data-testid="invite-already">{node}</span>}
                    />
                  </Col>
                </Row>
              </Card>
            )}
          </Col>
        </Row>
      ) : (
        <Alert type="info" showIcon title={t('eventsReadOnly')} data-testid="events-read-only" />
      )}
      <Card
        size="small"
        title={t('eventsTitle')}
        data-testid="events-list"
        data-loading={events.loading ? 'true' : 'false'}
        data-count={events.data ? rows.length : undefined}
      >
        {events.error ? (
          <Result
            status="error"
            title={t('error')}
            subTitle={events.error.message}
            extra={<Button onClick={() => events.refetch()}>{t('retry')}</Button>}
          />
        ) : (
          <Table<EventRow>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={events.loading}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            onRow={(r) =>
              ({ 'data-testid': `event-${r.id}`, 'data-title': r.title }) as Record<string, string>
            }
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noEvents')} /> }}
            expandable={{
              expandedRowRender: (r) => (
                <InvitationList
                  eventId={Number(r.id)}
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
        )}
      </Card>
    </Space>
  );
}
