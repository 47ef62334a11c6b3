import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Merchant } from '../merchant/merchant.entity.ts';
import { MerchantType } from '../merchant/merchant.types.ts';
import { connectionType } from '../platform/graphql/connection.ts';
import { DecimalScalar } from '../platform/graphql/scalars.ts';

@ObjectType('ChurnReason', { description: '流失风险的一个原因 · One reason a merchant may leave.' })
export class ChurnReasonType {
  @Field(() => String, {
    description:
      '信号：recency、volumeTrend、openComplaints、slaBreaches、openFaults、feeGap、terminalsRemoved、contactStaleness · The signal.',
  })
  key!: string;

  @Field(() => Float, {
    description:
      '该信号使风险对数几率高出平均商户的量 · How much it lifts the log-odds above the average merchant.',
  })
  weight!: number;

  @Field(() => String, {
    description: '中文说明（含该商户的数字）· The reason in Chinese, with the figures.',
  })
  zh!: string;

  @Field(() => String, { description: '英文说明 · The reason in English, with the figures.' })
  en!: string;
}

@ObjectType('MerchantChurn', {
  description: '流失风险评分（docs/clv.md）· The churn score of a merchant, with its reasons.',
})
export class MerchantChurnType {
  merchantId!: number;

  @Field(() => String, { description: '评分基准日 · As-of day of the score.' })
  asOf!: string;

  @Field(() => Float, {
    description:
      '未来两个月流失的概率 0..1（权重按数据拟合；数据不足时为规则权重，仅作排序）· Probability of leaving in the next two months, 0..1.',
  })
  score!: number;

  @Field(() => [ChurnReasonType], {
    description:
      '主要原因，最多 3 条，重者在前；健康商户为空 · Top reasons, at most 3; none for a healthy merchant.',
  })
  reasons!: ChurnReasonType[];

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '风险价值：CLV × 流失概率（元）· Value at risk: lifetime value × score, yuan.',
  })
  valueAtRisk!: string | null;
}

@ObjectType('AtRiskMerchant', { description: '流失预警名单中的商户 · A merchant on the at-risk list.' })
export class AtRiskMerchantType extends MerchantChurnType {
  @Field(() => MerchantType, { description: '商户 · The merchant.' })
  merchant!: Merchant;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '未来 12 个月预期利润（元）· Lifetime value of the next 12 months, yuan.',
  })
  clv!: string | null;

  @Field(() => Float, { nullable: true, description: '仍活跃的概率 · Probability still active (the model).' })
  probabilityAlive!: number | null;
}

export const AtRiskMerchantConnection = connectionType('AtRiskMerchant', AtRiskMerchantType, [
  '流失预警商户',
  'merchants at risk',
]);

export enum AtRiskOrderEnum {
  VALUE_AT_RISK = 'VALUE_AT_RISK',
  SCORE = 'SCORE',
}
registerEnumType(AtRiskOrderEnum, {
  name: 'AtRiskOrder',
  description: '流失预警名单的排序 · Order of the at-risk list.',
  valuesConfig: {
    VALUE_AT_RISK: { description: '风险价值从高到低（默认）· Value at risk, highest first (the default).' },
    SCORE: { description: '流失概率从高到低 · Score, highest first.' },
  },
});

@ObjectType('BacktestDecile', { description: '回测的一个十分位 · One decile of the back-test forecast.' })
export class BacktestDecileType {
  @Field(() => Int, { description: '十分位，1 为预测最高的一组 · Decile; 1 holds the highest forecasts.' })
  decile!: number;

  @Field(() => Int, { description: '商户数 · Merchants.' })
  count!: number;

  @Field(() => Float, { description: '预测活跃月数合计 · Predicted active months.' })
  sumPredicted!: number;

  @Field(() => Float, { description: '实际活跃月数合计 · Actual active months.' })
  sumActual!: number;
}

@ObjectType('BacktestSignal', {
  description: '一种流失信号的回测成绩 · How one churn signal found the leavers.',
})
export class BacktestSignalType {
  @Field(() => String, {
    description: 'pAlive（模型）、rule（现行规则）、score（流失评分）· The signal.',
  })
  key!: string;

  @Field(() => Float, { nullable: true, description: 'AUC（0.5 为随机）· Area under the ROC curve.' })
  auc!: number | null;

  @Field(() => Float, { description: '风险最高 5% 中实际流失的比例 · Precision in the top 5%.' })
  precisionTop5!: number;

  @Field(() => Float, { description: '风险最高 10% 中实际流失的比例 · Precision in the top 10%.' })
  precisionTop10!: number;
}

@ObjectType('ClvBacktest', {
  description: '生命周期价值与流失回测（docs/clv.md）· The lifetime-value and churn back-test.',
})
export class ClvBacktestType {
  @Field(() => Int, { description: '编号 · Id.' })
  id!: number;

  @Field(() => String, { description: '基准日（留出期的最后一个月）· As-of day (the holdout’s last month).' })
  asOf!: string;

  @Field(() => Int, { description: '留出月数 · Holdout months.' })
  holdoutMonths!: number;

  @Field(() => Int, {
    description:
      '判定为“在营”所需的校准期末活跃月数 · Calibration months a merchant must be active in to be judged.',
  })
  activeMonths!: number;

  @Field(() => String, { description: '校准期结束日 · Last day of the calibration.' })
  calibrationEnd!: string;

  @Field(() => Int, { description: '参与评估的商户数 · Merchants judged.' })
  merchants!: number;

  @Field(() => Int, { description: '其中留出期无活跃月的（流失）· Of them, leavers.' })
  leavers!: number;

  @Field(() => Float, { description: '留出期实际活跃月数 · Actual active months in the holdout.' })
  actual!: number;

  @Field(() => Float, { description: '留出期预测活跃月数 · Predicted active months in the holdout.' })
  predicted!: number;

  @Field(() => [BacktestDecileType], { description: '按预测十分位 · By decile of forecast.' })
  deciles!: BacktestDecileType[];

  @Field(() => [BacktestSignalType], { description: '三种流失信号 · The three churn signals.' })
  signals!: BacktestSignalType[];

  @Field(() => Boolean, {
    description: '流失评分的权重是否按数据拟合（否则为规则权重）· Whether the score’s weights were fitted.',
  })
  scoreFitted!: boolean;

  @Field(() => Date, { description: '计算时间 · When it was computed.' })
  computedAt!: Date;
}
