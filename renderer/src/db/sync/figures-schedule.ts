import { monthsToPublish } from '@shared/stats/district-figures';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase } from '../database';
import type { DistrictLink } from './district-link';
import { publishFigures } from './figures-publish';

/** How often a connected desk publishes its figures again. */
export const PUBLISH_EVERY_MS = 15 * 60_000;

export interface FiguresScheduleOptions {
  db: DeskDatabase;
  link: () => Promise<DistrictLink | null>;
  deskName: () => Promise<string>;
  now: () => number;
  everyMs?: number;
}

/** While one engine runs: whether it is connected, and its status changes. */
export interface Connection {
  connected(): boolean;
  subscribe(listener: () => void): () => void;
}

/**
 * Publishes the site's monthly figures for the district (see publishFigures): once sync has connected,
 * then at most every 15 minutes while connected; the current and previous month, and the current
 * year's months on the first publish of a day. Runs beside sync, never inside a write or a sync cycle,
 * and one at a time; a failure waits for the next turn (the figures are derived, nothing is lost).
 */
export function figuresSchedule(options: FiguresScheduleOptions) {
  const every = options.everyMs ?? PUBLISH_EVERY_MS;
  let lastDay: string | null = null;
  let running: Promise<void> | null = null;

  async function publish(): Promise<void> {
    const link = await options.link();
    const info = link && (await link.info());
    if (!link || !info) return;
    const today = dateKey(options.now());
    const months = monthsToPublish(today, lastDay !== today);
    await publishFigures(options.db, link, info, months, {
      now: options.now(),
      deskName: await options.deskName(),
    });
    lastDay = today;
  }

  return {
    /** Starts publishing for one connection; returns the stop (sign-out, pause of sync, stop). */
    attach(connection: Connection): () => void {
      let lastAt = -Infinity;
      let stopped = false;
      const maybe = () => {
        if (stopped || running || !connection.connected() || options.now() - lastAt < every) return;
        lastAt = options.now();
        running = publish()
          .catch(() => undefined)
          .finally(() => {
            running = null;
          });
      };
      const unsubscribe = connection.subscribe(maybe);
      const timer = setInterval(maybe, every);
      maybe();
      return () => {
        stopped = true;
        unsubscribe();
        clearInterval(timer);
      };
    },
    /** Settles once a publish under way has finished (tests, closing). */
    idle: () => running ?? Promise.resolve(),
  };
}
