import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.ts';

// The values are text as a person types them, checked by the same rules as a merchants.csv row
// (merchant-row-check.ts), so the form and the file accept and refuse the same values alike.

@InputType('CreateMerchantInput', {
  description:
    '新建商户，取值规则与商户导入文件相同 · A new merchant; each value follows the rule of its merchants.csv column.',
})
export class CreateMerchantInput {
  @Field(() => String, { description: '商户号（15 位数字）· MID, 15 digits.' })
  mid!: string;

  @Field(() => String, { description: '注册名称 · Registered name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '经营名称 · Trading name.' })
  tradingName?: string | null;

  @Field(() => String, { description: 'MCC（4 位数字）· Merchant category code, 4 digits.' })
  mcc!: string;

  @Field(() => String, {
    description: '商户类型：一般类…民生类 或 general…livelihood · Category, in Chinese or by code.',
  })
  category!: string;

  @Field(() => String, { description: '费率方案：rate 或 capped · Fee plan: rate or capped.' })
  feePlan!: string;

  @Field(() => String, {
    description: '商户扣率，小数（0.0078）· Merchant rate as a decimal fraction (0.0078).',
  })
  rate!: string;

  @Field(() => String, {
    nullable: true,
    description: '封顶手续费（元/笔），仅封顶方案 · Fee cap per transaction in yuan; capped plans only.',
  })
  cap?: string | null;

  @Field(() => String, { description: '所属分公司名称 · Branch name.' })
  branch!: string;

  @Field(() => String, { description: '客户经理登录名 · Login of the owning account manager.' })
  manager!: string;

  @Field(() => String, { description: '入网日期 YYYY-MM-DD · Onboarding date, YYYY-MM-DD.' })
  onboardedOn!: string;

  @Field(() => String, { nullable: true, description: '联系人姓名 · Contact name.' })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '联系人手机号（加密保存）· Contact mobile; stored encrypted.',
  })
  contactMobile?: string | null;
}

@InputType('UpdateMerchantInput', {
  description:
    '修改商户：只改给出的字段，null 清空可空字段 · A merchant’s changes: only the fields given change; null clears a nullable one.',
})
export class UpdateMerchantInput {
  @Field(() => String, { nullable: true, description: '注册名称 · Registered name.' })
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '经营名称（null 清空）· Trading name; null clears it.',
  })
  tradingName?: string | null;

  @Field(() => String, { nullable: true, description: 'MCC（4 位数字）· Merchant category code, 4 digits.' })
  mcc?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '商户类型（须与 MCC 相符）· Category; must be the one of the MCC.',
  })
  category?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '费率方案：rate 或 capped · Fee plan: rate or capped.',
  })
  feePlan?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '商户扣率，小数 · Merchant rate as a decimal fraction.',
  })
  rate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '封顶手续费（元/笔；null 清空）· Fee cap per transaction in yuan; null clears it.',
  })
  cap?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      '新费率方案的生效日期（默认今天；须晚于最后结算日，不晚于今天）· Day the new fee plan takes effect: today by default; after the last settled day, not after today.',
  })
  feePlanFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '客户经理登录名 · Login of the owning account manager.',
  })
  manager?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '联系人姓名（null 清空）· Contact name; null clears it.',
  })
  contactName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '联系人手机号（加密保存；null 清空）· Contact mobile, stored encrypted; null clears it.',
  })
  contactMobile?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '商户状态：onboarding、active、dormant、churned、terminated · Status.',
  })
  status?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '变更状态的原因（变更状态时必填）· Why the status changes; required when it does.',
  })
  statusReason?: string | null;
}
