import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import type { CalibrationSeries } from '../churn.ts';

/** Predicted beside actual active months in the holdout, one pair of bars per decile of forecast. */
export function CalibrationChart({
  series,
  names,
  count,
}: {
  series: CalibrationSeries;
  names: { x: string; y: string; predicted: string; actual: string };
  /** Active months with the locale's separators (1,234.5), on the axis and in the tooltip. */
  count: (n: number) => string;
}) {
  const option = useMemo(
    () => ({
      grid: { left: 64, right: 24, top: 36, bottom: 48 },
      legend: { top: 0, data: [names.predicted, names.actual] },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => count(v) },
      xAxis: {
        type: 'category',
        name: names.x,
        nameLocation: 'middle',
        nameGap: 28,
        data: series.categories,
      },
      yAxis: {
        type: 'value',
        name: names.y,
        nameLocation: 'middle',
        nameGap: 48,
        min: 0,
        axisLabel: { formatter: (v: number) => count(v) },
      },
      series: [
        { name: names.predicted, type: 'bar', data: series.predicted, itemStyle: { color: '#1677ff' } },
        { name: names.actual, type: 'bar', data: series.actual, itemStyle: { color: '#fa8c16' } },
      ],
    }),
    [series, names, count],
  );
  return <EChart testId="calibration-chart" height={300} option={option} />;
}
