import { DatePicker, Space } from 'antd';
import dayjs from 'dayjs';

const FORMAT = 'YYYY-MM';

/** A labelled month picker for `YYYY-MM` periods; months after the current one cannot be picked. */
export function MonthPicker({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (month: string) => void;
  testId: string;
}) {
  return (
    <Space size={4}>
      <span>{label}</span>
      <DatePicker
        picker="month"
        format={FORMAT}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'month')}
        value={dayjs(`${value}-01`)}
        onChange={(d) => d && onChange(d.format(FORMAT))}
        data-testid={testId}
        style={{ width: 112 }}
      />
    </Space>
  );
}
