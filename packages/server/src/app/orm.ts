import type { Options } from '@mikro-orm/core';
import type { Config } from '../platform/config.ts';
import { type Orm, openDatabase } from '../platform/db/orm.ts';
import { entities, sqlOnlyTables } from './entities.ts';
import { wireWorkflows } from './workflows/index.ts';

export { isEmbedded, migrate, migrator, type Orm } from '../platform/db/orm.ts';

/**
 * Opens the application's database (see platform/db/orm.ts) with every feature's entities, and
 * wires the features' reactions to one another (app/workflows/).
 */
export function openOrm(
  config: Parameters<typeof openDatabase>[1] & Partial<Pick<Config, 'pool'>>,
  extra: Options = {},
): Promise<Orm> {
  wireWorkflows();
  return openDatabase({ entities, sqlOnlyTables }, config, extra);
}
