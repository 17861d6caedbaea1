import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOOKING_DAYS, DEMO_HOURS_RULES } from '@shared/demo';
import type { DemoData } from '@shared/demo';
import { DEMO_ON_DUTY } from '@shared/demo/service';
import { BOOKING_CATEGORIES } from '@shared/model/places';
import type { Room } from '@shared/model/places';
import { addDays, dateKey, fromDateAndMinutes, minuteOfDay, weekdayOf } from '@shared/time/center-time';
import { demoData, MINUTE, NOW, overlaps } from './demo-fixture';

let data: DemoData;
let today: string;

beforeAll(() => {
  data = demoData();
  today = dateKey(NOW);
});

describe('generateDemoData: bookings', () => {
  it('never overlaps two bookings in a room, setup and cleanup included', () => {
    expect(overlaps(data.bookings, data.rooms)).toEqual([]);
  });

  it('keeps bookings inside the window and the opening hours, buffers included', () => {
    const first = addDays(today, -DEMO_BOOKING_DAYS.before);
    const last = addDays(today, DEMO_BOOKING_DAYS.after);
    expect(data.bookings.length).toBeGreaterThan(0);
    for (const b of data.bookings) {
      const room = data.rooms.find((r) => r.id === b.roomId) as Room;
      const day = dateKey(b.start);
      expect(day >= first && day <= last).toBe(true);
      expect(dateKey(b.end - 1)).toBe(day);
      const hours = room.openingHours.find((h) => h.weekday === weekdayOf(day));
      expect(hours).toBeDefined();
      expect(minuteOfDay(b.start) - room.setupMinutes).toBeGreaterThanOrEqual(hours?.openMinute ?? 0);
      expect(minuteOfDay(b.end) + room.cleanupMinutes).toBeLessThanOrEqual(hours?.closeMinute ?? 0);
      expect(b.expectedAttendees).toBeLessThanOrEqual(room.capacity);
      expect(BOOKING_CATEGORIES).toContain(b.category);
    }
  });

  it('avoids closures', () => {
    expect(data.closures.length).toBeGreaterThan(0);
    for (const c of data.closures) {
      const from = fromDateAndMinutes(c.date, c.startMinute ?? 0);
      const to = fromDateAndMinutes(c.endDate, c.endMinute ?? 1440);
      const hit = data.bookings.filter(
        (b) => (c.roomId === null || c.roomId === b.roomId) && b.start < to && from < b.end,
      );
      expect(hit).toEqual([]);
    }
  });

  it('gives statuses that agree with the clock', () => {
    // Every status occurs, so each rule below is checked against real bookings.
    expect(new Set(data.bookings.map((b) => b.status))).toEqual(
      new Set(['已完成', '未到场', '已签到', '已确认', '待审核', '已取消']),
    );
    for (const b of data.bookings) {
      if (b.status === '已完成' || b.status === '未到场') expect(b.end).toBeLessThanOrEqual(NOW);
      if (b.status === '已签到') expect(b.start <= NOW && NOW < b.end).toBe(true);
      if (b.status === '已确认' || b.status === '待审核') expect(b.start).toBeGreaterThan(NOW);
      if (b.end <= NOW) expect(['已完成', '未到场', '已取消']).toContain(b.status);
    }
  });

  it('records attendance for completed bookings and a reason for cancellations', () => {
    expect(data.bookings.filter((b) => b.status === '已完成').length).toBeGreaterThan(0);
    expect(data.bookings.filter((b) => b.status === '已取消').length).toBeGreaterThan(0);
    for (const b of data.bookings) {
      const room = data.rooms.find((r) => r.id === b.roomId) as Room;
      if (b.status === '已完成') {
        expect(b.actualAttendees).toBeGreaterThan(0);
        expect(b.actualAttendees).toBeLessThanOrEqual(room.capacity);
        expect(b.checkedInAt).toBeLessThanOrEqual(b.start);
      } else {
        expect(b.actualAttendees).toBeNull();
      }
      expect(b.cancelReason !== null).toBe(b.status === '已取消');
    }
  });

  it('includes a couple of no-shows and cancellations, counted on the units', () => {
    const noShows = data.bookings.filter((b) => b.status === '未到场');
    expect(noShows.length).toBeGreaterThanOrEqual(2);
    expect(data.bookings.filter((b) => b.status === '已取消').length).toBeGreaterThanOrEqual(2);
    expect(data.organisations.reduce((n, o) => n + o.noShowCount, 0)).toBe(noShows.length);
  });

  it('numbers bookings YY-<year>-00001… uniquely, in creation order', () => {
    const sorted = [...data.bookings].sort((a, b) => a.number.localeCompare(b.number));
    expect(sorted.length).toBeGreaterThan(0);
    expect(sorted.map((b) => b.number)).toEqual(
      sorted.map((_, i) => `YY-2026-${String(i + 1).padStart(5, '0')}`),
    );
    const created = sorted.map((b) => b.createdAt);
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it('holds the weekly Saturday morning 道德讲堂 session', () => {
    const saturdays = data.bookings.filter((b) => b.title === '道德讲堂·身边好人故事会');
    expect(saturdays.length).toBeGreaterThanOrEqual(4);
    for (const b of saturdays) expect(weekdayOf(dateKey(b.start))).toBe(6);
  });
});

describe('generateDemoData: service records and activities', () => {
  it('credits confirmed past service under the default rules', () => {
    const volunteerIds = new Set(data.volunteers.map((v) => v.id));
    const past = data.serviceRecords.filter((x) => x.status !== '服务中');
    expect(past.length).toBeGreaterThan(0);
    for (const r of past) {
      expect(r.status).toBe('已确认');
      expect(r.rules).toEqual(DEMO_HOURS_RULES);
      expect(volunteerIds.has(r.volunteerId)).toBe(true);
      expect(r.signOutAt).toBeGreaterThan(r.signInAt);
      expect(r.signOutAt).toBeLessThanOrEqual(NOW);
      expect((r.creditedMinutes ?? 0) % 30).toBe(0);
      expect(r.creditedMinutes).toBeGreaterThanOrEqual(30);
      expect(r.creditedMinutes).toBeLessThanOrEqual(
        Math.min(480, ((r.signOutAt ?? 0) - r.signInAt) / MINUTE),
      );
    }
  });

  it('has a few volunteers on duty now, signed in earlier today and not yet auto-closed', () => {
    const open = data.serviceRecords.filter((r) => r.status === '服务中');
    expect(open.length).toBeGreaterThanOrEqual(DEMO_ON_DUTY.min);
    expect(open.length).toBeLessThanOrEqual(DEMO_ON_DUTY.max);
    expect(new Set(open.map((r) => r.volunteerId)).size).toBe(open.length);
    for (const r of open) {
      expect(r).toMatchObject({ signOutAt: null, creditedMinutes: null, rules: DEMO_HOURS_RULES });
      expect(dateKey(r.signInAt)).toBe(today);
      expect(r.signInAt).toBeLessThanOrEqual(NOW);
      expect(NOW - r.signInAt).toBeLessThan((DEMO_HOURS_RULES.autoCloseAfterMinutes ?? 480) * MINUTE);
      const others = data.serviceRecords.filter(
        (x) => x.volunteerId === r.volunteerId && x !== r && dateKey(x.signInAt) === today,
      );
      expect(others).toEqual([]);
    }
  });

  it('stays within the daily cap for every volunteer', () => {
    const perDay = new Map<string, number>();
    for (const r of data.serviceRecords) {
      const key = `${r.volunteerId}|${dateKey(r.signInAt)}`;
      perDay.set(key, (perDay.get(key) ?? 0) + (r.creditedMinutes ?? 0));
    }
    expect(perDay.size).toBeGreaterThan(0);
    expect(Math.max(...perDay.values())).toBeLessThanOrEqual(DEMO_HOURS_RULES.capPerDayMinutes);
  });

  it('links activities to completed bookings in the same room and time', () => {
    const linked = data.activities.filter((a) => a.bookingId !== null);
    expect(linked.length).toBeGreaterThan(0);
    for (const a of linked) {
      const b = data.bookings.find((x) => x.id === a.bookingId);
      expect(b).toMatchObject({ status: '已完成', roomId: a.roomId, start: a.start, end: a.end });
    }
  });

  it('counts each activity’s volunteers from its service records', () => {
    expect(data.activities.filter((a) => a.volunteerCount > 0).length).toBeGreaterThan(0);
    for (const a of data.activities) {
      const records = data.serviceRecords.filter((r) => r.activityId === a.id);
      expect(a.volunteerCount).toBe(records.length);
      for (const r of records) expect(r.bookingId).toBe(a.bookingId);
    }
  });
});
