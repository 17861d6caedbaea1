import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import type { BackupFolder } from '@shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';

/** Staff's choice of backup folder, beside the database; absent means the default folder. */
export const BACKUP_FOLDER_FILE = 'backup-folder.json';

/** Returned by choose() when the picked folder fails the write check; the old folder stays in use. */
export const CHOSEN_FOLDER_UNWRITABLE = '所选文件夹无法写入，请换一个文件夹';

const settingsSchema = z.object({
  version: z.literal(1),
  path: z.string().min(1).max(2000).refine(isAbsolute),
});

const missingMessage = (path: string) =>
  `备份文件夹 ${path} 目前无法写入（U盘是否已拔出？），自动备份暂时失败`;
const unwritableMessage = (path: string) =>
  `备份文件夹 ${path} 目前无法写入（没有写入权限或磁盘已满），自动备份暂时失败`;

/** Where backups go now, and whether they can. */
export interface BackupFolderStore {
  /** The folder and, in Chinese, why backups cannot be written there right now (null when they can). */
  describe(): Promise<BackupFolder>;
  /** The folder to list and read backups in; it may be missing (listing then finds none). */
  currentDir(): Promise<string>;
  /** The folder to write a backup into now; throws the Chinese problem when it cannot be written. */
  writableDir(): Promise<string>;
  /**
   * Uses `path` from now on when a probe file can be written and deleted there. Otherwise nothing
   * changes and the old folder is returned with `problem` = CHOSEN_FOLDER_UNWRITABLE.
   */
  choose(path: string): Promise<BackupFolder>;
  /** Back to `<userData>/backups`. */
  reset(): Promise<BackupFolder>;
}

/** True when a file can be created and deleted in `dir` (permissions, read-only media, full disk). */
const canWrite = async (dir: string): Promise<boolean> => {
  const probe = join(dir, `.practice-desk-probe-${randomUUID()}`);
  try {
    await writeFile(probe, 'probe', { flag: 'wx' });
    await rm(probe);
    return true;
  } catch {
    await rm(probe, { force: true }).catch(() => undefined);
    return false;
  }
};

const isDirectory = async (dir: string): Promise<boolean> => {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The backup folder setting of the desk whose data lives in `userData`. The setting is read from disk
 * on every call, so there is no second copy in memory that could disagree with the file.
 */
export function createBackupFolderStore(userData: string): BackupFolderStore {
  const defaultDir = join(userData, 'backups');
  const settingsFile = join(userData, BACKUP_FOLDER_FILE);

  const chosenDir = async (): Promise<string | null> => {
    let text: string;
    try {
      text = await readFile(settingsFile, 'utf8');
    } catch {
      return null;
    }
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(text));
      // A damaged setting falls back to the default folder: backups continue rather than stop.
      return parsed.success ? parsed.data.path : null;
    } catch {
      return null;
    }
  };

  const problemOf = async (dir: string, isDefault: boolean): Promise<string | null> => {
    if (isDefault) {
      // The default folder is the desk's own: create it. A chosen one is never created, because a
      // missing one usually means its drive is gone and the drive letter may now be another disk.
      try {
        await mkdir(dir, { recursive: true });
      } catch {
        return unwritableMessage(dir);
      }
    } else if (!(await isDirectory(dir))) {
      return missingMessage(dir);
    }
    return (await canWrite(dir)) ? null : unwritableMessage(dir);
  };

  const describe = async (): Promise<BackupFolder> => {
    const chosen = await chosenDir();
    const path = chosen ?? defaultDir;
    return { path, isDefault: chosen === null, problem: await problemOf(path, chosen === null) };
  };

  const reset = async (): Promise<BackupFolder> => {
    await rm(settingsFile, { force: true });
    return describe();
  };

  return {
    describe,
    currentDir: async () => (await chosenDir()) ?? defaultDir,
    async writableDir() {
      const folder = await describe();
      if (folder.problem !== null || folder.path === null)
        throw new Error(folder.problem ?? '没有备份文件夹');
      return folder.path;
    },
    async choose(path) {
      const dir = resolve(path);
      if (!(await isDirectory(dir)) || !(await canWrite(dir))) {
        return { ...(await describe()), problem: CHOSEN_FOLDER_UNWRITABLE };
      }
      if (dir === resolve(defaultDir)) return reset();
      await writeFileAtomic(settingsFile, JSON.stringify({ version: 1, path: dir }));
      return { path: dir, isDefault: false, problem: null };
    },
    reset,
  };
}
