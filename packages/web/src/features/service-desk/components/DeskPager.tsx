import { Button, Space, Typography } from 'antd';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import type { useCursorPaging } from '../../merchant/hooks/useCursorPaging.ts';

/** Total and previous/next for a cursor-paged desk list. */
export function DeskPager({
  paging,
  total,
  endCursor,
  hasNextPage,
  loading,
  testId,
}: {
  paging: ReturnType<typeof useCursorPaging>;
  total: number | undefined;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  loading: boolean;
  testId: string;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }} wrap>
      <Typography.Text data-testid={testId} data-count={total ?? ''}>
        {t('itemsTotal', { n: formatCount(total ?? 0, lang) })}
      </Typography.Text>
      <Space>
        <Typography.Text type="secondary">{t('pageOf', { page: paging.page })}</Typography.Text>
        <Button disabled={!paging.hasPrevious || loading} onClick={paging.previous}>
          {t('previous')}
        </Button>
        <Button
          disabled={!hasNextPage || loading}
          onClick={() => endCursor && paging.next(endCursor)}
          data-testid={`${testId}-next`}
        >
          {t('next')}
        </Button>
      </Space>
    </Space>
  );
}
