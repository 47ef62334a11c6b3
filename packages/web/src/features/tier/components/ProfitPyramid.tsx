import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import { TIER_COLORS } from '../../../components/TierTag.tsx';
import type { buildProfitBars, ProfitBar, Tier } from '../chart-data.ts';
import { PYRAMID_HEIGHT, PYRAMID_PADDING } from './CountPyramid.tsx';

const LOSS = '#cf1322';

/** The profit pyramid: one bar per tier on the count pyramid's rows; length = profit share, losses left in red. */
export function ProfitPyramid({
  bars,
  onTier,
}: {
  bars: ReturnType<typeof buildProfitBars>;
  onTier: (tier: Tier) => void;
}) {
  const option = useMemo(
    () => ({
      grid: {
        left: 8,
        right: 150,
        top: PYRAMID_PADDING.top,
        bottom: PYRAMID_PADDING.bottom,
        containLabel: false,
      },
      tooltip: { trigger: 'item', formatter: (p: { data: ProfitBar }) => p.data.text },
      xAxis: {
        type: 'value',
        min: bars.min < 0 ? Math.floor(bars.min / 10) * 10 : 0,
        max: Math.max(10, Math.ceil(bars.max / 10) * 10),
        axisLabel: { show: false },
        splitLine: { show: false },
      },
      yAxis: { type: 'category', data: bars.categories, show: false },
      series: [
        {
          type: 'bar',
          barCategoryGap: '18%',
          label: {
            show: true,
            position: 'right',
            color: '#333',
            fontSize: 13,
            formatter: (p: { data: ProfitBar }) => p.data.text,
          },
          markLine: {
            silent: true,
            symbol: 'none',
            label: { show: false },
            lineStyle: { color: '#bfbfbf', type: 'solid' },
            data: [{ xAxis: 0 }],
          },
          data: bars.bars.map((b) => ({
            ...b,
            itemStyle: { color: b.negative ? LOSS : TIER_COLORS[b.tier] },
            label: b.negative ? { position: 'right', color: LOSS } : undefined,
          })),
        },
      ],
    }),
    [bars],
  );
  return (
    <EChart
      testId="profit-pyramid"
      height={PYRAMID_HEIGHT}
      onClick={(d) => onTier((d as ProfitBar).tier)}
      option={option}
    />
  );
}
