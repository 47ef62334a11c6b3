import { slaProblems } from '@cornerstone/shared/service-desk/service-desk';
import { describe, expect, it } from 'vitest';
import { type SlaField, slaFieldWords } from './sla-policy-form.ts';

describe('the words under a refused SLA field', () => {
  it('words each problem the shared rule finds, by the values sent', () => {
    const cases = [
      [{ responseHours: 0, resolutionHours: 72 }, [['responseHours', 'slaHoursInvalid']]],
      [{ responseHours: 24, resolutionHours: 100_000 }, [['resolutionHours', 'slaHoursInvalid']]],
      [{ responseHours: 48, resolutionHours: 24 }, [['resolutionHours', 'slaResolutionShorter']]],
    ] as const;
    for (const [sent, want] of cases) {
      const found = slaProblems(sent).map((p) => [p.field, slaFieldWords(p.field as SlaField, sent).key]);
      expect(found).toEqual(want);
    }
  });

  it('gives the limits of the field', () => {
    expect(slaFieldWords('responseHours', { responseHours: 0, resolutionHours: 1 })).toEqual({
      key: 'slaHoursInvalid',
      vars: { min: 1, max: 720 },
    });
  });
});
