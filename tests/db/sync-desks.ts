import 'fake-indexeddb/auto';
import type { Room, ServiceRecord, Volunteer } from '@shared/model';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { loadPouchDB, openMirror, type Mirror, type MirrorBody } from '../../renderer/src/db/sync/mirror';
import type { PouchPlugin } from '../../renderer/src/db/sync/pouch-types';
import { pull } from '../../renderer/src/db/sync/pull';
import { pump } from '../../renderer/src/db/sync/pump';
import { syncRepo } from '../../renderer/src/db/sync/sync-repo';
import { afterAll, beforeAll } from 'vitest';
import type { CenterConfig } from '@shared/sync/center/plan';
import { startCenterWithSites, type CenterServer } from '../center/center-server';
import { testContext, uniqueDbName } from './helpers';

/** Desks that sync through an in-process center, for the sync tests. */

/** PouchDB in memory: fake-indexeddb breaks PouchDB's IndexedDB adapter, and Dexie alone needs it. */
export const memory = async () => ({
  name: 'memory',
  plugin: (await import('pouchdb-adapter-memory')).default as PouchPlugin,
});

const opened: { db?: DeskDatabase; mirror: Mirror }[] = [];

/** Closes every desk and destroys every mirror the test opened (call after each test). */
export async function closeDesks() {
  for (const o of opened.splice(0)) {
    o.db?.close();
    await o.mirror.destroy();
  }
}

/** A desk with sync on: its Dexie database, its mirror, and one sync cycle (pump, then pull). */
export async function desk(deskId: string) {
  const name = uniqueDbName(`sync-pump-${deskId}`);
  const db = createDatabase(name);
  await openDatabase(db);
  const ctx = { ...testContext(), deskId, actor: `员工${deskId}` };
  await syncRepo(db, ctx).setEnabled(true);
  const mirror = await openMirror(name, memory);
  opened.push({ db, mirror });
  const cycle = async () => ({ pumped: await pump(db, ctx, mirror), pulled: await pull(db, ctx, mirror) });
  return { db, ctx, mirror, cycle };
}
export type Desk = Awaited<ReturnType<typeof desk>>;

/** The center: a third PouchDB, reached by in-process replication instead of CouchDB over HTTP. */
export async function center() {
  const PouchDB = await loadPouchDB();
  const db = new PouchDB<MirrorBody>(uniqueDbName('center'), { adapter: 'memory' });
  opened.push({ mirror: db });
  return db;
}

/** A desk online for a moment: its mirror and the center replicate both ways. */
export async function exchange(d: Desk, hub: Mirror) {
  await d.mirror.replicate.to(hub);
  await d.mirror.replicate.from(hub);
}

export const room = (id: string, name = `场地${id}`) =>
  ({
    id,
    name,
    sortOrder: 0,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    deskId: 'desk-a',
  }) as unknown as Room;

export const record = (id: string, creditedMinutes: number) =>
  ({
    id,
    volunteerId: 'v1',
    activityId: null,
    bookingId: null,
    post: null,
    projectName: '日常值班',
    place: '中心大厅',
    serviceObject: '来访群众',
    content: '咨询引导',
    signInAt: Date.UTC(2026, 10, 20, 1),
    signOutAt: Date.UTC(2026, 10, 20, 3),
    creditedMinutes,
    rules: null,
    evaluation: '',
    leader: '王老师',
    recorder: '王芳',
    status: '已确认',
    flaggedForReview: false,
    manualReason: null,
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    deskId: 'desk-a',
  }) as ServiceRecord;

/** A volunteer row with the fields the merge and the search keys read; `over` names what a test is about. */
export const syncVolunteer = (over: Record<string, unknown> = {}) =>
  ({
    id: 'v1',
    name: '张三',
    phone: '13800000001',
    idNumber: '',
    volunteerNo: 'ZYZ1',
    address: '',
    searchKeys: [],
    createdAt: 1,
    updatedAt: 1,
    deletedAt: null,
    deskId: 'desk-a',
    ...over,
  }) as unknown as Volunteer;

/** Two desks sharing the rows `seed` wrote at the first, every change exchanged. */
export async function twoDesks(seed: (a: Desk) => Promise<unknown>) {
  const [a, b, hub] = [await desk('desk-a'), await desk('desk-b'), await center()];
  await seed(a);
  await a.cycle();
  await exchange(a, hub);
  await exchange(b, hub);
  await b.cycle();
  return { a, b, hub };
}

/** Both desks send, meet the center (a twice, so each sees the other's changes), and take in. */
export async function converge(a: Desk, b: Desk, hub: Mirror) {
  await a.cycle();
  await b.cycle();
  await exchange(a, hub);
  await exchange(b, hub);
  await exchange(a, hub);
  await a.cycle();
  await b.cycle();
}

/**
 * Desk b changes record s1's hours to `theirs` and sends it to the center; desk a, not yet having pulled
 * it, changes them to `mine` and meets the center: a's next pump finds the mirror moved.
 */
export async function remoteChangeBeforePump(theirs: number, mine: number) {
  const desks = await twoDesks((d) => d.db.serviceRecords.put(record('s1', 120)));
  const { a, b, hub } = desks;
  await b.db.serviceRecords.update('s1', { creditedMinutes: theirs });
  await b.cycle();
  await exchange(b, hub);
  await a.db.serviceRecords.update('s1', { creditedMinutes: mine });
  await exchange(a, hub);
  return desks;
}

/** Polls `check` until it holds, failing with `what` after `ms`: waits on a condition, never a sleep. */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  ms = 20_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A stand-in center with `config` set up, for the tests of one file: the address, once it has started. */
export function centerForFile(config: CenterConfig): { readonly url: string } {
  let center: CenterServer | undefined;
  beforeAll(async () => {
    center = await startCenterWithSites(config);
  }, 90_000);
  afterAll(() => center?.stop());
  return {
    get url() {
      if (!center) throw new Error('the center has not started');
      return center.url;
    },
  };
}
