import { Space, Tag, Typography } from 'antd';
import { useLang, useT } from '../../../lib/i18n.ts';
import { type Reason, reasonsByWeight, reasonText } from '../churn.ts';

/**
 * The reasons of a churn score as tags in the UI language, heaviest first; a long one is cut with
 * an ellipsis and shows in full on hover; `wrap` lets a long one take several lines instead (the
 * merchant card, where there is room to read them).
 */
export function ReasonTags({
  reasons,
  maxWidth = 220,
  wrap = false,
  testId = 'churn-reasons',
}: {
  reasons: readonly Reason[];
  maxWidth?: number;
  wrap?: boolean;
  testId?: string;
}) {
  const t = useT();
  const lang = useLang();
  if (reasons.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId} data-count={0}>
        {t('noReasons')}
      </Typography.Text>
    );
  return (
    <Space size={[4, 4]} wrap data-testid={testId} data-count={reasons.length}>
      {reasonsByWeight(reasons).map((r) => {
        const text = reasonText(r, lang);
        return (
          <Tag
            key={r.key}
            color="volcano"
            title={text}
            data-testid="churn-reason"
            data-key={r.key}
            style={{
              maxWidth,
              overflow: 'hidden',
              textOverflow: 'ellipsis',
              whiteSpace: wrap ? 'normal' : 'nowrap',
              verticalAlign: 'top',
              marginInlineEnd: 0,
            }}
          >
            {text}
          </Tag>
        );
      })}
    </Space>
  );
}
