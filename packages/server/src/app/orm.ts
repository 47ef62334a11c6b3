import type { Options } from '@mikro-orm/core';
import type { Config } from '../platform/config.ts';
import { type Orm, openDatabase } from '../platform/db/orm.ts';
import { entities, sqlOnlyTables } from './entities.ts';

export { isEmbedded, migrate, migrator, type Orm } from '../platform/db/orm.ts';

/** Opens the application's database (see platform/db/orm.ts) with every feature's entities. */
export function openOrm(
  config: Parameters<typeof openDatabase>[1] & Partial<Pick<Config, 'pool'>>,
  extra: Options = {},
): Promise<Orm> {
  return openDatabase({ entities, sqlOnlyTables }, config, extra);
}
