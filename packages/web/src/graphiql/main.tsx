// GraphiQL for analysts, bundled (no CDN): signed in with the app's token, or one pasted into Headers.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { TOKEN_KEY } from '../app/apollo.ts';
import { EXAMPLES } from './examples.ts';

const token = sessionStorage.getItem(TOKEN_KEY);
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL
    fetcher={fetcher}
    defaultHeaders={JSON.stringify(
      token ? { Authorization: `Bearer ${token}` } : { Authorization: 'Bearer <paste a token from login>' },
      null,
      2,
    )}
    defaultTabs={EXAMPLES}
  />,
);
