import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

// Issue 19: no list in the schema that can grow without a size argument or a connection, and no
// silent cap. A list field (not deprecated) either pages (a connection), takes its size (`first`,
// `last`, `points`, `months`, `ids`), or is bounded by what it is — each of those is named here with
// the reason. A new plain list fails this test until it pages or says why it need not.

const BOUNDED: Record<string, string> = {
  'AtRiskMerchant.reasons': 'at most three reasons of one churn score',
  'MerchantChurn.reasons': 'at most three reasons of one churn score',
  'ClvBacktest.deciles': 'the ten deciles of a forecast',
  'ClvBacktest.signals': 'the three churn signals judged',
  'Benchmark.metrics': 'the four benchmark metrics',
  'CadenceRule.satisfiedBy': 'interaction kinds, an enum',
  'Complaint.events': "a case's own steps (received, responded, resolved, closed, reopened)",
  'HolidayCalendar.entries': 'the five greeting holidays of one year, each at most once',
  'FaultTicket.events': "a case's own steps (reported, assigned, on site, fixed, closed)",
  'ImportRun.errors': 'the first 200 rejected rows, said in its description; `rejected` counts them all',
  'DataImport.errors': 'the first 200 rejected rows, said in its description; `rejected` counts them all',
  'EscalationRun.ids': "a mutation's answer: the complaints it escalated",
  'GreetingsSent.skipped': "a mutation's answer: the ids it was given (at most 1,000) that it skipped",
  'Merchant.products': 'the catalogue products the merchant holds, a handful',
  'MerchantInsight.reasons': 'the reasons of one insight, one per rule',
  'Recommendation.reasonsEn': 'the reasons of one recommendation, one per rule',
  'Recommendation.reasonsZh': 'the reasons of one recommendation, one per rule',
  'Pyramid.tiers': 'the four tiers',
  'Query.cadencePolicy': 'one rule per tier and channel',
  'Query.auditActions': 'the kinds of audit entry: a dozen fixed ones and one per mutation of the schema',
  'Query.clvByTier': 'the four tiers',
  'Query.slaPolicies': 'one policy per kind of case',
  'TierMigration.cells': 'tier × tier, with the merchants that came and went',
  'TierScheme.levels': 'the four levels of a scheme',
  'SetTierSchemeResult.recomputedPeriods':
    "a mutation's answer: the periods whose stored snapshot it recomputed",
  'TierFollowUp.pendingPeriods':
    'the periods with a stored snapshot whose tasks are still to follow it: a few at most, each followed within a round',
  'WebhookSubscription.events': 'event kinds, an enum',
  'WorkPlan.tasks': 'what one day holds: at most the capacity, each part 0 to 200 (docs/work-queue.md)',
  'Query.teamBacklog':
    "one row per account manager in the caller's scope: a branch's team (administrators: every team)",
};
const SIZE_ARGS = ['first', 'last', 'points', 'months', 'ids'];

describe('lists in the schema', () => {
  const schema = buildSchema(readFileSync(resolve(import.meta.dirname, '../schema.graphql'), 'utf8'));

  it('pages, takes a size, or is bounded by what it is', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const t = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (field.deprecationReason || !isListType(t)) continue;
        if (field.args.some((a) => SIZE_ARGS.includes(a.name))) continue;
        unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized.sort()).toEqual(Object.keys(BOUNDED).sort());
  });

  it('gives every connection both directions and the whole PageInfo', () => {
    const pageInfo = schema.getType('PageInfo');
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual([
      'endCursor',
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
    ]);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        expect(
          field.args
            .map((a) => a.name)
            .filter((n) => ['first', 'after', 'last', 'before'].includes(n))
            .sort(),
          `${type.name}.${field.name}`,
        ).toEqual(['after', 'before', 'first', 'last']);
      }
    }
  });
});
