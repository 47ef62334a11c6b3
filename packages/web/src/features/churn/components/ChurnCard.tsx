import { useQuery } from '@apollo/client/react';
import { Card, Typography } from 'antd';
import { formatDate, formatShare, formatYuan } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { MerchantChurnQuery } from '../churn.operations.ts';
import { HIGH_SCORE } from '../churn.ts';
import { ReasonTags } from './ReasonTags.tsx';

/**
 * 流失风险 on the merchant page: the latest churn score, its value at risk and its reasons in the UI
 * language. Nothing shows before the first `clv compute` has scored the merchant.
 */
export function ChurnCard({ mid }: { mid: string }) {
  const t = useT();
  const lang = useLang();
  const { data } = useQuery(MerchantChurnQuery, { variables: { mid } });
  const churn = data?.merchant?.churn;
  if (!churn) return null;
  const score = formatShare(churn.score, lang, 0);
  return (
    <Card size="small" title={t('churnCard')} data-testid="merchant-churn" data-score={churn.score}>
      <Typography.Paragraph
        style={{ marginBottom: 8 }}
        type={churn.score >= HIGH_SCORE ? 'danger' : undefined}
        data-testid="merchant-churn-line"
      >
        {churn.valueAtRisk == null
          ? t('churnLineNoValue', { score, asOf: formatDate(churn.asOf) })
          : t('churnLine', { score, var: formatYuan(churn.valueAtRisk, lang), asOf: formatDate(churn.asOf) })}
      </Typography.Paragraph>
      <ReasonTags reasons={churn.reasons} maxWidth={360} wrap testId="merchant-churn-reasons" />
    </Card>
  );
}
