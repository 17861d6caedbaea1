import { layoutDay } from '@shared/booking/board-layout';
import { generateDemoData } from '@shared/demo';
import type { Booking, Room } from '@shared/model';
import { addDays, dateKey, fromDateAndMinutes } from '@shared/time/center-time';
import { createDatabase, createRepos, openDatabase, systemContext } from '../../../renderer/src/db';
import type { BookingFields } from '../../../renderer/src/db/repos/bookings';
import { MAKEUP_DAYS } from '../../../renderer/src/db/repos/closures';
import { afterNextFrame, interleavedMedians, median, medianOf, type Measure } from '../measure';
import { rawCheckThenWrite, rawOverlapQuery } from '../raw-booking';
import { boardRenderer } from '../board-render';

/** Four slots a day per room, for as many days as it takes to reach the booking count. */
const SLOTS = [
  [540, 600],
  [690, 750],
  [840, 900],
  [1170, 1230],
] as const;

function manyRooms(template: Room[], count: number): Room[] {
  return Array.from({ length: count }, (_, i) => {
    const base = template[i % template.length] as Room;
    // Every day open, so each generated slot is a valid booking.
    const openingHours = [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({
      weekday,
      openMinute: 510,
      closeMinute: 1260,
    }));
    return { ...base, id: crypto.randomUUID(), name: `${base.name}${i + 1}`, sortOrder: i, openingHours };
  });
}

function manyBookings(template: Booking, rooms: Room[], count: number, firstDay: string): Booking[] {
  const out: Booking[] = [];
  for (let day = 0; out.length < count; day += 1) {
    const date = addDays(firstDay, day);
    for (const room of rooms) {
      for (const [from, to] of SLOTS) {
        if (out.length >= count) break;
        out.push({
          ...template,
          id: crypto.randomUUID(),
          number: `BB-${String(out.length).padStart(7, '0')}`,
          roomId: room.id,
          start: fromDateAndMinutes(date, from),
          end: fromDateAndMinutes(date, to),
          status: '已确认',
          seriesId: null,
        });
      }
    }
  }
  return out;
}

