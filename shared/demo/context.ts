import type { BaseRecord, Gender } from '../model';
import { stampNew } from '../model/base';
import { createRandom, uuidFromRandom } from '../random/seeded';
import type { SeededRandom } from '../random/seeded';
import { addDays, dateKey, fromDateAndMinutes } from '../time/center-time';
import { DEMO_WORDS, GIVEN_NAMES } from './pools';

/**
 * One minute and one day in milliseconds (the center has no daylight saving, so days are fixed).
 *
 * @example
 * const lateBy = 15 * MINUTE_MS;
 */
export const MINUTE_MS = 60_000;

/**
 * One day in milliseconds.
 *
 * @example
 * const installedAt = now - 90 * DAY_MS;
 */
export const DAY_MS = 86_400_000;

/**
 * Everything the demo generators share: one seeded random stream (so output is reproducible), the
 * clock passed in, and helpers that stamp records and draw plausible people.
 *
 * @example
 * const ctx = createDemoContext({ now, seed: 7, deskId: 'desk-1' });
 * ctx.stamp({ name: '理论讲堂' }, now - DAY_MS);
 */
export interface DemoContext {
  rand: SeededRandom;
  now: number;
  /** The center's date of `now`. */
  today: string;
  deskId: string;
  /** A reproducible UUID-shaped id. */
  newId(): string;
  /** Stamps a record created at `at` (clamped so nothing is created after `now`). */
  stamp<T extends object>(draft: T, at: number): T & BaseRecord;
  /** A random instant during desk hours (08:30-17:00) on a date, never after `now`. */
  deskTime(day: string): number;
  /** A unique valid mainland mobile. */
  mobile(): string;
  /** A plausible full name for the sex and birth year; `surname` fixes the family name (a father's). */
  personName(gender: Gender, birthYear: number, surname?: string): string;
}

/**
 * Creates the shared context for one demo generation run.
 *
 * @example
 * createDemoContext({ now: Date.UTC(2026, 10, 22, 2), seed: 1, deskId: 'demo' }).today // => '2026-11-22'
 */
export function createDemoContext(options: { now: number; seed: number; deskId: string }): DemoContext {
  const { now, deskId } = options;
  const rand = createRandom(options.seed);
  const usedMobiles = new Set<string>();
  const clamp = (at: number): number => Math.min(at, now);
  return {
    rand,
    now,
    today: dateKey(now),
    deskId,
    newId: () => uuidFromRandom(rand),
    stamp: (draft, at) => stampNew(draft, { id: uuidFromRandom(rand), now: clamp(at), deskId }),
    deskTime(day) {
      const at = fromDateAndMinutes(day, rand.int(510, 1020));
      return at <= now ? at : now - rand.int(5, 120) * MINUTE_MS;
    },
    mobile() {
      for (;;) {
        const candidate =
          rand.pick(DEMO_WORDS.mobilePrefixes) + String(rand.int(0, 99_999_999)).padStart(8, '0');
        if (!usedMobiles.has(candidate)) {
          usedMobiles.add(candidate);
          return candidate;
        }
      }
    },
    personName(gender, birthYear, surname) {
      const era = birthYear < 1975 ? 0 : birthYear < 1995 ? 1 : 2;
      const given = GIVEN_NAMES[gender][era] ?? GIVEN_NAMES[gender][1];
      return (surname ?? rand.pick(DEMO_WORDS.surnames)) + rand.pick(given);
    },
  };
}

/**
 * The same month and day `years` earlier; 02-29 falls back to 02-28 in common years.
 *
 * @example
 * yearsBefore('2028-02-29', 1) // => '2027-02-28'
 */
export function yearsBefore(day: string, years: number): string {
  const year = Number(day.slice(0, 4)) - years;
  const monthDay = day.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const md = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${md}`;
}

/**
 * The dates from `from` to `to` inclusive.
 *
 * @example
 * dateRange('2026-11-21', '2026-11-23') // => ['2026-11-21', '2026-11-22', '2026-11-23']
 */
export function dateRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}
