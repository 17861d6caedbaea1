import {
  REPORT_PERIOD_KINDS,
  describeReportPeriod,
  rangePeriod,
  type ReportPeriodKind,
} from '@shared/stats/report-periods';
import { isValidDateKey } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { loadReport, type ReportBundle } from '../load-report';
import { hoursTrendChart, sessionsByCategoryChart } from '../report-charts';
import { cellText, reportTables, type ReportTable } from '../report-tables';

const cell = { border: '0.25mm solid #434343', padding: '1.2mm 2mm', lineHeight: 1.35 } as const;
const th = { ...cell, background: '#f0f0f0', fontWeight: 700, textAlign: 'center' } as const;

function PrintTable({ table }: { table: ReportTable }) {
  return (
    <section style={{ breakInside: 'avoid', marginTop: '5mm' }}>
      <h2 style={{ fontSize: '12pt', margin: '0 0 2mm' }}>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p style={{ fontSize: '9.5pt', color: '#595959', margin: 0 }}>本期没有数据。</p>
      ) : (
        <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '9.5pt', fontFamily: SANS }}>
          <thead>
            <tr>
              {table.header.map((h) => (
                <th key={h} style={th}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r} style={{ breakInside: 'avoid' }}>
                {row.map((c, i) => (
                  <td key={i} style={{ ...cell, textAlign: table.numeric[i] ? 'right' : 'left' }}>
                    {cellText(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * `#/print/report-a4?kind=month&first=YYYY-MM-DD&last=YYYY-MM-DD&station=`: the 统计报表 on A4, with
 * center, period and scope in the title, the tables and the charts as crisp SVG. Flows over pages.
 */
export function ReportA4Job({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const first = params.get('first') ?? '';
  const last = params.get('last') ?? '';
  const kindParam = params.get('kind') ?? 'range';
  const station = params.get('station') ?? '';
  const data = usePrintData<ReportBundle>(
    async () => {
      if (!isValidDateKey(first) || !isValidDateKey(last) || last < first)
        throw new Error(`统计周期无效：${first} 至 ${last}`);
      const kind = (REPORT_PERIOD_KINDS as readonly string[]).includes(kindParam)
        ? (kindParam as ReportPeriodKind)
        : 'range';
      return loadReport(repos, rangePeriod(first, last, kind), station === '' ? null : station);
    },
    `${kindParam}|${first}|${last}|${station}`,
    onReady,
    onError,
  );
  if (!data) return null;
  const charts = [
    { title: '活动场次（按类别）', chart: sessionsByCategoryChart(data.report, 320, 200) },
    { title: '志愿服务时长趋势（小时）', chart: hoursTrendChart(data.report, 320, 200) },
  ];
  const [figures, ...rest] = reportTables(data);
  return (
    <>
      <style>{'@page { size: 210mm 297mm; margin: 12mm 0; }'}</style>
      <section
        className="print-page"
        style={{ width: '210mm', minHeight: '273mm', overflow: 'visible', fontFamily: SERIF }}
        aria-label="统计报表"
      >
        <div style={{ padding: '2mm 15mm 0' }}>
          <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.centerName}</div>
          <h1 style={{ textAlign: 'center', fontSize: '18pt', margin: '2mm 0', letterSpacing: '0.15em' }}>
            统计报表
          </h1>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              fontFamily: SANS,
              fontSize: '10pt',
              margin: '2mm 0',
            }}
          >
            <span>统计周期：{describeReportPeriod(data.period)}</span>
            <span>统计范围：{data.scopeName}</span>
          </div>
          <div style={{ fontFamily: SANS, fontSize: '8.5pt', color: '#595959' }}>
            上期：{describeReportPeriod(data.previous)}；去年同期：{describeReportPeriod(data.lastYear)}
            。时长只计已确认的服务记录。
          </div>
          {figures && <PrintTable table={figures} />}
          <div style={{ display: 'flex', gap: '4mm', marginTop: '5mm', breakInside: 'avoid' }}>
            {charts.map((c) => (
              <figure key={c.title} style={{ margin: 0, flex: 1, fontFamily: SANS, fontSize: '9pt' }}>
                <figcaption style={{ fontWeight: 700 }}>{c.title}</figcaption>
                <div dangerouslySetInnerHTML={{ __html: c.chart.svg }} />
              </figure>
            ))}
          </div>
          {rest.map((t) => (
            <PrintTable key={t.title} table={t} />
          ))}
        </div>
      </section>
    </>
  );
}
