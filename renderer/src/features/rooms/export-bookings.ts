import { buildIcs } from '@shared/booking/ics';
import type { Booking, BookingSeries } from '@shared/model';
import { platform } from '../../platform';
import { saveXlsx } from '../exchange/save-xlsx';
import {
  BOOKING_SHEET_HEADER,
  BOOKING_SHEET_WIDTHS,
  bookingSheetRow,
  type SheetLookups,
} from './booking-sheet';

type Lookups = SheetLookups;

/** The list as an .xlsx sheet (phones masked), saved where the user chooses. Resolves true when saved. */
export async function exportBookingsXlsx(rows: Booking[], lookups: Lookups, name: string): Promise<boolean> {
  return saveXlsx({
    fileName: name,
    sheetName: '场地预约',
    header: BOOKING_SHEET_HEADER,
    widths: BOOKING_SHEET_WIDTHS,
    rows: rows.map((b) => bookingSheetRow(b, lookups)),
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
