import { Button } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ChurnCard } from '../../features/churn/components/ChurnCard.tsx';
import { LogInteractionModal } from '../../features/maintenance/components/LogInteractionModal.tsx';
import { OpenTasksCard } from '../../features/maintenance/components/OpenTasksCard.tsx';
import { TimelineCard } from '../../features/maintenance/components/TimelineCard.tsx';
import { useMerchantTimeline } from '../../features/maintenance/hooks/useMerchantTimeline.ts';
import { MerchantPage } from '../../features/merchant/components/MerchantPage.tsx';
import { OpenComplaintModal } from '../../features/service-desk/components/OpenComplaintModal.tsx';
import { ReportFaultModal } from '../../features/service-desk/components/ReportFaultModal.tsx';
import { RecommendationsCard } from '../../features/value/components/RecommendationsCard.tsx';
import type { InteractionKind } from '../../gql/graphql.ts';
import { useAuth } from '../../lib/auth.ts';
import { useT } from '../../lib/i18n.ts';
import { canDo } from '../../lib/permissions.ts';

/**
 * 客户 360 put together: the merchant feature's page with churn's risk card, value's recommendations, maintenance's
 * open tasks, timeline and 记录联系, and the service desk's 登记投诉 and 报修. Whatever is recorded
 * on the merchant refreshes the timeline; a fault report also refreshes the terminals.
 */
export function MerchantRoute() {
  const t = useT();
  const { mid = '' } = useParams();
  const { user } = useAuth();
  const mayRecord = canDo(user.role, 'recordInteraction');
  const mayComplain = canDo(user.role, 'handleComplaint');
  const mayReport = canDo(user.role, 'reportFault');
  const [logKind, setLogKind] = useState<InteractionKind | null>(null);
  const [complaining, setComplaining] = useState(false);
  const [faultTerminal, setFaultTerminal] = useState<{ tid: string; model: string } | null>(null);
  const timeline = useMerchantTimeline(mid);

  return (
    <MerchantPage
      parts={(page) => ({
        actions: (
          <>
            {mayRecord && (
              <Button type="primary" data-testid="log-interaction" onClick={() => setLogKind('VISIT')}>
                {t('logInteraction')}
              </Button>
            )}
            {mayRecord && (
              <Button data-testid="log-call" onClick={() => setLogKind('CALL')}>
                {t('logCall')}
              </Button>
            )}
            {mayComplain && (
              <Button data-testid="open-complaint" onClick={() => setComplaining(true)}>
                {t('openComplaint')}
              </Button>
            )}
          </>
        ),
        sideTop: (
          <>
            <ChurnCard mid={page.mid} />
            <RecommendationsCard mid={page.mid} mayOffer={canDo(user.role, 'recordOffer')} />
          </>
        ),
        sideBottom: (
          <OpenTasksCard
            merchant={timeline.merchant}
            loading={timeline.loading}
            onLog={mayRecord ? (kind) => setLogKind(kind) : undefined}
          />
        ),
        main: (
          <TimelineCard
            events={timeline.merchant?.timeline}
            total={timeline.totalCount}
            loading={timeline.loading}
            hasMore={timeline.hasMore}
            onMore={timeline.more}
          />
        ),
        onReportFault: mayReport ? (term) => setFaultTerminal(term) : undefined,
        onChanged: timeline.refresh,
        dialogs: (
          <>
            {mayRecord && (
              <LogInteractionModal
                mid={page.mid}
                open={logKind !== null}
                defaultKind={logKind ?? 'VISIT'}
                onClose={() => setLogKind(null)}
                onSaved={timeline.refresh}
              />
            )}
            {mayComplain && (
              <OpenComplaintModal
                mid={page.mid}
                open={complaining}
                onClose={() => setComplaining(false)}
                onSaved={timeline.refresh}
              />
            )}
            {mayReport && (
              <ReportFaultModal
                terminal={faultTerminal}
                onClose={() => setFaultTerminal(null)}
                onSaved={() => {
                  page.refreshAccount();
                  timeline.refresh();
                }}
              />
            )}
          </>
        ),
      })}
    />
  );
}
