import { describe, expect, it } from 'vitest';
import { roomFormValues, roomSchema, type RoomFormValues } from '@shared/booking/room-schema';
import type { Room } from '@shared/model';
import { room as fixtureRoom } from './booking-fixture';

/** A new room's form as staff leave it after typing the name. */
function newRoom(): RoomFormValues {
  return { ...roomFormValues(null), name: '培训室' };
}

function withMonday(
  values: RoomFormValues,
  windows: { openTime: string; closeTime: string }[],
): RoomFormValues {
  return {
    ...values,
    hours: values.hours.map((h) => (h.weekday === 1 ? { ...h, open: true, windows } : h)),
  };
}

function messagesAt(values: RoomFormValues): Record<string, string> {
  const result = roomSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('room form opening hours', () => {
  it('keeps a lunch break: two windows on one day are stored as two opening spans', () => {
    const values = withMonday(newRoom(), [
      { openTime: '08:30', closeTime: '12:00' },
      { openTime: '14:00', closeTime: '17:30' },
    ]);
    const monday = roomSchema.parse(values).openingHours.filter((h) => h.weekday === 1);
    expect(monday).toEqual([
      { weekday: 1, openMinute: 510, closeMinute: 720 },
      { weekday: 1, openMinute: 840, closeMinute: 1050 },
    ]);
  });

  it('shows a stored room with several windows a day as the same windows, earliest first', () => {
    const room: Room = {
      ...fixtureRoom({ color: '#cc0000' }),
      openingHours: [
        { weekday: 3, openMinute: 840, closeMinute: 1050 },
        { weekday: 3, openMinute: 510, closeMinute: 720 },
      ],
    };
    const values = roomFormValues(room);
    const wednesday = values.hours.find((h) => h.weekday === 3);
    expect(wednesday).toEqual({
      weekday: 3,
      open: true,
      windows: [
        { openTime: '08:30', closeTime: '12:00' },
        { openTime: '14:00', closeTime: '17:30' },
      ],
    });
    expect(values.hours.find((h) => h.weekday === 1)?.open).toBe(false);
    expect(roomSchema.parse(values).openingHours).toHaveLength(2);
  });

  it('refuses a window that starts before the previous one ends, at that window', () => {
    const values = withMonday(newRoom(), [
      { openTime: '08:30', closeTime: '12:00' },
      { openTime: '11:30', closeTime: '17:30' },
    ]);
    expect(messagesAt(values)).toEqual({ 'hours.0.windows.1.openTime': '须晚于上一段的结束 12:00' });
  });

  it('refuses a closing time not after the opening time, and a time not written as 08:30', () => {
    const values = withMonday(newRoom(), [
      { openTime: '8点半', closeTime: '12:00' },
      { openTime: '14:00', closeTime: '13:00' },
    ]);
    expect(messagesAt(values)).toEqual({
      'hours.0.windows.0.openTime': '请按 08:30 的格式填写',
      'hours.0.windows.1.closeTime': '关门时间须晚于开门时间',
    });
  });

  it('ignores the times of a day left closed', () => {
    const values = newRoom();
    const closedMonday = {
      ...values,
      hours: values.hours.map((h) =>
        h.weekday === 1 ? { ...h, open: false, windows: [{ openTime: 'x', closeTime: 'y' }] } : h,
      ),
    };
    const hours = roomSchema.parse(closedMonday).openingHours;
    expect(hours.some((h) => h.weekday === 1)).toBe(false);
    // The open days are still stored.
    expect(hours.map((h) => h.weekday)).toEqual([2, 3, 4, 5, 6, 0]);
  });
});
