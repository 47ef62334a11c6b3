import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';

export enum FaultStatusEnum {
  OPEN = 'open',
  ASSIGNED = 'assigned',
  ON_SITE = 'on_site',
  FIXED = 'fixed',
  CLOSED = 'closed',
}
registerEnumType(FaultStatusEnum, {
  name: 'FaultStatus',
  description: '故障工单状态 · Where a fault ticket stands.',
  valuesConfig: {
    OPEN: { description: '待派单 · Reported, not yet assigned.' },
    ASSIGNED: { description: '已派单 · Assigned to an engineer.' },
    ON_SITE: { description: '已到场 · Engineer on site.' },
    FIXED: { description: '已修复 · Fixed.' },
    CLOSED: { description: '已关闭 · Closed; the merchant confirmed.' },
  },
});

@ObjectType('FaultEvent', { description: '故障工单处理记录 · One step in a fault ticket’s history.' })
export class FaultEventType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => Date, { description: '时间 · When.' })
  at!: Date;

  @Field(() => String, { description: '操作人 · Who.' })
  actor!: string;

  @Field(() => FaultStatusEnum, { nullable: true, description: '原状态 · Status before.' })
  fromStatus!: FaultStatusEnum | null;

  @Field(() => FaultStatusEnum, { description: '新状态 · Status after.' })
  toStatus!: FaultStatusEnum;

  @Field(() => String, { nullable: true, description: '说明 · Note.' })
  note!: string | null;
}

@ObjectType('FaultTicket', {
  implements: NodeInterface,
  description: '终端故障工单，带响应与修复时效 · A terminal fault ticket with response and repair clocks.',
})
export class FaultTicketType extends NodeInterface {
  terminalId!: number;
  merchantId!: number;

  @Field(() => String, { description: '终端号 · TID.' })
  tid!: string;

  @Field(() => String, { description: '故障描述 · The fault.' })
  description!: string;

  @Field(() => FaultStatusEnum, { description: '状态 · Status.' })
  status!: FaultStatusEnum;

  @Field(() => Date, { description: '报修时间（时钟起点）· Reported; the clocks start here.' })
  reportedAt!: Date;

  @Field(() => String, { description: '登记人 · Recorded by.' })
  openedBy!: string;

  @Field(() => String, { nullable: true, description: '工程师登录名 · Engineer’s login.' })
  assigneeLogin!: string | null;

  @Field(() => String, { nullable: true, description: '工程师姓名 · Engineer’s name.' })
  assigneeName!: string | null;

  @Field(() => Date, { nullable: true, description: '派单时间 · Assigned.' })
  assignedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '到场时间 · On site.' })
  onSiteAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '修复时间 · Fixed.' })
  fixedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: '关闭时间 · Closed.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: '处理结果 · What was done.' })
  resolution!: string | null;

  responseDueAt!: Date;
  repairDueAt!: Date;
}

export const FaultTicketConnectionType = connectionType('FaultTicket', FaultTicketType, [
  '故障工单',
  'fault tickets',
]);
