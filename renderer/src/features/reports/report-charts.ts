import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Report } from '@shared/stats/report';

echarts.use([BarChart, LineChart, GridComponent, SVGRenderer]);

/** A chart drawn as an SVG string, with the Chinese sentence that stands in for it for screen readers. */
export interface ChartSvg {
  svg: string;
  summary: string;
}

const FONT = "'Noto Sans SC', 'LXGW WenKai', sans-serif";

/**
 * Renders an option once, server-side style, to an SVG string: the same picture on screen and in the
 * A4 print (crisp at any scale), with no animation so screenshots and tests are stable.
 */
function toSvg(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // Scales with its column (the viewBox keeps the aspect ratio), never wider than drawn.
  return svg.replace(
    /^<svg width="\d+" height="\d+"/,
    `<svg width="100%" style="max-width:${width}px;display:block"`,
  );
}

/** 活动场次 by category, as bars. */
export function sessionsByCategoryChart(report: Report, width = 520, height = 260): ChartSvg {
  const lines = report.byCategory;
  const summary =
    lines.length === 0
      ? '活动场次按类别柱状图：本期没有活动'
      : `活动场次按类别柱状图：${lines.map((l) => `${l.key} ${l.sessions} 场`).join('，')}`;
  return {
    summary,
    svg: toSvg(
      {
        grid: { left: 40, right: 16, top: 24, bottom: 48 },
        xAxis: {
          type: 'category',
          data: lines.map((l) => l.key),
          axisLabel: { interval: 0, rotate: lines.length > 5 ? 30 : 0 },
        },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            data: lines.map((l) => l.sessions),
            itemStyle: { color: '#c41d1d' },
            label: { show: true, position: 'top' },
          },
        ],
      },
      width,
      height,
    ),
  };
}

/** Confirmed volunteer hours over the period, as a line. */
export function hoursTrendChart(report: Report, width = 520, height = 260): ChartSvg {
  const total = report.hoursTrend.reduce((t, b) => t + b.hours, 0);
  const peak = report.hoursTrend.reduce<{ label: string; hours: number } | null>(
    (best, b) => (best === null || b.hours > best.hours ? b : best),
    null,
  );
  const summary =
    peak === null || total === 0
      ? '志愿服务时长趋势折线图：本期没有已确认的时长'
      : `志愿服务时长趋势折线图：共 ${Math.round(total * 10) / 10} 小时，最多的是 ${peak.label}（${peak.hours} 小时）`;
  return {
    summary,
    svg: toSvg(
      {
        grid: { left: 44, right: 16, top: 24, bottom: 32 },
        xAxis: { type: 'category', data: report.hoursTrend.map((b) => b.label) },
        yAxis: { type: 'value', name: '小时' },
        series: [
          {
            type: 'line',
            data: report.hoursTrend.map((b) => b.hours),
            itemStyle: { color: '#c41d1d' },
            showSymbol: report.hoursTrend.length <= 31,
          },
        ],
      },
      width,
      height,
    ),
  };
}
