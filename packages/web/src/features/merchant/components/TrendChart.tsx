import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import { TIER_COLORS } from '../../../components/TierTag.tsx';
import { formatCount } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import type { buildTrendSeries } from '../chart-data.ts';

/**
 * Monthly amount (bars) and profit (line, own axis) over tier bands: each month's background takes
 * its tier's colour, and the x-axis shows the tier under the month.
 */
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
    const BAND = '__tier';
    return {
      tooltip: {
        trigger: 'axis',
        formatter: (params: { seriesName: string; marker: string; value: number; dataIndex: number }[]) => {
          const first = params[0];
          if (!first) return '';
          const tier = series.tiers[first.dataIndex];
          const head = `${series.months[first.dataIndex]}${tier ? ` · ${tierLabel(tier)}` : ''}`;
          const lines = params
            .filter((p) => p.seriesName !== BAND)
            .map((p) => `${p.marker}${p.seriesName} ${yuan(p.value)}`);
          return [head, ...lines].join('<br/>');
        },
      },
      legend: { top: 0, data: [names.amount, names.profit] },
      grid: { left: 72, right: 72, top: 36, bottom: 44 },
      xAxis: [
        {
          type: 'category',
          data: series.months,
          axisLabel: {
            formatter: (month: string, i: number) => {
              const tier = series.tiers[i];
              return tier ? `${month}\n${tierLabel(tier)}` : month;
            },
          },
        },
        { type: 'category', data: series.months, show: false },
      ],
      yAxis: [
        { type: 'value', name: names.amount, splitLine: { show: true }, axisLabel: { formatter: yuan } },
        { type: 'value', name: names.profit, splitLine: { show: false }, axisLabel: { formatter: yuan } },
        { type: 'value', show: false, min: 0, max: 1 },
      ],
      series: [
        {
          // The tier bands: a full-height, faint bar behind each month, in its tier's colour.
          name: BAND,
          type: 'bar',
          xAxisIndex: 1,
          yAxisIndex: 2,
          silent: true,
          barWidth: '100%',
          z: 0,
          data: series.tiers.map((tier) => ({
            value: tier ? 1 : 0,
            itemStyle: { color: tier ? `${TIER_COLORS[tier]}1f` : 'transparent' },
          })),
        },
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
