import pino from 'pino';

// Personal data never reaches the log in clear: the logger itself redacts these keys wherever they appear.
export const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'contactMobile',
  '*.contactMobile',
  'contact_mobile',
  '*.contact_mobile',
  'contactName',
  '*.contactName',
  'idNumber',
  '*.idNumber',
  'settlementAccount',
  '*.settlementAccount',
  'variables',
  '*.variables',
];

type ErrorLike = Error & Record<string, unknown>;

/**
 * A PostgreSQL error: node-postgres' or PGlite's, or MikroORM's DriverException around one (it
 * copies the SQLSTATE `code`, `severity` and `routine`).
 */
export function isDatabaseError(e: unknown): e is ErrorLike {
  if (!e || typeof e !== 'object') return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(o.code) &&
    ('severity' in o || 'sqlState' in o || 'routine' in o)
  );
}

// An identifier in a PostgreSQL message ("tier_level", "UTF8"); any other quoted text is a value.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_$.]*$/;

/**
 * The PostgreSQL part of a database error's message, first line only, without the query: the
 * driver prefixes it with the SQL and its values filled in (`select … where name ilike '%…%' -
 * invalid byte sequence…`). Quoted values in the message itself (`value "13812345678" is out of
 * range`) are replaced by `"…"`; quoted identifiers are kept.
 */
export function databaseMessage(e: ErrorLike): string {
  let message = String(e.message ?? '');
  const query = typeof e.query === 'string' ? e.query : null;
  if (query && message.startsWith(query)) message = message.slice(query.length).replace(/^ - /, '');
  else if (message.includes(' - ')) message = message.slice(message.lastIndexOf(' - ') + 3);
  return (message.split('\n')[0] ?? '').replace(/"([^"]*)"/g, (quoted, inner: string) =>
    IDENTIFIER.test(inner) ? quoted : '"…"',
  );
}

/**
 * A database error as the log keeps it: its class, SQLSTATE, severity, routine, the names of what
 * it concerns, the PostgreSQL message and the stack frames; never the SQL, its parameters or the
 * `detail` (`Key (mobile)=(…) already exists`).
 */
function databaseError(e: ErrorLike): Record<string, unknown> {
  const message = databaseMessage(e);
  const frames = String(e.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line));
  const out: Record<string, unknown> = { type: e.name, message, code: e.code };
  for (const k of ['severity', 'routine', 'constraint', 'table', 'column', 'schema'])
    if (typeof e[k] === 'string') out[k] = e[k];
  out.stack = [`${e.name}: ${message}`, ...frames].join('\n');
  return out;
}

/** pino's error serializer, with database errors (the error itself, a cause, a property) made safe. */
function serializeError(e: Error): unknown {
  if (isDatabaseError(e)) return databaseError(e);
  const out = pino.stdSerializers.err(e) as Record<string, unknown>;
  // SQL parameters can carry personal data (a mobile number being saved): never logged.
  delete out.params;
  delete out.parameters;
  // pino appends the causes' messages and stacks to the error's own.
  let cause = (e as ErrorLike).cause;
  for (let depth = 0; cause && depth < 5; depth++) {
    if (isDatabaseError(cause) && cause.message) {
      const safe = databaseError(cause);
      out.message = String(out.message).split(cause.message).join(String(safe.message));
      out.stack = String(out.stack).split(String(cause.stack)).join(String(safe.stack));
      out.stack = String(out.stack).split(cause.message).join(String(safe.message));
    }
    cause = (cause as ErrorLike).cause;
  }
  for (const key of Object.keys(e)) {
    const v = (e as ErrorLike)[key];
    if (isDatabaseError(v)) out[key] = databaseError(v);
  }
  return out;
}

/** `CORNERSTONE_LOG_FILE` sends the log to a file (appended) instead of stdout. */
const file = process.env.CORNERSTONE_LOG_FILE;

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { app: 'cornerstone' },
    serializers: { err: serializeError },
  },
  file ? pino.destination({ dest: file, append: true, sync: true, mkdir: true }) : undefined,
);

/**
 * A mainland mobile number in clear: eleven digits not inside a longer run of letters, digits or
 * dashes (a MID, a timestamp, a UUID like …-18696598389d).
 */
export const CLEAR_MOBILE = /(?<![0-9A-Za-z_-])1[3-9]\d{9}(?![0-9A-Za-z_])/;