/** Booking measures at 100,000 bookings over 30 rooms: a save with its conflict check, and a day's board. */
export async function run(params: URLSearchParams): Promise<Measure[]> {
  const COUNT = Number(params.get('bookings') ?? '100000');
  const ROOMS = Number(params.get('rooms') ?? '30');
  const measures: Measure[] = [];
  const now = Date.now();
  const ctx = systemContext('bench-desk');
  const demo = generateDemoData({ now, seed: 3, deskId: ctx.deskId });
  const name = `bench-bookings-${now}`;
  const db = createDatabase(name);
  await openDatabase(db);
  const repos = createRepos(db, ctx);
  const rooms = manyRooms(demo.rooms, ROOMS);
  const firstDay = addDays(dateKey(now), -Math.ceil(COUNT / ROOMS / SLOTS.length / 2));
  const rows = manyBookings(demo.bookings[0] as Booking, rooms, COUNT, firstDay);
  await db.rooms.bulkAdd(rooms);
  const load = await median(1, async () => {
    for (let i = 0; i < rows.length; i += 10_000) await db.bookings.bulkAdd(rows.slice(i, i + 10_000));
  });
  measures.push({
    name: `bulkAdd ${COUNT.toLocaleString('en')} bookings over ${ROOMS} rooms`,
    ms: load,
    reference: null,
    targetRatio: null,
  });

  // Free slots (16:30–17:30, buffers included) in the middle of the data, a different room and day per run.
  const mid = addDays(firstDay, Math.floor(COUNT / ROOMS / SLOTS.length / 2));
  let run = 0;
  const nextSlot = () => {
    run += 1;
    const room = rooms[run % rooms.length] as Room;
    const date = addDays(mid, run);
    return { room, start: fromDateAndMinutes(date, 990), end: fromDateAndMinutes(date, 1050) };
  };
  const fields = (roomId: string, start: number, end: number): BookingFields => ({
    roomId,
    start,
    end,
    title: '基准测试',
    category: '会议',
    organisationId: null,
    contactName: '测试',
    phone: '13812345678',
    expectedAttendees: 10,
    equipment: [],
    notes: '',
    backfillReason: null,
  });
  // The three are measured in turns, so a busy moment of the machine weighs on each of them alike.
  // A save takes 3-10 ms and its spread is wide (p25 to p75 about ±30%): at 31 rounds the ratio of two
  // medians moved between 1.07 and 1.87 from one run to the next on the same code; 101 take 3 s.
  const idb = db.backendDB();
  const [save = Number.NaN, raw = Number.NaN, floor = Number.NaN] = await interleavedMedians(101, [
    async () => {
      const { room, start, end } = nextSlot();
      await repos.bookings.create(fields(room.id, start, end), { id: crypto.randomUUID() });
    },
    async () => {
      const { room, start, end } = nextSlot();
      await rawOverlapQuery(idb, room.id, start, end);
    },
    async () => {
      const { room, start, end } = nextSlot();
      await rawCheckThenWrite(idb, fields(room.id, start, end), crypto.randomUUID(), Date.now());
    },
  ]);
  // Any write pays the commit (strict durability waits for the disk); this is the floor for a save.
  const bare = await median(21, () =>
    db.transaction('rw', db.counters, () =>
      db.counters.put({
        id: 'bench',
        key: 'bench',
        last: run,
        createdAt: 0,
        updatedAt: 0,
        deletedAt: null,
        deskId: 'b',
      }),
    ),
  );
  measures.push({
    name: 'bare rw transaction writing one row (the commit every save pays)',
    ms: bare,
    reference: null,
    targetRatio: null,
  });
  measures.push({
    name: 'save one booking incl. conflict check, number and audit (one rw transaction)',
    ms: save,
    reference: { name: 'raw indexed overlap query on [roomId+start]', ms: raw },
    targetRatio: null,
    note: 'the old ≤ 3× target, retired by issue 14: no durable save can meet it (see the floor below)',
  });
  measures.push({
    name: 'save one booking (as above)',
    ms: save,
    reference: { name: 'raw IndexedDB doing the same reads, check and writes, no library', ms: floor },
    targetRatio: 1.5,
  });
  measures.push({
    name: 'raw IndexedDB check-then-write (same requests as a save)',
    ms: floor,
    reference: { name: 'raw indexed overlap query on [roomId+start]', ms: raw },
    targetRatio: null,
  });

  // The whole day board as staff see it: repository reads, layout, the React component, style and layout.
  const renderer = boardRenderer();
  const organisations = new Map((await repos.places.organisations()).map((o) => [o.id, o]));
  let blocks = 0;
  // Where each round's time goes, so a row over budget says what to work on.
  const parts = {
    reads: [] as number[],
    layout: [] as number[],
    react: [] as number[],
    style: [] as number[],
  };
  const frames: number[] = [];
  const rounds: number[] = [];
  for (let round = 1; round <= 11; round += 1) {
    const day = addDays(mid, 3 + round);
    const from = fromDateAndMinutes(day, 0);
    const t0 = performance.now();
    const [all, bookings, closures] = await Promise.all([
      repos.places.rooms(),
      repos.places.bookingsBetween(from, from + 86_400_000),
      repos.places.closuresBetween(day, day),
    ]);
    const t1 = performance.now();
    const layout = layoutDay({ date: day, rooms: all, bookings, closures, makeup: MAKEUP_DAYS });
    const t2 = performance.now();
    const drawn = renderer.render(day, layout, organisations);
    const t3 = performance.now();
    blocks = drawn.buttons;
    rounds.push(t3 - t0);
    parts.reads.push(t1 - t0);
    parts.layout.push(t2 - t1);
    parts.react.push(drawn.reactMs);
    parts.style.push(t3 - t2 - drawn.reactMs);
    // The frame that paints this board, waited for outside the measured time: otherwise it runs at the
    // next round's first await and is counted as that round's repository reads.
    frames.push((await afterNextFrame()) - t3);
    // Staff look at a board before asking for the next day, so each round starts from a quiet page.
    // Back to back, a round ran while the browser was still busy with the last board off the main thread
    // (a main-thread timer fired within 1 ms), and on two cores the reads, React and layout all waited:
    // the row took 72–112 ms back to back and 38–43 ms after a pause, reads 37–48 ms against 16–19 ms.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  renderer.unmount();
  const ms = (xs: readonly number[]) => `${medianOf(xs).toFixed(1)} ms`;
  measures.push({
    name: `day board of one day (${ROOMS} rooms, ${blocks} buttons): reads, layout, React render, browser layout`,
    ms: medianOf(rounds),
    reference: { name: 'budget set by issue 14', ms: 50 },
    targetRatio: 1,
    note:
      `medians: repository reads ${ms(parts.reads)}, day layout ${ms(parts.layout)}, React render and ` +
      `commit ${ms(parts.react)}, style and layout ${ms(parts.style)}; then the frame that paints it ` +
      `${ms(frames)} (not in the row)`,
  });

  db.close();
  indexedDB.deleteDatabase(name);
  return measures;
}
