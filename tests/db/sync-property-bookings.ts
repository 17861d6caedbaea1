import { generateDemoData } from '@shared/demo';
import type { Booking } from '@shared/model';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { bookingsRepo, type BookingFields } from '../../renderer/src/db/repos/bookings';
import { BookingRefusedError } from '../../renderer/src/db/repos/booking-tx';
import type { PDesk } from './sync-property-world';

/**
 * Bookings in the property test: every desk books, changes and cancels what it holds. A booking
 * conflict takes the owning desk's version by default, and is still kept for staff.
 */

/** Rooms and organisations desk-a starts with: the demo's, so bookings pass the rooms' rules. */
export async function seedPlaces(a: PDesk): Promise<void> {
  const demo = generateDemoData({ now: a.ctx.now(), seed: 7, deskId: a.deskId });
  await a.db.rooms.bulkPut(demo.rooms);
  await a.db.organisations.bulkPut(demo.organisations);
}

/** What the booking form edits: the fields it sends back on a change. */
const EDITABLE = [
  'roomId',
  'start',
  'end',
  'title',
  'category',
  'organisationId',
  'contactName',
  'phone',
  'expectedAttendees',
  'equipment',
  'notes',
  'backfillReason',
] as const;
const fieldsOf = (b: Booking) => Object.fromEntries(EDITABLE.map((k) => [k, b[k]])) as BookingFields;

/**
 * The desk books a room for the morning of a day ahead chosen by `n`; returns the booking's id, or null
 * when the rooms' rules refuse it (the slot is taken, the room is closed that day).
 */
export async function book(d: PDesk, n: number): Promise<string | null> {
  const [rooms, organisations] = [await d.db.rooms.toArray(), await d.db.organisations.toArray()];
  const room = rooms.filter((r) => r.active)[n % rooms.length] ?? rooms[0];
  const day = addDays(dateKey(d.ctx.now()), 20 + (n % 9));
  const fields: BookingFields = {
    roomId: room?.id ?? '',
    start: fromDateAndMinutes(day, 540),
    end: fromDateAndMinutes(day, 660),
    title: `第${n}步的讲座`,
    category: '法治',
    organisationId: organisations[0]?.id ?? null,
    contactName: '林晓',
    phone: '13812345678',
    expectedAttendees: 30,
    equipment: [],
    notes: '',
    backfillReason: null,
  };
  try {
    return (await bookingsRepo(d.db, d.ctx).create(fields, { id: `${d.deskId}-bk${n}` })).id;
  } catch (error) {
    if (error instanceof BookingRefusedError) return null;
    throw error;
  }
}

/** A desk's bookings still open to change (not cancelled, not used). */
export async function openBookings(d: PDesk): Promise<Booking[]> {
  const rows = await d.db.bookings.toArray();
  return rows.filter((b) => b.deletedAt === null && (b.status === '已确认' || b.status === '待审核'));
}

/** The desk changes the expected attendance to `n`, or cancels the booking. */
export async function changeBooking(d: PDesk, b: Booking, n: number, cancel: boolean): Promise<void> {
  const repo = bookingsRepo(d.db, d.ctx);
  if (cancel) await repo.cancel(b.id, `第${n}步取消`);
  else await repo.update(b.id, { ...fieldsOf(b), expectedAttendees: n });
}
