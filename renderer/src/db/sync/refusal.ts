import type { ConflictVersion } from '@shared/sync/model';
import { parseDocId } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { keepConflict, versionOf } from './conflicts';
import { syncErrorMessage, type Refusal } from './engine-status';
import type { Mirror } from './mirror';

const idOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'id' in error ? String(error.id) : '';

/** A mirror or center document as a conflict version, or null when it cannot be read. */
async function versionAt(db: Mirror, id: string): Promise<ConflictVersion | null> {
  try {
    const doc = await db.get(id);
    return versionOf(doc._rev, doc.by, doc._deleted ? undefined : doc.row);
  } catch {
    return null;
  }
}

/**
 * The center refused a document the desk sent (its validator: confirmed hours, an issued document).
 * Replication moves on past it, so the desk would silently differ from the center for good: instead the
 * refusal is kept as a conflict over the row, with the desk's refused version beside the center's, for
 * staff to settle on the 同步冲突 screen. The desk's row stays as it is meanwhile. Returns the refusal to
 * show in the status.
 */
export async function keepRefusal(
  db: DeskDatabase,
  ctx: WriteContext,
  mirror: Mirror,
  center: Mirror,
  error: unknown,
): Promise<Refusal> {
  const docId = idOf(error);
  const refusal: Refusal = { docId, reason: syncErrorMessage(error), at: ctx.now() };
  const row = parseDocId(docId);
  if (!row) return refusal;
  const versions = [await versionAt(mirror, docId), await versionAt(center, docId)].flatMap((v) =>
    v ? [v] : [],
  );
  if (versions.length > 0)
    await db.transaction('rw', db.syncConflicts, () => keepConflict(db, ctx, row.table, row.key, versions));
  return refusal;
}
