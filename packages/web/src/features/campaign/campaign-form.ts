// 节日问候: the campaign form's values and what the mutation takes from them.
import { HOLIDAY_LABELS, HOLIDAYS as SHARED_HOLIDAYS } from '@cornerstone/shared/maintenance/maintenance';
import type { Dayjs } from 'dayjs';
import type { GreetingCampaignInput, Holiday, TierCode } from '../../gql/graphql.ts';
import { apiCode, sharedCode } from '../../lib/codes.ts';

export const HOLIDAYS: readonly Holiday[] = SHARED_HOLIDAYS.map(apiCode);

/** The form's fields, as the server names them in its input problems. */
export const CAMPAIGN_FIELDS = [
  'holiday',
  'year',
  'sendOn',
  'name',
  'template',
  'tier',
  'branch',
  'category',
  'potential',
] as const;

export const DEFAULT_TEMPLATE =
  '{联系人}您好！{节日}将至，{客户经理}谨代表收单服务团队祝{商户名称}生意兴隆、阖家安康！';

export interface CampaignValues {
  holiday: Holiday;
  year: number;
  sendOn: Dayjs;
  name?: string;
  template: string;
  tier?: TierCode;
  branch?: string;
  category?: string;
  potential?: 'yes' | 'no';
}

/** The SMS text of a holiday as the server renders it ({节日} is always the Chinese name). */
export const holidayName = (h: Holiday) => HOLIDAY_LABELS[sharedCode(h)].zh;

/** The mutation's input: empty choices left out; a tier is read in `period` (the last complete month). */
export function campaignInput(v: CampaignValues, period: string): GreetingCampaignInput {
  return {
    holiday: v.holiday,
    year: v.year,
    sendOn: v.sendOn.format('YYYY-MM-DD'),
    name: v.name?.trim() || null,
    template: v.template,
    segment: {
      tier: v.tier ?? null,
      period: v.tier ? period : null,
      branch: v.branch ?? null,
      category: v.category ?? null,
      potential: v.potential ? v.potential === 'yes' : null,
    },
  };
}
