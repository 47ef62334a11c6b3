import { Button, type ButtonProps, Space, type TableColumnType, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import type { SlaClockLike } from '../sla.ts';
import { MerchantCell } from './MerchantCell.tsx';
import { SLA_COLUMN_WIDTH, SlaClockTag } from './SlaClockTag.tsx';

// The columns both desk boards show, in the same widths; each board picks its titles and fields.

/** When it came in (received, reported), to the minute. */
export const whenColumn = <R,>(
  title: string,
  dataIndex: keyof R & string,
  lang: Lang,
): TableColumnType<R> => ({
  title,
  dataIndex,
  width: 124,
  render: (v: string) => formatDateTime(v, lang),
});

export const merchantColumn = <R extends { merchant: { mid: string; name: string } }>(
  title: string,
  testId?: string,
): TableColumnType<R> => ({
  title,
  width: 160,
  ellipsis: { showTitle: false },
  render: (_, r) => <MerchantCell mid={r.merchant.mid} name={r.merchant.name} testId={testId} />,
});

export const slaColumn = <R,>(
  title: string,
  clock: (row: R) => SlaClockLike & { dueAt: string },
  testId: string,
): TableColumnType<R> => ({
  title,
  width: SLA_COLUMN_WIDTH,
  render: (_, r) => <SlaClockTag clock={clock(r)} testId={testId} />,
});

/** Who has it: the name, else the login, else a dash. */
export const assigneeColumn = <R extends { assigneeName?: string | null; assigneeLogin?: string | null }>(
  title: string,
): TableColumnType<R> => ({
  title,
  width: 96,
  ellipsis: true,
  render: (_, r) => r.assigneeName ?? r.assigneeLogin ?? '–',
});

/** The row's step buttons, pinned to the right. */
export const actionsColumn = <R,>(
  title: string,
  width: number,
  steps: (row: R) => ReactNode,
): TableColumnType<R> => ({
  title,
  key: 'actions',
  width,
  fixed: 'right',
  render: (_, r) => (
    <Space size={0} wrap>
      {steps(r)}
    </Space>
  ),
});

/** One step button of a row. */
export function StepButton(props: ButtonProps & { 'data-testid': string }) {
  return <Button type="link" size="small" style={{ paddingInline: 4 }} {...props} />;
}

/**
 * What a row is about in two lines: the main words with a grey aside, then the free text, each cut
 * with an ellipsis; the tooltip has it whole.
 */
export function IssueCell({
  tooltip,
  main,
  aside,
  detail,
  detailTestId,
  nowrap = false,
}: {
  tooltip: ReactNode;
  main: ReactNode;
  aside: ReactNode;
  detail: string;
  detailTestId?: string;
  nowrap?: boolean;
}) {
  return (
    <Tooltip title={tooltip} placement="topLeft">
      <div style={{ minWidth: 0 }}>
        <div
          style={{ overflow: 'hidden', textOverflow: 'ellipsis', ...(nowrap && { whiteSpace: 'nowrap' }) }}
        >
          {main}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
            {aside}
          </Typography.Text>
        </div>
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, display: 'block' }}
          ellipsis
          data-testid={detailTestId}
        >
          {detail}
        </Typography.Text>
      </div>
    </Tooltip>
  );
}
