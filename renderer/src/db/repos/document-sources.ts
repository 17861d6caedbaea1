import { Dexie } from 'dexie';
import type { Activity, Booking, Organisation, Room, ServiceRecord, Volunteer } from '@shared/model';
import { fromDateAndMinutes } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import { live } from './live';

/** One booking with what a slip prints about it. */
export interface BookingSlipData {
  booking: Booking;
  room: Room | null;
  organisation: Organisation | null;
}

/** A volunteer with their confirmed minutes in a period. */
export interface VolunteerHours {
  volunteer: Volunteer;
  minutes: number;
}

/** Read-only access for documents and printouts: recipients, their service, bookings and rooms. */
export function documentSourcesRepo(db: DeskDatabase) {
  const volunteersByIds = async (ids: readonly string[]): Promise<Volunteer[]> =>
    (await db.volunteers.bulkGet([...new Set(ids)])).filter(
      (v): v is Volunteer => v !== undefined && v.deletedAt === null,
    );

  return {
    volunteersByIds,

    /** Every service record of a volunteer (the content builders keep only the certifiable ones). */
    async recordsOf(volunteerId: string): Promise<ServiceRecord[]> {
      return db.serviceRecords
        .where('[volunteerId+signInAt]')
        .between([volunteerId, Dexie.minKey], [volunteerId, Dexie.maxKey])
        .toArray();
    },

    /** Volunteers whose confirmed minutes in a year reach `minMinutes`, most hours first. */
    async volunteersWithHours(year: number, minMinutes: number): Promise<VolunteerHours[]> {
      const from = fromDateAndMinutes(`${year}-01-01`, 0);
      const to = fromDateAndMinutes(`${year + 1}-01-01`, 0);
      const minutes = new Map<string, number>();
      await db.serviceRecords
        .where('signInAt')
        .between(from, to, true, false)
        .each((r) => {
          if (r.deletedAt !== null || r.status !== '已确认' || r.flaggedForReview || !r.creditedMinutes)
            return;
          minutes.set(r.volunteerId, (minutes.get(r.volunteerId) ?? 0) + r.creditedMinutes);
        });
      const ids = [...minutes].filter(([, m]) => m >= minMinutes).map(([id]) => id);
      const people = await volunteersByIds(ids);
      return people
        .map((volunteer) => ({ volunteer, minutes: minutes.get(volunteer.id) ?? 0 }))
        .sort((a, b) => b.minutes - a.minutes);
    },

    /** Activities the center organised, newest first. */
    async recentActivities(limit = 100): Promise<Activity[]> {
      return live(await db.activities.orderBy('start').reverse().limit(limit).toArray());
    },

    /** Volunteers who served at an activity or a booking. */
    async participants(by: { activityId: string } | { bookingId: string }): Promise<Volunteer[]> {
      const records =
        'activityId' in by
          ? await db.serviceRecords.where('activityId').equals(by.activityId).toArray()
          : await db.serviceRecords.where('bookingId').equals(by.bookingId).toArray();
      return volunteersByIds(live(records).map((r) => r.volunteerId));
    },

    /** Bookings that had volunteers serving, newest first (a source of batch recipients). */
    async bookingsWithService(limit = 60): Promise<Booking[]> {
      const activities = live(await db.activities.orderBy('start').reverse().limit(400).toArray());
      const ids = [...new Set(activities.flatMap((a) => (a.bookingId ? [a.bookingId] : [])))].slice(0, limit);
      return (await db.bookings.bulkGet(ids)).filter(
        (b): b is Booking => b !== undefined && b.deletedAt === null,
      );
    },

    async bookingSlips(ids: readonly string[]): Promise<BookingSlipData[]> {
      const bookings = (await db.bookings.bulkGet([...ids])).filter((b): b is Booking => b !== undefined);
      const rooms = new Map((await db.rooms.toArray()).map((r) => [r.id, r]));
      const orgIds = bookings.flatMap((b) => (b.organisationId ? [b.organisationId] : []));
      const orgs = new Map(
        (await db.organisations.bulkGet(orgIds)).flatMap((o) => (o ? [[o.id, o] as const] : [])),
      );
      return bookings.map((booking) => ({
        booking,
        room: rooms.get(booking.roomId) ?? null,
        organisation: booking.organisationId ? (orgs.get(booking.organisationId) ?? null) : null,
      }));
    },

    /** Rooms and the bookings of one center day (for the door sheet). */
    async daySheet(date: string): Promise<{ rooms: Room[]; bookings: BookingSlipData[] }> {
      const from = fromDateAndMinutes(date, 0);
      const to = fromDateAndMinutes(date, 1440);
      const maxMs = 7 * 24 * 3600_000;
      const bookings = live(
        await db.bookings
          .where('start')
          .between(from - maxMs, to, true, false)
          .toArray(),
      ).filter((b) => b.end > from && b.start < to && b.status !== '已取消');
      const rooms = live(await db.rooms.orderBy('sortOrder').toArray()).filter((r) => r.active);
      const slips = await this.bookingSlips(bookings.sort((a, b) => a.start - b.start).map((b) => b.id));
      return { rooms, bookings: slips };
    },
  };
}
