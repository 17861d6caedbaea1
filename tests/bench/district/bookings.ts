import { DEMO_SESSIONS } from '@shared/demo/places';
import { ROOM_DEFS } from '@shared/demo/room-defs';
import type { Recurrence } from '@shared/booking/recurrence';
import { addDays, fromDateAndMinutes, weekdayOf } from '@shared/time/center-time';
import { createRepos, type DeskDatabase, type Repos } from '../../../renderer/src/db';
import type { BookingFields } from '../../../renderer/src/db/repos/bookings';
import { forkContext, inWindows, type DistrictContext } from './context';

/** The 所/站 whose rooms make up the district's 30 (seven kinds of room, cycled). */
const STATIONS = ['中心', '东街街道所', '南街街道所', '温泉街道所', '鼓东街道所', '鼓西街道所'];

/**
 * The three bookable sessions of a day. With at most 30 minutes of setup and 15 of cleanup, the rooms'
 * occupied spans (08:30–11:15, 14:00–16:45, 18:30–20:45) never touch, so any mix of sessions fits.
 */
export const DISTRICT_SESSIONS: readonly { startMinute: number; endMinute: number }[] = [
  { startMinute: 540, endMinute: 660 },
  { startMinute: 870, endMinute: 990 },
  { startMinute: 1140, endMinute: 1230 },
];

/** Weeks a series runs for; 13 of them fill five years of a lane (room, weekday, session). */
const SERIES_WEEKS = 20;
const BLOCKS_PER_LANE = 13;

/**
 * Creates the district's 30 rooms through repos.rooms.save: the demo's seven kinds at each station,
 * open every day 08:30–21:00 without approval, so every laid-out booking is accepted as 已确认.
 *
 * @example
 * (await generateRooms(g, repos, 30)).length // => 30
 */
export async function generateRooms(g: DistrictContext, repos: Repos, count: number): Promise<string[]> {
  const ids: string[] = [];
  g.setTime(fromDateAndMinutes(addDays(g.firstDay, -30), 570));
  for (let i = 0; i < count; i += 1) {
    const def = ROOM_DEFS[i % ROOM_DEFS.length] ?? ROOM_DEFS[0];
    if (!def) throw new Error('no demo room definitions');
    const station = STATIONS[Math.floor(i / ROOM_DEFS.length) % STATIONS.length] ?? '中心';
    const room = await repos.rooms.save(
      {
        name: `${station}${def.name}${i >= ROOM_DEFS.length * STATIONS.length ? i : ''}`,
        kind: def.kind,
        capacity: def.capacity,
        area: def.area,
        location: `${station}${def.location}`,
        equipment: [...def.equipment],
        openingHours: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
          weekday,
          openMinute: 510,
          closeMinute: 1260,
        })),
        sessions: DEMO_SESSIONS.map((s) => ({ ...s })),
        setupMinutes: Math.min(def.setupMinutes, 30),
        cleanupMinutes: Math.min(def.cleanupMinutes, 15),
        needsApproval: false,
        color: def.color,
        active: true,
        sortOrder: 0,
      },
      null,
    );
    ids.push(room.id);
  }
  return ids;
}

/** One run of weekly bookings in a lane: `weeks` occurrences from `firstDay` in one room and session. */
interface Run {
  roomIndex: number;
  firstDay: string;
  session: number;
  weeks: number;
}

/**
 * Lays `count` bookings out so none can clash: the five years are cut into lanes (room × weekday ×
 * session) of 13 blocks of 20 weeks; a seeded shuffle picks which blocks are used, so small runs still
 * spread over every room and year. Throws when `count` is more than the lanes hold (scale above ~1.6).
 *
 * @example
 * layBookings(g, 30, 100).reduce((n, r) => n + r.weeks, 0) // => 100
 */
