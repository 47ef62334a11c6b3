import type { PointsRuleDraft } from '@cornerstone/shared/loyalty/points-table';
import {
  formatRate,
  formatYuan,
  parseRate,
  parseYuan,
  RateFormatError,
} from '@cornerstone/shared/money/money';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { DateScalar } from '../platform/graphql/scalars.ts';
import { pointsRulesPage, type StoredPointsRule, savePointsRules } from './points-rules.service.ts';
import {
  PointsRuleConnectionType,
  PointsRuleInput,
  type PointsRuleType,
  PointsTableSavedType,
} from './points-rules.types.ts';

const toType = ({ rule: r, savedBy, savedAt }: StoredPointsRule): PointsRuleType => ({
  code: r.id,
  category: r.match.category ?? null,
  feePlan: r.match.feePlan,
  cap: r.match.cap !== undefined ? formatYuan(r.match.cap) : null,
  discountBelow: r.match.discountBelow !== undefined ? formatRate(r.match.discountBelow) : null,
  discountAtLeast: r.match.discountAtLeast !== undefined ? formatRate(r.match.discountAtLeast) : null,
  amountThreshold: r.amountThreshold !== null ? formatYuan(r.amountThreshold) : null,
  cappedCountN: r.cappedCountN,
  validFrom: r.validFrom,
  validTo: r.validTo,
  savedBy,
  savedAt,
});

/** The rows as drafts; a discount that is not a decimal fraction is a problem under its field. */
function drafts(rows: readonly PointsRuleInput[]): PointsRuleDraft[] {
  const check = new InputCheck();
  const rate = (v: string | null | undefined, field: string) => {
    if (v == null || v.trim() === '') return null;
    try {
      return parseRate(v);
    } catch (err) {
      if (!(err instanceof RateFormatError)) throw err;
      check.problem(field, 'pointsRule.rateInvalid');
      return null;
    }
  };
  const out = rows.map((r, i) => ({
    code: r.code.trim(),
    category: r.category?.trim() || null,
    feePlan: r.feePlan.trim(),
    // Decimal strings (the scalar checked them): exact fen.
    cap: r.cap != null ? parseYuan(r.cap) : null,
    discountBelow: rate(r.discountBelow, `rules.${i}.discountBelow`),
    discountAtLeast: rate(r.discountAtLeast, `rules.${i}.discountAtLeast`),
    amountThreshold: r.amountThreshold != null ? parseYuan(r.amountThreshold) : null,
    cappedCountN: r.cappedCountN ?? null,
  }));
  check.throwIfAny();
  return out;
}

@Resolver()
export class PointsRulesResolver {
  @Authorized()
  @Query(() => PointsRuleConnectionType, {
    description:
      '积分规则表：各版本，最新在前，版本内按表序；给 on 则只列当天有效的行 · The points table, every version newest first (table order within one); with `on`, only the rows in force that day.',
  })
  pointsRules(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: '只列此日有效的行 · Only the rows in force on this day.',
    })
    on: string | null | undefined,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return pointsRulesPage(ctx.em, pageRequest(page, 'pointsRules', 20, info), on ?? null).then((p) =>
      mapNodes(p, toType),
    );
  }

  @Allowed('administer')
  @Mutation(() => PointsTableSavedType, {
    description:
      '保存积分规则表，自生效日期（今天或以后）起替换整张表；已入账积分不重算 · Saves the points table, replacing it from the effective date (today or later); points already posted are never recomputed.',
  })
  async savePointsRules(
    @Arg('effectiveFrom', () => DateScalar, { description: '生效日期（含）· Effective from, inclusive.' })
    effectiveFrom: string,
    @Arg('rules', () => [PointsRuleInput], {
      description: '新表的各行，按顺序 · The rows of the new table, in order.',
    })
    rules: PointsRuleInput[],
    @Ctx() ctx: Context,
  ): Promise<PointsTableSavedType> {
    await savePointsRules(ctx.em, ctx.user!.login, effectiveFrom, drafts(rules));
    return { effectiveFrom, rows: rules.length };
  }
}
