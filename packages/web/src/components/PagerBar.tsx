import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatCount } from '../lib/format.ts';
import { type MessageKey, useLang, useT } from '../lib/i18n.ts';

/**
 * The frame both pagers share: on the left what the list is narrowed to and its total (with
 * separators; the raw count in data-count), on the right the list's actions and then the pager.
 */
export function PagerBar({
  totalCount,
  total,
  totalTestId,
  before,
  actions,
  children,
}: {
  totalCount: number | undefined;
  /** The message that words the total; it gets the formatted count as `{n}`. */
  total: MessageKey;
  totalTestId: string;
  before?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
      <Space>
        {before}
        <Typography.Text data-testid={totalTestId} data-count={totalCount ?? ''}>
          {t(total, { n: formatCount(totalCount ?? 0, lang) })}
        </Typography.Text>
      </Space>
      <Space wrap>
        {actions}
        {children}
      </Space>
    </Space>
  );
}
