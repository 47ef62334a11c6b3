import { useQuery } from '@apollo/client/react';
import { Alert, Button, Empty, List, Progress, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { TierTag } from '../../../components/TierTag.tsx';
import { useLang, useT } from '../../../lib/i18n.ts';
import { RecommendationWorkQuery } from '../value.operations.ts';

/** Follow-ups shown at first and added by each "load more"; the server answers at most 50. */
const STEP = 10;
const MOST = 50;

/**
 * My work's product follow-ups: each key or potential customer with its best recommendation, the
 * best ten first — many read alike (the same product for a branch's key customers), so the rest
 * come on request.
 */
export function ProductWorkList() {
  const t = useT();
  const lang = useLang();
  const [shown, setShown] = useState(STEP);
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(RecommendationWorkQuery, {
    variables: { first: shown },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const data = current ?? previousData;
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
  const more = rows.length === shown && shown < MOST;
  return (
    <Space
      direction="vertical"
      style={{ width: '100%' }}
      data-testid="product-work"
      data-count={rows.length}
      data-loading={loading ? 'true' : 'false'}
    >
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
      {more && (
        <Button
          block
          loading={loading}
          data-testid="more-product-work"
          onClick={() => setShown((n) => Math.min(n + STEP, MOST))}
        >
          {t('loadMore')}
        </Button>
      )}
    </Space>
  );
}
