import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import { SegmentFields } from '../../../components/SegmentFields.tsx';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { CreateCustomerEventMutation } from '../events.operations.ts';
import { EVENT_FIELDS, EVENT_KINDS, type EventValues, eventInput } from '../events.ts';

/** 新建活动: kind, title, start (China time), location and the segment to invite; a club invites key customers. */
export function EventForm() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  // The list below shows the new event.
  const [create, creating] = useMutation(CreateCustomerEventMutation, { refetchQueries: ['CustomerEvents'] });
  const [form] = Form.useForm<EventValues>();
  const [other, setOther] = useState<string[]>([]);
  const kind = Form.useWatch('kind', form) ?? 'seminar';

  const submit = async (v: EventValues) => {
    setOther([]);
    try {
      await create({ variables: { input: eventInput(v) } });
      message.success(t('eventCreated'));
      form.resetFields(['title', 'location']);
    } catch (e) {
      setOther(showProblems(e, form, EVENT_FIELDS, lang));
    }
  };

  return (
    <Card size="small" title={t('createEvent')}>
      <ProblemsAlert problems={other} testId="event-error" />
      <Form<EventValues>
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
        <SegmentFields testIdPrefix="event" tierLabel={t('tier')} tierLocked={kind === 'club'} />
        <Button type="primary" htmlType="submit" loading={creating.loading} data-testid="event-create">
          {t('createEvent')}
        </Button>
      </Form>
    </Card>
  );
}
