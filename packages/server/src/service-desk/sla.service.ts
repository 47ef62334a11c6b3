import { type SlaHours, slaProblems } from '@cornerstone/shared/service-desk/service-desk';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withDates } from '../platform/db/values.ts';
import { invalidInput } from '../platform/graphql/errors.ts';

export type SlaKind = 'complaint' | 'feedback' | 'fault';

export interface SlaPolicyRow extends SlaHours {
  kind: SlaKind;
  updatedAt: Date;
  updatedBy: string;
}

export async function loadSlaPolicies(em: EntityManager): Promise<SlaPolicyRow[]> {
  const rows = await em.execute<SlaPolicyRow[]>(
    `select kind, response_hours as "responseHours", resolution_hours as "resolutionHours",
            updated_at as "updatedAt", updated_by as "updatedBy" from sla_policy
     order by array_position(array['complaint', 'feedback', 'fault'], kind), kind`,
  );
  return withDates(rows, 'updatedAt');
}

export async function slaFor(em: EntityManager, kind: SlaKind): Promise<SlaHours> {
  const [row] = await em.execute<SlaHours[]>(
    `select response_hours as "responseHours", resolution_hours as "resolutionHours" from sla_policy where kind = ?`,
    [kind],
  );
  if (!row) throw new Error(`no SLA policy for ${kind}`);
  return row;
}

/**
 * Changes an SLA. Every case takes its deadlines when received or reported (complaints.service; a
 * fault ticket's by the insert trigger of migration Migration20261209120000_fault_clocks): those
 * from now on get the new clocks, existing ones keep the deadlines they were given (a merchant was
 * told them), so past breach figures never move.
 */
export async function setSlaPolicy(
  em: EntityManager,
  kind: SlaKind,
  hours: SlaHours,
  actor: string,
): Promise<SlaPolicyRow> {
  const problems = slaProblems(hours);
  if (problems.length) throw invalidInput(problems);
  await em.execute(
    `update sla_policy set response_hours = ?, resolution_hours = ?, updated_at = now(), updated_by = ? where kind = ?`,
    [hours.responseHours, hours.resolutionHours, actor, kind],
  );
  return (await loadSlaPolicies(em)).find((p) => p.kind === kind)!;
}
