import { Pagination } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../lib/i18n.ts';
import { PagerBar } from './PagerBar.tsx';

/**
 * The pager of a list paged by number (the server's `offset` with `first`): the total with
 * separators on the left, then numbered pages to jump to and the page-size picker. For lists long
 * enough that "next" alone is no way to reach page 40; cursor-paged lists use CursorPager.
 */
export function NumberPager({
  page,
  size,
  sizes,
  totalCount,
  loading,
  total,
  onChange,
  testIds,
  before,
  actions,
}: {
  page: number;
  size: number;
  sizes: readonly number[];
  totalCount: number | undefined;
  loading: boolean;
  /** The message that words the total; it gets the formatted count as `{n}`. */
  total: MessageKey;
  onChange: (page: number, size: number) => void;
  /** Test ids of the total (which carries the raw count in data-count) and the pager. */
  testIds: { total: string; pager: string };
  /** Shown before the total, e.g. the tier a list is narrowed to. */
  before?: ReactNode;
  /** Shown before the pages, e.g. export buttons. */
  actions?: ReactNode;
}) {
  return (
    <PagerBar
      totalCount={totalCount}
      total={total}
      totalTestId={testIds.total}
      before={before}
      actions={actions}
    >
      <div data-testid={testIds.pager} data-page={page} data-size={size}>
        <Pagination
          current={page}
          pageSize={size}
          total={totalCount ?? 0}
          disabled={loading && totalCount == null}
          showSizeChanger
          pageSizeOptions={sizes.map(String)}
          showQuickJumper
          onChange={onChange}
        />
      </div>
    </PagerBar>
  );
}
