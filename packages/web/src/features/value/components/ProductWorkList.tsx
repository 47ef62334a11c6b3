import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, List, Progress, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { TierTag } from '../../../components/TierTag.tsx';
import { useLang, useT } from '../../../lib/i18n.ts';
import { RecommendationWorkQuery } from '../value.operations.ts';

/** My work's product follow-ups: each key or potential customer with its best recommendation. */
export function ProductWorkList() {
  const t = useT();
  const lang = useLang();
  const { data, loading, error, refetch } = useQuery(RecommendationWorkQuery, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        title={t('error')}
        description={error.message}
        action={<Button onClick={() => refetch()}>{t('retry')}</Button>}
      />
    );
  const rows = data?.recommendationWork ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="product-work">
      <Typography.Text type="secondary">{t('productWorkHint')}</Typography.Text>
      <List
        loading={loading && !data}
        dataSource={rows}
        locale={{ emptyText: <Empty description={t('noProductWork')} /> }}
        renderItem={(r) => (
          <List.Item data-testid={`product-work-${r.merchant.mid}`}>
            <List.Item.Meta
              title={
                <Space>
                  <Link to={`/merchants/${r.merchant.mid}`}>{r.merchant.name}</Link>
                  {r.merchant.tier && <TierTag tier={r.merchant.tier.cadenceTier} />}
                </Space>
              }
              description={(lang === 'zh' ? r.top.reasonsZh : r.top.reasonsEn).join(' · ')}
            />
            <Space>
              <Typography.Text strong>
                {lang === 'zh' ? r.top.product.nameZh : r.top.product.nameEn}
              </Typography.Text>
              <Progress percent={Math.round(r.top.score * 100)} size="small" style={{ width: 100 }} />
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}
