import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { CursorPager } from '../../../components/CursorPager.tsx';
import { TIER_COLORS } from '../../../components/TierTag.tsx';
import type { TierSchemeFieldsFragment } from '../../../gql/graphql.ts';
import { formatDateTime, formatMoney } from '../../../lib/format.ts';
import { useLang, useT } from '../../../lib/i18n.ts';
import { useCursorPaging } from '../../../lib/useCursorPaging.ts';
import { TierSchemeInForceQuery, TierSchemeVersionsQuery } from '../tier-scheme.operations.ts';
import { kindWords, levelsLine, sinceWords } from '../tier-scheme-form.ts';
import { TierSchemeEditor } from './TierSchemeEditor.tsx';

/**
 * 系统设置 › 分级方案: the scheme in force this month with its levels, an editor for a new version
 * (share or threshold, from a preset or the current one) and every version so far. Saving a version
 * recomputes the stored snapshots from its first month on, which the editor reports.
 */
export function TierSchemeSettings() {
  const t = useT();
  const lang = useLang();
  const q = useQuery(TierSchemeInForceQuery, { fetchPolicy: 'cache-and-network' });
  const paging = useCursorPaging('tier-schemes', 10);
  const history = useQuery(TierSchemeVersionsQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
  });
  const current = q.data?.tierScheme;
  const versions = history.data?.tierSchemes;
  const money = (yuan: string) => formatMoney(yuan, lang);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="tier-scheme-settings">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('tierSchemeIntro')}
      </Typography.Paragraph>
      {q.error && <Alert type="error" title={q.error.message} />}
      {current && (
        <Card
          size="small"
          title={t('tierSchemeInForce')}
          data-testid="tier-scheme-current"
          data-kind={current.kind}
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('tierSchemeKindLabel')}>{kindWords(t, current)}</Descriptions.Item>
            <Descriptions.Item label={t('tierSchemeEffective')}>
              {sinceWords(t, current.effectiveFrom)}
            </Descriptions.Item>
            <Descriptions.Item label={t('tierSchemeLevels')}>
              <Space size={4} wrap>
                {current.levels.map((l) => (
                  <Tag key={l.tier} color={TIER_COLORS[l.tier]} data-testid={`tier-scheme-current-${l.tier}`}>
                    {lang === 'zh' ? l.zh : l.en}
                    {current.kind === 'SHARE'
                      ? ` ${l.cumulativePercent}%`
                      : l.minAmount
                        ? ` ≥ ${money(l.minAmount)}`
                        : ''}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {current && (
        <TierSchemeEditor
          current={current}
          onSaved={() => {
            void q.refetch();
            paging.first();
            void history.refetch();
          }}
        />
      )}
      <Card size="small" title={t('tierSchemeHistory', { n: versions?.totalCount ?? 0 })}>
        <Table<TierSchemeFieldsFragment>
          size="small"
          rowKey="id"
          loading={history.loading && !history.data}
          dataSource={versions?.edges.map((e) => e.node) ?? []}
          pagination={false}
          data-testid="tier-scheme-history"
          columns={[
            {
              title: t('tierSchemeEffective'),
              key: 'since',
              width: 130,
              render: (_, v) => sinceWords(t, v.effectiveFrom),
            },
            { title: t('tierSchemeKindLabel'), key: 'kind', width: 190, render: (_, v) => kindWords(t, v) },
            {
              title: t('tierSchemeLevels'),
              key: 'levels',
              ellipsis: true,
              render: (_, v) => {
                const line = levelsLine(v, lang, money);
                return <span title={line}>{line}</span>;
              },
            },
            { title: t('tierSchemeSetBy'), dataIndex: 'createdBy', width: 100, ellipsis: true },
            {
              title: t('tierSchemeSetAt'),
              dataIndex: 'createdAt',
              width: 150,
              render: (at: string) => formatDateTime(at, lang),
            },
          ]}
        />
        <CursorPager
          paging={paging}
          pageInfo={versions?.pageInfo}
          totalCount={versions?.totalCount}
          loading={history.loading}
          total="tierSchemeTotal"
          testIds={{ total: 'tier-scheme-total', next: 'tier-scheme-next' }}
          onlyWhenPaged
        />
      </Card>
    </Space>
  );
}
