import { createDatabase, createRepos, ensureDeskId, openDatabase, systemContext } from '../db';
import type { DeskValue } from './desk-context';

/** The outcome of booting the database: ready to use, or a failure to show on the recovery screen. */
export type DeskBoot = { kind: 'ready'; desk: DeskValue } | { kind: 'error'; name: string; message: string };

let booting: Promise<DeskBoot> | null = null;

async function boot(): Promise<DeskBoot> {
  const db = createDatabase();
  const opened = await openDatabase(db);
  if (opened.status === 'error') return { kind: 'error', name: opened.name, message: opened.message };
  try {
    const deskId = await ensureDeskId(db, () => crypto.randomUUID(), Date.now());
    const repos = createRepos(db, systemContext(deskId));
    const status =
      opened.status === 'read-only'
        ? {
            readOnly: true as const,
            deskId,
            foundVersion: opened.foundVersion,
            supportedVersion: opened.supportedVersion,
          }
        : { readOnly: false as const, deskId };
    return { kind: 'ready', desk: { repos, status } };
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
