import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

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

  @Field(() => String, { description: '原因 · What is wrong.' })
  message!: string;
}

@ObjectType('ImportRun', { description: '一次导入及其进度 · One import run and its progress.' })
export class ImportRunType {
  @Field(() => Int, { description: '编号 · Run id.' })
  id!: number;

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
