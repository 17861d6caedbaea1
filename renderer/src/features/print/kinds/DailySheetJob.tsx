import type { CenterProfile, Room } from '@shared/model';
import { formatDateCn, formatTime, isValidDateKey } from '@shared/time/center-time';
import type { BookingSlipData } from '../../../db/repos/document-sources';
import { useRepos } from '../../../app/desk-context';
import { SANS, SERIF } from '../../../styles/fonts';
import type { PrintKindProps } from '../registry';
import { usePrintData } from '../use-print-data';

const cell = {
  border: '0.25mm solid #434343',
  padding: '1.8mm 2mm',
  verticalAlign: 'top',
  lineHeight: 1.4,
} as const;
const th = { ...cell, background: '#f0f0f0', fontWeight: 700, textAlign: 'center' } as const;

interface SheetData {
  rooms: Room[];
  bookings: BookingSlipData[];
  center: CenterProfile | undefined;
}

/**
 * `#/print/daily-sheet?date=YYYY-MM-DD`: every room and its bookings of the day, for the door. The
 * table may run over several A4 pages, so this kind flows with top and bottom page margins.
 */
export function DailySheetJob({ params, onReady, onError }: PrintKindProps) {
  const repos = useRepos();
  const date = params.get('date') ?? '';
  const data = usePrintData<SheetData>(
    async () => {
      if (!isValidDateKey(date)) throw new Error(`日期无效：${date}`);
      const [sheet, center] = await Promise.all([
        repos.documentSources.daySheet(date),
        repos.settings.get('centerProfile'),
      ]);
      return { ...sheet, center };
    },
    date,
    onReady,
    onError,
  );

  if (!data) return null;
  const byRoom = new Map<string, BookingSlipData[]>();
  for (const b of data.bookings) byRoom.set(b.booking.roomId, [...(byRoom.get(b.booking.roomId) ?? []), b]);
  return (
    <>
      <style>{'@page { size: 210mm 297mm; margin: 12mm 0; }'}</style>
      <section
        className="print-page"
        style={{ width: '210mm', minHeight: '273mm', overflow: 'visible', fontFamily: SERIF }}
        aria-label="每日场地安排表"
      >
        <div style={{ padding: '4mm 16mm 0' }}>
          <div style={{ textAlign: 'center', fontSize: '12pt' }}>{data.center?.name ?? ''}</div>
          <h1 style={{ textAlign: 'center', fontSize: '20pt', margin: '2mm 0', letterSpacing: '0.2em' }}>
            每日场地安排表
          </h1>
          <div
            style={{
              display: 'flex',
              justifyContent: 'space-between',
              fontFamily: SANS,
              fontSize: '10pt',
              margin: '3mm 0',
            }}
          >
            <span>{formatDateCn(date)}</span>
            <span>共 {data.bookings.length} 场</span>
          </div>
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: '10pt' }}>
            <colgroup>
              <col style={{ width: '22%' }} />
              <col style={{ width: '16%' }} />
              <col style={{ width: '30%' }} />
              <col style={{ width: '20%' }} />
              <col style={{ width: '12%' }} />
            </colgroup>
            <thead>
              <tr>
                <th style={th}>场地</th>
                <th style={th}>时间</th>
                <th style={th}>活动名称</th>
                <th style={th}>预约单位</th>
                <th style={th}>人数</th>
              </tr>
            </thead>
            <tbody>
              {data.rooms.flatMap((room) => {
                const list = byRoom.get(room.id) ?? [];
                const roomCell = (span: number) => (
                  <td style={{ ...cell, fontWeight: 700 }} rowSpan={span}>
                    {room.name}
                    <div style={{ fontWeight: 400, fontSize: '8.5pt', color: '#595959' }}>
                      {room.location}
                    </div>
                  </td>
                );
                if (list.length === 0) {
                  return [
                    <tr key={room.id} style={{ breakInside: 'avoid' }}>
                      {roomCell(1)}
                      <td style={{ ...cell, color: '#8c8c8c', textAlign: 'center' }} colSpan={4}>
                        全天空闲，可预约
                      </td>
                    </tr>,
                  ];
                }
                return list.map(({ booking: b, organisation }, i) => (
                  <tr key={b.id} style={{ breakInside: 'avoid' }}>
                    {i === 0 && roomCell(list.length)}
                    <td style={{ ...cell, textAlign: 'center', fontFamily: SANS }}>
                      {formatTime(b.start)}–{formatTime(b.end)}
                    </td>
                    <td style={cell}>
                      {b.title}
                      {b.status === '待审核' && <span style={{ color: '#ad6800' }}>（待审核）</span>}
                    </td>
                    <td style={cell}>{organisation?.name ?? '个人预约'}</td>
                    <td style={{ ...cell, textAlign: 'center' }}>{b.expectedAttendees}</td>
                  </tr>
                ));
              })}
            </tbody>
          </table>
          <p style={{ fontFamily: SANS, fontSize: '8.5pt', color: '#595959', marginTop: '4mm' }}>
            已取消的预约不列出。如需使用空闲场地，请到前台登记。
            {data.center?.phone ? `咨询电话：${data.center.phone}` : ''}
          </p>
        </div>
      </section>
    </>
  );
}
