import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import { API_TOKEN_PREFIX } from './api-tokens.service.ts';
import { auditApiTokenUse } from './audit/api-token-audit.ts';
import { requestToken, userForToken } from './auth.service.ts';
import type { AppUser } from './user.entity.ts';

/** What a request says about who is asking. */
export interface RequestCaller {
  user: AppUser | null;
  /** The token it carried (bearer header or session cookie), valid or not. */
  token: string | null;
  requestId: string;
  ip: string | null;
}

/**
 * The caller of a request, resolved here only, for GraphQL and the REST routes alike: the bearer
 * token of an API client or the web app's session cookie. An integrator's token use goes on
 * record (api-token-audit.ts), on every route.
 */
export async function callerOf(em: EntityManager, req: Request): Promise<RequestCaller> {
  const token = requestToken(req.headers) ?? null;
  const user = token ? await userForToken(em, token) : null;
  const requestId = (req as unknown as { requestId: string }).requestId;
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  if (token?.startsWith(API_TOKEN_PREFIX)) await auditApiTokenUse(em, user, { ip, requestId });
  return { user, token, requestId, ip };
}
