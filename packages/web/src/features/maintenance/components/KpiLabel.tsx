import type { MaintenanceKpiKey } from '@cornerstone/shared/maintenance/kpi-definitions';
import { Tooltip } from 'antd';
import { useT } from '../../../lib/i18n.ts';

/**
 * A KPI's label (packages/shared's definition), underlined with dots; hovering it shows the one
 * line of what is counted, in the UI's language.
 */
export function KpiLabel({ kpi }: { kpi: MaintenanceKpiKey }) {
  const t = useT();
  return (
    <Tooltip title={<span data-testid={`kpi-help-${kpi}`}>{t(`kpiHelp.${kpi}`)}</span>}>
      <span
        data-testid={`kpi-label-${kpi}`}
        style={{ cursor: 'help', borderBottom: '1px dotted currentColor' }}
      >
        {t(`kpi.${kpi}`)}
      </span>
    </Tooltip>
  );
}
