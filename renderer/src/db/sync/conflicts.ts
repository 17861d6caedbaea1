import type { ConflictVersion, SyncConflict } from '@shared/sync/model';
import type { SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import type { MirrorAuthor } from './mirror';

/** The revision a conflict gives the desk's own version when the mirror never took it (it was refused). */
export const UNSENT = '';

/**
 * A conflict version of a mirror document or a local row: `by` says who wrote it, where and when.
 *
 * @example
 * versionOf('2-ab', { deskId: 'desk-b', actor: '李明', at: 1 }, { id: 'r1' })
 * // => { rev: '2-ab', deskId: 'desk-b', actor: '李明', at: 1, deleted: false, value: { id: 'r1' } }
 */
export function versionOf(rev: string, by: MirrorAuthor, value: unknown): ConflictVersion {
  return {
    rev,
    deskId: by.deskId,
    ...(by.deskName ? { deskName: by.deskName } : {}),
    actor: by.actor,
    at: by.at,
    deleted: value === undefined,
    value: value ?? null,
  };
}

/**
 * Keeps a conflict over one row, one open conflict per row: versions already kept are replaced by the
 * same revision's newer copy (and the desk's unsent version by its latest), new ones are added. So the
 * pull and the pump can both meet the same clash, and a replay meets it again, without listing it twice.
 * Call inside a transaction over `syncConflicts`.
 */
export async function keepConflict(
  db: DeskDatabase,
  ctx: WriteContext,
  table: SyncedTable,
  key: string,
  versions: readonly ConflictVersion[],
): Promise<void> {
  const open = (await db.syncConflicts.where('[table+key]').equals([table, key]).toArray()).find(
    (c) => c.resolvedAt === null,
  );
  const byRev = new Map((open?.versions ?? []).map((v) => [v.rev, v]));
  for (const v of versions) byRev.set(v.rev, v);
  const conflict: SyncConflict = open
    ? { ...open, versions: [...byRev.values()] }
    : { id: ctx.newId(), table, key, versions: [...byRev.values()], createdAt: ctx.now(), resolvedAt: null };
  await db.syncConflicts.put(conflict);
}
