import { useQuery } from '@apollo/client/react';
import { businessToday } from '@cornerstone/shared/period/business-day';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../lib/i18n.ts';
import { PointsRulesQuery } from '../loyalty.operations.ts';
import type { PointsRuleRow } from '../points-table-form.ts';
import { PointsRuleHistory } from './PointsRuleHistory.tsx';
import { PointsTableEditor } from './PointsTableEditor.tsx';
import { usePointsColumns } from './usePointsColumns.tsx';

/**
 * 系统设置 › 积分规则: the points table in force today in DOMAIN.md's words (plan, 1 point per
 * cumulative amount, per N capped transactions), edited as a whole new version from a date on, and
 * every version before it. Points already posted are never recomputed: the page says so.
 */
export function PointsTableSettings() {
  const t = useT();
  const today = useMemo(() => businessToday(), []);
  const [editing, setEditing] = useState(false);
  // One page of 100 holds a whole table: a version has at most 100 rows (the server refuses more).
  const inForce = useQuery(PointsRulesQuery, { variables: { on: today, first: 100 } });
  const rows: PointsRuleRow[] = inForce.data?.pointsRules.edges.map((e) => e.node) ?? [];
  const columns = usePointsColumns();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="points-table-settings">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('ptableIntro')}
      </Typography.Paragraph>
      {inForce.error && <Alert type="error" title={inForce.error.message} />}
      {editing ? (
        <PointsTableEditor rows={rows} today={today} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text strong>{t('ptableInForce', { date: today })}</Typography.Text>
            <Button onClick={() => setEditing(true)} disabled={inForce.loading} data-testid="ptable-edit">
              {t('ptableEdit')}
            </Button>
          </Space>
          <Table<PointsRuleRow>
            rowKey="code"
            size="small"
            loading={inForce.loading}
            dataSource={rows}
            pagination={false}
            columns={columns}
            data-testid="ptable-in-force"
            onRow={(r) => ({ 'data-testid': `ptable-row-${r.code}` }) as Record<string, string>}
          />
        </>
      )}
      <PointsRuleHistory today={today} />
    </Space>
  );
}
