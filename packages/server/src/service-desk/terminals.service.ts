import { isValidDate } from '@cornerstone/shared/period/period';
import { isTid } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requirePermission } from '../identity/guard.ts';
import type { AppUser } from '../identity/user.entity.ts';
import { findMerchant } from '../merchant/merchant.service.ts';
import { intArray } from '../platform/db/values.ts';
import type { PageRequest } from '../platform/graphql/connection.ts';
import { InputCheck, invalidInput } from '../platform/graphql/errors.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { businessToday } from '../platform/time/business-time.ts';

export interface TerminalRow {
  id: number;
  merchantId: number;
  tid: string;
  model: string;
  serialNo: string;
  installedOn: string;
  status: 'active' | 'faulty' | 'removed';
}

const TERMINAL_COLUMNS = `t.id, t.merchant_id as "merchantId", t.tid, t.model, t.serial_no as "serialNo",
  t.installed_on::text as "installedOn", t.status`;

/** Who keeps terminals: operations staff, their branch manager and administrators. */
/** A taken TID: the same words wherever the terminal is (see registerTerminal). */
const TID_TAKEN = 'already registered';

export interface TerminalInput {
  mid: string;
  tid: string;
  model: string;
  serialNo: string;
  installedOn?: string | null;
}

/** Registers a POS terminal at a merchant; its TID is unique across the acquirer. */
export async function registerTerminal(
  em: EntityManager,
  user: AppUser,
  input: TerminalInput,
): Promise<TerminalRow> {
  requirePermission(user, 'workFaultTicket');
  const check = new InputCheck();
  const merchant = await findMerchant(em, user, input.mid);
  check.require(merchant !== null, 'mid', 'merchant.notFound', { mid: input.mid });
  const tid = input.tid?.trim().toUpperCase() ?? '';
  check.check(isTid(tid), 'tid', 'eight letters or digits');
  check.require(input.model?.trim().length > 0 && input.model.length <= 100, 'model', 'text.length', {
    min: 1,
    max: 100,
  });
  check.check(
    input.serialNo?.trim().length > 0 && input.serialNo.length <= 100,
    'serialNo',
    '1 to 100 characters',
  );
  const installedOn = input.installedOn ?? businessToday();
  if (!isValidDate(installedOn)) check.problem('installedOn', 'date.invalid');
  else if (installedOn > businessToday()) check.problem('installedOn', 'time.future');
  // A TID is unique across the acquirer, so a taken one must be refused — but the refusal is one
  // answer wherever the terminal is: the same words whether it sits at the caller's merchant or at
  // another branch's, never naming its merchant or branch. (That a TID is taken cannot be hidden
  // from someone allowed to register terminals; where it is can.) TIDs are only looked up for a
  // merchant the caller may register at: with a MID outside the scope the answer is the same
  // whether the TID is taken or not.
  if (isTid(tid) && merchant) {
    const [taken] = await em.execute('select 1 from terminal where tid = ?', [tid]);
    check.check(!taken, 'tid', TID_TAKEN);
  }
  check.throwIfAny();
  // `on conflict do nothing`: a registration racing this one gets the same answer, not a crash.
  const [row] = await em.execute<TerminalRow[]>(
    `insert into terminal (merchant_id, tid, model, serial_no, installed_on) values (?, ?, ?, ?, ?)
     on conflict (tid) do nothing
     returning id, merchant_id as "merchantId", tid, model, serial_no as "serialNo", installed_on::text as "installedOn", status`,
    [merchant!.id, tid, input.model.trim(), input.serialNo.trim(), installedOn],
  );
  if (!row) throw invalidInput([{ field: 'tid', message: TID_TAKEN }]);
  return row!;
}

/** Terminals of many merchants in one query (for the per-request loader). */
export async function terminalsOf(em: EntityManager, merchantIds: readonly number[]) {
  const rows = await em.execute<TerminalRow[]>(
    `select ${TERMINAL_COLUMNS} from terminal t where t.merchant_id = any(?::int[]) order by t.merchant_id, t.tid`,
    [intArray(merchantIds)],
  );
  const out = new Map<string, TerminalRow[]>();
  for (const r of rows) out.set(String(r.merchantId), [...(out.get(String(r.merchantId)) ?? []), r]);
  return out;
}

/** A page of one merchant's terminals in TID order, as `terminals` lists them all (a TID is unique). */
export function terminalsPage(em: EntityManager, merchantId: number, req: PageRequest) {
  return pageOfSql<TerminalRow>(
    em,
    {
      select: TERMINAL_COLUMNS,
      from: 'terminal t',
      where: { sql: ['t.merchant_id = ?'], params: [merchantId] },
      orderBy: ['t.tid'],
      direction: 'asc',
      keys: (r) => [r.tid],
    },
    req,
  );
}

export async function terminalById(em: EntityManager, id: number): Promise<TerminalRow | null> {
  const [row] = await em.execute<TerminalRow[]>(`select ${TERMINAL_COLUMNS} from terminal t where t.id = ?`, [
    id,
  ]);
  return row ?? null;
}
