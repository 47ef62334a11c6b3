import { useQuery } from '@apollo/client/react';
import { Button, Space, Table, Typography } from 'antd';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { formatCount } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { ERROR_PAGE_SIZE, ERRORS_SHOWN, errorPlace, errorWindow, rowErrorWords } from '../import-errors.ts';
import { ImportRunErrorsQuery } from '../imports.operations.ts';
import { errorsCsvUrl } from '../upload.ts';

// With more than 1,000 errors the table stops at the 1,000th; the pager's "last page" would jump to
// the end of all of them (no cursor reaches the 1,000th), so it is hidden then.
/**
 * The bad cells of a finished run, in file order: where (the CSV line, or the workbook's cell), the
 * column and what is wrong (in the user's language, by the problem's code), the first 1,000 paged
 * 50 at a time; the download has every one.
 */
export function RunErrors({ runId }: { runId: number }) {
  const t = useT();
  const lang = useLang();
  const paging = useCursorPaging(`import-errors:${runId}`, ERROR_PAGE_SIZE);
  const query = useQuery(ImportRunErrorsQuery, { variables: { id: runId, ...paging.variables } });
  const connection = (query.data ?? query.previousData)?.importRun?.errorsConnection;
  const total = connection?.totalCount ?? 0;
  const { capped, pageInfo } = errorWindow(total, paging.page, connection?.pageInfo);
  const rows = (connection?.edges ?? []).map((e, i) => ({ ...e.node, key: `${paging.page}:${i}` }));
  return (
    <div data-testid="import-errors" data-loading={query.loading} data-count={connection ? total : ''}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBlock: 8 }} wrap>
        <Space wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('importErrorsTitle')}
          </Typography.Title>
          {capped && (
            <Typography.Text type="secondary" data-testid="import-errors-capped">
              {t('importErrorsCapped', {
                shown: formatCount(ERRORS_SHOWN, lang),
                n: formatCount(total, lang),
              })}
            </Typography.Text>
          )}
        </Space>
        <Button href={errorsCsvUrl(runId)} download data-testid="import-errors-download">
          {t('downloadAllErrors')}
        </Button>
      </Space>
      <Table
        size="small"
        rowKey="key"
        loading={query.loading && !connection}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 420 }}
        data-testid="import-errors-table"
        onRow={(e) =>
          ({
            'data-row': e.row,
            'data-column': e.column,
            'data-code': e.code ?? '',
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('errorPlace'), key: 'place', width: 120, render: (_, e) => errorPlace(e) },
          { title: t('fileColumn'), dataIndex: 'column', width: 130, ellipsis: true },
          { title: t('problem'), key: 'problem', render: (_, e) => rowErrorWords(lang, e) },
        ]}
      />
      {query.error && <Typography.Text type="danger">{query.error.message}</Typography.Text>}
      <CursorPager
        paging={paging}
        pageInfo={pageInfo}
        totalCount={connection?.totalCount}
        loading={query.loading}
        total="importErrorTotal"
        withLast={!capped}
        testIds={{
          total: 'import-errors-total',
          next: 'import-errors-next',
          previous: 'import-errors-previous',
          first: 'import-errors-first',
          last: 'import-errors-last',
        }}
      />
    </div>
  );
}
