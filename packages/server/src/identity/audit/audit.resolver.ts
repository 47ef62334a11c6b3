import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, Info, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { connectionType, PageArgs, pageRequest } from '../../platform/graphql/connection.ts';
import { NodeInterface } from '../../platform/graphql/node.ts';
import type { Context } from '../context.ts';
import { Allowed } from '../guard.ts';
import { listAudit } from './audit.service.ts';
import { knownAuditActions } from './audit-actions.ts';

@ObjectType('AuditEntry', {
  implements: NodeInterface,
  description: '审计记录（只增不改）· One audit log entry; append-only.',
})
export class AuditEntryType extends NodeInterface {
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

const AuditConnectionType = connectionType('Audit', AuditEntryType, ['审计记录', 'audit entries']);

@InputType('AuditFilter', { description: '审计筛选 · Audit log filter; all given conditions hold.' })
class AuditFilterInput {
  @Field(() => String, { nullable: true, description: '操作人登录名 · Actor’s login.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: '动作 · Action.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: '对象 · Target.' })
  target?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '结果：ok、denied、error · Outcome: ok, denied or error.',
  })
  outcome?: string | null;

  @Field(() => Date, { nullable: true, description: '不早于 · From (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: '早于 · To (exclusive).' })
  to?: Date | null;
}

@Resolver()
export class AuditResolver {
  @Allowed('administer')
  @Query(() => AuditConnectionType, {
    description:
      '审计日志（管理员），默认每页 50 条 · The audit log, newest first, 50 a page by default; administrators.',
  })
  async auditLog(
    @Arg('filter', () => AuditFilterInput, { nullable: true, description: '筛选 · Filter.' })
    filter: AuditFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listAudit(ctx.em, filter, pageRequest(page, 'auditLog', 50));
  }

  @Allowed('administer')
  @Query(() => [String], {
    description:
      '审计日志可能出现的动作（供筛选）· Every action the audit log can hold, for its filter: login, reveal, export, import, api_token, keys-rotate, user.*, mutation:<name>.',
  })
  auditActions(@Info() info: GraphQLResolveInfo): string[] {
    return knownAuditActions(info.schema);
  }
}
