import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../platform/graphql/scalars.ts';

export enum TerminalStatusEnum {
  ACTIVE = 'active',
  FAULTY = 'faulty',
  REMOVED = 'removed',
}
registerEnumType(TerminalStatusEnum, {
  name: 'TerminalStatus',
  description: '终端状态 · Terminal status.',
  valuesConfig: {
    ACTIVE: { description: '正常 · Working.' },
    FAULTY: { description: '故障 · Faulty.' },
    REMOVED: { description: '已撤机 · Removed.' },
  },
});

@ObjectType('Terminal', { description: 'POS 终端 · A POS terminal at a merchant.' })
export class TerminalType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: number;

  merchantId!: number;

  @Field(() => String, { description: '终端号（8 位）· Terminal id (TID), eight characters.' })
  tid!: string;

  @Field(() => String, { description: '型号 · Model.' })
  model!: string;

  @Field(() => String, { description: '序列号 · Serial number.' })
  serialNo!: string;

  @Field(() => DateScalar, { description: '装机日期 · Installed on.' })
  installedOn!: string;

  @Field(() => TerminalStatusEnum, { description: '状态 · Status.' })
  status!: TerminalStatusEnum;
}

@InputType('TerminalInput', { description: '登记终端 · A terminal to register.' })
export class TerminalInput {
  @Field(() => String, { description: '商户号 · MID.' })
  mid!: string;

  @Field(() => String, { description: '终端号（8 位字母或数字）· TID, eight letters or digits.' })
  tid!: string;

  @Field(() => String, { description: '型号 · Model.' })
  model!: string;

  @Field(() => String, { description: '序列号 · Serial number.' })
  serialNo!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: '装机日期（默认今天）· Installed on; today by default.',
  })
  installedOn?: string | null;
}
