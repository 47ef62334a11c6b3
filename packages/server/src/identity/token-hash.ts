import { createHash } from 'node:crypto';

/** Session and API tokens are stored only as their SHA-256: a leaked table reveals no token. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
