import type { Booking, Closure, Room } from '@shared/model/places';
import { fromDateAndMinutes } from '@shared/time/center-time';

/** Tuesday 2026-12-15, a normal open day. */
export const DAY = '2026-12-15';
export const MINUTE = 60_000;
export const at = (minute: number, date = DAY): number => fromDateAndMinutes(date, minute);

/** A room open every day 08:30–21:00 except Monday, with the given buffers. */
export function room(overrides: Partial<Room> = {}): Room {
  return {
    id: 'r1',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    name: '理论讲堂',
    kind: '讲堂',
    capacity: 100,
    area: null,
    location: '',
    equipment: [],
    openingHours: [0, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, openMinute: 510, closeMinute: 1260 })),
    sessions: [],
    setupMinutes: 0,
    cleanupMinutes: 0,
    needsApproval: false,
    color: '#c00',
    active: true,
    sortOrder: 1,
    ...overrides,
  };
}

let seq = 0;
/** A confirmed booking of room r1 from `from` to `to` minutes on DAY. */
export function booking(from: number, to: number, overrides: Partial<Booking> = {}): Booking {
  seq += 1;
  return {
    id: `b${seq}`,
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    number: `YY-2026-${String(seq).padStart(5, '0')}`,
    roomId: 'r1',
    start: at(from),
    end: at(to),
    title: `活动${seq}`,
    category: '会议',
    organisationId: null,
    contactName: '张三',
    phone: '13812345678',
    expectedAttendees: 10,
    actualAttendees: null,
    equipment: [],
    notes: '',
    status: '已确认',
    cancelReason: null,
    checkedInAt: null,
    seriesId: null,
    backfillReason: null,
    ...overrides,
  };
}

/** A closure row. */
export function closure(overrides: Partial<Closure>): Closure {
  return {
    id: 'c1',
    createdAt: 0,
    updatedAt: 0,
    deletedAt: null,
    deskId: 'd',
    roomId: null,
    date: DAY,
    endDate: DAY,
    startMinute: null,
    endMinute: null,
    reason: '闭馆',
    source: 'center',
    ...overrides,
  };
}
