import { Dexie } from 'dexie';
import type { DeskDatabase } from './database';
import { ReadOnlyDatabaseError } from './errors';
import { LATEST_SCHEMA_VERSION } from './schema';

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

/** True when the error means the database is read-only. */
export function isReadOnlyError(error: unknown): boolean {
  return (
    error instanceof ReadOnlyDatabaseError ||
    (error instanceof Dexie.DexieError && error.inner instanceof ReadOnlyDatabaseError)
  );
}
