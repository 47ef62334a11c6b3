import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { rowIdOf } from '../platform/graphql/node.ts';
import { GreetingCampaignInput, GreetingCampaignRunType, GreetingsSentType } from './greeting.types.ts';
import { markGreetingsSent, runGreetingCampaign } from './greetings.service.ts';

@Resolver()
export class GreetingResolver {
  @Allowed('runCampaign')
  @Mutation(() => GreetingCampaignRunType, {
    description:
      '发起节日问候：为客户范围内每户创建一条问候任务（重复执行不重复创建）· Run a greeting campaign.',
  })
  runGreetingCampaign(
    @Arg('input', () => GreetingCampaignInput, { description: '活动 · The campaign.' })
    input: GreetingCampaignInput,
    @Ctx() ctx: Context,
  ) {
    return runGreetingCampaign(ctx.em, ctx.user!, input);
  }

  @Allowed('recordInteraction')
  @Mutation(() => GreetingsSentType, {
    description: '标记问候已发送（记为节日问候联系）· Mark greetings sent; each is recorded as a greeting.',
  })
  async markGreetingsSent(
    @Arg('taskIds', () => [ID], { description: '问候任务编号 · Greeting task ids.' }) taskIds: string[],
    @Ctx() ctx: Context,
  ) {
    // Global ids or, as before them, bare row ids; skipped ones are answered as they were given.
    const keys = taskIds.map((id) => rowIdOf('MaintenanceTask', id) ?? id);
    const given = new Map(keys.map((key, i) => [key, taskIds[i]!]));
    const result = await markGreetingsSent(ctx.em, ctx.user!, keys);
    return { ...result, skipped: result.skipped.map((key) => given.get(key) ?? key) };
  }
}
