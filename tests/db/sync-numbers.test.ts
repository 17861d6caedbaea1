import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ORDER_DRAFT } from './order-fixtures';
import { dateKey } from '@shared/time/center-time';
import { createRepos } from '../../renderer/src/db';
import { settingsRepo } from '../../renderer/src/db/repos/settings';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { center, closeDesks, converge, desk, type Desk } from './sync-desks';
import { volunteerDraft } from './volunteer-fixtures';

afterEach(closeDesks);

const order = ORDER_DRAFT;

/** A syncing desk whose 设置 → 同步 holds `deskCode` (none: a setup saved before desk codes). */
async function deskWithCode(deskId: string, deskCode?: string): Promise<Desk> {
  const d = await desk(deskId);
  // The test context's ids are a plain sequence: each desk gets its own, as random UUIDs would be.
  let n = 0;
  d.ctx.newId = () => `${deskId}-${(n += 1)}`;
  const center = { url: 'http://127.0.0.1:5984/site', deskName: deskId, username: 'u', deskCode };
  await settingsRepo(d.db, d.ctx).set('syncCenter', center);
  await syncRepo(d.db, d.ctx).resume();
  return d;
}

/** Each desk opens a 服务单 and registers a volunteer, offline; then they meet through the center. */
async function numberAtBothDesks(a: Desk, b: Desk) {
  for (const [i, d] of [a, b].entries()) {
    const repos = createRepos(d.db, d.ctx);
    await repos.orders.create(order);
    await repos.volunteers.register(volunteerDraft(i + 1, d.ctx.now()));
  }
  await converge(a, b, await center());
}

describe('numbers given by desks that sync', () => {
  it('carry each desk’s code, so two desks numbering at once never give the same number', async () => {
    const [a, b] = [await deskWithCode('desk-a', 'A'), await deskWithCode('desk-b', 'B')];
    await numberAtBothDesks(a, b);
    const year = dateKey(a.ctx.now()).slice(0, 4);
    for (const d of [a, b]) {
      const orders = (await d.db.serviceOrders.toArray()).map((o) => o.number).sort();
      expect(orders).toEqual([`FW${year}-A00001`, `FW${year}-B00001`]);
      const nos = (await d.db.volunteers.toArray()).map((v) => v.volunteerNo).sort();
      expect(nos).toEqual(['ZYZA000001', 'ZYZB000001']);
      expect(await d.db.outbox.count()).toBe(0);
    }
  });

  it('still take in the other desk’s rows when both numbered alike before they had codes', async () => {
    const [a, b] = [await deskWithCode('desk-a'), await deskWithCode('desk-b')];
    await numberAtBothDesks(a, b);
    for (const d of [a, b]) {
      expect(await d.db.serviceOrders.count()).toBe(2);
      expect(await d.db.volunteers.count()).toBe(2);
      expect(new Set((await d.db.volunteers.toArray()).map((v) => v.volunteerNo))).toEqual(
        new Set(['ZYZ000001']),
      );
    }
  });
});
