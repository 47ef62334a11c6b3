import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { translateCode, useLang, useT } from '../lib/i18n.ts';

interface DemoStatus {
  state: 'none' | 'loading' | 'ready' | 'failed';
  step: string | null;
  percent: number;
}

const POLL_MS = 3000;

/**
 * The first start's banner: while the server loads the demo data behind itself (GET /healthz says
 * so), a line at the top of every page with how far it has got; once done, a hint to reload. Shows
 * nothing on a server that is not loading a demo.
 */
export function DemoBanner() {
  const t = useT();
  const lang = useLang();
  const [status, setStatus] = useState<DemoStatus | null>(null);
  const [seenLoading, setSeenLoading] = useState(false);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const res = await fetch('/healthz');
        const body = (await res.json()) as { demo?: DemoStatus };
        if (stopped || !body.demo) return;
        setStatus(body.demo);
        if (body.demo.state === 'loading') {
          setSeenLoading(true);
          timer = setTimeout(poll, POLL_MS);
        }
      } catch {
        if (!stopped) timer = setTimeout(poll, POLL_MS);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);
  if (!status) return null;
  if (status.state === 'loading')
    return (
      <Alert
        banner
        type="info"
        data-testid="demo-banner"
        message={t('demoLoading', {
          percent: status.percent,
          step: status.step ? translateCode(lang, 'demoStep', status.step) : '…',
        })}
      />
    );
  if (status.state === 'ready' && seenLoading)
    return <Alert banner closable type="success" data-testid="demo-banner" message={t('demoReady')} />;
  if (status.state === 'failed')
    return <Alert banner type="error" data-testid="demo-banner" message={t('demoFailed')} />;
  return null;
}
