import { stampNew, type Setting } from '@shared/model';
import type { DeskDatabase } from './database';

/**
 * Returns this installation's desk id, creating it on first open. Every row the desk writes carries it,
 * so several desks can later be synchronised without id clashes.
 */
export async function ensureDeskId(db: DeskDatabase, newId: () => string, now: number): Promise<string> {
  if (db.readOnly) {
    const row = await db.settings.where('key').equals('deskId').first();
    return typeof row?.value === 'string' ? row.value : 'read-only';
  }
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.where('key').equals('deskId').first();
    if (row && typeof row.value === 'string') return row.value;
    const deskId = newId();
    await db.settings.add(
      stampNew({ key: 'deskId', value: deskId } as Setting, { id: newId(), now, deskId }),
    );
    return deskId;
  });
}
