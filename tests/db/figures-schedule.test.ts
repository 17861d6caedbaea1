import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DistrictDoc, DistrictInfo, DistrictLink } from '../../renderer/src/db/sync/district-link';
import { figuresSchedule, PUBLISH_EVERY_MS } from '../../renderer/src/db/sync/figures-schedule';
import { activityDraft } from './activity-fixtures';
import { openTestDesk } from './helpers';

const INFO: DistrictInfo = {
  district: 'district-gulou',
  shared: 'district-gulou-shared',
  site: { db: 'suo-dongjie', name: '东街所', level: '所' },
  sites: [],
};

/** A link that keeps what is put, by id, as the site database would. */
function fakeLink() {
  const docs = new Map<string, Record<string, unknown>>();
  const puts: string[] = [];
  const link: DistrictLink = {
    info: async () => INFO,
    list: async <T>(_db: string, prefix: string) =>
      [...docs.values()].filter((d) => String(d._id).startsWith(prefix)) as unknown as DistrictDoc<T>[],
    put: async (_db, doc) => {
      puts.push(doc._id);
      docs.set(doc._id, { ...doc, _rev: '1-x' });
    },
    create: async () => {
      throw new Error('figures are only ever put');
    },
  };
  return { link, puts };
}

let close: () => void = () => undefined;
afterEach(() => close());

describe('publishing the figures while connected', () => {
  it('publishes the year on connecting, then at most every 15 minutes, only months that changed', async () => {
    const { db, ctx, repos } = await openTestDesk('figures-schedule');
    close = () => db.close();
    const { link, puts } = fakeLink();
    const listeners = new Set<() => void>();
    let connected = false;
    const schedule = figuresSchedule({
      db,
      link: async () => link,
      deskName: async () => '前台',
      now: ctx.now,
    });
    const stop = schedule.attach({
      connected: () => connected,
      subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    });
    await schedule.idle();
    expect(puts).toEqual([]);
    connected = true;
    listeners.forEach((l) => l());
    await schedule.idle();
    expect(puts).toHaveLength(11);
    await repos.activities.create(activityDraft('2026-11-20'));
    listeners.forEach((l) => l());
    await schedule.idle();
    expect(puts).toHaveLength(11);
    ctx.advance(PUBLISH_EVERY_MS);
    listeners.forEach((l) => l());
    await schedule.idle();
    // Later the same day: this month and the last; only November changed.
    expect(puts.slice(11)).toEqual(['figures:suo-dongjie:2026-11']);
    stop();
  });
});
