import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { monthlyTrend, profitByMerchant } from './profit.service.ts';
import { MonthPointType } from './settlement.types.ts';

@Resolver(() => MerchantType)
export class SettlementResolver {
  @FieldResolver(() => DecimalScalar, {
    description:
      '期间利润（元）= 商户手续费 − 发卡行服务费 − 网络服务费 · Profit over the period in yuan (Decimal string).',
  })
  async profit(
    @Root() m: Merchant,
    @Arg('period', () => String, { description: '期间 · Period: 2026-10, 2026-Q3, 2026 or a date range.' })
    period: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const p = parsePeriodArg(period);
    const loader = ctx.loaders.get<string>(
      `profit:${p.label}`,
      async (ids) => {
        const found = await profitByMerchant(ctx.em, p, ids.map(Number));
        return new Map([...found].map(([id, v]) => [String(id), v]));
      },
      '0.00',
    );
    return loader.load(String(m.id));
  }

  @FieldResolver(() => [MonthPointType], {
    description: '月度趋势（金额、笔数、手续费、利润）· Monthly trend series for charts.',
  })
  trend(
    @Root() m: Merchant,
    @Arg('months', () => Int, {
      defaultValue: 12,
      description: '最近几个月 1..60 · How many months back from the last one.',
    })
    months: number,
    @Arg('to', () => String, {
      nullable: true,
      description: '截止月份 YYYY-MM，默认本月 · Last month, default the current one.',
    })
    to: string | null,
    @Ctx() ctx: Context,
  ) {
    const last = to ?? new Date().toISOString().slice(0, 7);
    const lastP = parsePeriodArg(last, 'to');
    const n = Math.min(Math.max(months, 1), 60);
    const [y, mo] = lastP.start.split('-').map(Number) as [number, number];
    const first = new Date(Date.UTC(y, mo - n, 1)).toISOString().slice(0, 7);
    return monthlyTrend(ctx.em, m.id, first, lastP.start.slice(0, 7));
  }
}
