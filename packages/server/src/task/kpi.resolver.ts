import { onCadenceShare } from '@cornerstone/shared/maintenance/maintenance-kpi';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { kpis } from './kpi.service.ts';
import { KpiGrouping, KpiType } from './kpi.types.ts';

@Resolver()
export class KpiResolver {
  @Authorized()
  @Query(() => [KpiType], {
    description:
      '维护考核：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period; not for operations staff.',
  })
  async maintenanceKpis(
    @Arg('period', () => String, { description: '期间，如 2026-10 · Period, e.g. 2026-10.' }) period: string,
    @Arg('by', () => KpiGrouping, { defaultValue: KpiGrouping.MANAGER, description: '汇总维度 · Grouping.' })
    by: KpiGrouping,
    @Ctx() ctx: Context,
  ): Promise<KpiType[]> {
    // Operations staff look after terminals and fault tickets (docs/domain.md §6): the account managers'
    // contact appraisal and the complaint counts and times are none of their business.
    if (ctx.user!.role === 'operations')
      throw new AppError('FORBIDDEN', 'Your role may not read maintenance KPIs');
    const rows = await kpis(ctx.em, ctx.user!, parsePeriodArg(period), by);
    return rows.map((r) => ({
      ...r,
      keyOnCadenceShare: onCadenceShare(r.keyOnCadence, r.keyCustomers),
    }));
  }
}
