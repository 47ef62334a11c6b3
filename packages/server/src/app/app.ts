import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager } from '@mikro-orm/postgresql';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { auditLogExportHandler } from '../exports/audit-log-export.ts';
import { merchantExportHandler } from '../exports/merchant-export.ts';
import { auditMutations } from '../identity/audit/audit.plugin.ts';
import { SESSION_COOKIE } from '../identity/auth.service.ts';
import type { Context } from '../identity/context.ts';
import { passwordGate } from '../identity/password-gate.ts';
import { callerOf } from '../identity/request-user.ts';
import { importErrorsHandler, importUploadHandler } from '../imports/import.routes.ts';
import { memoizeLookups } from '../platform/cache/request-memo.ts';
import { type Config, serverRoot } from '../platform/config.ts';
import { sendError } from '../platform/graphql/errors.ts';
import { textArguments } from '../platform/graphql/input-text.ts';
import { Loaders } from '../platform/graphql/loaders.ts';
import {
  armor,
  introspectionForUsers,
  MAX_TOKENS,
  pageSizeLimit,
  suggestionsForUsers,
} from '../platform/graphql/protection.ts';
import { logger } from '../platform/logger.ts';
import { demoStatus } from './demo/demo-status.ts';
import type { Orm } from './orm.ts';
import { createSchema } from './schema.ts';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  // A user on a one-time password asking anything but to change it (identity/password-gate.ts).
  'PASSWORD_CHANGE_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Anything not meant for the client (SQL errors, bugs) reaches it only as a code and the request
 * id; the log keeps the rest — for a database error, its SQLSTATE and PostgreSQL message without
 * the SQL or its values (the logger's error serializer, logger.ts).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId?: string,
): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && CLIENT_CODES.has(code)) return formatted;
  // type-graphql's @Authorized refusing a signed-in user whose role may not do this.
  if (code === 'UNAUTHORIZED')
    return { message: 'Your role may not do this', path: formatted.path, extensions: { code: 'FORBIDDEN' } };
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  logger.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: `Internal error (request ${requestId ?? 'unknown'})`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/**
 * One structured line per GraphQL request: request id, who, which operation, how long, which error
 * codes. Variables are logged only at debug level, and even then the logger redacts them.
 */
const requestLog: ApolloServerPlugin<Context> = {
  async requestDidStart({ request, contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ response, operation }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        logger.info(
          {
            requestId: contextValue.requestId,
            user: contextValue.user?.login ?? null,
            operation: operation?.operation ?? null,
            operationName: request.operationName ?? null,
            ms: Math.round(performance.now() - started),
            errors: errors.length ? errors.map((e) => e.extensions?.code ?? 'ERROR') : undefined,
          },
          'graphql',
        );
        logger.debug(
          { requestId: contextValue.requestId, variables: request.variables },
          'graphql variables',
        );
      },
    };
  },
};

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
}

