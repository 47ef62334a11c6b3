import type { EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup.ts';

/** Renders an ECharts option; clicks on data items go to `onClick` with the item's data. */
export function EChart({
  option,
  height = 300,
  onClick,
  testId,
}: {
  option: Record<string, unknown>;
  height?: number;
  onClick?: (data: unknown) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current);
    chart.current = c;
    c.on('click', (p) => click.current?.(p.data));
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} style={{ width: '100%', height }} data-testid={testId} />;
}
