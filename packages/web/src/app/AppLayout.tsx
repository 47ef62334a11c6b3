import { Button, Layout, Menu, Space, Typography } from 'antd';
import { useContext, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../lib/auth.ts';
import { LangContext, useT, useTCode } from '../lib/i18n.ts';
import { canUse } from '../lib/permissions.ts';

/** Header (user, language, sign-out) and a sider menu with only the screens the role may use. */
export function AppLayout() {
  const t = useT();
  const tc = useTCode();
  const { lang, setLang } = useContext(LangContext);
  const { user, logout } = useAuth();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  // A screen's path is its key unless it says otherwise (atRisk lives at /at-risk).
  const screen = (
    key:
      | 'work'
      | 'pyramid'
      | 'campaigns'
      | 'events'
      | 'complaints'
      | 'faults'
      | 'imports'
      | 'atRisk'
      | 'users'
      | 'settings'
      | 'audit'
      | 'apiTokens'
      | 'webhooks',
    label: string,
    path: string = key,
  ) =>
    canUse(user.role, key)
      ? [
          {
            key: `/${path}`,
            label: (
              <Link to={`/${path}`} data-testid={`menu-${path}`}>
                {label}
              </Link>
            ),
          },
        ]
      : [];
  const items = [
    ...screen('work', t('menuWork')),
    ...screen('pyramid', t('menuPyramid')),
    ...screen('atRisk', t('menuAtRisk'), 'at-risk'),
    {
      key: '/merchants',
      label: (
        <Link to="/merchants" data-testid="menu-merchants">
          {t('menuMerchants')}
        </Link>
      ),
    },
    ...screen('campaigns', t('menuCampaigns')),
    ...screen('events', t('menuEvents')),
    ...screen('complaints', t('menuComplaints')),
    ...screen('faults', t('menuFaults')),
    ...screen('imports', t('menuImports')),
    ...screen('users', t('menuUsers'), 'admin/users'),
    ...screen('settings', t('menuSettings'), 'admin/settings'),
    ...screen('audit', t('menuAudit'), 'admin/audit'),
    ...screen('apiTokens', t('menuApiTokens'), 'admin/api-tokens'),
    ...screen('webhooks', t('menuWebhooks'), 'admin/webhooks'),
    { key: '/graphiql', label: <a href="/graphiql">{t('menuGraphiql')}</a> },
  ];
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        className="no-print"
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={168}
        breakpoint="lg"
      >
        <div
          style={{
            color: '#fff',
            padding: '16px 20px',
            fontWeight: 600,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          {collapsed ? 'CS' : t('appShort')}
        </div>
        <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          className="no-print"
          style={{
            background: '#fff',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            paddingInline: 16,
            height: 52,
            lineHeight: '52px',
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {t('appName')}
          </Typography.Text>
          <Space>
            <Typography.Text data-testid="me" data-role={user.role}>
              {user.displayName} · {tc('role', user.role)}
              {user.branch ? ` · ${user.branch}` : ''}
            </Typography.Text>
            <Link to="/account/password" data-testid="change-password-link">
              <Button size="small">{t('changePassword')}</Button>
            </Link>
            <Button
              size="small"
              data-testid="lang-switch"
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            >
              {t('language')}
            </Button>
            <Button size="small" data-testid="logout" onClick={() => logout()}>
              {t('logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
