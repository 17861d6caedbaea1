import { generateDemoData } from '@shared/demo';
import type { Volunteer } from '@shared/model';
import { createDatabase, openDatabase, systemContext } from '../../renderer/src/db';
import { loadPouchDB, openMirror, type Mirror, type MirrorBody } from '../../renderer/src/db/sync/mirror';
import { pull } from '../../renderer/src/db/sync/pull';
import { pump } from '../../renderer/src/db/sync/pump';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import type { Measure } from './measure';
import { roster } from './scenarios/volunteers';

/** Rows both desks share before the rounds, so each change travels through non-empty databases. */
const SHARED = 300;

async function openDesk(label: string, stamp: number) {
  const ctx = systemContext(`bench-${label}`);
  const name = `bench-loop-${label}-${stamp}`;
  const db = createDatabase(name);
  await openDatabase(db);
  await syncRepo(db, ctx).setEnabled(true);
  const mirror = await openMirror(name);
  return { db, ctx, mirror };
}

/**
 * A change at desk A visible in desk B's Dexie, median of `rounds` (issue 15: ≤ 2 s on loopback). Each
 * round edits one volunteer at A, then runs the legs the engine runs: A's pump, A's mirror → center,
 * center → B's mirror, B's pull. The center is a third PouchDB in the page (IndexedDB), replicated
 * one-off in the page: no HTTP, and none of the engine's triggers (outbox watch, live feeds) in between.
 */
export async function loopbackMeasure(rounds: number): Promise<Measure> {
  const stamp = Date.now();
  const a = await openDesk('desk-a', stamp);
  const b = await openDesk('desk-b', stamp);
  const PouchDB = await loadPouchDB();
  const center: Mirror = new PouchDB<MirrorBody>(`bench-loop-center-${stamp}`, { adapter: 'idb' });
  const demo = generateDemoData({ now: stamp, seed: 9, deskId: a.ctx.deskId });
  const rows = roster(demo.volunteers[0] as Volunteer, SHARED);
  await a.db.volunteers.bulkAdd(rows);
  await pump(a.db, a.ctx, a.mirror);
  await a.mirror.replicate.to(center);
  await b.mirror.replicate.from(center);
  await pull(b.db, b.ctx, b.mirror);
  if ((await b.db.volunteers.count()) !== SHARED) throw new Error('loopback: desk B lacks the shared rows');

  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const target = rows[(r * 37) % SHARED] as Volunteer;
    const phone = `137${String(stamp + r).slice(-8)}`;
    const t = performance.now();
    await a.db.volunteers.update(target.id, { phone, updatedAt: stamp + r });
    await pump(a.db, a.ctx, a.mirror);
    await a.mirror.replicate.to(center);
    await b.mirror.replicate.from(center);
    await pull(b.db, b.ctx, b.mirror);
    const seen = await b.db.volunteers.get(target.id);
    times.push(performance.now() - t);
    if (seen?.phone !== phone) throw new Error(`loopback: round ${r} did not reach desk B`);
  }
  for (const d of [a, b]) {
    await d.mirror.close();
    d.db.close();
  }
  await center.close();
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
  return {
    name: `a change at one desk in another desk's Dexie, median of ${rounds} (target ≤ 2000 ms)`,
    ms: median,
    reference: null,
    targetRatio: null,
    targetMs: 2000,
    note:
      `max ${(times.at(-1) ?? Number.NaN).toFixed(0)} ms; edit at A → pump → A's mirror → center → B's mirror → pull; ` +
      'center is an in-page PouchDB, one-off replication in the page (no HTTP, no engine triggers)',
  };
}
