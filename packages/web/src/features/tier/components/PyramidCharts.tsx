import { EChart } from '../../../components/EChart.tsx';
import { formatMoney, formatShare } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import {
  buildCountPyramid,
  buildLorenzSeries,
  buildMigrationHeatmap,
  buildProfitBars,
  type MigrationCell,
  type Tier,
  type TierRow,
} from '../chart-data.ts';

const COLORS: Record<Tier, string> = {
  KEY: '#c41d7f',
  SECONDARY: '#1677ff',
  ORDINARY: '#13c2c2',
  SMALL: '#8c8c8c',
};

export function CountPyramid(props: {
  tiers: TierRow[];
  label: (t: Tier) => string;
  unit: string;
  lang: Lang;
  onTier: (t: Tier) => void;
}) {
  const data = buildCountPyramid(props.tiers, props.label).map((d) => ({
    ...d,
    itemStyle: { color: COLORS[d.tier] },
    label: { formatter: `${d.name} ${formatShare(d.share, props.lang)} ${d.count}${props.unit}` },
  }));
  return (
    <EChart
      testId="count-pyramid"
      height={240}
      onClick={(d) => props.onTier((d as { tier: Tier }).tier)}
      option={{
        tooltip: {
          trigger: 'item',
          formatter: (p: { data: { name: string; count: number } }) => `${p.data.name}: ${p.data.count}`,
        },
        series: [
          {
            type: 'funnel',
            sort: 'ascending',
            gap: 2,
            minSize: '15%',
            left: '10%',
            width: '80%',
            label: { position: 'inside', color: '#fff' },
            data,
          },
        ],
      }}
    />
  );
}

export function ProfitPyramid(props: {
  tiers: TierRow[];
  label: (t: Tier) => string;
  lang: Lang;
  onTier: (t: Tier) => void;
}) {
  const bars = buildProfitBars(props.tiers, props.label);
  return (
    <EChart
      testId="profit-pyramid"
      height={240}
      onClick={(d) => props.onTier((d as { tier: Tier }).tier)}
      option={{
        grid: { left: 90, right: 60, top: 10, bottom: 20 },
        xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', data: bars.categories },
        tooltip: {
          trigger: 'item',
          formatter: (p: { data: { value: number; profit: string } }) =>
            `${p.data.value}% · ${formatMoney(p.data.profit, props.lang)}`,
        },
        series: [
          {
            type: 'bar',
            label: { show: true, position: 'right', formatter: '{c}%' },
            data: bars.values.map((v) => ({
              ...v,
              itemStyle: { color: v.negative ? '#cf1322' : COLORS[v.tier] },
            })),
          },
        ],
      }}
    />
  );
}

export function LorenzChart(props: {
  points: { merchantShare: number; profitShare: number }[];
  xName: string;
  yName: string;
}) {
  const s = buildLorenzSeries(props.points);
  return (
    <EChart
      height={260}
      option={{
        grid: { left: 50, right: 20, top: 20, bottom: 40 },
        tooltip: { trigger: 'axis' },
        xAxis: {
          type: 'value',
          name: props.xName,
          nameLocation: 'middle',
          nameGap: 25,
          max: 100,
          axisLabel: { formatter: '{value}%' },
        },
        yAxis: { type: 'value', name: props.yName, axisLabel: { formatter: '{value}%' } },
        series: [
          { type: 'line', data: s.curve, showSymbol: false, smooth: true, areaStyle: { opacity: 0.15 } },
          { type: 'line', data: s.equality, showSymbol: false, lineStyle: { type: 'dashed', color: '#999' } },
        ],
      }}
    />
  );
}

export function MigrationHeatmap(props: {
  cells: MigrationCell[];
  label: (t: Tier) => string;
  newLabel: string;
  leftLabel: string;
  onCell: (from: Tier | null, to: Tier | null) => void;
}) {
  const h = buildMigrationHeatmap(props.cells, props.label, props.newLabel, props.leftLabel);
  return (
    <EChart
      testId="migration-heatmap"
      height={260}
      onClick={(d) => {
        const [x, y] = d as [number, number, number];
        props.onCell(h.yTiers[y] ?? null, h.xTiers[x] ?? null);
      }}
      option={{
        grid: { left: 80, right: 20, top: 10, bottom: 60 },
        tooltip: { position: 'top' },
        xAxis: { type: 'category', data: h.xLabels },
        yAxis: { type: 'category', data: h.yLabels, inverse: true },
        visualMap: {
          min: 0,
          max: Math.max(1, h.max),
          calculable: false,
          orient: 'horizontal',
          left: 'center',
          bottom: 0,
          itemHeight: 120,
        },
        series: [{ type: 'heatmap', data: h.data, label: { show: true } }],
      }}
    />
  );
}
