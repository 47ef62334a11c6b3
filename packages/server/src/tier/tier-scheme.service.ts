import { formatYuan } from '@cornerstone/shared/money/money';
import { businessToday } from '@cornerstone/shared/period/business-day';
import type { Period } from '@cornerstone/shared/period/period';
import {
  checkTierScheme,
  isSchemeMonth,
  type TierSchemeDraft,
} from '@cornerstone/shared/tier/tier-scheme-check';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../platform/db/orm.ts';
import { primarySql } from '../platform/db/replicas.ts';
import { intArray } from '../platform/db/values.ts';
import { mapNodes, type PageRequest } from '../platform/graphql/connection.ts';
import { InputCheck } from '../platform/graphql/errors.ts';
import { globalId } from '../platform/graphql/node.ts';
import { pageOfSql } from '../platform/graphql/page-of.ts';
import { parsePeriodArg } from '../platform/time/business-time.ts';
import { loadScheme, type StoredScheme, schemeLevelsSql, schemesOfRows } from './tier-level.ts';
import type { TierMeasureEnum, TierSchemeKindEnum, TierSchemeType } from './tier-scheme.types.ts';
import { computeTierSnapshot, type SnapshotFollowUp } from './tier-snapshot.service.ts';

/** A stored version in its API shape: shares in percent, minimums in yuan. */
export function schemeType(s: StoredScheme): TierSchemeType {
  return {
    id: globalId('TierScheme', s.id),
    kind: (s.kind === 'share' ? 'SHARE' : 'THRESHOLD') as TierSchemeKindEnum,
    measure: s.kind === 'threshold' ? (s.measure as TierMeasureEnum) : null,
    levels:
      s.kind === 'share'
        ? s.tiers.map((t) => ({
            ...t,
            tier: t.code,
            cumulativePercent: t.cumulativeBp / 100,
            minAmount: null,
          }))
        : s.tiers.map((t, i) => ({
            ...t,
            tier: t.code,
            cumulativePercent: null,
            minAmount: i === s.tiers.length - 1 ? null : formatYuan(t.minFen),
          })),
    effectiveFrom: s.effectiveFrom,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
  } as TierSchemeType;
}

/** The scheme in force for a period (by default the current month). */
export async function schemeInForce(em: EntityManager, period: string | null): Promise<TierSchemeType> {
  const p: Period = parsePeriodArg(period ?? businessToday().slice(0, 7));
  return schemeType(await loadScheme(primarySql(em), p));
}

/** The versions, newest first, a page at a time. */
export async function schemeVersionsPage(em: EntityManager, req: PageRequest) {
  const page = await pageOfSql<{ id: number }>(
    em,
    { select: 's.id', from: 'tier_scheme s', orderBy: ['s.id'], direction: 'desc', keys: (r) => [r.id] },
    req,
  );
  const ids = page.edges.map((e) => e.node.id);
  const rows = await em.execute(
    `${schemeLevelsSql('(select * from tier_scheme where id = any(?::int[]))')} order by s.id, l.position`,
    [intArray(ids)],
  );
  const byId = new Map(schemesOfRows(rows as never).map((s) => [s.id, s]));
  return mapNodes(page, (r) => schemeType(byId.get(r.id)!));
}

/**
 * Stores a new version of the tier scheme, in force from `effectiveFrom`, then recomputes the stored
 * tier snapshots it changes — every period ending in or after that month that already has one —
 * and moves the maintenance tasks with the new tiers once at the end (`follow`: before answering, or
 * behind the answer as computeTiers does). A draft with a problem is refused under its field, and
 * nothing is written.
 */
export async function setTierScheme(
  orm: Orm,
  em: EntityManager,
  draft: TierSchemeDraft & { effectiveFrom: string },
  actor: string,
  follow: SnapshotFollowUp = 'wait',
): Promise<{ scheme: TierSchemeType; recomputedPeriods: string[] }> {
  const input = new InputCheck();
  const checked = checkTierScheme(draft);
  for (const p of checked.problems) input.problem(p.field, p.code, p.params);
  input.require(isSchemeMonth(draft.effectiveFrom), 'effectiveFrom', 'tierScheme.periodInvalid');
  input.throwIfAny();
  const scheme = checked.scheme!;
  const levels =
    scheme.kind === 'share'
      ? scheme.tiers.map((t) => ({ tier: t.code, zh: t.zh, en: t.en, cumulativeBp: t.cumulativeBp }))
      : scheme.tiers.map((t) => ({ tier: t.code, zh: t.zh, en: t.en, minFen: String(t.minFen) }));
  const [row] = await em.execute<{ id: number }[]>(
    `insert into tier_scheme (kind, measure, levels, effective_from, created_by)
     values (?, ?, ?::jsonb, ?, ?) returning id`,
    [
      scheme.kind === 'share' ? 'SHARE' : 'THRESHOLD',
      scheme.kind === 'threshold' ? scheme.measure : null,
      JSON.stringify(levels),
      draft.effectiveFrom,
      actor,
    ],
  );
  // The periods whose scheme may have changed: those ending in or after the first month. Each is
  // recomputed in its own transaction, as computeTiers would; the cadence follows once at the end.
  const periods = await em.execute<{ period: string }[]>(
    'select period from tier_snapshot_run where period_end >= ?::date order by period_end, period',
    [`${draft.effectiveFrom}-01`],
  );
  // The last one's follow-up follows them all (it takes every snapshot still to follow).
  for (const [i, { period }] of periods.entries())
    await computeTierSnapshot(orm, period, actor, { follow: i === periods.length - 1 ? follow : 'later' });
  const [stored] = schemesOfRows(
    await em.execute(`${schemeLevelsSql('(select * from tier_scheme where id = ?)')} order by l.position`, [
      row!.id,
    ]),
  );
  return { scheme: schemeType(stored!), recomputedPeriods: periods.map((p) => p.period) };
}
