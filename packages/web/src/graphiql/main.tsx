// GraphiQL for analysts, bundled (no CDN on a bank's intranet). Signed in with the app's token from
// sessionStorage, or with one pasted into the Headers editor (which wins).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { defaultPeriod, monthOf } from '../lib/period.ts';
import { getToken } from '../lib/session.ts';
import { examples } from './examples.ts';

const base = createGraphiQLFetcher({ url: '/graphql' });

// The token is read at each request, so signing in to the app in this tab is enough.
const fetcher: Fetcher = (params, options) => {
  const token = getToken();
  const headers = { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...options?.headers };
  return base(params, { ...options, headers });
};

const signedIn = !!getToken();

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultHeaders={
      signedIn ? '' : JSON.stringify({ Authorization: 'Bearer <token from the login mutation>' }, null, 2)
    }
    defaultEditorToolsVisibility={!signedIn}
    defaultTabs={examples(monthOf(new Date()), defaultPeriod())}
  />,
);
