import { useMutation, useQuery } from '@apollo/client/react';
import {
  HOLIDAY_LABELS,
  renderTemplate,
  type Holiday as SharedHoliday,
  TEMPLATE_FIELDS,
  templateProblems,
} from '@cornerstone/shared/maintenance/maintenance';
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
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../app/AuthContext.tsx';
import { CATEGORY_CODES } from '../../../components/ScopeFilters.tsx';
import { ScopeOptionsQuery } from '../../../components/scope-filters.operations.ts';
import type { GreetingTasksQuery as GreetingTasksData, Holiday, TierCode } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { defaultPeriod } from '../../../lib/period.ts';
import {
  GreetingTasksQuery,
  MarkGreetingsSentMutation,
  RunGreetingCampaignMutation,
} from '../campaign.operations.ts';
import { defaultCampaignYear, smsCount } from '../sms.ts';

const HOLIDAYS: readonly Holiday[] = [
  'SPRING_FESTIVAL',
  'LANTERN',
  'DRAGON_BOAT',
  'MID_AUTUMN',
  'NATIONAL_DAY',
];
const TIERS: readonly TierCode[] = ['KEY', 'SECONDARY', 'ORDINARY', 'SMALL'];
const FIELDS = [
  'holiday',
  'year',
  'sendOn',
  'name',
  'template',
  'tier',
  'branch',
  'category',
  'potential',
] as const;
const TASKS_PAGE = 50;
const DEFAULT_TEMPLATE =
  '{联系人}您好！{节日}将至，{客户经理}谨代表收单服务团队祝{商户名称}生意兴隆、阖家安康！';

type GreetingRow = GreetingTasksData['tasks']['edges'][number]['node'];

interface Values {
  holiday: Holiday;
  year: number;
  sendOn: Dayjs;
  name?: string;
  template: string;
  tier?: TierCode;
  branch?: string;
  category?: string;
  potential?: 'yes' | 'no';
}

/** The SMS text of a holiday as the server renders it ({节日} is always the Chinese name). */
const holidayName = (h: Holiday) => HOLIDAY_LABELS[h.toLowerCase() as SharedHoliday].zh;

/**
 * 节日问候: a campaign for a segment (tier, branch, category, upgrade potential) creates one
 * greeting task per merchant with its SMS from the template — never two for the same holiday and
 * year. Below it, the greetings still to send, to be marked sent.
 */
