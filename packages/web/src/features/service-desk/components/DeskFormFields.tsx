import { DatePicker, Form, type GetProps, Input } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../lib/i18n.ts';

/** The desk's free text (a summary, a note, what was done): three rows, up to 2,000 characters, counted. */
export function DeskTextArea(props: GetProps<typeof Input.TextArea> & { 'data-testid': string }) {
  return <Input.TextArea rows={3} maxLength={2000} showCount {...props} />;
}

/**
 * When a complaint was received or a fault reported: required, to the minute, within the last
 * 30 days (the SLA clocks start from it).
 */
export function DeskReceivedAtItem({ name, label }: { name: string; label: string }) {
  const t = useT();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, message: t('required') }]}>
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        style={{ width: '100%' }}
        disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs().subtract(30, 'day'), 'day')}
      />
    </Form.Item>
  );
}
