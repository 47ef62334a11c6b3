import { Button, Result, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { useAuth } from '../lib/auth.ts';
import { useT } from '../lib/i18n.ts';
import { canUse, homeOf } from '../lib/permissions.ts';
import { AppLayout } from './AppLayout.tsx';

// Routes load with their charts: the first screen does not pay for the others.
const PyramidPage = lazy(() =>
  import('../features/tier/components/PyramidPage.tsx').then((m) => ({ default: m.PyramidPage })),
);
const MerchantListPage = lazy(() =>
  import('../features/merchant/components/MerchantListPage.tsx').then((m) => ({
    default: m.MerchantListPage,
  })),
);
// The merchant page and My work show other features' cards: routes/ puts them together.
const MerchantRoute = lazy(() =>
  import('./routes/MerchantRoute.tsx').then((m) => ({ default: m.MerchantRoute })),
);
const MyWorkRoute = lazy(() => import('./routes/MyWorkRoute.tsx').then((m) => ({ default: m.MyWorkRoute })));
const GreetingCampaignPage = lazy(() =>
  import('../features/campaign/components/GreetingCampaignPage.tsx').then((m) => ({
    default: m.GreetingCampaignPage,
  })),
);
const ComplaintsPage = lazy(() =>
  import('../features/service-desk/components/ComplaintsPage.tsx').then((m) => ({
    default: m.ComplaintsPage,
  })),
);
const FaultTicketsPage = lazy(() =>
  import('../features/service-desk/components/FaultTicketsPage.tsx').then((m) => ({
    default: m.FaultTicketsPage,
  })),
);
const ImportsPage = lazy(() =>
  import('../features/imports/components/ImportsPage.tsx').then((m) => ({ default: m.ImportsPage })),
);
const BenchmarkReportPage = lazy(() =>
  import('../features/value/components/BenchmarkReportPage.tsx').then((m) => ({
    default: m.BenchmarkReportPage,
  })),
);
const AtRiskPage = lazy(() =>
  import('../features/churn/components/AtRiskPage.tsx').then((m) => ({ default: m.AtRiskPage })),
);
const EventsPage = lazy(() =>
  import('../features/events/components/EventsPage.tsx').then((m) => ({ default: m.EventsPage })),
);

function NotFound() {
  const t = useT();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('pageNotFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('home')}</Button>
        </Link>
      }
    />
  );
}

export function AppRoutes() {
  const { user } = useAuth();
  const page = (el: React.ReactNode) => (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>{el}</Suspense>
  );
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to={homeOf(user.role)} replace />} />
        {canUse(user.role, 'pyramid') && <Route path="pyramid" element={page(<PyramidPage />)} />}
        {canUse(user.role, 'work') && <Route path="work" element={page(<MyWorkRoute />)} />}
        {canUse(user.role, 'campaigns') && (
          <Route path="campaigns" element={page(<GreetingCampaignPage />)} />
        )}
        {canUse(user.role, 'complaints') && <Route path="complaints" element={page(<ComplaintsPage />)} />}
        {canUse(user.role, 'faults') && <Route path="faults" element={page(<FaultTicketsPage />)} />}
        {canUse(user.role, 'imports') && <Route path="imports" element={page(<ImportsPage />)} />}
        {canUse(user.role, 'events') && <Route path="events" element={page(<EventsPage />)} />}
        {canUse(user.role, 'atRisk') && <Route path="at-risk" element={page(<AtRiskPage />)} />}
        <Route path="merchants" element={page(<MerchantListPage />)} />
        <Route path="merchants/:mid" element={page(<MerchantRoute />)} />
        <Route path="merchants/:mid/benchmark" element={page(<BenchmarkReportPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
