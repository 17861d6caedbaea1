import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { createSyncEngine, type SyncEngine } from '../../renderer/src/db/sync/engine';
import type * as PullModule from '../../renderer/src/db/sync/pull';
import type * as PumpModule from '../../renderer/src/db/sync/pump';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { testContext, uniqueDbName } from './helpers';
import { memory, room } from './sync-desks';

/** Each pump and pull entered and left, in order, to see how cycles run (hoisted for vi.mock). */
const { steps, traced } = vi.hoisted(() => {
  const steps: string[] = [];
  const traced =
    <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      steps.push(`${name}>`);
      // A turn of the event loop inside each step, so a second cycle started meanwhile would interleave.
      await new Promise((resolve) => setTimeout(resolve, 1));
      try {
        return await run(...args);
      } finally {
        steps.push(`<${name}`);
      }
    };
  return { steps, traced };
});
vi.mock('../../renderer/src/db/sync/pump', async (original) => {
  const real = await original<typeof PumpModule>();
  return { ...real, pump: traced('pump', real.pump) };
});
vi.mock('../../renderer/src/db/sync/pull', async (original) => {
  const real = await original<typeof PullModule>();
  return { ...real, pull: traced('pull', real.pull) };
});

let open: { db: DeskDatabase; engine: SyncEngine } | null = null;
afterEach(async () => {
  await open?.engine.stop();
  open?.db.close();
  open = null;
});

describe('the sync engine’s cycles', () => {
  it('run one at a time, each a pump and then a pull, however many changes trigger them', async () => {
    const db = createDatabase(uniqueDbName('engine-cycles'));
    await openDatabase(db);
    const ctx = { ...testContext(), deskId: 'desk-a' };
    await syncRepo(db, ctx).setEnabled(true);
    // No center: the cycles between Dexie and the mirror run all the same.
    const remote = { url: 'http://127.0.0.1:9/site', credential: { username: 'desk-a', password: 'x' } };
    const engine = createSyncEngine({ db, ctx, adapter: memory, remote });
    open = { db, engine };
    await engine.start();
    const pumps = () => steps.filter((s) => s === 'pump>').length;
    // Each round waits for the cycle its change started, then changes more while it may still run: on a
    // fast or a slow machine alike, cycles are triggered during cycles at least four times.
    for (let i = 0; i < 4; i += 1) {
      const before = pumps();
      await db.rooms.put(room(`r${i}`));
      await vi.waitFor(() => expect(pumps()).toBeGreaterThan(before), { timeout: 10_000 });
      for (let j = 0; j < 5; j += 1) await db.rooms.put(room(`r${i}-${j}`));
    }
    await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 10_000 });
    await engine.stop();
    expect(pumps()).toBeGreaterThanOrEqual(4);
    const cycles = steps.join(' ').split('pump> <pump pull> <pull');
    expect(cycles.every((rest) => rest.trim() === '')).toBe(true);
  });
});
