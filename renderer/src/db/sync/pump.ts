import { canonicalJson } from '@shared/audit/canonical';
import type { ConflictVersion, OutboxEntry } from '@shared/sync/model';
import { docId, syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { keepConflict, UNSENT, versionOf } from './conflicts';
import type { Mirror, MirrorAuthor, MirrorBody } from './mirror';
import type { PouchDoc, StoredDoc } from './pouch-types';

/** How the pump runs: entries per round (one mirror write and one Dexie transaction each), and a stop. */
export interface PumpOptions {
  batch?: number;
  /** This desk's name (设置 → 同步), sent with each write so other desks show it beside a conflict's versions. */
  deskName?: string;
  /** Checked between rounds: a round under way finishes (or fails) whole, so nothing is half acked. */
  signal?: AbortSignal;
}

/** What one pump run did, in rows: written to the mirror, kept as conflicts, outbox entries removed. */
export interface PumpResult {
  sent: number;
  conflicts: number;
  acked: number;
}

/** One row's pending entries collapsed: the row is sent as it is now, on the revision it was based on. */
interface Change {
  table: SyncedTable;
  key: string;
  baseRev: string | null;
  seqs: number[];
  by: MirrorAuthor;
  row: Record<string, unknown> | undefined;
  /**
   * Revisions the mirror still has to drop once the row is in (see retireLosers): those of a conflict
   * staff resolved (`id`), or of leaves the pull merged (queued with the entry, no conflict: `id` null).
   */
  resolved: { id: string | null; retire: string[] }[];
}

type MirrorDoc = StoredDoc<MirrorBody>;

/** What became of one change: the mirror took it at `rev`, or a version from elsewhere was there. */
type Outcome = { change: Change; rev: string } | { change: Change; theirs: MirrorDoc };

/**
 * Writes the outbox into the mirror, oldest entries first, `batch` at a time, until it is empty or
 * `signal` aborts. Each row goes on top of the revision it was based on, so a mirror that moved (another
 * desk's change came in) answers 409 and the clash is kept as a conflict: the mirror and the Dexie row
 * both stay as they are. Entries are removed only after the mirror answered, in the transaction that
 * records the new revisions: a desk killed in between sends them again, and finds its own write there.
 */
export async function pump(
  db: DeskDatabase,
  ctx: WriteContext,
  mirror: Mirror,
  { batch = 200, deskName, signal }: PumpOptions = {},
): Promise<PumpResult> {
  const total: PumpResult = { sent: 0, conflicts: 0, acked: 0 };
  while (!signal?.aborted) {
    const entries = await db.outbox.orderBy('seq').limit(batch).toArray();
    if (entries.length === 0) break;
    const changes = await collapse(db, entries, deskName);
    const outcomes = await send(mirror, changes.filter(isSendable));
    await settle(db, ctx, changes, outcomes);
    total.sent += outcomes.filter((o) => 'rev' in o).length;
    total.conflicts += outcomes.filter((o) => 'theirs' in o).length;
    total.acked += changes.reduce((n, c) => n + c.seqs.length, 0);
  }
  return total;
}

/** A row created and deleted before the mirror ever had it has nothing to send. */
const isSendable = (c: Change) => c.row !== undefined || c.baseRev !== null;

/** Groups entries by row (first appearance order) and reads each row's current value. */
async function collapse(
  db: DeskDatabase,
  entries: readonly OutboxEntry[],
  deskName: string | undefined,
): Promise<Change[]> {
  const byRow = new Map<string, Change>();
  for (const e of entries) {
    const id = docId(e.table, e.key);
    const seen = byRow.get(id);
    // The newest entry says who made the state being sent; the base is shared (see rebase in settle).
    const by = { deskId: e.deskId, ...(deskName ? { deskName } : {}), actor: e.actor, at: e.at };
    if (seen) Object.assign(seen, { by, seqs: [...seen.seqs, e.seq] });
    else
      byRow.set(id, {
        table: e.table,
        key: e.key,
        baseRev: e.baseRev,
        seqs: [e.seq],
        by,
        row: undefined,
        resolved: [],
      });
  }
  const changes = [...byRow.values()];
  const tables = [...new Set(changes.map((c) => c.table))];
  await db.transaction('r', [...tables, db.outbox, db.syncConflicts], async () => {
    for (const table of tables) {
      const mine = changes.filter((c) => c.table === table);
      const rows = await db.table(table).bulkGet(mine.map((c) => c.key));
      mine.forEach((c, i) => (c.row = rows[i] as Record<string, unknown> | undefined));
    }
    // The row's entries past this batch are sent with it (it goes as it is now): one revision, not one per round.
    for (const c of changes) {
      const all = await db.outbox.where('[table+key]').equals([c.table, c.key]).toArray();
      c.seqs = [...new Set([...c.seqs, ...all.map((e) => e.seq)])];
      for (const e of all) if (e.retire?.length) c.resolved.push({ id: null, retire: e.retire });
    }
    const pairs = changes.map((c) => [c.table, c.key]);
    for (const k of await db.syncConflicts.where('[table+key]').anyOf(pairs).toArray()) {
      if (k.resolvedAt === null || !k.retire?.length) continue;
      byRow.get(docId(k.table, k.key))?.resolved.push({ id: k.id, retire: k.retire });
    }
  });
  return changes;
}

/** The document that places a change on its base revision (a new document when it has none). */
function docOf(c: Change, rev: string | null): PouchDoc<MirrorBody> {
  const head = { _id: docId(c.table, c.key), ...(rev ? { _rev: rev } : {}), by: c.by };
  return c.row ? { ...head, row: c.row } : { ...head, _deleted: true };
}

/** Writes the changes in one bulk call; each 409 is looked at once more (see settleClash). */
async function send(mirror: Mirror, changes: readonly Change[]): Promise<Outcome[]> {
  if (changes.length === 0) return [];
  const answers = await mirror.bulkDocs(changes.map((c) => docOf(c, c.baseRev)));
  const outcomes: Outcome[] = [];
  for (const [i, change] of changes.entries()) {
    const answer = answers[i];
    let outcome: Outcome;
    if (answer && 'ok' in answer && answer.ok) outcome = { change, rev: answer.rev };
    else if (answer && 'status' in answer && answer.status === 409)
      outcome = await settleClash(mirror, change);
    else throw new Error(`镜像库拒绝写入 ${docId(change.table, change.key)}: ${JSON.stringify(answer)}`);
    if ('rev' in outcome) await retireLosers(mirror, change);
    outcomes.push(outcome);
  }
  return outcomes;
}

/**
 * Deletes from the mirror the revisions staff decided against when they resolved a conflict over the
 * row, now that the resolved row is written on top of the newest: the document then has no conflicting
 * revisions left, here and (once replicated) everywhere. A revision already gone or built on (409, 404)
 * is no longer a live version: nothing to do. Run again on a replay, it deletes nothing twice.
 */
async function retireLosers(mirror: Mirror, change: Change): Promise<void> {
  const revs = [...new Set(change.resolved.flatMap((r) => r.retire))];
  if (revs.length === 0) return;
  const id = docId(change.table, change.key);
  const answers = await mirror.bulkDocs(
    revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true, by: change.by })),
  );
  const failed = answers.find((a) => 'status' in a && a.status !== 409 && a.status !== 404);
  if (failed) throw new Error(`镜像库没能删除 ${id} 的旧版本: ${JSON.stringify(failed)}`);
}

