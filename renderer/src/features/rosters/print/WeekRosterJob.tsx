import { addDays, isValidDateKey } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import { cell, th } from '../../activities/print/print-styles';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { loadRosterPrint, type RosterPrintData } from './load-roster-print';
import { pageRows, printedWeek, rowLines, weekRangeText, type PrintedCell } from './roster-print';
import { RosterFooter } from './RosterFooter';

/** Text lines a landscape page holds below the title; a row also costs one line of cell padding. */
const LINES_PER_PAGE = 26;
const LANDSCAPE = '@page { size: 297mm 210mm; margin: 0; }';

/**
 * `#/print/roster-week?post=…&from=YYYY-MM-DD`: one post's 岗位周排班表 on A4 landscape, shifts down and
 * the seven days across, names only. Rows run onto further pages, the title and day headings repeated.
 */
export function WeekRosterJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const postId = params.get('post') ?? '';
  const from = params.get('from') ?? '';
  const data = usePrintData<RosterPrintData>(
    async () => {
      if (!isValidDateKey(from)) throw new Error(`日期无效：${from}`);
      return loadRosterPrint(repos, postId, from, Date.now());
    },
    `${postId}|${from}`,
    onReady,
    onError,
  );
  if (!data) return null;
  const { post } = data.week;
  const table = printedWeek(data.week, data.names);
  const pages = pageRows(table.rows, (r) => rowLines(r) + 1, LINES_PER_PAGE);
  const meta = [
    `地点：${post.place}`,
    data.station ? `所/站：${data.station}` : '',
    `日期：${weekRangeText(from, addDays(from, 6))}`,
  ].filter(Boolean);
  return (
    <>
      <style>{LANDSCAPE}</style>
      {pages.map((rows, p) => (
        <PrintPage key={p} widthMm={297} heightMm={210} label={`岗位周排班表 第 ${p + 1} 页`}>
          <div style={{ padding: '10mm 14mm 0', fontFamily: SERIF }}>
            <div style={{ textAlign: 'center', fontSize: '11pt' }}>{data.center?.name ?? ''}</div>
            <h1
              style={{ textAlign: 'center', fontSize: '18pt', margin: '1mm 0 2mm', letterSpacing: '0.1em' }}
            >
              {post.name} 岗位周排班表
            </h1>
            <div
              style={{
                display: 'flex',
                justifyContent: 'center',
                gap: '8mm',
                fontFamily: SANS,
                fontSize: '10pt',
                marginBottom: '3mm',
              }}
            >
              {meta.map((m) => (
                <span key={m}>{m}</span>
              ))}
            </div>
            <table
              style={{
                width: '100%',
                borderCollapse: 'collapse',
                fontSize: '9.5pt',
                fontFamily: SANS,
                tableLayout: 'fixed',
              }}
            >
              <colgroup>
                <col style={{ width: '14%' }} />
                {table.headings.map((h) => (
                  <col key={h.date} />
                ))}
              </colgroup>
              <thead>
                <tr>
                  <th style={th}>班次</th>
                  {table.headings.map((h) => (
                    <th key={h.date} style={th}>
                      {h.heading}
                      {h.offReason && <div style={{ fontWeight: 400, fontSize: '8.5pt' }}>{h.offReason}</div>}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.shift} style={{ breakInside: 'avoid' }}>
                    <th style={{ ...th, background: '#fafafa' }} scope="row">
                      {row.shift}
                    </th>
                    {row.cells.map((c, i) => (
                      <DayCell key={table.headings[i]?.date ?? i} cell={c} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            {p === pages.length - 1 && (
              <p style={{ fontFamily: SANS, fontSize: '8.5pt', color: '#595959', margin: '2mm 0 0' }}>
                “替”为顶岗志愿者；格内“已排/需要”为到岗人数与所需人数。
              </p>
            )}
          </div>
          <RosterFooter printedAt={data.printedAt} page={p + 1} count={pages.length} />
        </PrintPage>
      ))}
    </>
  );
}

function DayCell({ cell: c }: { cell: PrintedCell }) {
  if (c.offReason !== null)
    return (
      <td style={{ ...cell, background: '#f5f5f5', color: '#8c8c8c', textAlign: 'center' }}>{c.offReason}</td>
    );
  return (
    <td style={cell}>
      {c.people.map((name, i) => (
        <div key={i}>{name}</div>
      ))}
      <div style={{ fontSize: '8.5pt', color: '#595959' }}>
        {c.staffed}/{c.needed}
        {c.short > 0 && <strong style={{ color: '#000', marginLeft: '1.5mm' }}>缺{c.short}人</strong>}
      </div>
    </td>
  );
}
