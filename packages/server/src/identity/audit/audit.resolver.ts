import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { PageInfoType } from '../../platform/graphql/connection.ts';
import { AppError } from '../../platform/graphql/errors.ts';
import type { Context } from '../context.ts';
import { audit, listAudit } from './audit.service.ts';

@ObjectType('AuditEntry', { description: '审计记录（只增不改）· One audit log entry; append-only.' })
export class AuditEntryType {
  @Field(() => ID, { description: '编号 · Id.' })
  id!: string;

  @Field(() => Date, { description: '时间 · When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: '操作人登录名（匿名为空）· Who; null when anonymous.' })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: '操作人角色 · Their role.' })
  role!: string | null;

  @Field(() => String, {
    description:
      '动作：login、reveal、export、import、mutation:<名称> · What: login, reveal, export, import, mutation:<name>.',
  })
  action!: string;

  @Field(() => String, { nullable: true, description: '对象，如 mid:898… · The record, e.g. mid:898….' })
  target!: string | null;

  @Field(() => String, { description: '结果：ok、denied、error · Outcome: ok, denied or error.' })
  outcome!: string;

  @Field(() => String, { nullable: true, description: '来源地址 · Client address.' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: '请求编号 · Request id.' })
  requestId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '详情（JSON，不含个人信息）· Detail as JSON; no personal data.',
  })
  detail!: string | null;
}

@ObjectType('AuditEdge', { description: '审计列表的一项 · One entry in a connection.' })
class AuditEdgeType {
  @Field(() => String, { description: '游标 · Cursor.' })
  cursor!: string;

  @Field(() => AuditEntryType, { description: '审计记录 · The entry.' })
  node!: AuditEntryType;
}

@ObjectType('AuditConnection', { description: '审计日志分页 · A page of the audit log.' })
class AuditConnectionType {
  @Field(() => [AuditEdgeType], { description: '本页 · This page.' })
  edges!: AuditEdgeType[];

  @Field(() => PageInfoType, { description: '分页信息 · Page information.' })
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: '符合条件的总数 · Number of matching entries.' })
  totalCount!: number;
}

@InputType('AuditFilter', { description: '审计筛选 · Audit log filter; all given conditions hold.' })
class AuditFilterInput {
  @Field(() => String, { nullable: true, description: '操作人登录名 · Actor’s login.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: '动作 · Action.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: '对象 · Target.' })
  target?: string | null;

  @Field(() => String, { nullable: true, description: '结果 · Outcome.' })
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: '不早于 · From (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '早于 · To (exclusive).' })
  to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Authorized('admin')
  @Query(() => AuditConnectionType, {
    description: '审计日志（管理员）· The audit log, newest first; administrators.',
  })
  async auditLog(
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: AuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '每页条数 1..100 · Page size.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: '游标 · Start after this cursor.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await listAudit(ctx.em, filter, first, after);
    return {
      edges: page.rows.map((r) => ({ cursor: r.cursor, node: r })),
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
    };
  }
}
