import type { OutboxEntry, SyncMeta } from '@shared/sync/model';
import { numberMarkOf } from '@shared/sync/sync-settings';
import { SYNCED_TABLES, parseSyncMetaId, syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { settingsRepo } from '../repos/settings';
import { isLiveRow, shiftKeptLiveCount } from '../repos/volunteer-counters';
import { skipOutboxIn } from './outbox-middleware';

/** A document pulled from the center: the row it holds (absent when deleted) and its revision. */
export interface RemoteDoc {
  key: string;
  rev: string;
  deleted: boolean;
  row?: { id: string };
}

/** What the backlog pass reads of a row: its key and when it last changed. */
interface BacklogRow {
  id: string;
  updatedAt?: number;
}

const DELETED = { deleted: true } as const;

/** How many live volunteers `docs` add (negative: remove), against the rows they replace. */
async function liveDelta(db: DeskDatabase, docs: readonly RemoteDoc[]): Promise<number> {
  const before = await db.volunteers.bulkGet(docs.map((d) => d.key));
  return docs.reduce(
    (sum, d, i) => sum + Number(!d.deleted && isLiveRow(d.row)) - Number(isLiveRow(before[i])),
    0,
  );
}

/** The desk side of sync that features never see: the on/off switch, pulled changes and the outbox. */
export function syncRepo(db: DeskDatabase, ctx: WriteContext) {
  const settings = settingsRepo(db, ctx);

  /** Queues the rows of `table` the mirror never had or that changed after `since`, unless queued already. */
  const queueUnsent = (table: SyncedTable, rows: readonly BacklogRow[], since: number): Promise<number> =>
    db.transaction('rw', db.outbox, db.syncMeta, async () => {
      const keys = rows.map((r) => r.id);
      const metas = await db.syncMeta.bulkGet(keys.map((k) => syncMetaId(table, k)));
      const waiting = await db.outbox
        .where('[table+key]')
        .anyOf(keys.map((k) => [table, k]))
        .toArray();
      const held = new Set(waiting.map((e) => e.key));
      const [at, deskId, actor] = [ctx.now(), ctx.deskId, ctx.actor];
      const due: Omit<OutboxEntry, 'seq'>[] = [];
      rows.forEach((row, i) => {
        const rev = metas[i]?.rev ?? null;
        if (held.has(row.id) || (rev !== null && (row.updatedAt ?? 0) <= since)) return;
        due.push({ table, key: row.id, op: 'put', baseRev: rev, at, deskId, actor });
      });
      await db.outbox.bulkAdd(due as OutboxEntry[]);
      return due.length;
    });

  /**
   * Queues a deletion for each of `metas` whose row is gone although the center still has it (no deletion
   * mark): deleted while sync was stopped, when nothing queued it. Rows already queued are left alone.
   */
  const queueDeleted = (metas: readonly SyncMeta[]): Promise<number> => {
    const rows = metas.flatMap((m) => {
      const at = m.deleted ? null : parseSyncMetaId(m.id);
      return at ? [{ ...at, rev: m.rev }] : [];
    });
    const tables = [...new Set(rows.map((r) => r.table))];
    if (tables.length === 0) return Promise.resolve(0);
    return db.transaction('rw', [db.outbox, ...tables.map((t) => db.table(t))], async () => {
      const [at, deskId, actor] = [ctx.now(), ctx.deskId, ctx.actor];
      const due: Omit<OutboxEntry, 'seq'>[] = [];
      for (const table of tables) {
        const mine = rows.filter((r) => r.table === table);
        const present = await db.table(table).bulkGet(mine.map((r) => r.key));
        const gone = mine.filter((_, i) => present[i] === undefined);
        if (gone.length === 0) continue;
        const waiting = await db.outbox
          .where('[table+key]')
          .anyOf(gone.map((r) => [table, r.key]))
          .toArray();
        const held = new Set(waiting.map((e) => e.key));
        for (const r of gone)
          if (!held.has(r.key))
            due.push({ table, key: r.key, op: 'delete', baseRev: r.rev, at, deskId, actor });
      }
      await db.outbox.bulkAdd(due as OutboxEntry[]);
      return due.length;
    });
  };

  return {
    /** Whether this desk queues its changes (in memory; see resume). */
    isOn: () => db.syncWriter !== null,

    /** Turns queuing on or off, for this session and (audited, in settings) the next. */
    async setEnabled(on: boolean): Promise<void> {
      const [was, stoppedAt] = await Promise.all([
        settings.get('syncEnabled'),
        settings.get('syncStoppedAt'),
      ]);
      if (on && was !== true) await settings.set('syncBacklogSince', stoppedAt ?? 0);
      if (!on && was === true) await settings.set('syncStoppedAt', ctx.now());
      await settings.set('syncEnabled', on);
      db.syncWriter = on ? ctx : null;
      db.numberMark = numberMarkOf(on, await settings.get('syncCenter'));
    },

    /** The time after which changed rows still wait to be queued (see queueBacklog); null when none do. */
    backlogSince: async (): Promise<number | null> => (await settings.get('syncBacklogSince')) ?? null,

    /** Records that the backlog is queued. */
    backlogQueued: (): Promise<void> => settings.set('syncBacklogSince', null),

    /** At start: queues again if sync was on when the desk last ran. */
    async resume(): Promise<boolean> {
      const on = (await settings.get('syncEnabled')) === true;
      db.syncWriter = on ? ctx : null;
      db.numberMark = numberMarkOf(on, await settings.get('syncCenter'));
      return on;
    },

    /**
     * Writes pulled documents into `table` with the revision each is now based on, in one transaction
     * that never enters the outbox (the change came from the center). A deleted document removes the
     * row and keeps its revision, so a later local write is placed on the deletion, not over it.
     */
    async applyRemote(table: SyncedTable, docs: readonly RemoteDoc[]): Promise<void> {
      await db.transaction('rw', db.table(table), db.syncMeta, db.counters, async (tx) => {
        skipOutboxIn(tx.idbtrans);
        const live = docs.flatMap((d) => (!d.deleted && d.row ? [d.row] : []));
        const gone = docs.filter((d) => d.deleted).map((d) => d.key);
        // 今日概览 and the roster read the live count kept beside the volunteers, not a count of 126,000
        // rows: another desk's registrations and removals move it here as they arrive.
        if (table === 'volunteers') await shiftKeptLiveCount(db, ctx, () => liveDelta(db, docs));
        // Sent together: IndexedDB writes the revisions while the page still hands it the rows.
        await Promise.all([
          live.length > 0 && db.table(table).bulkPut(live),
          gone.length > 0 && db.table(table).bulkDelete(gone),
          db.syncMeta.bulkPut(
            docs.map((d) => ({ id: syncMetaId(table, d.key), rev: d.rev, ...(d.deleted ? DELETED : {}) })),
          ),
        ]);
      });
    },

    /**
     * Queues what no change queued: every row the center has never had (the data the desk held before
     * sync was first turned on) and every row changed after `since` (while sync was stopped; 0 the first
     * time). Table by table in key order, `chunk` rows per transaction; rows already queued are skipped,
     * so a pass cut short (closed, `signal`) is simply run again. Returns the number of rows queued.
     */
    async queueBacklog(
      since: number,
      options: {
        chunk?: number;
        signal?: AbortSignal;
        onProgress?: (done: number, total: number) => void;
      } = {},
    ): Promise<number> {
      const { chunk = 1000, signal, onProgress } = options;
      // A one-off pass, not a hot path: the counts only size the progress shown.
      const sizes = await Promise.all([
        ...SYNCED_TABLES.map((t) => db.table(t).count()),
        db.syncMeta.count(),
      ]);
      const total = sizes.reduce((a, b) => a + b, 0);
      let [done, queued] = [0, 0];
      onProgress?.(0, total);
      for (const table of SYNCED_TABLES) {
        let after: string | undefined;
        while (!signal?.aborted) {
          const from =
            after === undefined ? db.table(table).toCollection() : db.table(table).where(':id').above(after);
          const rows = (await from.limit(chunk).toArray()) as BacklogRow[];
          if (rows.length === 0) break;
          after = rows.at(-1)?.id;
          queued += await queueUnsent(table, rows, since);
          done += rows.length;
          onProgress?.(done, total);
        }
      }
      // Then the deletions made while stopped: rows the center has (a revision here) and this desk no longer.
      let after: string | undefined;
      while (!signal?.aborted) {
        const from = after === undefined ? db.syncMeta.toCollection() : db.syncMeta.where(':id').above(after);
        const metas = await from.limit(chunk).toArray();
        if (metas.length === 0) break;
        after = metas.at(-1)?.id;
        queued += await queueDeleted(metas);
        done += metas.length;
        onProgress?.(done, total);
      }
      return queued;
    },

    /** The `n` oldest queued changes, in the order they were made. */
    peek: (n: number): Promise<OutboxEntry[]> => db.outbox.orderBy('seq').limit(n).toArray(),

    /** Removes the changes the mirror confirmed, and only those. */
    ack: (seqs: readonly number[]): Promise<void> => db.outbox.bulkDelete([...seqs]),
  };
}
