import 'fake-indexeddb/auto';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import type { WriteContext } from '../../renderer/src/db/context';
import type { Mirror } from '../../renderer/src/db/sync/mirror';
import { openMirror } from '../../renderer/src/db/sync/mirror';
import { pull } from '../../renderer/src/db/sync/pull';
import { pump } from '../../renderer/src/db/sync/pump';
import { settingsRepo } from '../../renderer/src/db/repos/settings';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { uniqueDbName } from './helpers';
import { center, memory } from './sync-desks';

/**
 * Three desks on one center for the property test: one clock shared by all (every step a later time,
 * so a row's `updatedAt` names the write that produced it), ids prefixed by desk (two desks never mint
 * the same key), and a desk that can be offline, crash and reopen on the same Dexie and mirror.
 */

export interface World {
  desks: PDesk[];
  hub: Mirror;
  /** Moves the shared clock on: each step writes at its own time. */
  tick(): void;
  /** Closes every desk and destroys every mirror (the hub too). */
  close(): Promise<void>;
}

export interface PDesk {
  deskId: string;
  name: string;
  db: DeskDatabase;
  ctx: WriteContext;
  mirror: Mirror;
  online: boolean;
}

const START = Date.UTC(2026, 10, 22, 2, 0);

/** Opens the Dexie database `name` as a desk does at start: sync resumes as it was left. */
async function openDexie(name: string, ctx: WriteContext, first: boolean): Promise<DeskDatabase> {
  const db = createDatabase(name);
  await openDatabase(db);
  if (first) await syncRepo(db, ctx).setEnabled(true);
  else await syncRepo(db, ctx).resume();
  return db;
}

/** Three desks (desk-a, desk-b, desk-c), all online, on a fresh center. */
export async function threeDesks(): Promise<World> {
  let now = START;
  const desks: PDesk[] = [];
  for (const deskId of ['desk-a', 'desk-b', 'desk-c']) {
    let minted = 0;
    const ctx: WriteContext = {
      now: () => now,
      newId: () => `${deskId}-${String((minted += 1)).padStart(4, '0')}`,
      deskId,
      actor: `员工${deskId}`,
    };
    const name = uniqueDbName(`property-${deskId}`);
    const db = await openDexie(name, ctx, true);
    // Each desk numbers volunteers and bookings under its own code (设置 → 同步), as the app requires.
    const deskCode = deskId.slice(-1).toUpperCase();
    const center = { url: 'http://127.0.0.1:5984/site', deskName: deskId, username: deskId, deskCode };
    await settingsRepo(db, ctx).set('syncCenter', center);
    desks.push({ deskId, name, db, ctx, mirror: await openMirror(name, memory), online: true });
  }
  // After the mirrors: opening one plugs in the memory adapter the center uses too.
  const hub = await center();
  return {
    desks,
    hub,
    tick: () => (now += 60_000),
    async close() {
      for (const d of desks) {
        d.db.close();
        await d.mirror.destroy();
      }
    },
  };
}

/**
 * A desk killed and started again: the Dexie connection and everything held in memory are dropped and
 * the database reopened by name (the outbox and syncMeta are on disk); the mirror is the same store.
 * With `midPump`, it dies inside a pump, after the mirror took the write and before the ack.
 */
export async function crash(d: PDesk, midPump: boolean): Promise<void> {
  if (midPump) {
    const real = d.mirror.bulkDocs.bind(d.mirror);
    d.mirror.bulkDocs = (async (...args: Parameters<Mirror['bulkDocs']>) => {
      await real(...args);
      throw new Error('进程被结束');
    }) as Mirror['bulkDocs'];
    try {
      await pump(d.db, d.ctx, d.mirror);
    } catch (error) {
      if (!(error instanceof Error) || error.message !== '进程被结束') throw error;
    } finally {
      d.mirror.bulkDocs = real;
    }
  }
  d.db.close();
  d.db = await openDexie(d.name, d.ctx, false);
}

/** What one sync round moved: outbox entries acked, rows applied, conflicts met. */
interface Moved {
  acked: number;
  applied: number;
  conflicts: number;
}

/** The desk's mirror and the center exchange, both ways: in-process, standing in for live replication. */
export async function replicate(w: World, d: PDesk): Promise<void> {
  await d.mirror.replicate.to(w.hub);
  await d.mirror.replicate.from(w.hub);
}

/** One desk's sync: pump into its mirror, meet the center when online, pull into Dexie. */
export async function syncDesk(w: World, d: PDesk): Promise<Moved> {
  const pumped = await pump(d.db, d.ctx, d.mirror);
  if (d.online) await replicate(w, d);
  const pulled = await pull(d.db, d.ctx, d.mirror);
  return { acked: pumped.acked, applied: pulled.applied, conflicts: pulled.conflicts };
}

/** The winning revision of every document in a mirror, to tell whether a round moved anything. */
const revisions = async (m: Mirror) =>
  (await m.allDocs()).rows.map((r) => ('value' in r ? `${r.key}@${r.value.rev}` : r.key)).join(',');

/**
 * Heals every desk and syncs round after round until one moves nothing and leaves every mirror as it
 * found it; throws after `rounds` (a sync that never settles is itself a failure).
 */
export async function syncUntilQuiet(w: World, rounds = 12): Promise<void> {
  for (const d of w.desks) d.online = true;
  let before = '';
  for (let i = 0; i < rounds; i += 1) {
    let moved = 0;
    for (const d of w.desks) {
      const m = await syncDesk(w, d);
      moved += m.acked + m.applied + m.conflicts;
    }
    const after = (await Promise.all([w.hub, ...w.desks.map((d) => d.mirror)].map(revisions))).join('|');
    if (moved === 0 && after === before) return;
    before = after;
  }
  throw new Error(`同步 ${rounds} 轮后仍未平静`);
}
