import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { withDates } from '../platform/db/values.ts';
import { connectionType, type PageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';

// The points statement, read: the newest entries (`PointsAccount.entries`) or a page of them, both
// ways (`PointsAccount.entriesConnection`), newest first by entry id.

@ObjectType('PointsEntry', {
  description: '积分流水（只增不改）· A points ledger entry; entries are never changed.',
})
export class PointsEntryType {
  @Field(() => String, { description: '流水号 · Entry id.' })
  id!: string;

  @Field(() => String, { description: '类型：accrual、redemption、expiry、reversal、adjustment · Kind.' })
  kind!: string;

  @Field(() => Int, { description: '积分（点），负数为扣减 · Points; negative takes points away.' })
  points!: number;

  @Field(() => Int, { description: '记账后余额（点）· Balance after this entry, in points.' })
  balanceAfter!: number;

  @Field(() => String, {
    description: '来源（导入文件、兑换申请等）· Source: the import, the redemption request….',
  })
  source!: string;

  @Field(() => String, { nullable: true, description: '积分规则 · Earning rule applied.' })
  ruleId!: string | null;

  @Field(() => String, { description: '操作人 · Who posted it.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: '原因 · Reason.' })
  reason!: string | null;

  @Field(() => Date, { description: '记账时间 · When it was posted.' })
  createdAt!: Date;
}

export const PointsEntryConnectionType = connectionType('PointsEntry', PointsEntryType, [
  '积分流水',
  'points entries',
]);

// Ordered by the bigint column (`e.id`): a bare `id` would be the text output column, and entry 10
// would sort between 1 and 2.
const ENTRY_COLUMNS = `e.id::text, e.kind, e.points::int, e.balance_after::int as "balanceAfter", e.source,
  e.rule_id as "ruleId", e.actor, e.reason, e.created_at as "createdAt"`;

/** The newest `first` entries of a merchant (at most 100), as `PointsAccount.entries` answers them. */
export async function latestEntries(em: EntityManager, merchantId: number, first: number) {
  const rows = await em.execute<PointsEntryType[]>(
    `select ${ENTRY_COLUMNS} from points_entry e where e.merchant_id = ? order by e.id desc limit ?`,
    [merchantId, Math.min(Math.max(first, 1), 100)],
  );
  return withDates(rows, 'createdAt');
}

/** A page of a merchant's statement, newest first: two statements whatever the page size. */
export async function entriesPage(em: EntityManager, merchantId: number, req: PageRequest) {
  const page = await pageOfSql<PointsEntryType>(
    em,
    {
      select: ENTRY_COLUMNS,
      from: 'points_entry e',
      where: { sql: ['e.merchant_id = ?'], params: [merchantId] },
      orderBy: ['e.id'],
      direction: 'desc',
      types: ['bigint'],
      keys: (r) => [r.id],
      dates: ['createdAt'],
    },
    req,
  );
  return page;
}
