import { Card, Tabs } from 'antd';
import { HolidayCalendarSettings } from '../../features/campaign/components/HolidayCalendarSettings.tsx';
import { PointsTableSettings } from '../../features/loyalty/components/PointsTableSettings.tsx';
import { CadenceSettings } from '../../features/maintenance/components/CadenceSettings.tsx';
import { ProductCatalogue } from '../../features/product/components/ProductCatalogue.tsx';
import { SlaSettings } from '../../features/service-desk/components/SlaSettings.tsx';
import { TierSchemeSettings } from '../../features/tier/components/TierSchemeSettings.tsx';
import { useT } from '../../lib/i18n.ts';
import { useUrlState } from '../../lib/useUrlState.ts';

// Each setting belongs to the feature that uses it; this page only puts them side by side.
const TABS = [
  { key: 'tiers', page: <TierSchemeSettings /> },
  { key: 'cadence', page: <CadenceSettings /> },
  { key: 'sla', page: <SlaSettings /> },
  { key: 'points', page: <PointsTableSettings /> },
  { key: 'products', page: <ProductCatalogue /> },
  { key: 'holidays', page: <HolidayCalendarSettings /> },
] as const;

/** 系统设置: the settings DOMAIN.md calls data, not code, each on its tab (?tab=… opens one). */
export function SettingsRoute() {
  const t = useT();
  const { get, patch } = useUrlState();
  const tab = get('tab') ?? 'tiers';
  return (
    <Card title={t('settingsTitle')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => patch({ tab: key })}
        destroyOnHidden
        items={TABS.map((x) => ({
          key: x.key,
          label: <span data-testid={`settings-tab-${x.key}`}>{t(`settingsTab.${x.key}`)}</span>,
          children: x.page,
        }))}
      />
    </Card>
  );
}
