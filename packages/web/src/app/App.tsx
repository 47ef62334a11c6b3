import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { DemoBanner } from '../components/DemoBanner.tsx';
import { LANG_KEY, type Lang, LangContext } from '../lib/i18n.ts';
import { AppRoutes } from './AppRoutes.tsx';
import { AuthProvider } from './AuthProvider.tsx';
import { createClient } from './apollo.ts';

function initialLang(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
}

export function App() {
  const [lang, setLangState] = useState<Lang>(initialLang);
  // Bumped when the server refuses the session: the auth provider asks `me` again.
  const [sessionEpoch, setSessionEpoch] = useState(0);
  const signOut = useRef(() => setSessionEpoch((n) => n + 1));
  const client = useMemo(() => createClient(() => signOut.current()), []);
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(LANG_KEY, l);
    setLangState(l);
  }, []);
  useEffect(() => {
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const langValue = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LangContext.Provider value={langValue}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} button={{ autoInsertSpace: false }}>
        <AntApp>
          <ApolloProvider client={client}>
            <BrowserRouter>
              <DemoBanner />
              <AuthProvider epoch={sessionEpoch}>
                <AppRoutes />
              </AuthProvider>
            </BrowserRouter>
          </ApolloProvider>
        </AntApp>
      </ConfigProvider>
    </LangContext.Provider>
  );
}