export function layBookings(g: DistrictContext, rooms: number, count: number): Run[] {
  const lanes = rooms * 7 * DISTRICT_SESSIONS.length;
  const blocks = lanes * BLOCKS_PER_LANE;
  if (count > blocks * SERIES_WEEKS)
    throw new RangeError(`${count} bookings do not fit ${rooms} rooms over five years`);
  const order = g.rand.shuffle(Array.from({ length: blocks }, (_, i) => i));
  const runs: Run[] = [];
  let left = count;
  for (const block of order) {
    if (left === 0) break;
    const lane = block % lanes;
    const week = Math.floor(block / lanes) * SERIES_WEEKS;
    const weekday = Math.floor(lane / DISTRICT_SESSIONS.length) % 7;
    const weeks = Math.min(SERIES_WEEKS, left);
    runs.push({
      roomIndex: Math.floor(lane / (7 * DISTRICT_SESSIONS.length)),
      firstDay: addDays(g.firstDay, week * 7 + weekday),
      session: lane % DISTRICT_SESSIONS.length,
      weeks,
    });
    left -= weeks;
  }
  // Written in time order, as a desk would have taken them.
  return runs.sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.roomIndex - b.roomIndex);
}

/** Ids of forked contexts for booking runs start here (orders and activities use other ranges). */
const BOOKING_KEY = 30_000_000;

/** What {@link generateBookings} writes: `count` bookings over these rooms, booked by these units. */
export interface BookingsInput {
  roomIds: readonly string[];
  organisationIds: readonly string[];
  count: number;
}

/**
 * Writes the laid-out bookings: most runs as a weekly series (repos.bookings.createSeries, one
 * transaction each), every tenth run and any run of one as single bookings (repos.bookings.create),
 * each stamped a week before its first date. Runs never share a lane, so a window of them is written
 * side by side (see inWindows). A refusal throws: the layout promises none.
 *
 * @example
 * await generateBookings(g, db, { roomIds, organisationIds, count: 500 }); // => 500
 */
export async function generateBookings(
  g: DistrictContext,
  db: DeskDatabase,
  input: BookingsInput,
  onProgress: (done: number) => void = () => undefined,
): Promise<number> {
  const runs = layBookings(g, input.roomIds.length, input.count);
  const orgs = await createRepos(db, g).places.organisations();
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const write = (n: number): Promise<unknown> => {
    const run = runs[n];
    const def = ROOM_DEFS[(run?.roomIndex ?? 0) % ROOM_DEFS.length];
    const org = byId.get(g.rand.pick(input.organisationIds));
    const session = DISTRICT_SESSIONS[run?.session ?? 0];
    if (!run || !def || !org || !session) throw new Error('run, room, organisation or session missing');
    const [category, title] = g.rand.pick(def.uses);
    const spans = Array.from({ length: run.weeks }, (_, w) => {
      const day = addDays(run.firstDay, w * 7);
      return {
        start: fromDateAndMinutes(day, session.startMinute),
        end: fromDateAndMinutes(day, session.endMinute),
      };
    });
    const first = spans[0] ?? { start: 0, end: 0 };
    const fields: BookingFields = {
      roomId: input.roomIds[run.roomIndex] ?? '',
      start: first.start,
      end: first.end,
      title,
      category,
      organisationId: org.id,
      contactName: org.contactName,
      phone: org.phone,
      expectedAttendees: g.rand.int(10, 60),
      equipment: [],
      notes: '',
      backfillReason: null,
    };
    const own = forkContext(g, BOOKING_KEY + n);
    own.setTime(first.start - 7 * 86_400_000);
    const repos = createRepos(db, own);
    if (run.weeks === 1 || n % 10 === 9)
      return Promise.all(
        spans.map((span) => repos.bookings.create({ ...fields, ...span }, { id: own.newId() })),
      );
    const rule: Recurrence = {
      freq: 'WEEKLY',
      interval: 1,
      weekdays: [weekdayOf(run.firstDay)],
      monthly: null,
      until: null,
      count: run.weeks,
    };
    return repos.bookings.createSeries(fields, rule, spans, { id: own.newId() });
  };
  await inWindows(
    runs.length,
    async (indexes) => {
      await Promise.all(indexes.map(write));
    },
    (runsDone) => onProgress(runs.slice(0, runsDone).reduce((sum, r) => sum + r.weeks, 0)),
  );
  return runs.reduce((sum, r) => sum + r.weeks, 0);
}
