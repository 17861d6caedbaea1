import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepos } from '../../renderer/src/db';
import { center, closeDesks, converge, desk, type Desk } from './sync-desks';
import { volunteerDraft } from './volunteer-fixtures';

afterEach(closeDesks);

/** A syncing desk whose ids are its own sequence, as random UUIDs would be. */
async function ownIds(deskId: string): Promise<Desk> {
  const d = await desk(deskId);
  let n = 0;
  d.ctx.newId = () => `${deskId}-${(n += 1)}`;
  return d;
}

const register = (d: Desk, n: number) =>
  createRepos(d.db, d.ctx).volunteers.register(volunteerDraft(n, d.ctx.now()));

describe('the live volunteer count at desks that sync', () => {
  it('counts the volunteers another desk registered and removed, as the roster shows them', async () => {
    const [a, b, hub] = [await ownIds('desk-a'), await ownIds('desk-b'), await center()];
    // Each desk keeps its count row from its own first registration on.
    const mine = await register(a, 1);
    await register(a, 2);
    await register(b, 3);
    await converge(a, b, hub);
    for (const d of [a, b]) expect(await createRepos(d.db, d.ctx).volunteers.count()).toBe(3);

    await createRepos(a.db, a.ctx).volunteers.remove(mine.id);
    await converge(a, b, hub);
    for (const d of [a, b]) expect(await createRepos(d.db, d.ctx).volunteers.count()).toBe(2);

    // A row pulled again unchanged (a crashed pull's batch) does not count twice.
    await b.cycle();
    expect(await createRepos(b.db, b.ctx).volunteers.count()).toBe(2);
  });
});
