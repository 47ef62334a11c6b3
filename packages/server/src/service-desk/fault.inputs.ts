import { Field, InputType } from 'type-graphql';
import { FaultStatusEnum } from './fault.types.ts';

@InputType('FaultTicketInput', { description: '报修 · A fault to report.' })
export class FaultTicketInput {
  @Field(() => String, { description: '终端号 · TID.' })
  tid!: string;

  @Field(() => String, { description: '故障描述 · The fault.' })
  description!: string;

  @Field(() => Date, { nullable: true, description: '报修时间（默认现在）· Reported; now by default.' })
  reportedAt?: Date | null;
}

@InputType('FaultTicketFilter', { description: '工单筛选 · Fault ticket filter; all given conditions hold.' })
export class FaultTicketFilterInput {
  @Field(() => FaultStatusEnum, { nullable: true, description: '状态 · Status.' })
  status?: FaultStatusEnum | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '未修复（true）或已修复（false）· Not yet fixed (true) or fixed.',
  })
  open?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '任一时效超时 · Any SLA clock breached.' })
  breached?: boolean | null;

  @Field(() => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
  assignee?: string | null;

  @Field(() => String, { nullable: true, description: '分公司 · Branch name.' })
  branch?: string | null;

  @Field(() => String, { nullable: true, description: '商户号 · MID.' })
  mid?: string | null;

  @Field(() => String, { nullable: true, description: '终端号 · TID.' })
  tid?: string | null;
}
