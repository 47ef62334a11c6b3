import { useQuery } from '@apollo/client/react';
import { CATEGORY_CODES } from '@cornerstone/shared/merchant/category';
import { Select, Space } from 'antd';
import { useT } from '../lib/i18n.ts';
import { ScopeOptionsQuery } from './scope-filters.operations.ts';

export type Scope = {
  branch?: string | undefined;
  category?: string | undefined;
  manager?: string | undefined;
};

type ScopeField = keyof Scope;
const ALL_FIELDS: readonly ScopeField[] = ['branch', 'category', 'manager'];

/** Branch, category and account-manager pickers shared by the explorer, the merchant list and My work. */
export function ScopeFilters({
  value,
  onChange,
  fields = ALL_FIELDS,
}: {
  value: Scope;
  onChange: (patch: Scope) => void;
  /** Which pickers to show; all three by default. */
  fields?: readonly ScopeField[];
}) {
  const t = useT();
  const { data, loading } = useQuery(ScopeOptionsQuery, { variables: { branch: value.branch ?? null } });
  return (
    <Space wrap size={[16, 8]}>
      {fields.includes('branch') && (
        <Space size={4}>
          <span>{t('branch')}</span>
          <Select
            data-testid="branch-filter"
            style={{ width: 130 }}
            allowClear
            loading={loading}
            placeholder={t('all')}
            value={value.branch ?? null}
            onChange={(v) => onChange({ branch: v ?? undefined, manager: undefined })}
            options={(data?.branches ?? []).map((b) => ({ value: b.name, label: b.name }))}
            popupMatchSelectWidth={false}
          />
        </Space>
      )}
      {fields.includes('category') && (
        <Space size={4}>
          <span>{t('category')}</span>
          <Select
            data-testid="category-filter"
            style={{ width: 120 }}
            allowClear
            placeholder={t('all')}
            value={value.category ?? null}
            onChange={(v) => onChange({ category: v ?? undefined })}
            options={CATEGORY_CODES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            popupMatchSelectWidth={false}
          />
        </Space>
      )}
      {fields.includes('manager') && (
        <Space size={4}>
          <span>{t('manager')}</span>
          <Select
            data-testid="manager-filter"
            style={{ width: 140 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            placeholder={t('all')}
            value={value.manager ?? null}
            onChange={(v) => onChange({ manager: v ?? undefined })}
            options={(data?.accountManagers ?? []).map((m) => ({
              value: m.login,
              label: `${m.displayName} (${m.login})`,
            }))}
            popupMatchSelectWidth={false}
          />
        </Space>
      )}
    </Space>
  );
}
