import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import { TIER_COLORS } from '../../../components/TierTag.tsx';
import type { PyramidStep, Tier } from '../chart-data.ts';

export const PYRAMID_HEIGHT = 260;
/** Shared with the profit pyramid so the rows of both line up. */
export const PYRAMID_PADDING = { top: 16, bottom: 16 };

/** The merchant-count pyramid: narrow top, one step per tier, labels beside the steps. */
export function CountPyramid({ steps, onTier }: { steps: PyramidStep[]; onTier: (tier: Tier) => void }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item', formatter: (p: { data: PyramidStep }) => p.data.name },
      series: [
        {
          type: 'funnel',
          // Drawn bottom-up: each step runs from its own width (bottom edge) to the next tier's (top
          // edge), and the key tier narrows to a point: a pyramid, not a funnel.
          sort: 'ascending',
          orient: 'vertical',
          funnelAlign: 'center',
          min: 0,
          max: steps.length,
          minSize: '4%',
          maxSize: '100%',
          gap: 2,
          left: '2%',
          width: '48%',
          top: PYRAMID_PADDING.top,
          bottom: PYRAMID_PADDING.bottom,
          label: { position: 'right', color: '#333', fontSize: 13 },
          labelLine: { length: 12 },
          data: steps.map((s) => ({ ...s, itemStyle: { color: TIER_COLORS[s.tier] } })),
        },
      ],
    }),
    [steps],
  );
  return (
    <EChart
      testId="count-pyramid"
      height={PYRAMID_HEIGHT}
      onClick={(d) => onTier((d as PyramidStep).tier)}
      option={option}
    />
  );
}
