import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase, Repos } from '../../renderer/src/db';
import {
  loadOverview,
  overviewRanges,
  pendingPrefetchedOverview,
  prefetchOverview,
  takePrefetchedOverview,
} from '../../renderer/src/features/overview/load-overview';
import { openTestDesk } from './helpers';
import { volunteerDraft } from './volunteer-fixtures';

let db: DeskDatabase;
let repos: Repos;

beforeEach(async () => {
  ({ db, repos } = await openTestDesk('overview-prefetch'));
});
afterEach(() => db.close());

/** Waits until the boot's read is in (it resolves on its own, outside any caller's await). */
async function settled(today: string, now: number) {
  for (let i = 0; i < 200; i += 1) {
    const value = takePrefetchedOverview(today, now);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return undefined;
}

describe('今日概览 read at boot', () => {
  it('hands the page the same figures its own read gives, so the first frame is already filled', async () => {
    await repos.volunteers.register(volunteerDraft(1, Date.now()));
    const now = Date.now();
    const today = dateKey(now);
    prefetchOverview(repos, now);
    const early = await settled(today, now);
    const own = await loadOverview(repos, overviewRanges(today));
    expect(early?.volunteerCount).toBe(1);
    expect(early?.current).toEqual(own.current);
    expect(early?.todo).toEqual(own.todo);
  });

  it('is not shown on another day, nor when the page opens long after (a desk left locked)', async () => {
    const now = Date.now();
    const today = dateKey(now);
    prefetchOverview(repos, now);
    expect(await settled(today, now)).toBeDefined();
    expect(takePrefetchedOverview('2000-01-01', now)).toBeUndefined();
    expect(takePrefetchedOverview(today, now + 60_000)).toBeUndefined();
  });

  it('lets a page mounted before the read is in wait for it, instead of reading the same rows beside it', async () => {
    await repos.volunteers.register(volunteerDraft(1, Date.now()));
    const now = Date.now();
    const today = dateKey(now);
    prefetchOverview(repos, now);
    expect(pendingPrefetchedOverview('2000-01-01', now)).toBeUndefined();
    const pending = pendingPrefetchedOverview(today, now);
    expect(pending).toBeDefined();
    expect((await pending)?.volunteerCount).toBe(1);
    // Once in, the page takes it at once: there is nothing left to wait for.
    expect(pendingPrefetchedOverview(today, now)).toBeUndefined();
    expect(takePrefetchedOverview(today, now)?.volunteerCount).toBe(1);
  });
});
