import type { SyncedTable } from './tables';

/**
 * One local change waiting to be written to the mirror, kept in the same transaction as the change
 * itself so a crash never loses it. The pump reads the row as it is when it sends, and places it on
 * `baseRev`: if the mirror has moved since, the write becomes a conflict, never an overwrite.
 *
 * @example
 * const e: OutboxEntry = { seq: 1, table: 'volunteers', key: 'v1', op: 'put', baseRev: null,
 *   at: 1763780000000, deskId: 'desk-1', actor: '王芳' };
 */
export interface OutboxEntry {
  /** Order of the changes on this desk (auto-incremented). */
  seq: number;
  table: SyncedTable;
  /** The row's primary key. */
  key: string;
  op: 'put' | 'delete';
  /** The mirror revision the row was based on when changed; null for a row the mirror never had. */
  baseRev: string | null;
  /** When the change was made (epoch ms). */
  at: number;
  deskId: string;
  /** The staff member signed in when the change was made. */
  actor: string;
  /**
   * The document's other leaves this write settles (a volunteer merged field by field at the pull):
   * the pump deletes them from the mirror once the write is in, so the center keeps one version.
   */
  retire?: string[];
}

/**
 * The mirror revision a local row is based on, keyed `table|key` (see syncMetaId).
 *
 * @example
 * const m: SyncMeta = { id: 'volunteers|v1', rev: '2-9a1f' };
 */
export interface SyncMeta {
  id: string;
  rev: string;
  /**
   * The revision is a deletion (made here or pulled): the row is gone on purpose. A row missing with no
   * such mark was deleted while sync was stopped, so the backlog pass sends its deletion.
   */
  deleted?: true;
}

/**
 * One version of a row in a conflict, with who wrote it, at which desk and when.
 *
 * @example
 * const v: ConflictVersion = { rev: '3-b2', deskId: 'desk-2', actor: '李明', at: 1763780000000,
 *   deleted: false, value: { id: 'r1', creditedMinutes: 120 } };
 */
export interface ConflictVersion {
  rev: string;
  deskId: string;
  /** The writing desk's name as staff know it (versions written before desks sent their names lack it). */
  deskName?: string;
  actor: string;
  at: number;
  deleted: boolean;
  value: unknown;
}

/**
 * A conflict kept until staff resolve it (never dropped): every version of the row, side by side.
 *
 * @example
 * const c: SyncConflict = { id: 'c1', table: 'serviceRecords', key: 'r1', versions: [], createdAt: 1, resolvedAt: null };
 */
export interface SyncConflict {
  id: string;
  table: SyncedTable;
  key: string;
  versions: ConflictVersion[];
  createdAt: number;
  /** When it was resolved (epoch ms); null while open. */
  resolvedAt: number | null;
  /** The staff member who resolved it (absent while open). */
  resolvedBy?: string;
  /**
   * The mirror revisions staff decided against, deleted by the pump when it sends the resolved row;
   * emptied once the mirror has dropped them (absent while open).
   */
  retire?: string[];
}
