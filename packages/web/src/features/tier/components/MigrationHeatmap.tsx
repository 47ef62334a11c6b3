import { useMemo } from 'react';
import { EChart } from '../../../components/EChart.tsx';
import type { buildMigrationHeatmap, Tier } from '../chart-data.ts';

/** The tier migration matrix: rows = tier in the earlier period (and new), columns = later (and left). */
export function MigrationHeatmap({
  heatmap,
  axisNames,
  count,
  onCell,
}: {
  heatmap: ReturnType<typeof buildMigrationHeatmap>;
  axisNames: { x: string; y: string };
  /** A count with the locale's separators (1,292), in cells, tooltip and colour scale alike. */
  count: (n: number) => string;
  onCell: (from: Tier | null, to: Tier | null) => void;
}) {
  const option = useMemo(
    () => ({
      grid: { left: 96, right: 16, top: 28, bottom: 64 },
      tooltip: {
        position: 'top',
        formatter: (p: { data: [number, number, number] }) =>
          `${heatmap.yLabels[p.data[1]]} → ${heatmap.xLabels[p.data[0]]}: ${count(p.data[2])}`,
      },
      xAxis: {
        type: 'category',
        data: heatmap.xLabels,
        position: 'top',
        name: axisNames.x,
        nameLocation: 'middle',
        nameGap: 22,
        splitArea: { show: true },
      },
      yAxis: {
        type: 'category',
        data: heatmap.yLabels,
        inverse: true,
        name: axisNames.y,
        nameLocation: 'middle',
        nameGap: 76,
        splitArea: { show: true },
      },
      visualMap: {
        min: 0,
        max: Math.max(1, heatmap.max),
        calculable: false,
        // The scale's numbers at both ends: how many merchants the darkest and the palest cell mean.
        text: [count(Math.max(1, heatmap.max)), count(0)],
        textGap: 8,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemHeight: 160,
        itemWidth: 12,
        inRange: { color: ['#f5f5f5', '#91caff', '#0958d9'] },
      },
      series: [
        {
          type: 'heatmap',
          data: heatmap.data,
          label: {
            show: true,
            formatter: (p: { data: [number, number, number] }) => (p.data[2] ? count(p.data[2]) : ''),
          },
          emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
        },
      ],
    }),
    [heatmap, axisNames, count],
  );
  return (
    <EChart
      testId="migration-heatmap"
      height={280}
      onClick={(d) => {
        const [x, y] = d as [number, number, number];
        onCell(heatmap.yTiers[y] ?? null, heatmap.xTiers[x] ?? null);
      }}
      option={option}
    />
  );
}
