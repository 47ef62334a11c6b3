import { cadenceTier, DEFAULT_CADENCE } from '@cornerstone/shared/maintenance/maintenance';
import { TIER_CODES } from '@cornerstone/shared/tier/tier-scheme';
import type { CadenceChannel, CadenceRuleInput, InteractionKind, TierCode } from '../../gql/graphql.ts';

// The cadence policy as the settings page shows it — one row per tier, a column per channel — and
// the whole policy it sends back when one tier's intervals change (the server replaces it whole).

export const CADENCE_COLUMNS = ['VISIT', 'CALL', 'MESSAGE'] as const satisfies readonly CadenceChannel[];

/** Days between contacts per channel of one tier; null where the tier asks for no such contact. */
export type TierIntervals = Record<CadenceChannel, number | null>;

export interface CadenceRow extends TierIntervals {
  tier: TierCode;
  /** The tier whose cadence a merchant of this tier with upgrade potential follows; null at the top. */
  potentialTier: TierCode | null;
}

export function cadenceRows(policy: readonly CadenceRuleInput[]): CadenceRow[] {
  return TIER_CODES.map((tier) => {
    const days = (channel: CadenceChannel) =>
      policy.find((r) => r.tier === tier && r.channel === channel)?.everyDays ?? null;
    const up = cadenceTier(tier, true);
    return {
      tier,
      VISIT: days('VISIT'),
      CALL: days('CALL'),
      MESSAGE: days('MESSAGE'),
      potentialTier: up === tier ? null : up,
    };
  });
}

/** What counts toward a channel the tier did not ask for before: what our default policy counts. */
function defaultSatisfiedBy(channel: CadenceChannel): InteractionKind[] {
  const rule = DEFAULT_CADENCE.find((r) => r.channel.toUpperCase() === channel);
  return (rule?.satisfiedBy ?? []).map((k) => k.toUpperCase() as InteractionKind);
}

/**
 * The whole policy with one tier's intervals replaced (an empty one drops that rule), plus which of
 * the edited channels each of the server's field names (`rules[3].everyDays`, `rules[3]`) points at.
 */
export function policyWithTier(
  policy: readonly CadenceRuleInput[],
  tier: TierCode,
  intervals: TierIntervals,
): { rules: CadenceRuleInput[]; channelOf: Map<string, CadenceChannel> } {
  const strip = (r: CadenceRuleInput): CadenceRuleInput => ({
    tier: r.tier,
    channel: r.channel,
    everyDays: r.everyDays,
    satisfiedBy: r.satisfiedBy,
  });
  const rules = policy.filter((r) => r.tier !== tier).map(strip);
  const channelOf = new Map<string, CadenceChannel>();
  for (const channel of CADENCE_COLUMNS) {
    const everyDays = intervals[channel];
    if (everyDays === null) continue;
    const before = policy.find((r) => r.tier === tier && r.channel === channel);
    const at = `rules[${rules.length}]`;
    channelOf.set(at, channel).set(`${at}.everyDays`, channel);
    rules.push({ tier, channel, everyDays, satisfiedBy: before?.satisfiedBy ?? defaultSatisfiedBy(channel) });
  }
  return { rules, channelOf };
}
