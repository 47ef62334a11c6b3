import { Empty, Table } from 'antd';
import { parseChanges } from '../../../lib/changes.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';

interface Change {
  changedAt: string;
  actor: string;
  source: string;
  kind: string;
  changes: string;
}

/** The merchant's change records, newest first, each field with its old and new value. */
export function ChangeHistory({ changes }: { changes: Change[] }) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  return (
    <Table<Change>
      data-testid="change-history"
      size="small"
      pagination={changes.length > 8 ? { pageSize: 8, size: 'small' } : false}
      rowKey={(c) => `${c.changedAt}-${c.kind}-${c.source}`}
      dataSource={changes}
      locale={{ emptyText: <Empty description={t('empty')} /> }}
      columns={[
        {
          title: t('changedAt'),
          dataIndex: 'changedAt',
          width: 140,
          render: (v: string) => formatDateTime(v, lang),
        },
        { title: t('kind'), dataIndex: 'kind', width: 90, render: (k: string) => tc('changeKind', k) },
        {
          title: t('changeDetail'),
          dataIndex: 'changes',
          render: (json: string) => {
            const rows = parseChanges(json);
            if (rows.length === 0) return '–';
            return (
              <div>
                {rows.map((r) => (
                  <div key={r.field}>
                    {r.field && <strong>{r.field}: </strong>}
                    {r.from && r.from !== '–' ? `${r.from} → ` : ''}
                    {r.to}
                  </div>
                ))}
              </div>
            );
          },
        },
        { title: t('actor'), dataIndex: 'actor', width: 110, ellipsis: true },
        { title: t('source'), dataIndex: 'source', width: 160, ellipsis: true },
      ]}
    />
  );
}
