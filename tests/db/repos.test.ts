import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemoData } from '@shared/demo';
import { stampNew, type Booking } from '@shared/model';
import {
  createDatabase,
  createRepos,
  LoadCancelledError,
  openDatabase,
  type DeskDatabase,
  type Repos,
} from '../../renderer/src/db';
import { testContext, uniqueDbName } from './helpers';

let db: DeskDatabase;
let repos: Repos;
let ctx: ReturnType<typeof testContext>;

beforeEach(async () => {
  db = createDatabase(uniqueDbName('repos'));
  await openDatabase(db);
  ctx = testContext();
  repos = createRepos(db, ctx);
});
afterEach(() => db.close());

const demo = () => generateDemoData({ now: ctx.now(), seed: 42, deskId: ctx.deskId });

describe('settings', () => {
  it('saves the center profile and records who changed it in the audit log', async () => {
    const profile = {
      name: '鼓楼区新时代文明实践中心',
      level: '中心' as const,
      address: '东街88号',
      phone: '0591-87654321',
    };
    await repos.settings.set('centerProfile', profile);
    ctx.advance(60_000);
    await repos.settings.set('centerProfile', { ...profile, phone: '13812345678' });

    expect(await repos.settings.get('centerProfile')).toEqual({ ...profile, phone: '13812345678' });
    const log = await repos.audit.recent();
    expect(log.map((e) => e.action)).toEqual(['修改设置', '新建设置']);
    expect(log[0]).toMatchObject({ actor: '测试员', entityId: 'centerProfile', before: profile });
    expect(await db.settings.where('key').equals('centerProfile').count()).toBe(1);
  });

  it('answers undefined for a setting never saved', async () => {
    expect(await repos.settings.get('centerProfile')).toBeUndefined();
  });
});

describe('loading demo data', () => {
  it('loads every table in one go and reports progress up to the total', async () => {
    const data = demo();
    const progress: number[] = [];
    let total = 0;
    await repos.demo.load(data, (done, all) => {
      progress.push(done);
      total = all;
    });
    expect(await repos.people.volunteerCount()).toBe(200);
    expect(await db.bookings.count()).toBe(data.bookings.length);
    expect(total).toBe(Object.values(data).flat().length);
    expect(progress.at(-1)).toBe(total);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(await repos.settings.get('demoDataLoadedAt')).toBe(ctx.now());
    expect(await repos.demo.isEmpty()).toBe(false);
  });

  it('writes nothing at all when cancelled half way', async () => {
    const controller = new AbortController();
    await expect(
      repos.demo.load(
        demo(),
        (done) => {
          if (done >= 100) controller.abort();
        },
        controller.signal,
      ),
    ).rejects.toBeInstanceOf(LoadCancelledError);
    expect(await repos.demo.isEmpty()).toBe(true);
    expect(await db.volunteers.count()).toBe(0);
    expect(await db.rooms.count()).toBe(0);
    expect(await repos.settings.get('demoDataLoadedAt')).toBeUndefined();
  });

  it('refuses to mix demo data into a desk that already has data', async () => {
    await repos.demo.load(demo(), () => undefined);
    await expect(repos.demo.load(demo(), () => undefined)).rejects.toThrow('示例数据只能载入空白的数据库');
    expect(await repos.people.volunteerCount()).toBe(200);
  });
});

describe('reading volunteers', () => {
  it('finds a volunteer by the last four digits of the phone', async () => {
    const data = demo();
    await repos.demo.load(data, () => undefined);
    const target = data.volunteers[17];
    if (!target) throw new Error('demo has volunteers');
    const found = await repos.people.searchVolunteers(target.phone.slice(-4));
    expect(found.map((v) => v.id)).toContain(target.id);
  });

  it('pages volunteers in number order and leaves out deleted ones', async () => {
    await repos.demo.load(demo(), () => undefined);
    const first = await repos.people.volunteersAfter(null, 20);
    expect(first.map((v) => v.volunteerNo)).toEqual(
      Array.from({ length: 20 }, (_, i) => `ZYZ${String(i + 1).padStart(6, '0')}`),
    );
    const gone = first[0];
    if (!gone) throw new Error('page has rows');
    // Through the repository, as the desk deletes: the kept live count moves with it.
    await repos.volunteers.remove(gone.id);
    expect(await repos.people.volunteerCount()).toBe(199);
    const after = await repos.people.volunteersAfter(null, 20);
    expect(after.map((v) => v.id)).not.toContain(gone.id);
    // The page is still full: the deleted row's place goes to the next number.
    expect(after.map((v) => v.volunteerNo)).toEqual(
      Array.from({ length: 20 }, (_, i) => `ZYZ${String(i + 2).padStart(6, '0')}`),
    );
  });

  it('walks the roster forwards and back by keyset, the last page included, without gaps or repeats', async () => {
    await repos.demo.load(demo(), () => undefined);
    const numbers = (rows: { volunteerNo: string }[]) => rows.map((v) => v.volunteerNo);
    const all = Array.from({ length: 200 }, (_, i) => `ZYZ${String(i + 1).padStart(6, '0')}`);

    const forwards: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await repos.people.volunteersAfter(after, 30);
      if (page.length === 0) break;
      forwards.push(...numbers(page));
      after = page.at(-1)?.volunteerNo ?? null;
    }
    expect(forwards).toEqual(all);

    const last = await repos.people.volunteersBefore(null, 20);
    expect(numbers(last)).toEqual(all.slice(180));
    const beforeLast = await repos.people.volunteersBefore(last[0]?.volunteerNo ?? null, 20);
    expect(numbers(beforeLast)).toEqual(all.slice(160, 180));
  });
});

describe('reading bookings of a period', () => {
  const hour = 3600_000;
  const t0 = Date.UTC(2026, 10, 22, 0);
  const booking = (id: string, start: number, end: number, deleted = false): Booking =>
    ({
      ...stampNew({}, { id, now: t0, deskId: 'd' }),
      number: id,
      roomId: 'room-1',
      start,
      end,
      deletedAt: deleted ? t0 : null,
    }) as Booking;

  it('includes a booking that began before the period and treats back-to-back ones as outside', async () => {
    await db.bookings.bulkAdd([
      booking('spans-in', t0 - hour, t0 + hour),
      booking('inside', t0 + 2 * hour, t0 + 3 * hour),
      booking('ends-at-start', t0 - hour, t0),
      booking('starts-at-end', t0 + 4 * hour, t0 + 5 * hour),
      booking('deleted', t0 + hour, t0 + 2 * hour, true),
    ]);
    const rows = await repos.places.bookingsBetween(t0, t0 + 4 * hour);
    expect(rows.map((b) => b.id).sort()).toEqual(['inside', 'spans-in']);
  });

  it('includes the bookings from the evening before that run past midnight, in start order', async () => {
    await db.bookings.bulkAdd([
      booking('inside', t0 + 2 * hour, t0 + 3 * hour),
      booking('overnight', t0 - 4 * hour, t0 + hour),
      booking('all-day-before', t0 - 23 * hour, t0 - 10 * hour),
      booking('covers-period', t0 - 20 * hour, t0 + 5 * hour),
      booking('overnight-deleted', t0 - 3 * hour, t0 + hour, true),
      booking('morning', t0, t0 + hour),
    ]);
    const rows = await repos.places.bookingsBetween(t0, t0 + 4 * hour);
    expect(rows.map((b) => b.id)).toEqual(['covers-period', 'overnight', 'morning', 'inside']);
  });
});