export async function createApp(orm: Orm, config: Config): Promise<App> {
  const schema = await createSchema();
  const protection = armor();
  const apollo = new ApolloServer<Context>({
    schema,
    validationRules: protection.validationRules,
    // One operation per request: batched arrays are refused (the default, kept explicit).
    allowBatchedHttpRequests: false,
    // At most 3,000 tokens, counted while parsing: longer documents are refused before validation.
    parseOptions: { maxTokens: MAX_TOKENS },
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [
      // No HTTP cache hints are given (every answer is no-store, set below): without this, Apollo's
      // default cache-control plugin works out a hint for every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      // Armor is typed against the CommonJS build of @apollo/server; the plugins are the same objects.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      introspectionForUsers,
      pageSizeLimit,
      textArguments,
      suggestionsForUsers,
      requestLog,
      passwordGate,
      auditMutations,
      {
        // A query's repeated lookups (tier schemes, snapshot runs, ranking freshness) once per request.
        async requestDidStart() {
          return {
            async didResolveOperation({ operation, contextValue }) {
              if (operation?.operation === 'query') memoizeLookups(contextValue.em);
            },
          };
        },
      },
      {
        // Put the request id on masked errors.
        async requestDidStart({ contextValue }) {
          return {
            async willSendResponse({ response }) {
              if (response.body.kind !== 'single') return;
              for (const e of response.body.singleResult.errors ?? []) {
                if (e.extensions?.code === 'INTERNAL_SERVER_ERROR') {
                  (e as { message: string }).message = `Internal error (request ${contextValue.requestId})`;
                  (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind a load balancer: req.ip and req.secure (so the cookie's Secure flag) come from
  // X-Forwarded-For/-Proto, but only when the hop they come from is trusted (CORNERSTONE_TRUST_PROXY).
  app.set('trust proxy', config.trustProxy);
  app.use((req, res, next) => {
    const id = randomUUID();
    (req as unknown as { requestId: string }).requestId = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    // The first start's demo, while it loads behind the server (demo/demo-status.ts).
    res.json({ ok: true, demo: demoStatus() });
  });
  app.post('/api/imports/:kind', importUploadHandler(orm, config));
  app.get('/api/imports/:id/errors.csv', importErrorsHandler(orm));
  app.get('/api/exports/merchants.:format', merchantExportHandler(orm));
  app.get('/api/exports/audit-log.:format', auditLogExportHandler(orm));
  app.use(
    '/graphql',
    // Answers depend on who asks and may hold personal data: never stored by a browser or a proxy
    // (what Apollo's cache-control plugin, disabled above, used to say for every answer).
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork() as EntityManager;
        // API clients send a bearer token; the web app's session rides in an HttpOnly cookie.
        const { user, token, requestId, ip } = await callerOf(em, req, { graphql: true });
        return {
          orm,
          config,
          em,
          user,
          token,
          requestId,
          ip,
          sessionCookie: (value, maxAgeMs) => {
            const options = { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' } as const;
            if (value) res.cookie(SESSION_COOKIE, value, { ...options, maxAge: maxAgeMs });
            else res.clearCookie(SESSION_COOKIE, options);
          },
          loaders: new Loaders(),
        };
      },
    }),
  );

  // The built web app (packages/web/dist), with client-side routes falling back to index.html.
  const webDist = resolve(serverRoot(), '../web/dist');
  if (existsSync(webDist)) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get('/graphiql', (_req, res) => {
      res.sendFile(resolve(webDist, 'graphiql.html'));
    });
    app.get(/^\/(?!graphql|api\/).*/, (_req, res) => {
      res.sendFile(resolve(webDist, 'index.html'));
    });
  }
  app.use(httpErrors);
  return { app, apollo };
}

/**
 * Errors outside GraphQL (a body that is not JSON or over 1 MB, a route that fails) answer JSON
 * with a code and the request id, never express's HTML page with a stack; the log has the rest.
 */
const httpErrors: express.ErrorRequestHandler = (err, req, res, _next) => {
  const requestId = (req as unknown as { requestId?: string }).requestId;
  const e = (err ?? {}) as { type?: string; status?: number; statusCode?: number; expose?: boolean };
  if (res.headersSent) {
    // A streamed answer (an export) failed half-way: nothing to send but the end of the connection.
    logger.error({ err, requestId, path: req.path }, 'request failed after its answer started');
    res.destroy();
    return;
  }
  if (e.type === 'entity.parse.failed')
    return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON');
  if (e.type === 'entity.too.large')
    return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than 1 MB');
  const status = e.status ?? e.statusCode ?? 500;
  // Other refusals of body-parser and express (a charset, an aborted upload): their own words.
  if (status >= 400 && status < 500 && e.expose)
    return sendError(res, status, 'BAD_REQUEST', (err as Error).message);
  logger.error({ err, requestId, method: req.method, path: req.path }, 'unexpected error');
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', `Internal error (request ${requestId ?? 'unknown'})`);
};
