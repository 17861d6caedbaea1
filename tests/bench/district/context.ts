import { createRandom, type SeededRandom } from '@shared/random/seeded';
import { addDays, dateKey } from '@shared/time/center-time';
import type { WriteContext } from '../../../renderer/src/db';

/**
 * How many rows of each table a district center holds after five years (issue 14). `scale` multiplies
 * every size except the 30 rooms, so a quick run keeps the shape of the full one.
 *
 * @example
 * districtSizes(0.005).volunteers // => 630
 */
export interface DistrictSizes {
  volunteers: number;
  serviceRecords: number;
  bookings: number;
  rooms: number;
  activities: number;
  orders: number;
  documents: number;
  organisations: number;
}

/** The full district: the sizes issue 14 asks every screen to stay quick at. */
export const DISTRICT_SIZES: Readonly<DistrictSizes> = {
  volunteers: 126_000,
  serviceRecords: 300_000,
  bookings: 100_000,
  rooms: 30,
  activities: 20_000,
  orders: 50_000,
  documents: 20_000,
  organisations: 2_000,
};

/**
 * The district sizes times `scale` (at least one row each; the rooms stay 30).
 *
 * @example
 * districtSizes(0.001).bookings // => 100
 */
export function districtSizes(scale: number): DistrictSizes {
  if (!(scale > 0)) throw new RangeError(`scale must be positive, got ${scale}`);
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  return {
    volunteers: n(DISTRICT_SIZES.volunteers),
    serviceRecords: n(DISTRICT_SIZES.serviceRecords),
    bookings: n(DISTRICT_SIZES.bookings),
    rooms: DISTRICT_SIZES.rooms,
    activities: n(DISTRICT_SIZES.activities),
    orders: n(DISTRICT_SIZES.orders),
    documents: n(DISTRICT_SIZES.documents),
    organisations: n(DISTRICT_SIZES.organisations),
  };
}

/** Five years of history end on the day before `now`. */
export const HISTORY_DAYS = 5 * 365;

/**
 * The generator's write context: a clock it moves to each row's own time (so rows are stamped across
 * the five years instead of all at `now`), counter-based ids and a fixed actor, so two runs with the
 * same seed and `now` write the same rows. `rand` is the one seeded stream every step draws from.
 *
 * @example
 * const g = districtContext({ now, seed: 14 });
 * g.setTime(now - 86_400_000); repos.activities.create(draft); // stamped a day ago
 */
export interface DistrictContext extends WriteContext {
  rand: SeededRandom;
  /** The end of the history: nothing is stamped after it. */
  end: number;
  /** The first day of the history, `YYYY-MM-DD`. */
  firstDay: string;
  /** Moves the clock; instants after `end` are clamped to it. */
  setTime(at: number): void;
}

/**
 * Creates the deterministic context for one generation run.
 *
 * @example
 * districtContext({ now: Date.UTC(2026, 11, 1, 2), seed: 14 }).newId() // => '00000000-0000-4000-8000-000000000001'
 */
export function districtContext(options: { now: number; seed: number; deskId?: string }): DistrictContext {
  let clock = options.now;
  let seq = 0;
  return {
    rand: createRandom(options.seed),
    end: options.now,
    firstDay: addDays(dateKey(options.now), -HISTORY_DAYS),
    now: () => clock,
    newId: () => {
      seq += 1;
      // UUID-shaped and zero-padded, so ids sort in the order they were made.
      return `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
    },
    deskId: options.deskId ?? 'district-desk',
    actor: '区中心前台',
    setTime(at: number) {
      clock = Math.min(at, options.now);
    },
  };
}

/** Reports a phase to the bench page (its error names the last one) and to an optional listener. */
export type PhaseListener = (phase: string) => void;

/**
 * A write context of its own for item `key` (an order, an activity, a booking run): its own clock, and
 * ids `{key}-0000-4000-8000-{n}` counted per item. Items written side by side (see {@link inWindows})
 * then get the same stamps and ids whatever order the browser runs their transactions in.
 *
 * @example
 * const own = forkContext(g, 10_000_001); own.setTime(at); createRepos(db, own).orders.create(draft);
 */
export function forkContext(g: DistrictContext, key: number): WriteContext & { setTime(at: number): void } {
  let clock = g.end;
  let seq = 0;
  const prefix = String(key).padStart(8, '0');
  return {
    now: () => clock,
    newId: () => {
      seq += 1;
      return `${prefix}-0000-4000-8000-${String(seq).padStart(12, '0')}`;
    },
    deskId: g.deskId,
    actor: g.actor,
    setTime(at: number) {
      clock = Math.min(at, g.end);
    },
  };
}

/** Items written side by side: enough to keep IndexedDB busy between one commit and the next. */
export const WINDOW = 25;

/**
 * Runs `step` over 0..count-1 in windows of {@link WINDOW} indexes, one window after another; the
 * step starts each item's writes in index order, so transactions that take numbers (booking and
 * order counters) and the audit chain are queued, and therefore run, in the same order every time.
 *
 * @example
 * await inWindows(100, async (indexes) => { await Promise.all(indexes.map(write)); });
 */
export async function inWindows(
  count: number,
  step: (indexes: number[]) => Promise<void>,
  onProgress: (done: number) => void = () => undefined,
): Promise<void> {
  for (let from = 0; from < count; from += WINDOW) {
    const indexes = Array.from({ length: Math.min(WINDOW, count - from) }, (_, k) => from + k);
    await step(indexes);
    onProgress(Math.min(from + WINDOW, count));
  }
}
