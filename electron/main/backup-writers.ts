import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { snapshotName, snapshotsToPrune, snapshotTime } from '@shared/backup/snapshots';
import type { BackupTarget, CommittedBackup } from '@shared/ipc/contract';
import { syncDirectory } from './atomic-file';
import type { BackupFolderStore } from './backup-folder';
import { createHandleTable, UNKNOWN_HANDLE_MESSAGE, type HandleOwner } from './backup-handles';
import { chineseFsError } from './fs-errors';

/** A backup is seldom written twice at once (automatic plus one by hand); more means a leak. */
export const MAX_OPEN_WRITERS = 4;
/** A temporary file this old belongs to no running backup: the app was killed or the PC lost power. */
export const STALE_PARTIAL_MS = 24 * 3_600_000;
export const PARTIAL_SUFFIX = '.partial';

const WRITE_FAILED = '备份写入失败';

interface Writer {
  kind: BackupTarget['kind'];
  file: FileHandle;
  final: string;
  temporary: string;
  position: number;
  /** The last queued write; each write waits for the one before, so pieces land in order. */
  tail: Promise<void>;
  failure: Error | null;
}

export interface BackupWriters {
  /** null when the user cancelled the save dialog. */
  open(target: BackupTarget, owner: HandleOwner): Promise<{ handle: string } | null>;
  write(handle: string, bytes: Uint8Array, owner: HandleOwner): Promise<void>;
  commit(handle: string, owner: HandleOwner): Promise<CommittedBackup>;
  abort(handle: string, owner: HandleOwner): Promise<void>;
  /** Deletes automatic backups' temporary files older than STALE_PARTIAL_MS in the current folder. */
  sweepStale(): Promise<string[]>;
}

export interface BackupWriterDeps {
  folder: BackupFolderStore;
  /** Asks where a backup made by hand goes (the save dialog); null when cancelled. */
  choosePath(suggestedName: string, owner: HandleOwner): Promise<string | null>;
  now?: () => number;
  platform?: NodeJS.Platform;
}

/** Closes a writer's file and deletes its temporary file; never throws (it runs while cleaning up). */
const discard = async (writer: Writer): Promise<void> => {
  await writer.tail;
  await writer.file.close().catch(() => undefined);
  await rm(writer.temporary, { force: true }).catch(() => undefined);
};

/**
 * Backups streamed into a temporary file beside their final name, made durable and renamed into place
 * only on commit: a crash, a closed window or an unplugged drive never leaves a half backup under a
 * backup's name, and the previous backups are never touched until a new one is complete.
 */
export function createBackupWriters({
  folder,
  choosePath,
  now = Date.now,
  platform = process.platform,
}: BackupWriterDeps): BackupWriters {
  const table = createHandleTable<Writer>(MAX_OPEN_WRITERS, discard);
  /** Temporary files being opened right now, so two writers never share one. */
  const opening = new Set<string>();

  const finalPathOf = async (target: BackupTarget, owner: HandleOwner): Promise<string | null> => {
    if (target.kind === 'snapshot') return join(await folder.writableDir(), snapshotName(target.at));
    return choosePath(target.suggestedName, owner);
  };

  return {
    async open(target, owner) {
      table.assertRoom();
      const final = await finalPathOf(target, owner);
      if (final === null) return null;
      const temporary = `${final}${PARTIAL_SUFFIX}`;
      if (opening.has(temporary) || table.values().some((w) => w.temporary === temporary)) {
        throw new Error('这份备份正在写入，请稍后再试');
      }
      let file: FileHandle;
      opening.add(temporary);
      try {
        file = await open(temporary, 'w');
      } catch (error) {
        throw chineseFsError(error, WRITE_FAILED);
      } finally {
        opening.delete(temporary);
      }
      const writer: Writer = {
        kind: target.kind,
        file,
        final,
        temporary,
        position: 0,
        tail: Promise.resolve(),
        failure: null,
      };
      try {
        return { handle: table.add(owner, writer) };
      } catch (error) {
        await discard(writer);
        throw error;
      }
    },

    // Async so a refused handle rejects like every other failure; the queueing below still happens
    // synchronously, in the order the calls arrived.
    async write(handle, bytes, owner) {
      const writer = table.get(handle, owner);
      const run = writer.tail.then(async () => {
        if (writer.failure) throw writer.failure;
        try {
          let done = 0;
          while (done < bytes.length) {
            const { bytesWritten } = await writer.file.write(
              bytes,
              done,
              bytes.length - done,
              writer.position,
            );
            done += bytesWritten;
            writer.position += bytesWritten;
          }
        } catch (error) {
          writer.failure = chineseFsError(error, WRITE_FAILED);
          throw writer.failure;
        }
      });
      writer.tail = run.catch(() => undefined);
      return run;
    },

    async commit(handle, owner) {
      const writer = table.take(handle, owner);
      if (!writer) throw new Error(UNKNOWN_HANDLE_MESSAGE);
      await writer.tail;
      if (writer.failure) {
        await discard(writer);
        throw writer.failure;
      }
      try {
        // FileHandle.write is unbuffered, so awaiting the writes was the flush; sync makes it durable.
        await writer.file.sync();
        await writer.file.close();
        await rename(writer.temporary, writer.final);
      } catch (error) {
        await discard(writer);
        throw chineseFsError(error, WRITE_FAILED);
      }
      const dir = dirname(writer.final);
      await syncDirectory(dir, platform);
      if (writer.kind === 'snapshot') {
        // The new backup is safe already; a failed prune only keeps an old one longer.
        await pruneSnapshots(dir, now()).catch((error: unknown) => console.warn('清理旧备份失败', error));
      }
      return { name: basename(writer.final), path: writer.final, bytes: writer.position };
    },

    async abort(handle, owner) {
      const writer = table.take(handle, owner);
      if (writer) await discard(writer);
    },

    async sweepStale() {
      const dir = await folder.currentDir();
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const open = new Set(table.values().map((w) => w.temporary));
      const removed: string[] = [];
      for (const name of names) {
        // Only an automatic backup's own temporary file: never a file someone else keeps in the folder.
        if (!name.endsWith(PARTIAL_SUFFIX) || snapshotTime(name.slice(0, -PARTIAL_SUFFIX.length)) === null)
          continue;
        const path = join(dir, name);
        if (open.has(path)) continue;
        try {
          const info = await stat(path);
          if (!info.isFile() || now() - info.mtimeMs < STALE_PARTIAL_MS) continue;
          await rm(path);
          removed.push(name);
        } catch {
          // Gone already, or not ours to delete: leave it.
        }
      }
      return removed;
    },
  };
}

const pruneSnapshots = async (dir: string, now: number): Promise<void> => {
  for (const stale of snapshotsToPrune(await readdir(dir), now)) {
    await rm(join(dir, stale), { force: true });
  }
};
