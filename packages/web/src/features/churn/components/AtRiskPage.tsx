import { Card, Tabs } from 'antd';
import { useAuth } from '../../../lib/auth.ts';
import { useT } from '../../../lib/i18n.ts';
import { canDo } from '../../../lib/permissions.ts';
import { useAtRiskFilters } from '../hooks/useAtRiskFilters.ts';
import { AtRiskList } from './AtRiskList.tsx';
import { BacktestView } from './BacktestView.tsx';

/**
 * 流失预警: the merchants at risk of leaving in the user's scope; for the roles that read the model
 * checks, a second tab with the back-test (company-wide figures, so not for account managers).
 */
export function AtRiskPage() {
  const t = useT();
  const { user } = useAuth();
  const f = useAtRiskFilters();
  const mayCheck = canDo(user.role, 'readModelChecks');
  const list = <AtRiskList f={f} />;
  return (
    <Card size="small" data-testid="at-risk-page">
      {mayCheck ? (
        <Tabs
          activeKey={f.tab}
          onChange={(k) => f.set({ tab: k === 'backtest' ? k : undefined })}
          items={[
            { key: 'list', label: <span data-testid="tab-at-risk">{t('atRiskTab')}</span>, children: list },
            {
              key: 'backtest',
              label: <span data-testid="tab-backtest">{t('backtestTab')}</span>,
              children: <BacktestView />,
            },
          ]}
        />
      ) : (
        list
      )}
    </Card>
  );
}
