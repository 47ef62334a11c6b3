import { ApolloProvider, useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, ConfigProvider, Layout, Menu, Result, Space, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useContext, useMemo, useState } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { LogoutMutation, MeQuery } from '../features/auth/auth.operations.ts';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { type Lang, LangContext, useT } from '../lib/i18n.ts';
import { createClient, getToken, TOKEN_KEY } from './apollo.ts';

// Routes load with their charts: the first screen does not pay for the others.
const PyramidPage = lazy(() =>
  import('../features/tier/PyramidPage.tsx').then((m) => ({ default: m.PyramidPage })),
);
const MerchantListPage = lazy(() =>
  import('../features/merchant/MerchantListPage.tsx').then((m) => ({ default: m.MerchantListPage })),
);
const MerchantPage = lazy(() =>
  import('../features/merchant/MerchantPage.tsx').then((m) => ({ default: m.MerchantPage })),
);

const PYRAMID_ROLES = ['admin', 'branch_manager', 'analyst'];

function Shell({ onLogout }: { onLogout: () => void }) {
  const t = useT();
  const { lang, setLang } = useContext(LangContext);
  const location = useLocation();
  const client = useApolloClient();
  const { data, loading, error } = useQuery(MeQuery);
  const [logout] = useMutation(LogoutMutation);
  if (loading) return <Spin style={{ margin: 80 }} />;
  if (error || !data?.me) {
    onLogout();
    return null;
  }
  const me = data.me;
  const canPyramid = PYRAMID_ROLES.includes(me.role);
  const items = [
    ...(canPyramid ? [{ key: '/pyramid', label: <Link to="/pyramid">{t('menuPyramid')}</Link> }] : []),
    { key: '/merchants', label: <Link to="/merchants">{t('menuMerchants')}</Link> },
    { key: '/graphiql', label: <a href="/graphiql">{t('menuGraphiql')}</a> },
  ];
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key ?? '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, paddingInline: 16 }}>
        <Typography.Text strong style={{ color: '#fff', whiteSpace: 'nowrap' }}>
          {t('appName')}
        </Typography.Text>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={items}
          style={{ flex: 1, minWidth: 0 }}
        />
        <Space>
          <Typography.Text style={{ color: '#fff' }} data-testid="me">
            {me.displayName} · {me.role}
            {me.branch ? ` · ${me.branch}` : ''}
          </Typography.Text>
          <Button size="small" data-testid="lang-switch" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            {t('language')}
          </Button>
          <Button
            size="small"
            onClick={async () => {
              await logout().catch(() => undefined);
              await client.clearStore();
              onLogout();
            }}
          >
            {t('logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 16 }}>
        <Suspense fallback={<Spin />}>
          <Routes>
            <Route path="/" element={<Navigate to={canPyramid ? '/pyramid' : '/merchants'} replace />} />
            {canPyramid && <Route path="/pyramid" element={<PyramidPage />} />}
            <Route path="/merchants" element={<MerchantListPage />} />
            <Route path="/merchants/:mid" element={<MerchantPage />} />
            <Route path="*" element={<Result status="404" title="404" />} />
          </Routes>
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}

export function App() {
  const [lang, setLangRaw] = useState<Lang>(() =>
    localStorage.getItem('cornerstone.lang') === 'en' ? 'en' : 'zh',
  );
  const [token, setToken] = useState<string | null>(getToken);
  const client = useMemo(() => createClient(), []);
  const setLang = (l: Lang) => {
    localStorage.setItem('cornerstone.lang', l);
    setLangRaw(l);
  };
  return (
    <LangContext.Provider value={{ lang, setLang }}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS}>
        <ApolloProvider client={client}>
          {token ? (
            <BrowserRouter>
              <Shell
                onLogout={() => {
                  sessionStorage.removeItem(TOKEN_KEY);
                  setToken(null);
                }}
              />
            </BrowserRouter>
          ) : (
            <LoginPage
              onToken={(tk) => {
                sessionStorage.setItem(TOKEN_KEY, tk);
                setToken(tk);
              }}
            />
          )}
        </ApolloProvider>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
