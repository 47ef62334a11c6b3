import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../src/app/orm.ts';
import { ensureBranch } from '../../src/identity/users.service.ts';

export const MERCHANT_HEADER =
  'mid,name,mcc,category,fee_plan,rate,cap,branch,manager,onboarded_on,contact_name,contact_mobile';
export const SETTLEMENT_HEADER =
  'settle_date,mid,txn_count,txn_amount,capped_count,capped_amount,merchant_fee,issuer_fee,network_fee';

export const mid = (i: number) => `898610${String(i).padStart(9, '0')}`;

const SHAPES = [
  { mcc: '5812', category: '餐娱类', plan: 'rate', rate: '0.0125', cap: '' },
  { mcc: '5411', category: '民生类', plan: 'rate', rate: '0.0038', cap: '' },
  { mcc: '5311', category: '一般类', plan: 'rate', rate: '0.0078', cap: '' },
  { mcc: '5045', category: 'wholesale', plan: 'capped', rate: '0.0078', cap: '26' },
  { mcc: '5511', category: '车房类', plan: 'capped', rate: '0.0125', cap: '80' },
] as const;

/** One valid merchants.csv line for merchant i. */
export function merchantLine(i: number, opts: { manager: string; branch: string; name?: string }): string {
  const s = SHAPES[i % SHAPES.length]!;
  const name = opts.name ?? `测试商户${i}号店`;
  const mobile = `139${String(i).padStart(8, '0')}`;
  return [
    mid(i),
    name,
    s.mcc,
    s.category,
    s.plan,
    s.rate,
    s.cap,
    opts.branch,
    opts.manager,
    '2024-03-15',
    `联系人${i % 97}`,
    mobile,
  ].join(',');
}

/** Streams a merchants.csv with `n` merchants; `edit` may replace any data line (1-based index). */
export async function writeMerchantsCsv(
  path: string,
  n: number,
  opts: {
    manager: string | ((i: number) => string);
    branch: string | ((i: number) => string);
    edit?: (i: number, line: string) => string;
  },
) {
  const out = createWriteStream(path);
  out.write(`\uFEFF${MERCHANT_HEADER}\n`);
  for (let i = 1; i <= n; i++) {
    const manager = typeof opts.manager === 'function' ? opts.manager(i) : opts.manager;
    const branch = typeof opts.branch === 'function' ? opts.branch(i) : opts.branch;
    const line = merchantLine(i, { manager, branch });
    if (!out.write(`${opts.edit ? opts.edit(i, line) : line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

export async function writeLines(path: string, header: string, lines: Iterable<string>) {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  for (const l of lines) if (!out.write(`${l}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/**
 * Branches a merchants file names, created before it is imported: an import never creates a branch
 * (docs/contract.md), `user add` and the administrators do.
 */
export async function seedBranches(orm: Orm, ...names: string[]) {
  const em = orm.em.fork() as EntityManager;
  for (const name of names) await ensureBranch(em, name);
}
