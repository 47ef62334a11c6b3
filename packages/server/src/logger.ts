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

/** `CORNERSTONE_LOG_FILE` sends the log to a file (appended) instead of stdout. */
const file = process.env.CORNERSTONE_LOG_FILE;

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { app: 'cornerstone' },
    serializers: {
      // SQL parameters can carry personal data (a mobile number being saved): never logged.
      err: (e: Error) => {
        const out = pino.stdSerializers.err(e) as Record<string, unknown>;
        delete out.params;
        delete out.parameters;
        return out;
      },
    },
  },
  file ? pino.destination({ dest: file, append: true, sync: true, mkdir: true }) : undefined,
);

/**
 * A mainland mobile number in clear: eleven digits not inside a longer run of letters, digits or
 * dashes (a MID, a timestamp, a UUID like …-18696598389d).
 */
export const CLEAR_MOBILE = /(?<![0-9A-Za-z_-])1[3-9]\d{9}(?![0-9A-Za-z_])/;
