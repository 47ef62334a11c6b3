import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useAuth } from '../lib/auth.ts';
import type { MessageKey } from '../lib/i18n.ts';
import { canUse, homeOf, type Screen } from '../lib/permissions.ts';
import { AppLayout } from './AppLayout.tsx';
import { Forbidden, NotFound } from './ErrorPages.tsx';

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
const UsersPage = lazy(() =>
  import('../features/admin/components/UsersPage.tsx').then((m) => ({ default: m.UsersPage })),
);
const ChangePasswordPage = lazy(() =>
  import('../features/auth/components/ChangePasswordPage.tsx').then((m) => ({
    default: m.ChangePasswordPage,
  })),
);
const SettingsRoute = lazy(() =>
  import('./routes/SettingsRoute.tsx').then((m) => ({ default: m.SettingsRoute })),
);
const AuditLogPage = lazy(() =>
  import('../features/admin/components/AuditLogPage.tsx').then((m) => ({ default: m.AuditLogPage })),
);
const ApiTokensPage = lazy(() =>
  import('../features/admin/components/ApiTokensPage.tsx').then((m) => ({ default: m.ApiTokensPage })),
);
const WebhooksPage = lazy(() =>
  import('../features/admin/components/WebhooksPage.tsx').then((m) => ({ default: m.WebhooksPage })),
);
const EventsPage = lazy(() =>
  import('../features/events/components/EventsPage.tsx').then((m) => ({ default: m.EventsPage })),
);

/**
 * The screens a role may or may not use (lib/permissions.ts): where each lives and what it is called.
 * Every screen but the merchants' (open to all) is here, or this does not compile.
 */
const SCREENS: Record<Exclude<Screen, 'merchants'>, { path: string; name: MessageKey; page: ReactNode }> = {
  pyramid: { path: 'pyramid', name: 'menuPyramid', page: <PyramidPage /> },
  work: { path: 'work', name: 'menuWork', page: <MyWorkRoute /> },
  campaigns: { path: 'campaigns', name: 'menuCampaigns', page: <GreetingCampaignPage /> },
  complaints: { path: 'complaints', name: 'menuComplaints', page: <ComplaintsPage /> },
  faults: { path: 'faults', name: 'menuFaults', page: <FaultTicketsPage /> },
  imports: { path: 'imports', name: 'menuImports', page: <ImportsPage /> },
  events: { path: 'events', name: 'menuEvents', page: <EventsPage /> },
  atRisk: { path: 'at-risk', name: 'menuAtRisk', page: <AtRiskPage /> },
  users: { path: 'admin/users', name: 'menuUsers', page: <UsersPage /> },
  settings: { path: 'admin/settings', name: 'menuSettings', page: <SettingsRoute /> },
  audit: { path: 'admin/audit', name: 'menuAudit', page: <AuditLogPage /> },
  apiTokens: { path: 'admin/api-tokens', name: 'menuApiTokens', page: <ApiTokensPage /> },
  webhooks: { path: 'admin/webhooks', name: 'menuWebhooks', page: <WebhooksPage /> },
};

export function AppRoutes() {
  const { user } = useAuth();
  const page = (el: ReactNode) => (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>{el}</Suspense>
  );
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to={homeOf(user.role)} replace />} />
        {/* A screen the role may not use answers 403, naming it; only unknown paths are 404. */}
        {Object.entries(SCREENS).map(([screen, r]) => (
          <Route
            key={r.path}
            path={r.path}
            element={canUse(user.role, screen as Screen) ? page(r.page) : <Forbidden screen={r.name} />}
          />
        ))}
        <Route path="merchants" element={page(<MerchantListPage />)} />
        <Route path="account/password" element={page(<ChangePasswordPage />)} />
        <Route path="merchants/:mid" element={page(<MerchantRoute />)} />
        <Route path="merchants/:mid/benchmark" element={page(<BenchmarkReportPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
