import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import {
  BOOKING_SHEET_HEADER,
  bookingSheetRow,
  wallClock,
} from '../../renderer/src/features/rooms/booking-sheet';
import { at, booking, DAY, room } from './booking-fixture';

const lookups = { rooms: new Map([['r1', room()]]), organisations: new Map() };
const column = (name: (typeof BOOKING_SHEET_HEADER)[number]) => BOOKING_SHEET_HEADER.indexOf(name);

describe('the bookings sheet', () => {
  it('writes 日期, 开始 and 结束 as date and time cells in Beijing wall-clock time', () => {
    const row = bookingSheetRow(booking(9 * 60 + 30, 11 * 60), lookups);
    const date = row[column('日期')];
    expect(date?.value).toBeInstanceOf(Date);
    expect((date?.value as Date).toISOString()).toBe(`${DAY}T09:30:00.000Z`);
    expect(date?.format).toBe('yyyy-mm-dd');
    expect(row[column('开始')]).toMatchObject({ format: 'hh:mm' });
    expect((row[column('结束')]?.value as Date).toISOString()).toBe(`${DAY}T11:00:00.000Z`);
  });

  it('gives a booking across midnight the next day as its end date', () => {
    const b = booking(22 * 60, 23 * 60, { end: at(60, '2026-12-16') });
    const row = bookingSheetRow(b, lookups);
    expect((row[column('日期')]?.value as Date).toISOString().slice(0, 10)).toBe(DAY);
    expect((row[column('结束日期')]?.value as Date).toISOString().slice(0, 10)).toBe('2026-12-16');
    expect((row[column('结束')]?.value as Date).toISOString().slice(11, 16)).toBe('01:00');
  });

  it('stores the cells as numbers with a date format in the .xlsx, not as text', async () => {
    const row = bookingSheetRow(booking(9 * 60 + 30, 11 * 60), lookups);
    const buffer = await writeXlsxFile([row]).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    // 2026-12-15 09:30 is Excel serial 46371.395833…; a text cell would be t="s" or t="inlineStr".
    const b1 = /<c r="B1"([^>]*)>\s*<v>([^<]+)<\/v>/.exec(sheet);
    expect(b1?.[1]).not.toMatch(/t="(s|inlineStr|str)"/);
    expect(Number(b1?.[2])).toBeCloseTo(46371.3958, 3);
    const styles = strFromU8(files['xl/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('yyyy-mm-dd');
    expect(styles).toContain('hh:mm');
  });

  it('reads a Beijing instant as its wall-clock fields', () => {
    expect(wallClock(Date.UTC(2026, 11, 15, 16, 30)).toISOString()).toBe('2026-12-16T00:30:00.000Z');
  });
});
