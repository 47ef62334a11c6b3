import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import type { buildLorenzSeries } from '../chart-data.ts';

/** The Pareto curve: cumulative share of profit against cumulative share of merchants, richest first. */
export function LorenzChart({
  series,
  names,
}: {
  series: ReturnType<typeof buildLorenzSeries>;
  names: { x: string; y: string; curve: string; equality: string };
}) {
  const option = useMemo(
    () => ({
      grid: { left: 56, right: 24, top: 48, bottom: 44 }, // room for the 20% mark under the legend
      legend: { top: 0, data: [names.curve, names.equality] },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (v: number) => `${v}%`,
      },
      xAxis: {
        type: 'value',
        name: names.x,
        nameLocation: 'middle',
        nameGap: 26,
        min: 0,
        max: 100,
        axisLabel: { formatter: '{value}%' },
      },
      yAxis: {
        type: 'value',
        name: names.y,
        nameLocation: 'middle',
        nameGap: 42,
        min: 0,
        max: series.max,
        axisLabel: { formatter: '{value}%' },
      },
      series: [
        {
          name: names.curve,
          type: 'line',
          data: series.curve,
          showSymbol: false,
          areaStyle: { opacity: 0.12 },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dotted', color: '#fa8c16' },
            label: { formatter: '20%' },
            data: [{ xAxis: 20 }],
          },
        },
        {
          name: names.equality,
          type: 'line',
          data: series.equality,
          showSymbol: false,
          lineStyle: { type: 'dashed', color: '#999' },
          itemStyle: { color: '#999' },
        },
      ],
    }),
    [series, names],
  );
  return <EChart testId="lorenz-chart" height={280} option={option} />;
}
