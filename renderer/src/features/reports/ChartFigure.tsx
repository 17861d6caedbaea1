import type { ChartSvg } from './report-charts';

/**
 * A decorative chart beside its table: one image with a Chinese summary for screen readers (the table
 * stays the accessible source). The SVG comes from our own echarts render, never from user input
 * unescaped: echarts escapes the labels it draws.
 */
export function ChartFigure({ chart, title }: { chart: ChartSvg; title: string }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 500, marginBottom: 4 }}>{title}</figcaption>
      <div role="img" aria-label={chart.summary} dangerouslySetInnerHTML={{ __html: chart.svg }} />
    </figure>
  );
}
