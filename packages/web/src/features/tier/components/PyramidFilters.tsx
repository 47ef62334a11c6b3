import { Card, DatePicker, Space } from 'antd';
import dayjs from 'dayjs';
import { type Scope, ScopeFilters } from '../../../components/ScopeFilters.tsx';
import { useT } from '../../../lib/i18n.ts';

const FORMAT = 'YYYY-MM';

/** Period, compare-to period and scope; every change goes to the URL. */
export function PyramidFilters({
  period,
  compare,
  scope,
  onChange,
}: {
  period: string;
  compare: string;
  scope: Scope;
  onChange: (patch: Record<string, string | undefined>) => void;
}) {
  const t = useT();
  const future = (d: dayjs.Dayjs) => d.isAfter(dayjs(), 'month');
  return (
    <Card size="small" data-testid="pyramid-filters">
      <Space wrap size={[16, 8]}>
        <Space size={4}>
          <span>{t('period')}</span>
          <DatePicker
            picker="month"
            format={FORMAT}
            allowClear={false}
            disabledDate={future}
            value={dayjs(`${period}-01`)}
            onChange={(d) => d && onChange({ period: d.format(FORMAT) })}
            data-testid="period-picker"
            style={{ width: 112 }}
          />
        </Space>
        <Space size={4}>
          <span>{t('compareTo')}</span>
          <DatePicker
            picker="month"
            format={FORMAT}
            allowClear={false}
            disabledDate={future}
            value={dayjs(`${compare}-01`)}
            onChange={(d) => d && onChange({ compare: d.format(FORMAT) })}
            data-testid="compare-picker"
            style={{ width: 112 }}
          />
        </Space>
        <ScopeFilters value={scope} onChange={onChange} />
      </Space>
    </Card>
  );
}
