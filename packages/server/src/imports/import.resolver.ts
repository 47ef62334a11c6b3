import { existsSync } from 'node:fs';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../identity/context.ts';
import { Allowed } from '../identity/guard.ts';
import { scopeWhere } from '../identity/scope.ts';
import { mapNodes, PageArgs, pageRequest } from '../platform/graphql/connection.ts';
import { AppError } from '../platform/graphql/errors.ts';
import { ImportRun } from '../platform/import/import-run.entity.ts';
import {
  importRunsPage,
  ownRuns,
  runErrorsPage,
  startImport,
  toDataImport,
  toImportRunType,
} from './import.service.ts';
import {
  DataImportConnectionType,
  DataImportType,
  ImportKind,
  ImportRowErrorConnectionType,
  ImportRunType,
} from './import.types.ts';

@Resolver()
export class ImportResolver {
  @Allowed('administer')
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

  @Allowed('readImports')
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
    const r = await ctx.em.findOne(ImportRun, { id, ...ownRuns(ctx.user!) }, { refresh: true });
    return r ? toImportRunType(r) : null;
  }

  @Allowed('readImports')
  @Query(() => [ImportRunType], {
    description:
      '最近的导入（本人发起的，管理员可查全部）· Recent imports, newest first; your own (administrators: all).',
    deprecationReason:
      'Use importRunsConnection, which pages both ways and counts; importRuns gives the newest 100 at most and no way past them.',
  })
  async importRuns(
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 1..100 · How many.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    const rows = await ctx.em.find(ImportRun, ownRuns(ctx.user!), {
      orderBy: { id: 'desc' },
      limit: Math.min(Math.max(first, 1), 100),
    });
    return rows.map(toImportRunType);
  }

  @Allowed('readImports')
  @Query(() => DataImportConnectionType, {
    description:
      '导入（分页，最新在前；本人发起的，管理员可查全部）· Imports, a page at a time, newest first; your own (administrators: all).',
  })
  async importRunsConnection(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const conn = await importRunsPage(ctx.em, ctx.user!, pageRequest(page, 'importRuns'));
    return mapNodes(conn, toDataImport);
  }
}

const ERRORS_DESCRIPTION =
  '全部错误行（按发现顺序分页；下载见 /api/imports/{id}/errors.csv）· Every rejected row, a page at a time in the order found; all of them as CSV from /api/imports/{id}/errors.csv.';

// A run's errors, under both of its types. The run itself is already one the caller may see.
@Resolver(() => ImportRunType)
export class ImportRunErrorsResolver {
  @FieldResolver(() => ImportRowErrorConnectionType, { description: ERRORS_DESCRIPTION })
  errorsConnection(@Root() run: ImportRunType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return runErrorsPage(ctx.em, run.id, pageRequest(page, 'importErrors', 50));
  }
}

@Resolver(() => DataImportType)
export class DataImportErrorsResolver {
  @FieldResolver(() => ImportRowErrorConnectionType, { description: ERRORS_DESCRIPTION })
  errorsConnection(@Root() run: DataImportType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return runErrorsPage(ctx.em, run.runId, pageRequest(page, 'importErrors', 50));
  }
}

/** node(id) for a run of the list (DataImport), by its run id: the caller's own runs only. */
export async function dataImportNode(ctx: Context, key: string) {
  const r = /^\d{1,9}$/.test(key)
    ? await ctx.em.findOne(ImportRun, { id: Number(key), ...ownRuns(ctx.user!) }, { refresh: true })
    : null;
  return r && toDataImport(r);
}
