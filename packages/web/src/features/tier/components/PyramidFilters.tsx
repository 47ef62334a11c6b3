import { Card, Space } from 'antd';
import { MonthPicker } from '../../../components/MonthPicker.tsx';
import { type Scope, ScopeFilters } from '../../../components/ScopeFilters.tsx';
import { useT } from '../../../lib/i18n.ts';

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
  return (
    <Card size="small" data-testid="pyramid-filters">
      <Space wrap size={[16, 8]}>
        <MonthPicker
          label={t('period')}
          value={period}
          onChange={(m) => onChange({ period: m })}
          testId="period-picker"
        />
        <MonthPicker
          label={t('compareTo')}
          value={compare}
          onChange={(m) => onChange({ compare: m })}
          testId="compare-picker"
        />
        <ScopeFilters value={scope} onChange={onChange} />
      </Space>
    </Card>
  );
}
