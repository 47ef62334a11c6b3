import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../platform/graphql/scalars.ts';

@ObjectType('MonthPoint', { description: '某月的汇总 · One month of a merchant, from the monthly rollup.' })
export class MonthPointType {
  @Field(() => String, { description: '月份 YYYY-MM · Month.' })
  month!: string;

  @Field(() => Int, { description: '交易笔数 · Transaction count.' })
  txnCount!: number;

  @Field(() => DecimalScalar, { description: '交易金额（元）· Transaction amount in yuan.' })
  txnAmount!: string;

  @Field(() => DecimalScalar, { description: '商户手续费收入（元）· Merchant fee income in yuan.' })
  merchantFee!: string;

  @Field(() => DecimalScalar, { description: '利润（元）· Profit in yuan.' })
  profit!: string;
}
