import {
  decideDeskHealth,
  type DatabaseFacts,
  type RecoveryReason,
  type Sentinel,
  type WatchedTable,
} from '@shared/backup/sentinel';
import type { SnapshotInfo } from '@shared/ipc/contract';
import {
  createDatabase,
  DATABASE_NAME,
  createRepos,
  historyToDeclare,
  loadPinyin,
  ensureDeskId,
  openDatabase,
  readDeskFacts,
  systemContext,
  type Repos,
} from '../db';
import { createDeskSync } from '../db/sync/desk-sync';
import { recordDatabase } from '../features/backup/sentinel-sync';
import { prefetchOverview } from '../features/overview/load-overview';
import { currentActor, resumeSavedSession, savedSession } from '../features/staff/staff-session';
import { platform } from '../platform';
import type { DeskValue, FirstScreen } from './desk-context';
import { reportUpgradeProgress } from './upgrade-progress';

/** What recovery mode needs: why it opened, and the database's repositories to restore into. */
export interface RecoveryBoot {
  kind: 'recovery';
  reason: RecoveryReason;
  table?: WatchedTable;
  repos: Repos;
  sentinel: Sentinel | null;
  /** Keeps the database as it is (after staff confirmed): it becomes this desk's, recorded in the sentinel. */
  adopt: () => Promise<void>;
}

/**
 * The outcome of booting the database: ready to use, lost or damaged (recovery mode), or a failure to
 * open it at all (recovery screen with the backups, but nothing to restore into).
 */
export type DeskBoot =
  { kind: 'ready'; desk: DeskValue } | RecoveryBoot | { kind: 'error'; name: string; message: string };

let booting: Promise<DeskBoot> | null = null;

/**
 * The center profile, staff and lock setting, and that page's data on a start at 今日概览 by someone
 * still signed in (a reload): a new window opens locked, and its page read would only be thrown away.
 */
async function readFirstScreen(repos: Repos): Promise<FirstScreen | null> {
  if (/^#?\/?$/.test(location.hash) && savedSession()) prefetchOverview(repos, Date.now());
  try {
    const [profile, staff, idleLockMinutes] = await Promise.all([
      repos.settings.get('centerProfile'),
      repos.staff.list(),
      repos.settings.get('idleLockMinutes'),
    ]);
    return { profile, staff, idleLockMinutes };
  } catch {
    return null;
  }
}

const orNull = <T>(p: Promise<T>): Promise<T | null> => p.catch(() => null);

async function boot(): Promise<DeskBoot> {
  const db = createDatabase(DATABASE_NAME, await historyToDeclare(DATABASE_NAME), reportUpgradeProgress);
  const opened = await openDatabase(db);
  if (opened.status === 'error') return { kind: 'error', name: opened.name, message: opened.message };
  // What the first frame shows is read while the database's health is checked; nothing is shown from
  // it unless the desk turns out ready.
  const first = readFirstScreen(createRepos(db, systemContext('boot')));
  let facts: DatabaseFacts | null = null;
  try {
    if (opened.status === 'ok') {
      // Chromium deletes a damaged database and hands back an empty one without a word: compare what
      // the database shows with the sentinel kept outside it before writing anything.
      const [found, sentinel] = await Promise.all([readDeskFacts(db), orNull(platform.readSentinel())]);
      facts = found;
      let health = decideDeskHealth({ sentinel, hasBackups: false, db: facts });
      // Backups decide only between first run and recovery, for a desk with no sentinel and nothing in
      // its database. Every other start leaves them unlisted: in the app they are a folder that may be on
      // another disk (a USB drive, a network share), and a slow one would hold each start back.
      if (health.kind === 'first-run') {
        const snapshots = await platform.listSnapshots().catch((): SnapshotInfo[] => []);
        health = decideDeskHealth({ sentinel, hasBackups: snapshots.length > 0, db: facts });
      }
      if (health.kind === 'recovery') {
        const repos = createRepos(db, systemContext(sentinel?.deskId ?? facts.deskId ?? 'recovery'));
        const adopt = async () => {
          await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
          await recordDatabase(repos, platform, Date.now());
        };
        return { kind: 'recovery', reason: health.reason, table: health.table, repos, sentinel, adopt };
      }
    }
    const deskId = await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
    // The actor is read at each write: every change and reveal names whoever is signed in then.
    const ctx = systemContext(deskId, currentActor);
    const repos = createRepos(db, ctx);
    const status =
      opened.status === 'read-only'
        ? {
            readOnly: true as const,
            deskId,
            foundVersion: opened.foundVersion,
            supportedVersion: opened.supportedVersion,
          }
        : { readOnly: false as const, deskId };
    // From now on this database is the desk's: a later empty or shrunken one is noticed. The facts just
    // read are still true (only the deskId row can have been written since): counting the watched tables
    // again would read them while the first screen's reads are waiting.
    const seen = facts && { ...facts, deskId };
    const known = seen ? { deskFacts: () => Promise.resolve(seen) } : repos;
    if (!status.readOnly) void recordDatabase(known, platform, Date.now()).catch(() => null);
    // Before any write, so a desk that syncs queues every change; the engine starts after sign-in.
    const sync = createDeskSync({ db, ctx, credentials: platform });
    const queuing = status.readOnly ? null : sync.boot().catch(() => null);
    const firstScreen = (await first) ?? undefined;
    await queuing;
    if (firstScreen) resumeSavedSession(firstScreen.staff, firstScreen.idleLockMinutes, Date.now());
    return { kind: 'ready', desk: { repos, status, first: firstScreen, sync } };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { kind: 'error', name: err.name, message: err.message };
  }
}

/**
 * Opens the database once per page. Memoised because React's strict mode mounts effects twice, and a
 * second Dexie instance on the same database would only compete for the same connection.
 */
export function bootDesk(): Promise<DeskBoot> {
  booting ??= boot();
  return booting;
}

/** How long after the first frame the dictionary waits: the first screen's data is still being read then. */
const DICTIONARY_DELAY_MS = 2000;

/**
 * Loads the pinyin dictionary a moment after the first screen is up, when the page is idle: nothing on
 * that screen needs it, and its evaluation (tens of milliseconds) would hold the screen back (see
 * lazy-pinyin). A volunteer write that comes first waits for it. Returns the effect's cleanup.
 */
export function loadDictionaryWhenIdle(): () => void {
  let idle = 0;
  const timer = setTimeout(() => {
    idle = requestIdleCallback(() => void loadPinyin().catch(() => undefined), { timeout: 2000 });
  }, DICTIONARY_DELAY_MS);
  return () => {
    clearTimeout(timer);
    cancelIdleCallback(idle);
  };
}
