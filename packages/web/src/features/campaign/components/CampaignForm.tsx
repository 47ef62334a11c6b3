import { useMutation } from '@apollo/client/react';
import {
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  type FormInstance,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { ProblemsAlert } from '../../../components/ProblemsAlert.tsx';
import { SegmentFields } from '../../../components/SegmentFields.tsx';
import type { Holiday } from '../../../gql/graphql.ts';
import { showProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { defaultPeriod } from '../../../lib/period.ts';
import { RunGreetingCampaignMutation } from '../campaign.operations.ts';
import {
  CAMPAIGN_FIELDS,
  type CampaignValues,
  campaignInput,
  DEFAULT_TEMPLATE,
  HOLIDAYS,
  holidayName,
} from '../campaign-form.ts';
import { defaultCampaignYear } from '../sms.ts';
import { useCalendarSendOn } from '../useCalendarSendOn.ts';
import { TemplateField } from './TemplateField.tsx';

export interface CampaignRun {
  created: number;
  alreadyThere: number;
}

/**
 * The campaign: holiday, year, send date, name, the segment and the SMS template. Running it twice
 * creates nothing twice; `onResult` hears what a run created (null while the next one runs).
 */
export function CampaignForm({
  form,
  onResult,
}: {
  form: FormInstance<CampaignValues>;
  onResult: (run: CampaignRun | null) => void;
}) {
  const t = useT();
  const lang = useLang();
  const period = useMemo(() => defaultPeriod(), []);
  const [other, setOther] = useState<string[]>([]);
  // The greetings to send below list the new tasks.
  const [run, running] = useMutation(RunGreetingCampaignMutation, { refetchQueries: ['GreetingTasks'] });
  const holiday = Form.useWatch('holiday', form) ?? 'SPRING_FESTIVAL';
  const year = Form.useWatch('year', form);
  const calendar = useCalendarSendOn(form, holiday, year);
  const calendarWords =
    calendar === 'none'
      ? t('sendOnNoCalendar', { year: year ?? '', holiday: t(`holiday.${holiday}`) })
      : calendar
        ? t(calendar.firstDayOff ? 'sendOnFromCalendarOff' : 'sendOnFromCalendar', {
            holiday: t(`holiday.${holiday}`),
            date: calendar.date,
          })
        : null;

  const submit = async (v: CampaignValues) => {
    setOther([]);
    onResult(null);
    try {
      const res = await run({ variables: { input: campaignInput(v, period) } });
      if (res.data) onResult(res.data.runGreetingCampaign);
    } catch (e) {
      setOther(showProblems(e, form, CAMPAIGN_FIELDS, lang));
    }
  };

  return (
    <Card size="small" title={t('campaignTitle')}>
      <ProblemsAlert problems={other} testId="campaign-error" />
      <Form<CampaignValues>
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
                onChange={(h: Holiday) => form.setFieldValue('year', defaultCampaignYear(h, new Date()))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="year" label={t('year')} rules={[{ required: true, message: t('required') }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} data-testid="campaign-year" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item
              name="sendOn"
              label={t('sendOn')}
              rules={[{ required: true, message: t('required') }]}
              extra={calendarWords && <span data-testid="campaign-send-on-calendar">{calendarWords}</span>}
            >
              <DatePicker style={{ width: '100%' }} data-testid="campaign-send-on" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('campaignName')}>
          <Input
            data-testid="campaign-name"
            placeholder={t('campaignNameDefault', { year: year ?? '', holiday: holidayName(holiday) })}
          />
        </Form.Item>
        <Typography.Text strong>{t('segment')}</Typography.Text>
        <SegmentFields testIdPrefix="campaign" tierLabel={t('tierIn', { period })} />
        <TemplateField />
        <Button type="primary" htmlType="submit" loading={running.loading} data-testid="campaign-run">
          {t('runCampaign')}
        </Button>
      </Form>
    </Card>
  );
}
