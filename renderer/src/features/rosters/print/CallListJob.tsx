import type { CenterProfile } from '@shared/model';
import { dateKey, formatDateCn, formatTime, isValidDateKey } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import type { RosterLine } from '../../../db/repos/rosters';
import { SANS, SERIF } from '../../../styles/fonts';
import { A4_PAGE, cell } from '../../activities/print/print-styles';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { spanLines, volunteerCount } from '../calls/call-list';
import { pageRows } from './roster-print';
import { HeadRow } from './HeadRow';
import { RosterFooter } from './RosterFooter';

/** Rows a portrait page holds below the title at 8.6 mm a row. */
const ROWS_PER_PAGE = 24;

interface CallListData {
  lines: RosterLine[];
  full: boolean;
  center: CenterProfile | undefined;
  printedAt: string;
}

const HEADINGS = ['时间', '岗位', '上岗地点', '姓名', '手机号', '已通知'];
const WIDTHS = ['20%', '17%', '21%', '13%', '18%', '11%'];
const mid = { ...cell, verticalAlign: 'middle' } as const;
/** The date and head count above the table, at either end of the line. */
const META = {
  display: 'flex',
  justifyContent: 'space-between',
  fontSize: '10.5pt',
  marginBottom: '3mm',
} as const;

/**
 * `#/print/roster-calls?date=YYYY-MM-DD[&ticket=…]`: the 通话名单 of a date on A4 portrait, everyone
 * rostered, grouped by post and shift, with a box to tick once called. Phones are masked unless the job
 * carries the ticket of the 打印 audit entry a 管理员's print wrote just before (see callListByTicket).
 */
export function CallListJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const date = params.get('date') ?? '';
  const ticket = params.get('ticket');
  const data = usePrintData<CallListData>(
    async () => {
      if (!isValidDateKey(date)) throw new Error(`日期无效：${date}`);
      const [lines, center] = await Promise.all([
        ticket ? repos.rosters.callListByTicket(date, ticket) : repos.rosters.callList(date),
        repos.settings.get('centerProfile'),
      ]);
      const now = Date.now();
      return { lines, full: ticket !== null, center, printedAt: `${dateKey(now)} ${formatTime(now)}` };
    },
    `${date}|${ticket ?? ''}`,
    onReady,
    onError,
  );
  if (!data) return null;
  // Spans are worked out per page, so a shift running onto the next page starts its cells afresh there.
  const pages = pageRows(data.lines, () => 1, ROWS_PER_PAGE).map(spanLines);
  const count = volunteerCount(data.lines);
  return (
    <>
      <style>{A4_PAGE}</style>
      {pages.map((rows, p) => (
        <PrintPage key={p} widthMm={210} heightMm={297} label={`通话名单 第 ${p + 1} 页`}>
          <div style={{ padding: '14mm 14mm 0', fontFamily: SERIF }}>
            <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.center?.name ?? ''}</div>
            <h1
              style={{ textAlign: 'center', fontSize: '20pt', margin: '2mm 0 3mm', letterSpacing: '0.2em' }}
            >
              上岗通话名单
            </h1>
            <div style={{ ...META, fontFamily: SANS }}>
              <span>上岗日期：{formatDateCn(date)}</span>
              <span>共 {count} 名志愿者</span>
            </div>
            <table
              style={{
                width: '100%',
                borderCollapse: 'collapse',
                fontSize: '10pt',
                fontFamily: SANS,
                tableLayout: 'fixed',
              }}
            >
              <colgroup>
                {WIDTHS.map((w, i) => (
                  <col key={i} style={{ width: w }} />
                ))}
              </colgroup>
              <HeadRow headings={HEADINGS} />
              <tbody>
                {rows.map(({ line, span, shift }) => (
                  <tr key={line.entryId} style={{ height: '8.6mm' }}>
                    {span > 0 && (
                      <>
                        <td style={mid} rowSpan={span}>
                          {shift}
                        </td>
                        <td style={mid} rowSpan={span}>
                          {line.postName}
                        </td>
                        <td style={mid} rowSpan={span}>
                          {line.place}
                        </td>
                      </>
                    )}
                    <td style={mid}>
                      {line.name}
                      {line.substituteFor !== null && '（替）'}
                    </td>
                    <td style={{ ...mid, fontVariantNumeric: 'tabular-nums' }}>{line.phone || '—'}</td>
                    <td style={{ ...mid, textAlign: 'center', fontSize: '13pt' }}>□</td>
                  </tr>
                ))}
                {rows.length === 0 && (
                  <tr>
                    <td style={{ ...cell, textAlign: 'center' }} colSpan={HEADINGS.length}>
                      这一天没有排班的志愿者。
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
            {p === pages.length - 1 && (
              <p style={{ fontFamily: SANS, fontSize: '9pt', color: '#595959', marginTop: '3mm' }}>
                {data.full
                  ? '本名单含完整手机号，仅供通知上岗使用，打印已记入操作记录；用后请交回前台销毁，不要拍照或外传。'
                  : '手机号已打码（如 138****5678）；需要完整号码时请由管理员打印。“替”为顶岗志愿者。'}
              </p>
            )}
          </div>
          <RosterFooter printedAt={data.printedAt} page={p + 1} count={pages.length} />
        </PrintPage>
      ))}
    </>
  );
}
