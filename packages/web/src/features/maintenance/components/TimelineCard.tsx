import { Button, Card, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import type { MerchantMaintenanceQuery } from '../../../gql/graphql.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useLang, useT, useTCode } from '../../../lib/i18n.ts';
import { describeEvent } from '../timeline.ts';

type TimelineEvent = NonNullable<
  MerchantMaintenanceQuery['merchant']
>['timelineConnection']['edges'][number]['node'];

/**
 * 时间线: interactions, tier and status changes, points, complaints and faults, newest first; "more"
 * appends the next page of the connection.
 */
export function TimelineCard({
  events,
  total,
  loading,
  hasMore,
  onMore,
}: {
  events: TimelineEvent[] | undefined;
  /** How many events the merchant has in all (the connection's totalCount), loaded or not. */
  total?: number;
  loading: boolean;
  hasMore: boolean;
  onMore: () => void;
}) {
  const t = useT();
  const tc = useTCode();
  const lang = useLang();
  return (
    <Card
      size="small"
      title={t('timeline')}
      data-testid="timeline"
      data-loading={loading ? 'true' : 'false'}
      data-count={events?.length}
      data-total={total}
    >
      {!events ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noTimeline')} />
      ) : (
        <>
          <Timeline
            style={{ marginTop: 8 }}
            items={events.map((e) => {
              const line = describeEvent(e, tc);
              return {
                key: `${e.type}:${e.ref}`,
                color: line.color,
                content: (
                  <div
                    data-testid="timeline-item"
                    data-ref={e.ref}
                    data-type={e.type}
                    data-kind={e.kind}
                    data-superseded={e.superseded ? 'true' : 'false'}
                  >
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(e.at, lang)}
                      {e.actorName ? ` · ${e.actorName}` : undefined}
                    </Typography.Text>
                    <div>
                      <Typography.Text strong delete={e.superseded}>
                        {line.title}
                      </Typography.Text>
                      {e.superseded && (
                        <Tag style={{ marginLeft: 8 }} data-testid="timeline-superseded">
                          {t('superseded')}
                        </Tag>
                      )}
                    </div>
                    {line.detail && (
                      <Typography.Paragraph
                        style={{ marginBottom: 0 }}
                        ellipsis={{ rows: 2, expandable: true, symbol: '…' }}
                        data-testid="timeline-detail"
                      >
                        {line.detail}
                      </Typography.Paragraph>
                    )}
                  </div>
                ),
              };
            })}
          />
          {hasMore && (
            <Button block loading={loading} onClick={onMore} data-testid="timeline-more">
              {t('loadMore')}
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
