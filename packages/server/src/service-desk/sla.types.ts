import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SlaStateEnum {
  RUNNING = 'RUNNING',
  MET = 'MET',
  BREACHED = 'BREACHED',
}
registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description: '时效状态 · State of an SLA clock.',
  valuesConfig: {
    RUNNING: { description: '计时中，未超时 · Running, within time.' },
    MET: { description: '按时完成 · Stopped in time.' },
    BREACHED: { description: '已超时 · Past its deadline.' },
  },
});

export enum DeskOrderEnum {
  URGENCY = 'urgency',
  NEWEST = 'newest',
}
registerEnumType(DeskOrderEnum, {
  name: 'DeskOrder',
  description: '工单列表排序 · How a complaints or fault-ticket list is sorted.',
  valuesConfig: {
    URGENCY: {
      description:
        '最紧急在前：按正在计时的时效（先响应后解决）截止时间，超时最久在前，已停止计时的在后 · Most urgent first: by the deadline of the clock that runs next (response, then resolution or repair), most overdue first; stopped cases last.',
    },
    NEWEST: { description: '最新在前（受理或报修时间）· Newest first (received or reported).' },
  },
});

export enum SlaKindEnum {
  COMPLAINT = 'complaint',
  FEEDBACK = 'feedback',
  FAULT = 'fault',
}
registerEnumType(SlaKindEnum, {
  name: 'SlaKind',
  description: '时效政策适用对象 · What an SLA policy applies to.',
  valuesConfig: {
    COMPLAINT: { description: '投诉 · Complaints.' },
    FEEDBACK: { description: '反馈 · Feedback.' },
    FAULT: { description: '故障工单 · Fault tickets.' },
  },
});

@ObjectType('SlaClock', { description: '时效时钟 · One SLA clock.' })
export class SlaClockType {
  @Field(() => SlaStateEnum, { description: '状态 · State.' })
  state!: SlaStateEnum;

  @Field(() => Date, { description: '截止时间 · Deadline.' })
  dueAt!: Date;

  @Field(() => Int, {
    nullable: true,
    description: '剩余分钟（超时为负；已停止为空）· Minutes left; negative once late, null once stopped.',
  })
  minutesLeft!: number | null;

  @Field(() => Int, { nullable: true, description: '用时（分钟）· Minutes taken, once stopped.' })
  minutesTaken!: number | null;
}

@ObjectType('SlaPolicy', { description: '时效政策 · An SLA policy.' })
export class SlaPolicyType {
  @Field(() => SlaKindEnum, { description: '适用对象 · What it applies to.' })
  kind!: SlaKindEnum;

  @Field(() => Int, { description: '首次响应时限（小时）· Hours to the first response.' })
  responseHours!: number;

  @Field(() => Int, { description: '解决时限（小时）· Hours to resolution.' })
  resolutionHours!: number;

  @Field(() => Date, { description: '修改时间 · Last changed.' })
  updatedAt!: Date;

  @Field(() => String, { description: '修改人 · Changed by.' })
  updatedBy!: string;
}
