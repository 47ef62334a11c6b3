import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import type { buildTrendSeries } from '../chart-data.ts';

/** Monthly amount (bars) and profit (line, own axis); the x-axis shows each month's tier under it. */
export function TrendChart({
  series,
  names,
  tierLabel,
  lang,
}: {
  series: ReturnType<typeof buildTrendSeries>;
  names: { amount: string; profit: string };
  tierLabel: (tier: NonNullable<ReturnType<typeof buildTrendSeries>['tiers'][number]>) => string;
  lang: Lang;
}) {
  const option = useMemo(() => {
    const yuan = (v: number) => `¥${formatCount(v, lang)}`;
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => yuan(v) },
      legend: { top: 0, data: [names.amount, names.profit] },
      grid: { left: 72, right: 72, top: 36, bottom: 44 },
      xAxis: {
        type: 'category',
        data: series.months,
        axisLabel: {
          formatter: (month: string, i: number) => {
            const tier = series.tiers[i];
            return tier ? `${month}\n${tierLabel(tier)}` : month;
          },
        },
      },
      yAxis: [
        { type: 'value', name: names.amount, splitLine: { show: true }, axisLabel: { formatter: yuan } },
        { type: 'value', name: names.profit, splitLine: { show: false }, axisLabel: { formatter: yuan } },
      ],
      series: [
        { name: names.amount, type: 'bar', data: series.amounts, itemStyle: { color: '#91caff' } },
        {
          name: names.profit,
          type: 'line',
          yAxisIndex: 1,
          data: series.profits,
          itemStyle: { color: '#c41d7f' },
          markLine: series.hasLoss
            ? {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { color: '#cf1322' },
                data: [{ yAxis: 0 }],
              }
            : undefined,
        },
      ],
    };
  }, [series, names, tierLabel, lang]);
  return <EChart testId="trend-chart" height={300} option={option} />;
}
