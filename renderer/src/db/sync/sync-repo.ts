import type { OutboxEntry } from '@shared/sync/model';
import { syncMetaId, type SyncedTable } from '@shared/sync/tables';
import type { WriteContext } from '../context';
import type { DeskDatabase } from '../database';
import { settingsRepo } from '../repos/settings';
import { skipOutboxIn } from './outbox-middleware';

/** A document pulled from the center: the row it holds (absent when deleted) and its revision. */
export interface RemoteDoc {
  key: string;
  rev: string;
  deleted: boolean;
  row?: { id: string };
}

/** The desk side of sync that features never see: the on/off switch, pulled changes and the outbox. */
export function syncRepo(db: DeskDatabase, ctx: WriteContext) {
  const settings = settingsRepo(db, ctx);
  return {
    /** Whether this desk queues its changes (in memory; see resume). */
    isOn: () => db.syncWriter !== null,

    /** Turns queuing on or off, for this session and (audited, in settings) the next. */
    async setEnabled(on: boolean): Promise<void> {
      await settings.set('syncEnabled', on);
      db.syncWriter = on ? ctx : null;
    },

    /** At start: queues again if sync was on when the desk last ran. */
    async resume(): Promise<boolean> {
      const on = (await settings.get('syncEnabled')) === true;
      db.syncWriter = on ? ctx : null;
      return on;
    },

    /**
     * Writes pulled documents into `table` with the revision each is now based on, in one transaction
     * that never enters the outbox (the change came from the center). A deleted document removes the
     * row and keeps its revision, so a later local write is placed on the deletion, not over it.
     */
    async applyRemote(table: SyncedTable, docs: readonly RemoteDoc[]): Promise<void> {
      await db.transaction('rw', db.table(table), db.syncMeta, async (tx) => {
        skipOutboxIn(tx.idbtrans);
        const live = docs.flatMap((d) => (!d.deleted && d.row ? [d.row] : []));
        const gone = docs.filter((d) => d.deleted).map((d) => d.key);
        if (live.length > 0) await db.table(table).bulkPut(live);
        if (gone.length > 0) await db.table(table).bulkDelete(gone);
        await db.syncMeta.bulkPut(docs.map((d) => ({ id: syncMetaId(table, d.key), rev: d.rev })));
      });
    },

    /** The `n` oldest queued changes, in the order they were made. */
    peek: (n: number): Promise<OutboxEntry[]> => db.outbox.orderBy('seq').limit(n).toArray(),

    /** Removes the changes the mirror confirmed, and only those. */
    ack: (seqs: readonly number[]): Promise<void> => db.outbox.bulkDelete([...seqs]),
  };
}
