import { Segmented, Space } from 'antd';
import type { DeskOrder } from '../../../gql/graphql.ts';
import { useT } from '../../../lib/i18n.ts';
import { DESK_ORDERS } from '../hooks/useDeskFilters.ts';

/**
 * 最紧急 / 最新: the order of a desk board. Most urgent is the server's default and leaves the URL
 * clean; newest is kept as `order=NEWEST` like the other filters.
 */
export function DeskOrderSwitch({
  value,
  testId,
  onChange,
}: {
  value: DeskOrder;
  testId: string;
  onChange: (order: string | undefined) => void;
}) {
  const t = useT();
  return (
    <Space size={4}>
      <span>{t('deskOrderLabel')}</span>
      <Segmented<DeskOrder>
        data-testid={testId}
        value={value}
        onChange={(v) => onChange(v === 'URGENCY' ? undefined : v)}
        options={DESK_ORDERS.map((o) => ({
          value: o,
          label: <span data-testid={`${testId}-${o}`}>{t(`deskOrder.${o}`)}</span>,
        }))}
      />
    </Space>
  );
}
