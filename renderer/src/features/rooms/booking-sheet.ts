import type { Booking, Organisation, Room } from '@shared/model';
import { maskPhone } from '@shared/privacy/mask';
import { excelWallClock } from '@shared/exchange/export-cells';
import type { SheetCell } from '../exchange/save-xlsx';

export interface SheetLookups {
  rooms: ReadonlyMap<string, Room>;
  organisations: ReadonlyMap<string, Organisation>;
}

export const BOOKING_SHEET_HEADER = [
  '预约编号',
  '日期',
  '开始',
  '结束日期',
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
] as const;

export const BOOKING_SHEET_WIDTHS = [14, 12, 8, 12, 8, 12, 30, 10, 24, 10, 14, 10, 10, 8, 24] as const;

/**
 * The center's wall-clock time of an instant as the Date Excel should show: Excel cells carry no zone,
 * and the sheet writer reads a Date's UTC fields, so those fields hold Beijing time.
 */
export function wallClock(epochMs: number): Date {
  return excelWallClock(epochMs);
}

/**
 * One booking as a sheet row: real date and time cells (sortable and summable in Excel, not text), and
 * the end's own date, which differs from the start's for a booking across midnight.
 */
export function bookingSheetRow(b: Booking, lookups: SheetLookups): SheetCell[] {
  return [
    { value: b.number },
    { value: wallClock(b.start), format: 'yyyy-mm-dd' },
    { value: wallClock(b.start), format: 'hh:mm' },
    { value: wallClock(b.end), format: 'yyyy-mm-dd' },
    { value: wallClock(b.end), format: 'hh:mm' },
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
  ];
}
