import { Dexie } from 'dexie';
import type { DeskDatabase } from './database';
import { ReadOnlyDatabaseError } from './errors';
import { LATEST_SCHEMA_VERSION, SCHEMA_HISTORY, type SchemaVersion } from './schema';

/** How opening the database went; the app shell shows a recovery screen for anything but `ok`. */
export type OpenResult =
  | { status: 'ok' }
  | { status: 'read-only'; foundVersion: number; supportedVersion: number }
  | { status: 'error'; name: string; message: string };

/**
 * Opens the database. A database written by a newer app version is opened read-only: Dexie >= 4.0.1
 * would otherwise open it silently and let an old app write rows it does not understand.
 * Failures are reported, never "fixed" by deleting anything.
 */
export async function openDatabase(db: DeskDatabase): Promise<OpenResult> {
  try {
    await db.open();
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { status: 'error', name: err.name, message: err.message };
  }
  // Dexie keeps `verno` at the version this app declared; the native version (Dexie's x10) tells
  // what the file on disk really is.
  const foundVersion = Math.floor(db.backendDB().version / 10);
  if (foundVersion > LATEST_SCHEMA_VERSION) {
    db.readOnly = true;
    return { status: 'read-only', foundVersion, supportedVersion: LATEST_SCHEMA_VERSION };
  }
  return { status: 'ok' };
}

/**
 * The schema steps to declare before opening the database `name`: the latest step alone when the database
 * is absent or already at the latest version, the whole history when it is older (its upgrades must run),
 * newer, or when the browser cannot say. Why: Dexie parses every declared step's indexes when it is
 * declared, and fifteen steps took about 40 ms of a cold start's main thread, for upgrades that run once
 * per app update. Dexie creates a new database from the latest step alone either way.
 *
 * @example
 * const db = createDatabase(DATABASE_NAME, await historyToDeclare(DATABASE_NAME));
 */
export async function historyToDeclare(
  name: string,
  history: readonly SchemaVersion[] = SCHEMA_HISTORY,
  factory: Partial<Pick<IDBFactory, 'databases'>> | undefined = globalThis.indexedDB,
): Promise<readonly SchemaVersion[]> {
  const latest = history.at(-1);
  if (!latest || typeof factory?.databases !== 'function') return history;
  try {
    const found = (await factory.databases()).find((info) => info.name === name);
    // Dexie keeps version × 10 on disk (see openDatabase).
    if (!found || found.version === Math.round(latest.version * 10)) return [latest];
  } catch {
    // Not knowing costs only the time it saves: declare everything.
  }
  return history;
}

/** True when the error means the database is read-only. */
export function isReadOnlyError(error: unknown): boolean {
  return (
    error instanceof ReadOnlyDatabaseError ||
    (error instanceof Dexie.DexieError && error.inner instanceof ReadOnlyDatabaseError)
  );
}
