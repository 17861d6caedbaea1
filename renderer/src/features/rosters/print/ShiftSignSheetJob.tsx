import { formatDateCn, isValidDateKey } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import { A4_PAGE, cell } from '../../activities/print/print-styles';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { mondayOf, shiftText } from '../week-grid';
import { loadRosterPrint, type RosterPrintData } from './load-roster-print';
import { pageRows, signLines } from './roster-print';
import { HeadRow } from './HeadRow';
import { RosterFooter } from './RosterFooter';

const LINES_PER_PAGE = 20;
const SIGN_HEADINGS = ['序号', '姓名', '签到时间', '签退时间', '签名'];

/**
 * `#/print/roster-sign-sheet?post=…&shift=…&date=YYYY-MM-DD`: the 班次签到表 of one shift (A4 portrait),
 * the rostered volunteers by name with blank times and signatures, and blank lines for walk-in substitutes.
 */
export function ShiftSignSheetJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const postId = params.get('post') ?? '';
  const shiftId = params.get('shift') ?? '';
  const date = params.get('date') ?? '';
  const data = usePrintData<RosterPrintData>(
    async () => {
      if (!isValidDateKey(date)) throw new Error(`日期无效：${date}`);
      const read = await loadRosterPrint(repos, postId, mondayOf(date), Date.now());
      if (!read.week.post.shifts.some((s) => s.id === shiftId)) throw new Error('找不到该班次，可能已被删除');
      return read;
    },
    `${postId}|${shiftId}|${date}`,
    onReady,
    onError,
  );
  if (!data) return null;
  const { post, entries } = data.week;
  const shift = post.shifts.find((s) => s.id === shiftId);
  if (!shift) return null;
  const lines = signLines(
    entries.filter((e) => e.shiftId === shiftId && e.date === date),
    data.names,
    shift.needed,
  );
  const pages = pageRows(lines, () => 1, LINES_PER_PAGE);
  const label = { ...cell, fontWeight: 700, width: '16%' } as const;
  return (
    <>
      <style>{A4_PAGE}</style>
      {pages.map((rows, p) => (
        <PrintPage key={p} widthMm={210} heightMm={297} label={`班次签到表 第 ${p + 1} 页`}>
          <div style={{ padding: '14mm 16mm 0', fontFamily: SERIF }}>
            <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.center?.name ?? ''}</div>
            <h1
              style={{ textAlign: 'center', fontSize: '20pt', margin: '2mm 0 4mm', letterSpacing: '0.2em' }}
            >
              班次签到表
            </h1>
            <table
              style={{ width: '100%', borderCollapse: 'collapse', fontSize: '10.5pt', fontFamily: SANS }}
            >
              <tbody>
                <tr>
                  <td style={label}>岗位</td>
                  <td style={{ ...cell, width: '34%' }}>{post.name}</td>
                  <td style={label}>上岗地点</td>
                  <td style={cell}>{post.place}</td>
                </tr>
                <tr>
                  <td style={label}>日期</td>
                  <td style={cell}>{formatDateCn(date)}</td>
                  <td style={label}>班次</td>
                  <td style={cell}>{shiftText(shift)}</td>
                </tr>
                <tr>
                  <td style={label}>所/站</td>
                  <td style={cell}>{data.station || '—'}</td>
                  <td style={label}>所需人数</td>
                  <td style={cell}>{shift.needed} 人</td>
                </tr>
              </tbody>
            </table>
            <table
              style={{
                width: '100%',
                borderCollapse: 'collapse',
                fontSize: '10.5pt',
                marginTop: '4mm',
                fontFamily: SANS,
              }}
            >
              <colgroup>
                <col style={{ width: '9%' }} />
                <col style={{ width: '23%' }} />
                <col style={{ width: '18%' }} />
                <col style={{ width: '18%' }} />
                <col style={{ width: '32%' }} />
              </colgroup>
              <HeadRow headings={SIGN_HEADINGS} />
              <tbody>
                {rows.map((line) => (
                  <tr key={line.no} style={{ height: '9.4mm' }}>
                    <td style={{ ...cell, textAlign: 'center', verticalAlign: 'middle' }}>{line.no}</td>
                    <td style={{ ...cell, verticalAlign: 'middle' }}>{line.name}</td>
                    <td style={cell} />
                    <td style={cell} />
                    <td style={cell} />
                  </tr>
                ))}
              </tbody>
            </table>
            {p === pages.length - 1 && (
              <p style={{ fontFamily: SANS, fontSize: '9pt', color: '#595959', marginTop: '3mm' }}>
                “替”为顶岗志愿者。临时顶岗请在空行写上姓名并签到，交回前台登记。
              </p>
            )}
          </div>
          <RosterFooter printedAt={data.printedAt} page={p + 1} count={pages.length} />
        </PrintPage>
      ))}
    </>
  );
}
