import { WATCHED_TABLES, type DatabaseFacts, type TableCounts } from '@shared/backup/sentinel';
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

/**
 * What the database holds, for the sentinel: the deskId row as found (never created here), rows per
 * watched table and the newest audit time. Runs `count()` on four tables (about 76 ms per 126,000
 * rows), so callers keep it off hot paths: at start and on the automatic backup check.
 */
export async function readDeskFacts(db: DeskDatabase): Promise<DatabaseFacts> {
  return db.transaction(
    'r',
    [db.settings, db.auditLog, ...WATCHED_TABLES.map((t) => db.table(t))],
    async () => {
      // Asked all at once: a start waits on these, and one after another each waited its turn behind
      // the first screen's reads and then for the page to take its answer.
      const [row, last, ...rows] = await Promise.all([
        db.settings.where('key').equals('deskId').first(),
        db.auditLog.orderBy('at').last(),
        ...WATCHED_TABLES.map((t) => db.table(t).count()),
      ]);
      const counts = Object.fromEntries(WATCHED_TABLES.map((t, i) => [t, rows[i]])) as TableCounts;
      return {
        deskId: typeof row?.value === 'string' ? row.value : null,
        counts,
        lastWriteAt: last?.at ?? null,
      };
    },
  );
}
