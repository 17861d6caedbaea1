import 'fake-indexeddb/auto';
import type { SyncCredential } from '@shared/ipc/contract';
import { createDatabase, openDatabase, type DeskDatabase } from '../../renderer/src/db';
import { createDeskSync, type DeskSync } from '../../renderer/src/db/sync/desk-sync';
import { testContext, uniqueDbName } from './helpers';
import { memory } from './sync-desks';

/** Desks with their whole sync service (settings, credentials, engine), for the desk-sync tests. */

/** A credential store in memory, standing in for safeStorage or the browser keyring. */
export function memoryCredentials() {
  let saved: SyncCredential | null = null;
  return {
    readSyncCredential: async () => saved,
    writeSyncCredential: async (c: SyncCredential | null) => void (saved = c),
  };
}
export type Credentials = ReturnType<typeof memoryCredentials>;

const opened: { db: DeskDatabase; sync: DeskSync }[] = [];

/** Closes every desk a test opened with deskWithSync (call after each test). */
export async function closeDeskSyncs(): Promise<void> {
  for (const o of opened.splice(0)) {
    await o.sync.close();
    o.db.close();
  }
}

/**
 * A desk with its own database and credential store, its sync service booted. Pass the `name` and
 * `credentials` of an earlier desk to reopen it as after a restart.
 */
export async function deskWithSync(
  options: { name?: string; credentials?: Credentials; deskId?: string } = {},
) {
  const { name = uniqueDbName('desk-sync'), credentials = memoryCredentials(), deskId = 'desk-a' } = options;
  const db = createDatabase(name);
  await openDatabase(db);
  const ctx = { ...testContext(), deskId, actor: '王管理员' };
  const sync = createDeskSync({ db, ctx, credentials, engine: { adapter: memory, backOff: () => 200 } });
  opened.push({ db, sync });
  await sync.boot();
  return { db, name, sync, credentials };
}
