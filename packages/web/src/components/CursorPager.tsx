import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatCount } from '../lib/format.ts';
import { type MessageKey, useLang, useT } from '../lib/i18n.ts';
import type { useCursorPaging } from '../lib/useCursorPaging.ts';

/**
 * The one pager under every cursor-paged list: the total on the left, then the page number and
 * previous / next. `total` says which words go with the count ("共 {n} 户", "共 {n} 条"…).
 */
export function CursorPager({
  paging,
  pageInfo,
  totalCount,
  loading,
  total,
  testIds,
  before,
  actions,
}: {
  paging: ReturnType<typeof useCursorPaging>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null | undefined } | undefined;
  totalCount: number | undefined;
  loading: boolean;
  /** The message that words the total; it gets the formatted count as `{n}`. */
  total: MessageKey;
  /** Test ids of the total (which carries the raw count in data-count) and the buttons. */
  testIds: { total: string; next: string; previous?: string };
  /** Shown before the total, e.g. the tier a list is narrowed to. */
  before?: ReactNode;
  /** Shown before the page number, e.g. export buttons. */
  actions?: ReactNode;
}) {
  const t = useT();
  const lang = useLang();
  const endCursor = pageInfo?.endCursor;
  return (
    <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
      <Space>
        {before}
        <Typography.Text data-testid={testIds.total} data-count={totalCount ?? ''}>
          {t(total, { n: formatCount(totalCount ?? 0, lang) })}
        </Typography.Text>
      </Space>
      <Space>
        {actions}
        <Typography.Text type="secondary">{t('pageOf', { page: paging.page })}</Typography.Text>
        <Button
          data-testid={testIds.previous}
          disabled={!paging.hasPrevious || loading}
          onClick={paging.previous}
        >
          {t('previous')}
        </Button>
        <Button
          data-testid={testIds.next}
          disabled={!pageInfo?.hasNextPage || loading}
          onClick={() => endCursor && paging.next(endCursor)}
        >
          {t('next')}
        </Button>
      </Space>
    </Space>
  );
}
