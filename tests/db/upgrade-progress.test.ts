import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { dateKey } from '@shared/time/center-time';
import type { DeskDatabase, UpgradeProgress } from '../../renderer/src/db';
import { createDatabase, openDatabase, SCHEMA_HISTORY } from '../../renderer/src/db';
import { olderDeskWithDemo, uniqueDbName } from './helpers';

const opened: DeskDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const monthNumber = (t: number) => Number(dateKey(t).slice(0, 4)) * 12 + Number(dateKey(t).slice(5, 7));

// A demo desk's upgrade recounts months of records, and since v9 repacks them too: seconds on a loaded machine.
it(
  'tells the boot screen how many months of totals the upgrade has rebuilt, up to all of them',
  { timeout: 30_000 },
  async () => {
    const { name, demo } = await olderDeskWithDemo('upgrade-progress', 6, 4, [
      'volunteers',
      'activities',
      'bookings',
      'serviceRecords',
    ]);
    const starts = [
      ...demo.serviceRecords.filter((r) => r.status === '已确认').map((r) => r.signInAt),
      ...demo.activities.map((a) => a.start),
      ...demo.bookings.map((b) => b.start),
    ];
    const months = monthNumber(Math.max(...starts)) - monthNumber(Math.min(...starts)) + 1;

    const seen: UpgradeProgress[] = [];
    const db = createDatabase(name, SCHEMA_HISTORY, (p) => seen.push(p));
    opened.push(db);
    expect(await openDatabase(db)).toEqual({ status: 'ok' });

    expect(months).toBeGreaterThan(1);
    expect(seen[0]).toEqual({ task: '重建统计数据', done: 0, total: months });
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: months + 1 }, (_, i) => i));
    expect(seen.at(-1)).toEqual({ task: '重建统计数据', done: months, total: months });
  },
);

it('reports nothing when the database is already at the latest version', async () => {
  const name = uniqueDbName('upgrade-progress-none');
  const first = createDatabase(name);
  await first.open();
  first.close();
  const seen: UpgradeProgress[] = [];
  const db = createDatabase(name, SCHEMA_HISTORY, (p) => seen.push(p));
  opened.push(db);
  expect(await openDatabase(db)).toEqual({ status: 'ok' });
  expect(seen).toEqual([]);
});
