import type { EntityManager } from '@mikro-orm/postgresql';
import { connectionType, type PageRequest } from '../platform/graphql/connection.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { MerchantChangeType } from './merchant.types.ts';

export const MerchantChangeConnectionType = connectionType('MerchantChange', MerchantChangeType, [
  '变更记录',
  'change records',
]);

type ChangeRow = Omit<MerchantChangeType, 'changes'> & { id: string; changes: unknown };

/**
 * A page of a merchant's change history, newest first by the record's id (as `changes` has it).
 * `changes` reads back as `changes` answers it: the stored JSON, written compactly (jsonb arrives
 * parsed or as text, by driver).
 */
export async function merchantChangesPage(em: EntityManager, merchantId: number, req: PageRequest) {
  const page = await pageOfSql<ChangeRow>(
    em,
    {
      select: `c.id::text as id, c.changed_at as "changedAt", c.actor, c.source, c.kind, c.changes`,
      from: 'merchant_change c',
      where: { sql: ['c.merchant_id = ?'], params: [merchantId] },
      orderBy: ['c.id'],
      direction: 'desc',
      types: ['bigint'],
      keys: (r) => [r.id],
      dates: ['changedAt'],
    },
    req,
  );
  return {
    ...page,
    edges: page.edges.map((e) => {
      const { changes, ...rest } = e.node;
      const json = JSON.stringify(typeof changes === 'string' ? JSON.parse(changes) : changes);
      return { cursor: e.cursor, node: { ...rest, changes: json } };
    }),
  };
}
