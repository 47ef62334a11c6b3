import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../platform/graphql/connection.ts';
import { NodeInterface } from '../platform/graphql/node.ts';

export enum ImportKind {
  merchants = 'merchants',
  settlements = 'settlements',
}
registerEnumType(ImportKind, {
  name: 'ImportKind',
  description: '导入文件类型 · Kind of CSV import.',
  valuesConfig: {
    merchants: { description: '商户档案 merchants.csv · Merchant master data.' },
    settlements: { description: '结算数据 settlements.csv · Daily settlement rows.' },
  },
});

@ObjectType('ImportRowError', { description: '被拒绝的行 · A rejected row.' })
export class ImportRowErrorType {
  @Field(() => Int, { description: '文件行号（表头为第 1 行）· Line in the file; the header is line 1.' })
  row!: number;

  @Field(() => String, { description: '列名 · Column name.' })
  column!: string;

  @Field(() => String, {
    description:
      '原因（英文；网页按 code 显示用户的语言）· What is wrong, in English (what the command line prints); the web words it by code.',
  })
  message!: string;

  @Field(() => String, {
    nullable: true,
    description:
      '问题代码（如 import.unknownCategory；中英文措辞见 packages/shared/src/problems.ts）；早于代码的导入为空 · The problem’s code (import.unknownCategory), worded in Chinese and English by the shared table; null for runs from before codes.',
  })
  code!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '问题参数（JSON 对象，填入措辞中的 {name}）· The problem’s params as a JSON object, filling the {name} placeholders of its words.',
  })
  params!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Excel 文件中的单元格（如 Sheet1!E12）；CSV 为空，以行号和列名定位 · The cell in a workbook (Sheet1!E12); null for a CSV, where row and column place it.',
  })
  cell!: string | null;
}

export const ImportRowErrorConnectionType = connectionType('ImportRowError', ImportRowErrorType, [
  '错误行',
  'rejected rows',
]);

/** What an import run shows, under either of its two types below. */
@ObjectType({ description: '导入的字段 · The fields of an import run.' })
abstract class ImportRunFields {
  @Field(() => ImportKind, { description: '类型 · Kind.' })
  kind!: ImportKind;

  @Field(() => String, { description: '文件名 · File name.' })
  fileName!: string;

  @Field(() => String, {
    description: '状态：running、succeeded、rejected（有错误行，未写入）、failed · Status.',
  })
  status!: string;

  @Field(() => Float, { description: '进度 0..1（按已读字节）· Progress 0..1 by bytes read.' })
  progress!: number;

  @Field(() => Int, { description: '已读行数 · Rows read.' })
  rowsRead!: number;

  @Field(() => Int, { description: '新增行数 · Rows inserted.' })
  inserted!: number;

  @Field(() => Int, { description: '更新行数 · Rows updated.' })
  updated!: number;

  @Field(() => Int, { description: '已导入过而跳过的行数 · Rows skipped as already imported.' })
  skipped!: number;

  @Field(() => Int, { description: '拒绝行数 · Rows rejected.' })
  rejected!: number;

  @Field(() => String, {
    nullable: true,
    description:
      '文件格式：csv 或 xlsx（读取前为空）· How the file was read: csv or xlsx (null until known).',
  })
  format!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'CSV 的编码：utf-8 或 gb18030（GBK）· The encoding a CSV was read in: utf-8 or gb18030 (GBK).',
  })
  encoding!: string | null;

  @Field(() => String, { nullable: true, description: '读取的工作表 · The sheet of a workbook read.' })
  sheet!: string | null;

  @Field(() => Int, {
    description:
      '保存的错误数（全部，可用 errorsConnection 分页或下载 /api/imports/{id}/errors.csv）· Row errors stored: all of them, paged by errorsConnection or downloaded from /api/imports/{id}/errors.csv.',
  })
  errorCount!: number;

  @Field(() => [ImportRowErrorType], {
    description:
      '前 200 个被拒绝的行（共至多 64 KiB，取值只引用片段）· The first 200 rejected rows (64 KiB at most; values quoted as excerpts).',
  })
  errors!: ImportRowErrorType[];

  @Field(() => Date, { description: '开始时间 · Start time.' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true, description: '结束时间 · End time.' })
  finishedAt!: Date | null;
}

@ObjectType('ImportRun', { description: '一次导入及其进度 · One import run and its progress.' })
export class ImportRunType extends ImportRunFields {
  @Field(() => Int, { description: '编号 · Run id.' })
  id!: number;
}

/**
 * The same run as a node, for the list of runs: `ImportRun.id` is an Int, which a global id (an ID)
 * cannot replace without breaking its callers, so the connection's items are of this type.
 */
@ObjectType('DataImport', {
  implements: NodeInterface,
  description:
    '一次导入（带全局编号；同 ImportRun）· One import run with a global id; the same run as ImportRun, whose id is runId here.',
})
export class DataImportType extends ImportRunFields implements NodeInterface {
  @Field(() => ID, { description: '全局编号（不透明）· Global id, opaque; use it with node(id).' })
  id!: string;

  @Field(() => Int, { description: '导入编号（importRun(id) 所用）· Run id, as importRun(id) takes it.' })
  runId!: number;
}

export const DataImportConnectionType = connectionType('DataImport', DataImportType, ['导入', 'import runs']);
