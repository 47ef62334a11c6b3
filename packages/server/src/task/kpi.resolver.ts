import { keyOnCadenceShare } from '@cornerstone/shared/maintenance/kpi-definitions';
import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { requirePermission } from '../identity/guard.ts';
import { connectionType, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { pageOfRows } from '../platform/graphql/page-of.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { kpis } from './kpi.service.ts';
import { KpiGrouping, KpiType } from './kpi.types.ts';

const KpiConnectionType = connectionType('MaintenanceKpi', KpiType, [
  '维护考核指标',
  'maintenance KPI rows (one per manager or branch)',
]);

const PERIOD = { description: '期间，如 2026-10 · Period, e.g. 2026-10.' };
const BY = { defaultValue: KpiGrouping.MANAGER, description: '汇总维度 · Grouping.' };

/** Operations staff may not read KPIs: the one rule of both fields, checked before anything else. */
function assertKpiReader(ctx: Context) {
  // Operations staff look after terminals and fault tickets (docs/domain.md §6): the account managers'
  // contact appraisal and the complaint counts and times are none of their business.
  requirePermission(ctx.user!, 'readMaintenanceReports');
}

/** The KPI rows of a period, in key order, for a user who may read them. */
async function kpiRows(ctx: Context, period: string, by: KpiGrouping): Promise<KpiType[]> {
  assertKpiReader(ctx);
  const rows = await kpis(ctx.em, ctx.user!, parsePeriodArg(period), by);
  return rows.map((r) => ({
    ...r,
    keyOnCadenceShare: keyOnCadenceShare(r.keyOnCadence, r.keyCustomers),
  }));
}

@Resolver()
export class KpiResolver {
  @Authorized()
  @Query(() => [KpiType], {
    description:
      '维护考核：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period; not for operations staff.',
    deprecationReason:
      'Use maintenanceKpisConnection, which pages both ways and counts; maintenanceKpis returns a row for every manager or branch at once.',
  })
  maintenanceKpis(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => KpiGrouping, BY) by: KpiGrouping,
    @Ctx() ctx: Context,
  ): Promise<KpiType[]> {
    return kpiRows(ctx, period, by);
  }

  @Authorized()
  @Query(() => KpiConnectionType, {
    description:
      '维护考核（分页，按登录名或分公司名称）：拜访、回访、其他联系、重要客户按频次维护占比、逾期、投诉时效（运维人员不可查）· Maintenance KPIs for a period, a page at a time, by manager login or branch name; not for operations staff.',
  })
  async maintenanceKpisConnection(
    @Arg('period', () => String, PERIOD) period: string,
    @Arg('by', () => KpiGrouping, BY) by: KpiGrouping,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    assertKpiReader(ctx);
    const req = pageRequest(page, 'maintenanceKpis');
    // An aggregate over the period's contacts, tasks and complaints, computed whole (one statement)
    // and then paged, in the old field's order: by key (a login or a branch name, each unique).
    return pageOfRows(await kpiRows(ctx, period, by), req, (r) => [r.key]);
  }
}
