import { SLA_LIMITS, type SlaHours } from '@cornerstone/shared/service-desk/service-desk';

// The words under an SLA field the server refused. Its SLA problems carry no code, so the page words
// them from the shared limits and the values sent: out of range, or a resolution shorter than the
// response (the only other problem the shared rule has).

export type SlaField = keyof SlaHours;
export const SLA_FIELDS: readonly SlaField[] = ['responseHours', 'resolutionHours'];

export type SlaFieldWords =
  | { key: 'slaHoursInvalid'; vars: { min: number; max: number } }
  | { key: 'slaResolutionShorter'; vars: Record<string, never> };

const inRange = (field: SlaField, v: number) =>
  Number.isInteger(v) && v >= SLA_LIMITS[field][0] && v <= SLA_LIMITS[field][1];

export function slaFieldWords(field: SlaField, sent: SlaHours): SlaFieldWords {
  if (field === 'resolutionHours' && inRange('resolutionHours', sent.resolutionHours))
    return { key: 'slaResolutionShorter', vars: {} };
  const [min, max] = SLA_LIMITS[field];
  return { key: 'slaHoursInvalid', vars: { min, max } };
}
