import { CONFLICT_POLICY, owningDeskVersion } from '@shared/sync/conflict-policy';
import { mergeVolunteer } from '@shared/sync/merge-volunteer';
import type { Volunteer } from '@shared/model';
import type { SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { withKeys } from '../repos/volunteer-merge';
import { keepConflict, versionOf } from './conflicts';
import type { MirrorBody } from './mirror';
import type { StoredDoc } from './pouch-types';
import type { RemoteDoc } from './sync-repo';

// Split from pull.ts: what the pull does with a document whose leaves conflict (see settleLeaves).

export type MirrorDoc = StoredDoc<MirrorBody>;

/** One pulled document: its winning revision and, when it has conflicts, every leaf (winner first). */
export interface Pulled {
  table: SyncedTable;
  key: string;
  doc: MirrorDoc;
  leaves: MirrorDoc[];
  /** The leaves' common ancestor, for merging volunteers field by field; null when unknown. */
  base: MirrorDoc | null;
  /**
   * For a row with an open conflict whose document has one live leaf left: every revision some leaf
   * (deleted ones included) was written on top of. See settledElsewhere.
   */
  superseded?: ReadonlySet<string>;
}

/** A mirror document as the row Dexie takes. */
export const remoteOf = (key: string, doc: MirrorDoc): RemoteDoc => ({
  key,
  rev: doc._rev,
  deleted: doc._deleted === true || doc.row === undefined,
  ...(doc._deleted || !doc.row ? {} : { row: doc.row as { id: string } }),
});

/** A mirror document as a conflict's version. */
export const versionOfDoc = (doc: MirrorDoc) =>
  versionOf(doc._rev, doc.by, doc._deleted ? undefined : doc.row);

/** A merge to send back to the center: the row on its winning revision, the other leaves deleted. */
export interface WriteBack {
  table: SyncedTable;
  key: string;
  baseRev: string;
  retire: string[];
}

/**
 * A document with conflicting revisions, by the table's policy: every version is kept for staff
 * (volunteers: only when a field clashes, with just those fields). The row the desk shows is its own
 * version when it holds one of the leaves, else the winner; a booking takes its owning desk's version;
 * a volunteer takes the field-by-field merge (a clash-free one is pushed to `merged` for sending back).
 * Returns what to write into Dexie, or null to keep the row.
 */
export async function settleLeaves(
  db: DeskDatabase,
  ctx: WriteContext,
  p: Pulled,
  held: string | undefined,
  merged: WriteBack[],
): Promise<RemoteDoc | null> {
  const mine = p.leaves.find((l) => l._rev === held);
  const fallback = mine ? null : remoteOf(p.key, p.doc);
  const policy = CONFLICT_POLICY[p.table];
  const anyDeleted = p.leaves.some((l) => l._deleted || !l.row);
  if (policy === 'field-merge' && !anyDeleted) return mergeLeaves(db, ctx, p, mine ?? p.doc, merged);
  await keepConflict(db, ctx, p.table, p.key, p.leaves.map(versionOfDoc));
  if (policy !== 'owning-desk') return fallback;
  const owner = String((mine ?? p.doc).row?.['deskId'] ?? '');
  const own = owningDeskVersion(
    p.leaves.map((l) => ({ deskId: l.by.deskId, leaf: l })),
    owner,
  );
  return own ? remoteOf(p.key, own.leaf) : fallback;
}

/**
 * Merges a volunteer's leaves into the desk's row; a clashing field is kept with only those fields.
 * A clash-free merge is sent back by one desk only, the one whose version won: every desk computes the
 * same row, but two desks writing it would make two new leaves and the conflict would never end. Until
 * that desk syncs, every desk merges the same leaves again and shows the same row.
 */
async function mergeLeaves(
  db: DeskDatabase,
  ctx: WriteContext,
  p: Pulled,
  mine: MirrorDoc,
  sendBack: WriteBack[],
) {
  let merged = mine.row as unknown as Volunteer;
  const clashes = new Map<string, MirrorDoc>();
  for (const other of p.leaves.filter((l) => l !== mine)) {
    const base = (p.base?.row ?? null) as Volunteer | null;
    const r = mergeVolunteer(base, merged, other.row as unknown as Volunteer);
    merged = r.merged;
    for (const c of r.conflicts) clashes.set(c.field, other);
  }
  if (clashes.size > 0) {
    const fields = [...clashes.keys()];
    const pick = (doc: MirrorDoc) => ({
      ...versionOfDoc(doc),
      value: Object.fromEntries(fields.map((f) => [f, doc.row?.[f]])),
    });
    await keepConflict(db, ctx, p.table, p.key, [mine, ...new Set(clashes.values())].map(pick));
  } else if (mine._rev === p.doc._rev && p.doc.by.deskId === ctx.deskId) {
    const retire = p.leaves.filter((l) => l._rev !== mine._rev).map((l) => l._rev);
    sendBack.push({ table: p.table, key: p.key, baseRev: mine._rev, retire });
  }
  // Search keys follow the merged name and phone (the merge only gathers both sides' keys).
  return { key: p.key, rev: mine._rev, deleted: false, row: withKeys(merged) };
}
