import { buildIcs } from '@shared/booking/ics';
import type { Booking, BookingSeries, Organisation, Room } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { dateKey, formatTime } from '@shared/time/center-time';
import { platform } from '../../platform';
import { saveXlsx } from '../exchange/save-xlsx';

interface Lookups {
  rooms: ReadonlyMap<string, Room>;
  organisations: ReadonlyMap<string, Organisation>;
}

/** The list as an .xlsx sheet (phones masked), saved where the user chooses. Resolves true when saved. */
export async function exportBookingsXlsx(rows: Booking[], lookups: Lookups, name: string): Promise<boolean> {
  return saveXlsx({
    fileName: name,
    sheetName: '场地预约',
    header: [
      '预约编号',
      '日期',
      '开始',
      '结束',
      '场地',
      '活动名称',
      '类别',
      '预约单位',
      '联系人',
      '联系电话',
      '预计人数',
      '实到人数',
      '状态',
      '备注',
    ],
    widths: [14, 12, 8, 8, 12, 30, 10, 24, 10, 14, 10, 10, 8, 24],
    rows: rows.map((b) => [
      { value: b.number },
      { value: dateKey(b.start) },
      { value: formatTime(b.start) },
      { value: formatTime(b.end) },
      { value: lookups.rooms.get(b.roomId)?.name ?? '' },
      { value: b.title },
      { value: b.category },
      { value: b.organisationId ? (lookups.organisations.get(b.organisationId)?.name ?? '') : '' },
      { value: b.contactName },
      { value: maskPhone(b.phone) },
      { value: b.expectedAttendees },
      { value: b.actualAttendees ?? undefined },
      { value: b.status },
      { value: b.notes },
    ]),
  });
}

/** Bookings as an iCalendar file, series written once with their RRULE. Resolves true when saved. */
export async function exportBookingsIcs(
  rows: Booking[],
  series: ReadonlyMap<string, BookingSeries>,
  lookups: Lookups,
  calendarName: string,
  name: string,
): Promise<boolean> {
  const text = buildIcs(rows, series, {
    now: Date.now(),
    roomName: (id) => lookups.rooms.get(id)?.name ?? '',
    organiserName: (id) => (id ? (lookups.organisations.get(id)?.name ?? '') : ''),
    calendarName,
  });
  const result = await platform.saveFile({
    suggestedName: `${name}.ics`,
    content: text,
    filters: [{ name: 'iCalendar 日历', extensions: ['ics'] }],
  });
  return result.saved;
}
