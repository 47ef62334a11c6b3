import { Table } from 'antd';
import { TierTag } from '../../../components/TierTag.tsx';
import { formatCount, formatMoney, formatShare } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import type { Tier, TierFigures } from '../chart-data.ts';

/** The pyramid's figures as rows; a row clicks through to its merchants. */
export function TierTable({
  rows,
  period,
  onTier,
}: {
  rows: TierFigures[];
  /** The period the rows are of: its tier scheme names the tiers. */
  period: string;
  onTier: (tier: Tier) => void;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Table<TierFigures>
      data-testid="tier-table"
      size="small"
      pagination={false}
      rowKey="tier"
      dataSource={rows}
      onRow={(r) => ({
        onClick: () => onTier(r.tier),
        style: { cursor: 'pointer' },
        title: t('clickToList'),
        'data-testid': `tier-row-${r.tier}`,
      })}
      columns={[
        {
          title: t('tier'),
          dataIndex: 'tier',
          render: (tier: Tier) => <TierTag tier={tier} period={period} />,
        },
        {
          title: t('totalMerchants'),
          dataIndex: 'count',
          align: 'right',
          render: (n: number, r) => (
            <span data-testid={`tier-count-${r.tier}`} data-count={n}>
              {formatCount(n, lang)}
            </span>
          ),
        },
        {
          title: t('countShare'),
          dataIndex: 'countShare',
          align: 'right',
          render: (s: number) => formatShare(s, lang),
        },
        {
          title: t('profit'),
          dataIndex: 'profit',
          align: 'right',
          render: (p: string) => (
            <span style={{ color: p.startsWith('-') ? '#cf1322' : undefined }}>{formatMoney(p, lang)}</span>
          ),
        },
        {
          title: t('profitShare'),
          dataIndex: 'profitShare',
          align: 'right',
          render: (s: number) => (
            <span style={{ color: s < 0 ? '#cf1322' : undefined }}>{formatShare(s, lang)}</span>
          ),
        },
      ]}
    />
  );
}
