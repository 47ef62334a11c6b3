import type { TierCode, TierMeasure } from '@cornerstone/shared/tier/tier-scheme';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { schemeInForce, schemeVersionsPage, setTierScheme } from './tier-scheme.service.ts';
import {
  SetTierSchemeInput,
  SetTierSchemeResultType,
  TierSchemeConnectionType,
  TierSchemeType,
} from './tier-scheme.types.ts';

@Resolver()
export class TierSchemeResolver {
  @Authorized()
  @Query(() => TierSchemeType, {
    description:
      '某期间适用的分级方案（含级别名称）· The tier scheme in force for a period, with its level names.',
  })
  tierScheme(
    @Arg('period', () => String, {
      nullable: true,
      description:
        '期间：2026-10、2026-Q3、2026 或日期区间；默认本月。按期间末所在月份选方案 · Period (month, quarter, year or range); default this month. The scheme in force in the month the period ends.',
    })
    period: string | null | undefined,
    @Ctx() ctx: Context,
  ) {
    return schemeInForce(ctx.em, period ?? null);
  }

  @Authorized()
  @Query(() => TierSchemeConnectionType, {
    description: '分级方案的全部版本（最新在前）· Every version of the tier scheme, newest first.',
  })
  tierSchemes(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return schemeVersionsPage(ctx.em, pageRequest(page, 'tierSchemes', 20, info));
  }

  @Allowed('administer')
  @Mutation(() => SetTierSchemeResultType, {
    description:
      '设置新的分级方案版本（管理员），并重算自生效月份起已有的分级快照 · Set a new version of the tier scheme (administrators) and recompute the stored snapshots from its first month on; the maintenance cadence and tasks follow behind the answer (tierFollowUp).',
  })
  setTierScheme(
    @Arg('input', () => SetTierSchemeInput, { description: '新版本 · The new version.' })
    input: SetTierSchemeInput,
    @Ctx() ctx: Context,
  ) {
    return setTierScheme(
      ctx.orm,
      ctx.em,
      {
        kind: input.kind,
        measure: (input.measure ?? null) as TierMeasure | null,
        levels: input.levels.map((l) => ({
          tier: l.tier as TierCode,
          zh: l.zh,
          en: l.en,
          cumulativePercent: l.cumulativePercent ?? null,
          minAmount: l.minAmount ?? null,
        })),
        effectiveFrom: input.effectiveFrom,
      },
      ctx.user!.login,
      // The snapshots answer once recomputed; the tasks follow behind (Query.tierFollowUp).
      'behind',
    );
  }
}
