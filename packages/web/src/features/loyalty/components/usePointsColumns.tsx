import type { TableColumnsType } from 'antd';
import type { MessageKey } from '../../../lib/i18n.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { amountWords, type PointsRuleRow, planParts } from '../points-table-form.ts';

/** The columns of DOMAIN.md's table: plan, 1 point per cumulative amount, per N capped transactions. */
export function usePointsColumns<R extends PointsRuleRow>(): TableColumnsType<R> {
  const t = useT();
  const lang = useLang();
  const plan = (r: PointsRuleRow) => {
    const p = planParts(r);
    const parts = [
      p.category ? t(`category.${p.category}` as MessageKey) : t('ptableAnyCategory'),
      p.plan.key === 'ptableCapped'
        ? t('ptableCapped', { cap: amountWords(p.plan.cap, lang) })
        : t(p.plan.key),
      ...p.band.map((b) => t(b.key, { rate: b.rate })),
    ];
    return parts.join(lang === 'zh' ? '，' : ', ');
  };
  return [
    {
      title: t('ptablePlan'),
      key: 'plan',
      render: (_, r) => <span data-testid="ptable-plan">{plan(r)}</span>,
    },
    {
      title: t('ptableAmount'),
      key: 'amount',
      render: (_, r) => (
        <span data-testid="ptable-amount">
          {r.amountThreshold != null ? amountWords(r.amountThreshold, lang) : t('ptableNone')}
        </span>
      ),
    },
    {
      title: t('ptableCount'),
      key: 'count',
      render: (_, r) => <span data-testid="ptable-count">{r.cappedCountN ?? t('ptableNone')}</span>,
    },
    { title: t('ptableCode'), dataIndex: 'code', key: 'code' },
  ];
}
