import { generateDemoData } from '@shared/demo';
import type { Volunteer } from '@shared/model';
import { docId } from '@shared/sync/tables';
import { createDatabase, openDatabase, systemContext } from '../../renderer/src/db';
import { openMirror, type MirrorBody } from '../../renderer/src/db/sync/mirror';
import type { PouchDoc } from '../../renderer/src/db/sync/pouch-types';
import { pull } from '../../renderer/src/db/sync/pull';
import { PULL_BATCH, openRemote } from '../../renderer/src/db/sync/replication';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { CallTimes } from './call-times';
import type { Measure } from './measure';
import { roster } from './scenarios/volunteers';

/** The center's `count` volunteers both pull measures move (`--pull`, 126,000 by default). */
export function pullRows(count: number, now: number, deskId: string): Volunteer[] {
  const demo = generateDemoData({ now, seed: 7, deskId });
  return roster(demo.volunteers[0] as Volunteer, count).map((v) => ({ ...v, deskId: 'bench-center-desk' }));
}

/** Volunteers as the pump writes them: the Dexie row under `row`, who wrote it under `by`. */
export function pumpedDocs(rows: readonly Volunteer[], at: number): PouchDoc<MirrorBody>[] {
  const by = { deskId: 'bench-center-desk', actor: '王芳', at };
  return rows.map((row) => ({
    _id: docId('volunteers', row.id),
    row: row as unknown as Record<string, unknown>,
    by,
  }));
}

/** A raw Dexie bulkPut of `rows` into a new database `name`, in ms: the pull rows' reference. */
export async function rawBulkPutMs(name: string, rows: readonly Volunteer[]): Promise<number> {
  const raw = createDatabase(name);
  await openDatabase(raw);
  const t = performance.now();
  await raw.volunteers.bulkPut(rows);
  const ms = performance.now() - t;
  raw.close();
  return ms;
}

/** Documents per `_bulk_docs` request while filling the center: setup, not measured. */
const FILL_CHUNK = 2000;

/** The stand-in center the runner started (run.mjs): its address and server admin `name:password`. */
export interface BenchCenter {
  url: string;
  admin: string;
}

async function fillCenter(center: BenchCenter, db: string, rows: readonly Volunteer[], at: number) {
  const headers = {
    Authorization: `Basic ${btoa(center.admin)}`,
    'Content-Type': 'application/json',
  };
  const made = await fetch(`${center.url}/${db}`, { method: 'PUT', headers });
  if (made.status !== 201) throw new Error(`center: creating ${db} answered ${made.status}`);
  for (let i = 0; i < rows.length; i += FILL_CHUNK) {
    const docs = pumpedDocs(rows.slice(i, i + FILL_CHUNK), at);
    const sent = await fetch(`${center.url}/${db}/_bulk_docs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ docs }),
    });
    if (sent.status !== 201) throw new Error(`center: filling ${db} answered ${sent.status}`);
  }
}

/** Issue 15's target for a desk's first pull, set for the district's 126,000: a smaller run only shows the rate. */
export const firstPullTarget = (count: number): Pick<Measure, 'targetMs'> =>
  count >= 126_000 ? { targetMs: 120_000 } : {};

/**
 * A new desk's first pull of `rows` from the center over HTTP, as the engine runs it: the center → mirror
 * replication with the desk's live-pull batch, and the mirror → Dexie pull side by side (each replicated
 * batch wakes the engine's cycle; here a pull round starts again as soon as the last one ends).
 */
export async function firstPullOverHttp(
  center: BenchCenter,
  rows: readonly Volunteer[],
): Promise<Omit<Measure, 'reference'>> {
  const now = Date.now();
  const name = `bench-http-${now}`;
  await fillCenter(center, name, rows, now);
  const ctx = systemContext('bench-http');
  const db = createDatabase(name);
  await openDatabase(db);
  await syncRepo(db, ctx).setEnabled(true);
  const mirror = await openMirror(name);
  const [username = '', password = ''] = center.admin.split(':');
  const remote = await openRemote({ url: `${center.url}/${name}`, credential: { username, password } });
  // Where the replication waits: the center's answers or the mirror's reads and writes.
  const calls = new CallTimes();
  calls.watch(remote.db, 'center', ['changes', 'bulkGet', 'get', 'put', 'allDocs', 'info']);
  calls.watch(mirror, 'mirror', ['revsDiff', 'bulkDocs', 'changes', 'get', 'put']);

  const from = Date.now();
  const t = performance.now();
  let httpMs = Number.NaN;
  const replicated = mirror.replicate
    .from(remote.db, { ...PULL_BATCH })
    .then(() => (httpMs = performance.now() - t));
  let applied = 0;
  // The engine's cycle in a loop: a round that finds nothing new waits a little for the next batch.
  for (let done = false; ;) {
    const round = await pull(db, ctx, mirror);
    applied += round.applied;
    if (done && round.applied === 0) break;
    if (!Number.isNaN(httpMs)) done = true;
    else if (round.applied === 0) await Promise.race([replicated, new Promise((r) => setTimeout(r, 50))]);
  }
  await replicated;
  const ms = performance.now() - t;
  const to = Date.now();
  const inDexie = await db.volunteers.count();
  await remote.idle();
  await remote.db.close();
  await mirror.close();
  db.close();
  const count = rows.length;
  if (inDexie !== count || applied !== count)
    throw new Error(`http pull: ${inDexie} volunteers in Dexie, ${applied} applied, expected ${count}`);

  const rate = Math.round(count / (ms / 1000));
  return {
    name: `first pull of ${count.toLocaleString('en')} volunteers, center over HTTP → mirror → Dexie (target ≤ 120 s at 126,000)`,
    ms,
    targetRatio: null,
    ...firstPullTarget(count),
    note:
      `${rate.toLocaleString('en')} rows/s (126,000 at this rate: ${(126_000 / rate).toFixed(0)} s); ` +
      `replication and pull side by side as the engine runs them (pouchdb-server stand-in on loopback, ` +
      `batch ${PULL_BATCH.batch_size}): the mirror held every row at ${(httpMs / 1000).toFixed(1)} s, Dexie at ` +
      `${(ms / 1000).toFixed(1)} s; time in calls (overlapping): ${calls.summary()}`,
    heapWindow: { from, to },
    cpuSplit: true,
  };
}
