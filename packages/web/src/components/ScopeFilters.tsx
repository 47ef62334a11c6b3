import { useQuery } from '@apollo/client/react';
import { CATEGORY_CODES } from '@cornerstone/shared/merchant/category';
import { Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../lib/auth.ts';
import { formatCount } from '../lib/format.ts';
import { useLang, useT } from '../lib/i18n.ts';
import { canDo } from '../lib/permissions.ts';
import { ScopeBranchesQuery, ScopeManagersQuery } from './scope-filters.operations.ts';

export type Scope = {
  branch?: string | undefined;
  category?: string | undefined;
  manager?: string | undefined;
};

type ScopeField = keyof Scope;
const ALL_FIELDS: readonly ScopeField[] = ['branch', 'category', 'manager'];

/** How long typing pauses before the account managers are searched on the server. */
const SEARCH_DELAY_MS = 250;

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
  const { user } = useAuth();
  const branches = useQuery(ScopeBranchesQuery, { skip: !fields.includes('branch') });
  return (
    <Space wrap size={[16, 8]}>
      {fields.includes('branch') && (
        <Space size={4}>
          <span>{t('branch')}</span>
          <Select
            data-testid="branch-filter"
            style={{ width: 130 }}
            allowClear
            loading={branches.loading}
            placeholder={t('all')}
            value={value.branch ?? null}
            onChange={(v) => onChange({ branch: v ?? undefined, manager: undefined })}
            options={(branches.data?.branchesConnection.edges ?? []).map(({ node: b }) => ({
              value: b.name,
              label: b.name,
            }))}
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
          <ManagerSelect
            branch={value.branch}
            value={value.manager}
            onChange={(manager) => onChange({ manager })}
            // Only the roles that may list staff get the list; the others' pick stays empty, as before.
            mayList={canDo(user.role, 'listStaff')}
          />
        </Space>
      )}
    </Space>
  );
}

/**
 * The account-manager picker, searched on the server as the user types: it shows the first 100
 * that match (by login), with the count of all that match under them, so more than 100 managers
 * are all within reach.
 */
function ManagerSelect({
  branch,
  value,
  onChange,
  mayList,
}: {
  branch: string | undefined;
  value: string | undefined;
  onChange: (manager: string | undefined) => void;
  mayList: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const managers = useQuery(ScopeManagersQuery, {
    variables: { branch: branch ?? null, search: search || null },
    skip: !mayList,
  });
  // While a new search runs, the last answer stays in the list rather than an empty one.
  const conn = (managers.data ?? managers.previousData)?.accountManagersConnection;
  // The chosen manager keeps its name when a search no longer lists them.
  const labels = useRef(new Map<string, string>());
  const options = (conn?.edges ?? []).map(({ node: m }) => {
    const label = `${m.displayName} (${m.login})`;
    labels.current.set(m.login, label);
    return { value: m.login, label };
  });
  if (value && !options.some((o) => o.value === value))
    options.unshift({ value, label: labels.current.get(value) ?? value });
  const shown = conn?.edges.length ?? 0;
  return (
    <Select
      data-testid="manager-filter"
      style={{ width: 140 }}
      allowClear
      showSearch={{ filterOption: false, searchValue: typed, onSearch: setTyped }}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      loading={managers.loading}
      placeholder={t('all')}
      value={value ?? null}
      onChange={(v) => {
        setTyped('');
        onChange(v ?? undefined);
      }}
      options={options}
      popupMatchSelectWidth={false}
      popupRender={(menu) => (
        <>
          {menu}
          {conn && conn.totalCount > shown && (
            <Typography.Text
              type="secondary"
              style={{ display: 'block', padding: '4px 12px', fontSize: 12 }}
              data-testid="manager-filter-count"
              data-count={conn.totalCount}
            >
              {formatCount(shown, lang)} / {formatCount(conn.totalCount, lang)} …
            </Typography.Text>
          )}
        </>
      )}
    />
  );
}
