import type { Activity, CenterProfile } from '@shared/model';
import { dateKey, formatDateCn, formatTime } from '@shared/time/center-time';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import { PrintPage } from '../../print/PrintPage';
import type { PrintKindProps } from '../../print/registry';
import { usePrintData } from '../../print/use-print-data';
import { A4_PAGE, cell, SIGN_LINES_DEFAULT, SIGN_LINES_MAX, SIGN_LINES_PER_PAGE, th } from './print-styles';

interface SheetData {
  activity: Activity;
  center: CenterProfile | undefined;
}

/**
 * `#/print/activity-sign-sheet?id=…&lines=40`: the 活动签到表 (A4 portrait), blank numbered lines for
 * attendees to sign, 20 a page, the header repeated on each page.
 */
export function ActivitySignSheetJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const id = params.get('id') ?? '';
  const asked = Number(params.get('lines') ?? SIGN_LINES_DEFAULT);
  const lines = Number.isInteger(asked) && asked > 0 ? Math.min(asked, SIGN_LINES_MAX) : SIGN_LINES_DEFAULT;
  const data = usePrintData<SheetData>(
    async () => {
      const activity = await repos.activities.get(id);
      if (!activity || activity.deletedAt !== null) throw new Error('找不到该活动记录');
      return { activity, center: await repos.settings.get('centerProfile') };
    },
    id,
    onReady,
    onError,
  );
  if (!data) return null;
  const a = data.activity;
  const pages = Math.ceil(lines / SIGN_LINES_PER_PAGE);
  return (
    <>
      <style>{A4_PAGE}</style>
      {Array.from({ length: pages }, (_, p) => {
        const first = p * SIGN_LINES_PER_PAGE + 1;
        const count = Math.min(SIGN_LINES_PER_PAGE, lines - p * SIGN_LINES_PER_PAGE);
        return (
          <PrintPage key={p} widthMm={210} heightMm={297} label={`活动签到表 第 ${p + 1} 页`}>
            <div style={{ padding: '14mm 16mm 0', fontFamily: SERIF }}>
              <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.center?.name ?? ''}</div>
              <h1
                style={{ textAlign: 'center', fontSize: '20pt', margin: '2mm 0 4mm', letterSpacing: '0.2em' }}
              >
                活动签到表
              </h1>
              <table
                style={{ width: '100%', borderCollapse: 'collapse', fontSize: '10.5pt', fontFamily: SANS }}
              >
                <tbody>
                  <tr>
                    <td style={{ ...cell, width: '16%', fontWeight: 700 }}>活动名称</td>
                    <td style={cell} colSpan={3}>
                      {a.title}
                    </td>
                  </tr>
                  <tr>
                    <td style={{ ...cell, fontWeight: 700 }}>活动时间</td>
                    <td style={{ ...cell, width: '38%' }}>
                      {formatDateCn(dateKey(a.start))} {formatTime(a.start)}–{formatTime(a.end)}
                    </td>
                    <td style={{ ...cell, width: '14%', fontWeight: 700 }}>活动地点</td>
                    <td style={cell}>{a.place}</td>
                  </tr>
                  <tr>
                    <td style={{ ...cell, fontWeight: 700 }}>组织单位</td>
                    <td style={cell} colSpan={3}>
                      {a.organiser}
                    </td>
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
                  <col style={{ width: '17%' }} />
                  <col style={{ width: '22%' }} />
                  <col style={{ width: '15%' }} />
                  <col style={{ width: '15%' }} />
                  <col style={{ width: '22%' }} />
                </colgroup>
                <thead>
                  <tr>
                    {['序号', '姓名', '联系电话', '签到时间', '签退时间', '签名'].map((h) => (
                      <th key={h} style={th}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {Array.from({ length: count }, (_, i) => (
                    <tr key={i} style={{ height: '9.4mm' }}>
                      <td style={{ ...cell, textAlign: 'center', verticalAlign: 'middle' }}>{first + i}</td>
                      <td style={cell} />
                      <td style={cell} />
                      <td style={cell} />
                      <td style={cell} />
                      <td style={cell} />
                    </tr>
                  ))}
                </tbody>
              </table>
              <div style={{ textAlign: 'right', fontSize: '9pt', marginTop: '2mm', fontFamily: SANS }}>
                第 {p + 1} 页 / 共 {pages} 页
              </div>
            </div>
          </PrintPage>
        );
      })}
    </>
  );
}
