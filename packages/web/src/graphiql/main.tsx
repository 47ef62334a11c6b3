// GraphiQL for analysts, bundled (no CDN on a bank's intranet). Signed in with the web app's session
// cookie (same origin), or with a token pasted into the Headers editor (an API client's way).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { defaultPeriod, monthOf } from '../lib/period.ts';
import { currentLogin } from '../lib/session.ts';
import { examples } from './examples.ts';

// Same-origin requests carry the session cookie: signing in to the app is enough.
const fetcher: Fetcher = createGraphiQLFetcher({ url: '/graphql' });

const signedIn = (await currentLogin()) !== null;

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
