import type { PouchDatabase, PouchPlugin, PouchStatic } from './pouch-types';
import { batchRevsDiff } from './revs-diff';

/**
 * The desk's local PouchDB mirror: the replication endpoint between Dexie (the app's database) and the
 * center. PouchDB is loaded only here and only by dynamic import, so a desk with sync off never
 * downloads or parses it (it stays out of the first screen's chunk).
 */

/** Who made the change a mirror document holds, copied from the outbox entry it was written for. */
export interface MirrorAuthor {
  deskId: string;
  /** The name staff gave the desk in 设置 → 同步 (前台、办公室…), shown beside its versions; older documents lack it. */
  deskName?: string;
  actor: string;
  at: number;
}

/**
 * A mirror document's body. The row sits under `row` rather than at the top level: PouchDB refuses
 * top-level fields that start with an underscore, and the row's own fields must never meet `_id`/`_rev`.
 * A deletion keeps `by` (who deleted, where, when) and has no `row`.
 */
export interface MirrorBody {
  row?: Record<string, unknown>;
  by: MirrorAuthor;
}

/** The mirror database. */
export type Mirror = PouchDatabase<MirrorBody>;

/** A PouchDB storage adapter: its plugin and the name passed as `adapter` when opening. */
export interface MirrorAdapter {
  name: string;
  plugin: PouchPlugin;
}

/** The adapter of the desk's mirror in Electron and in the browser: IndexedDB. */
export async function idbAdapter(): Promise<MirrorAdapter> {
  const plugin = (await import('pouchdb-adapter-idb')).default as PouchPlugin;
  return { name: 'idb', plugin };
}

let pouch: Promise<PouchStatic> | null = null;

/**
 * PouchDB with replication and the HTTP adapter (the center) plugged in, loaded once. Plugins change
 * the shared constructor, so they are added a single time however many mirrors open.
 */
export function loadPouchDB(): Promise<PouchStatic> {
  pouch ??= (async () => {
    const [core, http, replication] = await Promise.all([
      import('pouchdb-core'),
      import('pouchdb-adapter-http'),
      import('pouchdb-replication'),
    ]);
    return (core.default as PouchStatic)
      .plugin(http.default as PouchPlugin)
      .plugin(replication.default as PouchPlugin);
  })();
  return pouch;
}

/**
 * The mirror's name for a Dexie database: one mirror per desk database, so a test database or a second
 * profile never shares a mirror with another.
 *
 * @example
 * mirrorName('practice-desk') // => 'practice-desk-mirror'
 */
export function mirrorName(dexieName: string): string {
  return `${dexieName}-mirror`;
}

/**
 * Opens (creating when absent) the mirror of the Dexie database named `dexieName`. The adapter is
 * injected: the app uses IndexedDB, node tests the memory adapter (fake-indexeddb breaks PouchDB).
 */
export async function openMirror(
  dexieName: string,
  adapter: () => Promise<MirrorAdapter> = idbAdapter,
): Promise<Mirror> {
  const [PouchDB, { name, plugin }] = await Promise.all([loadPouchDB(), adapter()]);
  PouchDB.plugin(plugin);
  const mirror = new PouchDB<MirrorBody>(mirrorName(dexieName), { adapter: name });
  batchRevsDiff(mirror);
  return mirror;
}
