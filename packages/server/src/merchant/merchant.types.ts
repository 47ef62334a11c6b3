import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { MerchantOrderField, OrderDirection } from './merchant-order-fields.ts';

export { MerchantOrderField, OrderDirection };

import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';
import { DateScalar, DecimalScalar } from '../platform/graphql/scalars.ts';

export enum TierCode {
  KEY = 'KEY',
  SECONDARY = 'SECONDARY',
  ORDINARY = 'ORDINARY',
  SMALL = 'SMALL',
}
registerEnumType(TierCode, {
  name: 'TierCode',
  description: '客户分级 · Customer tier of the pyramid.',
  valuesConfig: {
    KEY: { description: '重要客户：利润排名前 1% · Key: the top 1% by profit.' },
    SECONDARY: {
      description:
        '次要客户：其后 19%（与重要客户合称关键客户）· Secondary: the next 19% (key + secondary = 关键客户).',
    },
    ORDINARY: { description: '普通客户：其后 30% · Ordinary: the next 30%.' },
    SMALL: { description: '小客户：其余 50% · Small: the remaining 50%.' },
  },
});

registerEnumType(MerchantOrderField, {
  name: 'MerchantOrderField',
  description: '商户列表的排序字段 · What the merchant list is ordered by.',
  valuesConfig: {
    MID: { description: '商户号（默认）· MID (the default).' },
    NAME: { description: '注册名称（按字符编码）· Registered name, by code point.' },
    PROFIT: {
      description:
        '期间利润（需 period；无结算记为 0）· Profit over `period` (required); no settlements count as 0.',
    },
    TIER: {
      description:
        '期间官方分级（需 period；重要最高，未分级的排最后）· Official tier in `period` (required); KEY highest, unranked last.',
    },
    LAST_CONTACT: {
      description:
        '上次有效联系日期（联系上的拜访、电话或消息）；从未联系的排最后 · Day of the last counting contact (a visit, call or message that reached the merchant); never contacted last.',
    },
    VALUE: {
      description:
        '客户生命周期价值（最新估算）；未估算的排最后 · Lifetime value of the latest estimate; not estimated last.',
    },
  },
});

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: '排序方向 · Sort direction.',
  valuesConfig: {
    ASC: { description: '升序 · Ascending.' },
    DESC: { description: '降序 · Descending.' },
  },
});

@ObjectType('MerchantContact', {
  description: '联系人（个人信息，默认脱敏）· Contact person; personal data, masked by default.',
})
export class MerchantContactType {
  @Field(() => String, { nullable: true, description: '联系人姓名 · Contact name.' })
  name!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '手机号（脱敏，如 138****5678）· Mobile number, masked like 138****5678.',
  })
  mobile!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: '最近核实日期 · When the contact data was last verified.',
  })
  verifiedOn!: string | null;
}

@ObjectType('MerchantChange', { description: '商户变更记录 · One recorded change to a merchant.' })
export class MerchantChangeType {
  @Field(() => Date, { description: '变更时间 · When the change happened (ISO timestamp).' })
  changedAt!: Date;

  @Field(() => String, { description: '操作人或导入命令 · Who made it: a login or the import command.' })
  actor!: string;

  @Field(() => String, { description: '来源 · Where it came from, e.g. the imported file.' })
  source!: string;

  @Field(() => String, {
    description: '类型：created、updated 或 status · Kind: created, updated or status.',
  })
  kind!: string;

  @Field(() => String, {
    description:
      '变更字段 JSON：{字段: {from, to}}，个人信息脱敏 · JSON of {field: {from, to}}; personal data masked.',
  })
  changes!: string;
}

@ObjectType('FeePlan', { description: '费率方案 · The merchant fee plan (扣率 or 封顶).' })
export class FeePlanType {
  @Field(() => String, {
    description:
      '方案类型：rate（按扣率）或 capped（封顶）· rate, or capped (rate up to a per-transaction cap).',
  })
  kind!: string;

  @Field(() => String, {
    description:
      '商户扣率，小数（0.0078 即 0.78%）· Merchant discount rate as a decimal fraction (0.0078 = 0.78%).',
  })
  rate!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: '封顶手续费（元/笔）· Fee cap per transaction in yuan; null unless capped.',
  })
  cap!: string | null;

  @Field(() => String, {
    description: '所属类型的标准扣率（2013 年标准）· List rate of the merchant category (2013 schedule).',
  })
  listRate!: string;

  @Field(() => String, {
    description: '扣率优惠 = 标准扣率 − 商户扣率 · Discount against the list rate (list rate − rate).',
  })
  discount!: string;
}

@ObjectType('Merchant', {
  implements: NodeInterface,
  description: '商户档案 · A merchant of the acquirer (商户档案).',
})
export class MerchantType extends NodeInterface {
  @Field(() => String, { description: '商户号 MID（15 位数字）· Merchant number, 15 digits.' })
  mid!: string;

  @Field(() => String, { description: '注册名称 · Registered name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: '经营名称 · Trading name.' })
  tradingName!: string | null;

  @Field(() => String, {
    description: 'MCC 商户类别码（4 位，ISO 18245）· Merchant category code, 4 digits (ISO 18245).',
  })
  mcc!: string;

  @Field(() => String, {
    description: '商户状态：onboarding、active、dormant、churned、terminated · Status in its lifecycle.',
  })
  status!: string;

  @Field(() => DateScalar, { description: '入网日期 · Onboarding date.' })
  onboardedOn!: string;
}

export const MerchantConnectionType = connectionType(
  'Merchant',
  MerchantType,
  ['商户', 'merchants'],
  '符合筛选条件的商户总数 · Number of merchants matching the filter.',
);
