import { copyFile, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { snapshotTime } from '@shared/backup/snapshots';
import type { SaveFileResult } from '@shared/ipc/contract';
import { syncDirectory } from './atomic-file';
import type { BackupFolderStore } from './backup-folder';
import type { HandleOwner } from './backup-handles';
import { chineseFsError } from './fs-errors';

export interface SnapshotExportDeps {
  folder: BackupFolderStore;
  /** Asks where the copy goes (the save dialog); null when cancelled. */
  choosePath(suggestedName: string, owner: HandleOwner): Promise<string | null>;
  platform?: NodeJS.Platform;
}

/**
 * Copies an automatic backup, already written and verified, to where staff choose (备份数据). The
 * copy goes through a temporary file made durable before it takes the chosen name, and the kernel
 * copies the bytes, so no process holds the backup whole.
 */
export const createSnapshotExporter = ({
  folder,
  choosePath,
  platform = process.platform,
}: SnapshotExportDeps) =>
  async function exportSnapshot(
    name: string,
    suggestedName: string,
    owner: HandleOwner,
  ): Promise<SaveFileResult> {
    if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
    const source = join(await folder.currentDir(), name);
    try {
      await (await open(source, 'r')).close();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`找不到这份备份：${name}`);
      throw chineseFsError(error, '备份读取失败');
    }
    const target = await choosePath(suggestedName, owner);
    if (target === null) return { saved: false, path: null };
    const temporary = `${target}.partial`;
    try {
      await copyFile(source, temporary);
      const copy = await open(temporary, 'r+');
      try {
        await copy.sync();
      } finally {
        await copy.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw chineseFsError(error, '备份保存失败');
    }
    await syncDirectory(dirname(target), platform);
    return { saved: true, path: target };
  };
