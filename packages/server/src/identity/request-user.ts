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
export async function callerOf(
  em: EntityManager,
  req: Request,
  opts: { graphql?: boolean } = {},
): Promise<RequestCaller> {
  const token = requestToken(req.headers) ?? null;
  let user = token ? await userForToken(em, token) : null;
  // A user on a one-time password may only choose their own: GraphQL lets through that mutation
  // (and `me`, `logout`) and refuses the rest with PASSWORD_CHANGE_REQUIRED (password-gate.ts);
  // every other route (uploads, exports) answers as to nobody signed in.
  if (user?.mustChangePassword && !opts.graphql) user = null;
  const requestId = (req as unknown as { requestId: string }).requestId;
  const ip = req.ip ?? req.socket?.remoteAddress ?? null;
  if (token?.startsWith(API_TOKEN_PREFIX)) await auditApiTokenUse(em, user, { ip, requestId });
  return { user, token, requestId, ip };
}
