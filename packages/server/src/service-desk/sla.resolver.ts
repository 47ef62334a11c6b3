import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { loadSlaPolicies, setSlaPolicy } from './sla.service.ts';
import { SlaKindEnum, SlaPolicyType } from './sla.types.ts';

// The policies set the clocks of complaints, feedback and fault tickets alike.
@Resolver()
export class SlaPolicyResolver {
  @Authorized()
  @Query(() => [SlaPolicyType], { description: '时效政策 · The SLA policies.' })
  slaPolicies(@Ctx() ctx: Context) {
    return loadSlaPolicies(ctx.em);
  }

  @Allowed('administer')
  @Mutation(() => SlaPolicyType, {
    description:
      '修改时效政策：此后受理的投诉、反馈与报修的故障工单适用新时限，已有的保留原截止时间 · Change an SLA policy: complaints, feedback and fault tickets received from now on get the new clocks; those already there keep their deadlines.',
  })
  setSlaPolicy(
    @Arg('kind', () => SlaKindEnum, { description: '适用对象 · What it applies to.' }) kind: SlaKindEnum,
    @Arg('responseHours', () => Int, { description: '响应时限（小时）· Hours to respond.' })
    responseHours: number,
    @Arg('resolutionHours', () => Int, { description: '解决时限（小时）· Hours to resolve.' })
    resolutionHours: number,
    @Ctx() ctx: Context,
  ) {
    return setSlaPolicy(ctx.em, kind, { responseHours, resolutionHours }, ctx.user!.login);
  }
}
