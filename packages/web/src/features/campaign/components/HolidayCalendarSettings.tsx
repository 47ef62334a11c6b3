import { useMutation, useQuery } from '@apollo/client/react';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { Alert, App, Button, DatePicker, Form, InputNumber, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Holiday } from '../../../gql/graphql.ts';
import { fieldProblems } from '../../../lib/field-errors.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { HolidayCalendarQuery, SetHolidayCalendarMutation } from '../campaign.operations.ts';
import { HOLIDAYS } from '../campaign-form.ts';
import {
  type CalendarValues,
  calendarEntries,
  calendarFieldName,
  calendarFields,
  calendarValues,
} from '../holiday-calendar-form.ts';

/**
 * 系统设置 › 节日日历: a year's five greeting holidays — the lunar ones move every year — and their
 * days off, entered at once. The greeting campaign pre-fills its send date from them.
 */
export function HolidayCalendarSettings() {
  const t = useT();
  const lang = useLang();
  const { message } = App.useApp();
  const [year, setYear] = useState(() => Number(businessToday().slice(0, 4)));
  const [form] = Form.useForm<CalendarValues>();
  const [other, setOther] = useState<string[]>([]);
  const calendar = useQuery(HolidayCalendarQuery, { variables: { year } });
  const [save, saving] = useMutation(SetHolidayCalendarMutation, { refetchQueries: ['HolidayCalendar'] });
  const entries = calendar.data?.holidayCalendar.entries;
  const loaded = useMemo(() => calendarValues(entries ?? []), [entries]);
  // A year's dates replace the form when the year (or what the server holds) changes.
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(loaded);
    setOther([]);
  }, [form, loaded]);

  const submit = async (v: CalendarValues) => {
    setOther([]);
    const sent = calendarEntries(v);
    try {
      await save({ variables: { year, entries: sent } });
      message.success(t('hcalSaved', { year }));
    } catch (e) {
      const problems = fieldProblems(e, calendarFields(sent.length), lang);
      const rest = [...problems.other];
      const marked = problems.fields.flatMap((p) => {
        const name = calendarFieldName(p.field, sent);
        if (!name) rest.push(p.message);
        return name ? [{ name: name as never, errors: [p.message] }] : [];
      });
      form.setFields(marked);
      setOther(rest);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="holiday-calendar">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('hcalIntro')}
      </Typography.Paragraph>
      <Space>
        <Typography.Text>{t('hcalYear')}</Typography.Text>
        <InputNumber<number>
          min={2000}
          max={2100}
          precision={0}
          value={year}
          onChange={(y) => y && y >= 2000 && y <= 2100 && setYear(y)}
          data-testid="hcal-year"
        />
        {entries && entries.length === 0 && (
          <Typography.Text type="secondary" data-testid="hcal-empty">
            {t('hcalEmpty', { year })}
          </Typography.Text>
        )}
      </Space>
      {calendar.error && <Alert type="error" title={calendar.error.message} />}
      <Form<CalendarValues> form={form} onFinish={submit} data-testid="hcal-form">
        <Table<{ holiday: Holiday }>
          rowKey="holiday"
          size="small"
          pagination={false}
          loading={calendar.loading}
          dataSource={HOLIDAYS.map((holiday) => ({ holiday }))}
          onRow={(r) => ({ 'data-testid': `hcal-row-${r.holiday}` }) as Record<string, string>}
          columns={[
            { title: t('holiday'), key: 'holiday', render: (_, r) => t(`holiday.${r.holiday}`) },
            {
              title: t('hcalDate'),
              key: 'date',
              render: (_, r) => (
                <Form.Item name={[r.holiday, 'date']} style={{ marginBottom: 0 }}>
                  <DatePicker data-testid="hcal-date" />
                </Form.Item>
              ),
            },
            {
              title: t('hcalDaysOff'),
              key: 'off',
              render: (_, r) => (
                <Form.Item name={[r.holiday, 'off']} style={{ marginBottom: 0 }}>
                  <DatePicker.RangePicker data-testid="hcal-off" />
                </Form.Item>
              ),
            },
          ]}
        />
        {other.length > 0 && (
          <Alert type="error" style={{ marginTop: 12 }} title={other.join('; ')} data-testid="hcal-error" />
        )}
        <Button
          type="primary"
          htmlType="submit"
          style={{ marginTop: 12 }}
          loading={saving.loading}
          data-testid="hcal-save"
        >
          {t('hcalSave', { year })}
        </Button>
      </Form>
    </Space>
  );
}
