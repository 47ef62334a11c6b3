import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../lib/auth.ts';
import { type MessageKey, useT, useTCode } from '../lib/i18n.ts';

// The two pages a route can end on instead of its screen: one that the user's role may not use (403),
// told apart from one that does not exist (404). Both lead home.

const HomeButton = () => {
  const t = useT();
  return (
    <Link to="/" data-testid="go-home">
      <Button type="primary">{t('home')}</Button>
    </Link>
  );
};

/** A screen that exists but not for the user's role: says which screen and which role. */
export function Forbidden({ screen }: { screen: MessageKey }) {
  const t = useT();
  const tc = useTCode();
  const { user } = useAuth();
  return (
    <div data-testid="page-forbidden">
      <Result
        status="403"
        title={t('noPermission')}
        subTitle={t('screenForbidden', { role: tc('role', user.role), screen: t(screen) })}
        extra={<HomeButton />}
      />
    </div>
  );
}

export function NotFound() {
  const t = useT();
  return (
    <div data-testid="page-not-found">
      <Result status="404" title="404" subTitle={t('pageNotFound')} extra={<HomeButton />} />
    </div>
  );
}
