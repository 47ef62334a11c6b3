import { existsSync } from 'node:fs';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { scopeWhere } from '../identity/scope.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { ImportRun } from '../platform/import/import-run.entity.ts';
import { startImport, toImportRunType } from './import.service.ts';
import { ImportKind, ImportRunType } from './import.types.ts';

@Resolver()
export class ImportResolver {
  @Authorized('admin')
  @Mutation(() => ImportRunType, {
    description:
      '从服务器上的文件开始导入（管理员）；网页上传请用 POST /api/imports/{kind} · Start an import of a file on the server (admins).',
  })
  async startImport(
    @Arg('kind', () => ImportKind, { description: '文件类型 · Kind of file.' }) kind: ImportKind,
    @Arg('path', () => String, { description: '服务器上的文件路径 · Path of the CSV file on the server.' })
    path: string,
    @Arg('skipInvalid', () => Boolean, {
      defaultValue: false,
      description: '跳过错误行，写入其余行 · Write the good rows, report the rest.',
    })
    skipInvalid: boolean,
    @Ctx() ctx: Context,
  ): Promise<ImportRunType> {
    if (!existsSync(path))
      throw new AppError('BAD_USER_INPUT', 'path: no such file on the server', { field: 'path' });
    const run = await startImport(ctx.orm, kind, path, {
      actor: ctx.user!.login,
      scope: scopeWhere(ctx.user!),
      skipInvalid,
      settleDateWindow: ctx.config.settleDateWindow,
    });
    const record = await ctx.em.findOneOrFail(ImportRun, run.id);
    return toImportRunType(record);
  }

  @Authorized('admin', 'branch_manager', 'operations')
  @Query(() => ImportRunType, {
    nullable: true,
    description:
      '导入的状态与计数（运行中可查询；本人发起的，管理员可查全部）· Status and counts of an import, also while it runs; your own runs (administrators: all).',
  })
  async importRun(
    @Arg('id', () => Int, { description: '导入编号 · Run id.' }) id: number,
    @Ctx() ctx: Context,
  ) {
    // Another user's run answers as if there were none (its file name and errors are theirs).
    const r = await ctx.em.findOne(ImportRun, { id, ...ownRuns(ctx) }, { refresh: true });
    return r ? toImportRunType(r) : null;
  }

  @Authorized('admin', 'branch_manager', 'operations')
  @Query(() => [ImportRunType], {
    description:
      '最近的导入（本人发起的，管理员可查全部）· Recent imports, newest first; your own (administrators: all).',
  })
  async importRuns(
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.em.find(ImportRun, ownRuns(ctx), {
      orderBy: { id: 'desc' },
      limit: Math.min(Math.max(first, 1), 100),
    });
    return rows.map(toImportRunType);
  }
}

/**
 * The runs a user may see: an administrator all of them (the command line's too), anyone else the
 * runs they started. A run's errors quote rows of its file, which may lie outside the reader's scope.
 */
function ownRuns(ctx: Context): { actor?: string } {
  return ctx.user!.role === 'admin' ? {} : { actor: ctx.user!.login };
}
