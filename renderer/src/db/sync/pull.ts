import type { OutboxEntry, SyncConflict } from '@shared/sync/model';
import { parseDocId, syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { untilDictionary } from '../dictionary-gate';
import { keepConflict, UNSENT, versionOf } from './conflicts';
import type { Mirror } from './mirror';
import {
  remoteOf,
  settleLeaves,
  versionOfDoc,
  type MirrorDoc,
  type Pulled,
  type WriteBack,
} from './pulled-leaves';
import { currentDoc } from './pump';
import { syncRepo, type RemoteDoc } from './sync-repo';

/** The syncMeta row holding the mirror sequence pulled up to (not `table|key`: it names no row). */
export const PULL_SINCE = '#pull-since';

/**
 * Changes per round of a pull: one Dexie transaction each, and the desk's database commits with strict
 * durability (a disk flush per commit): a first pull of 126,000 rows in rounds of 200, each with a second
 * commit for where it reached, waited on 1,260 flushes; at 1,000 with both in one commit, 126.
 */
export const PULL_ROUND = 1000;

/** How a pull runs: changes per round (one Dexie transaction each), and a stop checked between rounds. */
export interface PullOptions {
  batch?: number;
  signal?: AbortSignal;
}

/**
 * The mirror sequence the last pull reached, as PouchDB numbers it. syncMeta keeps it as text; handed
 * back as text, PouchDB starts at that change again (memory and LevelDB adapters) or after every numbered
 * change (IndexedDB sorts strings after numbers), so a desk would pull its last change for ever, or never
 * pull again after its first run.
 */
export async function pulledSince(db: DeskDatabase): Promise<number | string> {
  const stored = (await db.syncMeta.get(PULL_SINCE))?.rev;
  if (stored === undefined) return 0;
  return /^\d+$/.test(stored) ? Number(stored) : stored;
}

/** What one pull did: rows written into Dexie, rows whose change was kept as a conflict. */
export interface PullResult {
  applied: number;
  conflicts: number;
}

/**
 * Applies the mirror's changes since the last pull to Dexie, `batch` at a time, in transactions that
 * never enter the outbox. A change to a row with a pending local change, or a document with conflicting
 * revisions, is kept as a conflict (by the table's policy) instead of overwriting the local row. Run it
 * after the pump: the desk's own writes are then recognised by the revision syncMeta already holds.
 */
export async function pull(
  db: DeskDatabase,
  ctx: WriteContext,
  mirror: Mirror,
  { batch = PULL_ROUND, signal }: PullOptions = {},
): Promise<PullResult> {
  const total: PullResult = { applied: 0, conflicts: 0 };
  const page = (since: number | string) => {
    const read = mirror.changes({ since, limit: batch, include_docs: true, conflicts: true });
    // A page read ahead and then not wanted (stopped, or the round before it failed) must not be
    // reported as an unhandled rejection; whoever awaits it still sees its error.
    read.catch(() => undefined);
    return read;
  };
  let next = page(await pulledSince(db));
  while (!signal?.aborted) {
    const feed = await next;
    if (feed.results.length === 0) break;
    // The next page is read from the mirror while this one is written into Dexie: the mirror's reads
    // and Dexie's writes then overlap instead of waiting on each other (pages follow the mirror's
    // sequence, so reading ahead changes nothing of what each round sees).
    next = page(feed.last_seq);
    const pulled: Pulled[] = [];
    for (const r of feed.results) {
      const row = parseDocId(r.id);
      if (row && r.doc) pulled.push(await withLeaves(mirror, row.table, row.key, r.doc));
    }
    await findSuperseded(db, mirror, pulled);
    // Where the round ends is kept in the rows' own transaction: one flush, and no crash between them.
    const done = await applyPulled(db, ctx, pulled, feed.last_seq);
    total.applied += done.applied;
    total.conflicts += done.conflicts;
  }
  return total;
}

/** Reads a conflicted document's other leaves (and, for a volunteer, their common ancestor). */
async function withLeaves(mirror: Mirror, table: SyncedTable, key: string, doc: MirrorDoc): Promise<Pulled> {
  if (!doc._conflicts?.length) return { table, key, doc, leaves: [doc], base: null };
  const others = await Promise.all(doc._conflicts.map((rev) => mirror.get(doc._id, { rev, revs: true })));
  const winner = await currentDoc(mirror, doc._id);
  const leaves = [winner ?? doc, ...others];
  const base = table === 'volunteers' ? await ancestor(mirror, leaves) : null;
  return { table, key, doc, leaves, base };
}

/** A revision's history, itself first (read with `revs: true`; empty without it). */
function historyOf(doc: MirrorDoc): string[] {
  const h = doc._revisions;
  return h ? h.ids.map((id, i) => `${h.start - i}-${id}`) : [];
}

/**
 * Reads, for each pulled document with one live leaf whose row still has an open conflict here, the
 * revisions its leaves were written on top of. Done before the Dexie transaction: PouchDB cannot be
 * awaited inside one.
 */
async function findSuperseded(db: DeskDatabase, mirror: Mirror, pulled: Pulled[]): Promise<void> {
  const single = pulled.filter((p) => p.leaves.length === 1);
  if (single.length === 0) return;
  const open = await db.syncConflicts
    .where('[table+key]')
    .anyOf(single.map((p) => [p.table, p.key]))
    .filter((c) => c.resolvedAt === null)
    .toArray();
  const rows = new Set(open.map((c) => syncMetaId(c.table, c.key)));
  for (const p of single) {
    if (!rows.has(syncMetaId(p.table, p.key))) continue;
    const leaves = await mirror.get(p.doc._id, { open_revs: 'all', revs: true });
    p.superseded = new Set(leaves.flatMap((l) => ('ok' in l ? historyOf(l.ok).slice(1) : [])));
  }
}

/** The newest revision in every leaf's history, read back when the mirror still holds its body. */
async function ancestor(mirror: Mirror, leaves: readonly MirrorDoc[]): Promise<MirrorDoc | null> {
  const histories = leaves.map(historyOf);
  const [first = [], ...rest] = histories;
  const shared = first.find((rev) => rest.every((h) => h.includes(rev)));
  if (!shared) return null;
  // Compaction drops old bodies: the merge then treats every differing field as a conflict.
  return mirror.get(leaves[0]?._id ?? '', { rev: shared }).catch(() => null);
}

/** Writes one round of pulled documents into Dexie in one transaction (see pull). */
async function applyPulled(
  db: DeskDatabase,
  ctx: WriteContext,
  pulled: readonly Pulled[],
  reached: number | string,
) {
  const sync = syncRepo(db, ctx);
  const tables = [...new Set(pulled.map((p) => p.table))];
  const result = { applied: 0, conflicts: 0 };
  const scope = [...tables.map((t) => db.table(t)), db.syncMeta, db.outbox, db.syncConflicts, db.counters];
  // A volunteer merged field by field gets its search keys again.
  const wait = tables.includes('volunteers') ? untilDictionary() : null;
  if (wait) await wait;
  await db.transaction('rw', scope, async () => {
    const apply = new Map<SyncedTable, RemoteDoc[]>();
    const merged: WriteBack[] = [];
    const take = (p: Pulled, doc: RemoteDoc) => {
      const docs = apply.get(p.table);
      if (docs) docs.push(doc);
      else apply.set(p.table, [doc]);
      result.applied += 1;
    };
    // The batch's revisions and queued changes in two reads, not two per document: a first pull of
    // 126,000 rows waited on each in turn (5,000 rows: 4.7 s -> 2.7 s).
    // Rows with a conflict staff have not settled, read once for the batch: a query per document was
    // about a fifth of a first pull's time in Dexie (20,000 volunteers: 27.7 s -> 21.7 s). The three
    // reads are sent together, so IndexedDB answers one while the page handles the other's results.
    const rows = pulled.map((p) => [p.table, p.key]);
    const [metas, queued, unsettled] = await Promise.all([
      db.syncMeta.bulkGet(pulled.map((p) => syncMetaId(p.table, p.key))),
      db.outbox.where('[table+key]').anyOf(rows).toArray(),
      db.syncConflicts.where('[table+key]').anyOf(rows).toArray(),
    ]);
    const open = new Set(
      unsettled.filter((c) => c.resolvedAt === null).map((c) => syncMetaId(c.table, c.key)),
    );
    const newest = new Map<string, OutboxEntry>();
    for (const e of queued) {
      const id = syncMetaId(e.table, e.key);
      if ((newest.get(id)?.seq ?? -Infinity) < e.seq) newest.set(id, e);
    }
    // Every `await` in this loop makes a Dexie call: a batch of awaits with none in them (an async check
    // answering at once, per document) outlasts the ticks Dexie keeps the transaction's zone for, and the
    // rows written after it commit on their own (PrematureCommitError in Chromium, not fake-indexeddb).
    for (const [i, p] of pulled.entries()) {
      const held = metas[i]?.rev;
      const conflicted = p.leaves.length > 1;
      // This desk's own write coming back, or a change already applied by an earlier (crashed) pull.
      if (held === p.doc._rev && !conflicted) continue;
      const pending = newest.get(syncMetaId(p.table, p.key));
      if (pending) {
        if (held === p.doc._rev) continue;
        await keepPendingClash(db, ctx, p, pending);
        result.conflicts += 1;
      } else if (!conflicted && p.superseded && (await settledElsewhere(db, ctx, p))) {
        take(p, remoteOf(p.key, p.doc));
      } else if (open.has(syncMetaId(p.table, p.key))) {
        // The pump already refused this desk's version over the row: the next remote one joins that
        // conflict rather than silently replacing the version staff have not chosen against yet.
        await keepConflict(db, ctx, p.table, p.key, p.leaves.map(versionOfDoc));
        result.conflicts += 1;
      } else if (!conflicted) take(p, remoteOf(p.key, p.doc));
      else {
        const chosen = await settleLeaves(db, ctx, p, held, merged);
        if (chosen) take(p, chosen);
        result.conflicts += 1;
      }
    }
    // applyRemote joins this transaction: one commit for the rows, their revisions and the conflicts.
    for (const [table, docs] of apply) await sync.applyRemote(table, docs);
    // Queued after the merged rows are in: the pump sends each row as Dexie holds it.
    for (const m of merged) {
      const { deskId, actor } = ctx;
      await db.outbox.add({ ...m, op: 'put', at: ctx.now(), deskId, actor } as OutboxEntry);
    }
    await db.syncMeta.put({ id: PULL_SINCE, rev: String(reached) });
  });
  return result;
}

/**
 * Closes the row's open conflict when another desk resolved it: the document has one live leaf, and
 * every version here reached the mirror and has since been written on top of or deleted (a resolution
 * builds on one and deletes the others). A version this desk never sent keeps the conflict open: only
 * staff here can decide over it. Returns whether it closed one (the caller then takes the document).
 */
async function settledElsewhere(db: DeskDatabase, ctx: WriteContext, p: Pulled): Promise<boolean> {
  if (!p.superseded) return false;
  const superseded = p.superseded;
  const open = (await db.syncConflicts.where('[table+key]').equals([p.table, p.key]).toArray()).filter(
    (c) => c.resolvedAt === null,
  );
  // The unsent version's revision ('') is in no history, so a conflict holding one never settles here.
  const settled = (c: SyncConflict) => c.versions.every((v) => superseded.has(v.rev));
  if (open.length === 0 || !open.every(settled)) return false;
  const resolvedBy = `${p.doc.by.actor}（${p.doc.by.deskName ?? p.doc.by.deskId}）`;
  for (const c of open) await db.syncConflicts.put({ ...c, resolvedAt: ctx.now(), resolvedBy, retire: [] });
  return true;
}

/** A remote change to a row this desk changed and has not sent: both kept, the local row untouched. */
async function keepPendingClash(db: DeskDatabase, ctx: WriteContext, p: Pulled, pending: OutboxEntry) {
  const row = await db.table(p.table).get(p.key);
  const local = versionOf(UNSENT, pending, row);
  await keepConflict(db, ctx, p.table, p.key, [local, ...p.leaves.map(versionOfDoc)]);
}
