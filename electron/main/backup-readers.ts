import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { snapshotTime } from '@shared/backup/snapshots';
import type { BackupFolderStore } from './backup-folder';
import { createHandleTable, type HandleOwner } from './backup-handles';
import { chineseFsError } from './fs-errors';

/** A restore reads one backup, a verification one more; more open at once means a leak. */
export const MAX_OPEN_READERS = 4;

interface Reader {
  file: FileHandle;
  size: number;
}

export interface BackupReaders {
  open(name: string, owner: HandleOwner): Promise<{ handle: string; size: number }>;
  /** Exactly `length` bytes from `offset`, fewer at the end of the file, none past it. */
  read(handle: string, offset: number, length: number, owner: HandleOwner): Promise<Uint8Array<ArrayBuffer>>;
  close(handle: string, owner: HandleOwner): Promise<void>;
}

/**
 * Automatic backups in the current backup folder, read in pieces at the renderer's offsets. Each read
 * allocates just the piece it returns, so no process ever holds a whole backup (photos make them larger
 * than any buffer or string the engine allows).
 */
export function createBackupReaders(folder: BackupFolderStore): BackupReaders {
  const table = createHandleTable<Reader>(MAX_OPEN_READERS, (reader) => reader.file.close());

  return {
    async open(name, owner) {
      if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
      table.assertRoom();
      const path = join(await folder.currentDir(), name);
      let file: FileHandle;
      let size: number;
      try {
        file = await open(path, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`找不到这份备份：${name}`);
        throw chineseFsError(error, '备份读取失败');
      }
      try {
        size = (await file.stat()).size;
        return { handle: table.add(owner, { file, size }), size };
      } catch (error) {
        await file.close().catch(() => undefined);
        throw error;
      }
    },

    async read(handle, offset, length, owner) {
      const reader = table.get(handle, owner);
      const count = Math.max(0, Math.min(length, reader.size - offset));
      // Exactly the piece's size: IPC copies the whole underlying buffer, not just a view of it.
      const piece = new Uint8Array(count);
      let filled = 0;
      try {
        while (filled < count) {
          const { bytesRead } = await reader.file.read(piece, filled, count - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
      } catch (error) {
        throw chineseFsError(error, '备份读取失败');
      }
      return filled === count ? piece : piece.slice(0, filled);
    },

    async close(handle, owner) {
      const reader = table.take(handle, owner);
      if (reader) await reader.file.close();
    },
  };
}
