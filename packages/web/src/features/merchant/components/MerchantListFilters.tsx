import { MERCHANT_STATUSES } from '@cornerstone/shared/merchant/merchant-rules';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import { Button, Card, Input, Select, Space } from 'antd';
import { MonthPicker } from '../../../components/MonthPicker.tsx';
import { ScopeFilters } from '../../../components/ScopeFilters.tsx';
import { useT } from '../../../lib/i18n.ts';
import type { useMerchantListFilters } from '../hooks/useMerchantListFilters.ts';

export function MerchantListFilters({ f }: { f: ReturnType<typeof useMerchantListFilters> }) {
  const t = useT();
  return (
    <Card size="small">
      <Space wrap size={[16, 8]}>
        <MonthPicker
          label={t('period')}
          value={f.period}
          onChange={(m) => f.set({ period: m })}
          testId="list-period-picker"
        />
        <Space size={4}>
          <span>{t('tier')}</span>
          <Select
            data-testid="tier-filter"
            style={{ width: 110 }}
            allowClear
            placeholder={t('all')}
            value={f.tier ?? null}
            onChange={(v) => f.set({ tier: v ?? undefined })}
            options={TIER_CODES.map((tier) => ({ value: tier, label: t(`tier.${tier}`) }))}
          />
        </Space>
        <ScopeFilters
          value={{ branch: f.branch, category: f.category, manager: f.manager }}
          onChange={(patch) => f.set(patch)}
        />
        <Space size={4}>
          <span>{t('status')}</span>
          <Select
            data-testid="status-filter"
            style={{ width: 100 }}
            allowClear
            placeholder={t('all')}
            value={f.status ?? null}
            onChange={(v) => f.set({ status: v ?? undefined })}
            options={MERCHANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </Space>
        <Input.Search
          key={f.search ?? ''}
          allowClear
          placeholder={t('search')}
          defaultValue={f.search}
          onSearch={(v) => f.set({ search: v.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="merchant-search"
        />
        {f.active && (
          <Button
            type="link"
            onClick={() =>
              f.set({
                tier: undefined,
                branch: undefined,
                category: undefined,
                manager: undefined,
                status: undefined,
                search: undefined,
              })
            }
          >
            {t('clearFilters')}
          </Button>
        )}
      </Space>
    </Card>
  );
}
