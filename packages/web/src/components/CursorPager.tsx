import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type MessageKey, useT } from '../lib/i18n.ts';
import type { PageInfo, useCursorPaging } from '../lib/useCursorPaging.ts';
import { PagerBar } from './PagerBar.tsx';

/**
 * The one pager under every cursor-paged list: the total on the left, then the page number and
 * first / previous / next / last. `total` says which words go with the count ("共 {n} 户", "共 {n} 条"…).
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
  onlyWhenPaged = false,
  withLast = true,
}: {
  paging: ReturnType<typeof useCursorPaging>;
  pageInfo: PageInfo | undefined;
  totalCount: number | undefined;
  loading: boolean;
  /** The message that words the total; it gets the formatted count as `{n}`. */
  total: MessageKey;
  /** Test ids of the total (which carries the raw count in data-count) and the buttons. */
  testIds: { total: string; next: string; previous?: string; first?: string; last?: string };
  /** Shown before the total, e.g. the tier a list is narrowed to. */
  before?: ReactNode;
  /** Shown before the page number, e.g. export buttons. */
  actions?: ReactNode;
  /** For a card: nothing at all while everything fits on one page. */
  onlyWhenPaged?: boolean;
  /** Off where a list is shown only in part (the first 1,000 errors): "last" would leave that part. */
  withLast?: boolean;
}) {
  const t = useT();
  const hasPrevious = !!pageInfo?.hasPreviousPage;
  const hasNext = !!pageInfo?.hasNextPage;
  if (onlyWhenPaged && !hasPrevious && !hasNext) return null;
  return (
    <PagerBar
      totalCount={totalCount}
      total={total}
      totalTestId={testIds.total}
      before={before}
      actions={actions}
    >
      <Typography.Text type="secondary">{t('pageOf', { page: paging.page })}</Typography.Text>
      <Button data-testid={testIds.first} disabled={!hasPrevious || loading} onClick={paging.first}>
        {t('firstPage')}
      </Button>
      <Button
        data-testid={testIds.previous}
        disabled={!hasPrevious || loading}
        onClick={() => pageInfo && paging.previous(pageInfo)}
      >
        {t('previous')}
      </Button>
      <Button
        data-testid={testIds.next}
        disabled={!hasNext || loading}
        onClick={() => pageInfo && paging.next(pageInfo)}
      >
        {t('next')}
      </Button>
      {withLast && (
        <Button
          data-testid={testIds.last}
          disabled={!hasNext || loading || totalCount == null}
          onClick={() => totalCount != null && paging.last(totalCount)}
        >
          {t('lastPage')}
        </Button>
      )}
    </PagerBar>
  );
}
