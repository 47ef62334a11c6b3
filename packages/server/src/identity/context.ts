import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../platform/config.ts';
import type { Orm } from '../platform/db/orm.ts';
import type { Loaders } from '../platform/graphql/loaders.ts';
import type { AppUser } from './user.entity.ts';

/** What every resolver gets: one EntityManager fork per request, the caller, and per-request loaders. */
export interface Context {
  orm: Orm;
  config: Config;
  em: EntityManager;
  user: AppUser | null;
  token: string | null;
  requestId: string;
  /** The client's address, for the audit log and login throttling. */
  ip: string | null;
  loaders: Loaders;
  /** Sets (token) or clears (null) the web app's HttpOnly session cookie on the response. */
  sessionCookie: (token: string | null, maxAgeMs?: number) => void;
}
