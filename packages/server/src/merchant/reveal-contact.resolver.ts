import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { audit } from '../identity/audit/audit.service.ts';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { problemError } from '../platform/graphql/errors.ts';
import { findMerchant } from './merchant.service.ts';

@ObjectType('RevealedContact', {
  description: '明文联系信息（已记入审计）· A merchant’s contact in clear; audited.',
})
class RevealedContactType {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => String, { nullable: true, description: '联系人 · Contact name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: '手机号（明文）· Mobile number in clear.' })
  mobile!: string | null;
}

@Resolver()
export class RevealContactResolver {
  /**
   * The one way to read a contact's mobile in clear: for roles that may (administrators, the
   * branch's manager, the merchant's own account manager), each time written to the audit log.
   */
  @Allowed('revealContact')
  @Mutation(() => RevealedContactType, {
    description:
      '查看明文联系方式（记入审计日志）· Reveal a merchant’s contact in clear; written to the audit log.',
  })
  async revealContact(
    @Arg('mid', () => String, { description: '商户号 · MID.' }) mid: string,
    @Arg('reason', () => String, { nullable: true, description: '用途 · Why it is needed.' }) reason:
      | string
      | null,
    @Ctx() ctx: Context,
  ): Promise<RevealedContactType> {
    const user = ctx.user!;
    const m = await findMerchant(ctx.em, user, mid);
    await audit(ctx.em, {
      actor: user.login,
      role: user.role,
      action: 'reveal',
      target: `mid:${mid}`,
      outcome: m ? 'ok' : 'denied',
      ip: ctx.ip,
      requestId: ctx.requestId,
      detail: { fields: ['contact.mobile'], ...(reason ? { reason: reason.slice(0, 200) } : {}) },
    });
    // Outside the scope answers exactly as a merchant that does not exist.
    if (!m) throw problemError('mid', 'merchant.notFound', { mid });
    return { mid: m.mid, name: m.contactName, mobile: m.contactMobile };
  }
}