export function GreetingCampaignPage() {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [form] = Form.useForm<Values>();
  const period = useMemo(() => defaultPeriod(), []);
  const [other, setOther] = useState<string[]>([]);
  const [result, setResult] = useState<{ created: number; alreadyThere: number } | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const scopeOptions = useQuery(ScopeOptionsQuery, { variables: { branch: null } });
  const tasks = useQuery(GreetingTasksQuery, {
    variables: { filter: { kind: 'GREETING', state: 'OPEN' }, first: TASKS_PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [run, running] = useMutation(RunGreetingCampaignMutation);
  const [markSent, marking] = useMutation(MarkGreetingsSentMutation);

  const holiday = Form.useWatch('holiday', form) ?? 'SPRING_FESTIVAL';
  const template = Form.useWatch('template', form) ?? '';
  const year = Form.useWatch('year', form);
  const preview = renderTemplate(template, {
    商户名称: t('sampleMerchant'),
    联系人: t('sampleContact'),
    节日: holidayName(holiday),
    客户经理: user.displayName || t('sampleManager'),
  });
  const size = smsCount(preview);

  const submit = async (v: Values) => {
    setOther([]);
    setResult(null);
    try {
      const res = await run({
        variables: {
          input: {
            holiday: v.holiday,
            year: v.year,
            sendOn: v.sendOn.format('YYYY-MM-DD'),
            name: v.name?.trim() || null,
            template: v.template,
            segment: {
              tier: v.tier ?? null,
              period: v.tier ? period : null,
              branch: v.branch ?? null,
              category: v.category ?? null,
              potential: v.potential ? v.potential === 'yes' : null,
            },
          },
        },
      });
      if (res.data) setResult(res.data.runGreetingCampaign);
      void tasks.refetch();
    } catch (e) {
      const problems = fieldProblems(e, FIELDS);
      form.setFields(problems.fields.map((p) => ({ name: p.field, errors: [tc('server', p.message)] })));
      setOther(problems.other);
    }
  };

  const sendSelected = async () => {
    try {
      const res = await markSent({ variables: { taskIds: selected } });
      const r = res.data?.markGreetingsSent;
      if (r) {
        message.success(t('markedSent', { sent: r.sent }));
        if (r.skipped.length) message.warning(t('skippedN', { n: r.skipped.length }));
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
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-page">
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('campaignTitle')}>
            {other.length > 0 && (
              <Alert
                type="error"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('fixFields')}
                description={other.join('; ')}
                data-testid="campaign-error"
              />
            )}
            <Form<Values>
              form={form}
              layout="vertical"
              onFinish={submit}
              initialValues={{
                holiday: 'SPRING_FESTIVAL',
                year: defaultCampaignYear('SPRING_FESTIVAL', new Date()),
                sendOn: dayjs().add(7, 'day'),
                template: DEFAULT_TEMPLATE,
              }}
              data-testid="campaign-form"
            >
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name="holiday"
                    label={t('holiday')}
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <Select
                      data-testid="campaign-holiday"
                      options={HOLIDAYS.map((h) => ({ value: h, label: t(`holiday.${h}`) }))}
                      onChange={(h: Holiday) =>
                        form.setFieldValue('year', defaultCampaignYear(h, new Date()))
                      }
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name="year"
                    label={t('year')}
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <InputNumber
                      min={2000}
                      max={2100}
                      style={{ width: '100%' }}
                      data-testid="campaign-year"
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={8}>
                  <Form.Item
                    name="sendOn"
                    label={t('sendOn')}
                    rules={[{ required: true, message: t('required') }]}
                  >
                    <DatePicker style={{ width: '100%' }} data-testid="campaign-send-on" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="name" label={t('campaignName')}>
                <Input
                  data-testid="campaign-name"
                  placeholder={t('campaignNameDefault', {
                    year: year ?? '',
                    holiday: holidayName(holiday),
                  })}
                />
              </Form.Item>
              <Typography.Text strong>{t('segment')}</Typography.Text>
              <Row gutter={12} style={{ marginTop: 8 }}>
                <Col xs={12} md={6}>
                  <Form.Item name="tier" label={t('tierIn', { period })}>
                    <Select
                      allowClear
                      placeholder={t('all')}
                      data-testid="campaign-tier"
                      options={TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="branch" label={t('branch')}>
                    <Select
                      allowClear
                      placeholder={t('all')}
                      data-testid="campaign-branch"
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
                      data-testid="campaign-category"
                      options={CATEGORY_CODES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={12} md={6}>
                  <Form.Item name="potential" label={t('potential')}>
                    <Select
                      allowClear
                      placeholder={t('all')}
                      data-testid="campaign-potential"
                      options={[
                        { value: 'yes', label: t('potentialYes') },
                        { value: 'no', label: t('potentialNo') },
                      ]}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name="template"
                label={t('template')}
                rules={[
                  {
                    validator: (_, v: string | undefined) => {
                      const problems = templateProblems(v ?? '').map((p) =>
                        tc('server', p.replace(/^template: /, '')),
                      );
                      return problems.length
                        ? Promise.reject(new Error(problems.join('; ')))
                        : Promise.resolve();
                    },
                  },
                ]}
                extra={
                  <Space size={4} wrap style={{ marginTop: 4 }}>
                    <span>{t('insertField')}</span>
                    {TEMPLATE_FIELDS.map((name) => (
                      <Button
                        key={name}
                        size="small"
                        onClick={() =>
                          form.setFieldValue('template', `${form.getFieldValue('template')}{${name}}`)
                        }
                      >{`{${name}}`}</Button>
                    ))}
                  </Space>
                }
              >
                <Input.TextArea rows={4} data-testid="campaign-template" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={running.loading} data-testid="campaign-run">
                {t('runCampaign')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('preview')}>
              <div
                data-testid="campaign-preview"
                style={{
                  background: '#f0f5ff',
                  borderRadius: 12,
                  padding: '10px 14px',
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-all',
                }}
              >
                {preview || '–'}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="campaign-sms-size">
                {t('smsLength', { n: size.chars, sms: size.parts })}
              </Typography.Text>
            </Card>
            {result && (
              <Card
                size="small"
                data-testid="campaign-result"
                data-created={result.created}
                data-already={result.alreadyThere}
              >
                <Row gutter={12}>
                  <Col span={12}>
                    <Statistic title={t('campaignCreated')} value={formatCount(result.created, lang)} />
                  </Col>
                  <Col span={12}>
                    <Statistic
                      title={t('campaignAlreadyThere')}
                      value={formatCount(result.alreadyThere, lang)}
                    />
                  </Col>
                </Row>
              </Card>
            )}
          </Space>
        </Col>
      </Row>
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
            {t('markSent', { n: selected.length })}
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
    </Space>
  );
}