/** The mirror's current (winning) revision of a document, deleted or not, with its revision history. */
export async function currentDoc(mirror: Mirror, id: string): Promise<MirrorDoc | null> {
  const listed = (await mirror.allDocs({ keys: [id] })).rows[0];
  if (!listed || !('value' in listed)) return null;
  return mirror.get(id, { rev: listed.value.rev, revs: true });
}

/** The revision a document's current revision was written on top of; null for a first revision. */
function parentRev(doc: MirrorDoc): string | null {
  const history = doc._revisions;
  const parent = history?.ids[1];
  return history && parent ? `${history.start - 1}-${parent}` : null;
}

/** Whether a document holds exactly this change's row (or deletion). */
const holds = (doc: MirrorDoc, c: Change) =>
  doc._deleted ? c.row === undefined : c.row !== undefined && canonicalJson(doc.row) === canonicalJson(c.row);

/**
 * A 409: either this desk's own earlier write of the row (a replay after a crash between the mirror's
 * answer and the ack: written by this desk, on this base), which is recorded, or written on again when
 * the row changed since; or another desk's version, kept as a conflict.
 */
async function settleClash(mirror: Mirror, change: Change): Promise<Outcome> {
  const theirs = await currentDoc(mirror, docId(change.table, change.key));
  if (!theirs) throw new Error(`镜像库找不到 ${docId(change.table, change.key)}`);
  const ownReplay = theirs.by?.deskId === change.by.deskId && parentRev(theirs) === change.baseRev;
  if (!ownReplay) return { change, theirs };
  if (holds(theirs, change)) return { change, rev: theirs._rev };
  const answer = await mirror.put(docOf(change, theirs._rev));
  return { change, rev: answer.rev };
}

/**
 * Records what the mirror answered, in one transaction: new revisions in syncMeta, clashes as kept
 * conflicts, and the entries removed. An edit made while its row was in flight keeps the old base:
 * the next round finds this desk's own write there (settleClash) and goes on top of it.
 */
async function settle(
  db: DeskDatabase,
  ctx: WriteContext,
  changes: readonly Change[],
  outcomes: readonly Outcome[],
): Promise<void> {
  await db.transaction('rw', db.outbox, db.syncMeta, db.syncConflicts, async () => {
    for (const o of outcomes) {
      const { table, key } = o.change;
      if ('rev' in o) {
        const deleted = o.change.row === undefined ? { deleted: true as const } : {};
        await db.syncMeta.put({ id: syncMetaId(table, key), rev: o.rev, ...deleted });
        for (const r of o.change.resolved) if (r.id) await db.syncConflicts.update(r.id, { retire: [] });
      } else {
        const versions: ConflictVersion[] = [
          versionOf(UNSENT, o.change.by, o.change.row),
          versionOf(o.theirs._rev, o.theirs.by, o.theirs._deleted ? undefined : o.theirs.row),
        ];
        await keepConflict(db, ctx, table, key, versions);
      }
    }
    await db.outbox.bulkDelete(changes.flatMap((c) => c.seqs));
  });
}
