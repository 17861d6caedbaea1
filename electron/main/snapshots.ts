import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { snapshotName, snapshotsToPrune, snapshotTime } from '@shared/backup/snapshots';
import type { SaveSnapshotRequest, SnapshotInfo } from '@shared/ipc/contract';

/** The desk's own automatic backups, as files in one folder beside the database (never inside it). */
export interface SnapshotStore {
  save(request: SaveSnapshotRequest): Promise<SnapshotInfo>;
  list(): Promise<SnapshotInfo[]>;
  read(name: string): Promise<string>;
}

/**
 * A store in `dir`. Writes go to a temporary file renamed into place, so a crash mid-write never leaves
 * a half backup under a backup's name; old ones are pruned after each save. Only names that parse as
 * automatic backups are ever listed, read or deleted.
 */
export function createSnapshotStore(dir: string, now: () => number = Date.now): SnapshotStore {
  const pathOf = (name: string) => {
    if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
    return join(dir, name);
  };
  const list = async (): Promise<SnapshotInfo[]> => {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const infos = await Promise.all(
      names.map(async (name) => {
        const at = snapshotTime(name);
        if (at === null) return null;
        const { size } = await stat(join(dir, name));
        return { name, at, bytes: size };
      }),
    );
    return infos.filter((i): i is SnapshotInfo => i !== null).sort((a, b) => b.at - a.at);
  };
  return {
    async save({ content, at }) {
      await mkdir(dir, { recursive: true });
      const name = snapshotName(at);
      const target = pathOf(name);
      const temporary = `${target}.partial`;
      await writeFile(temporary, content);
      await rename(temporary, target);
      const { size } = await stat(target);
      const stale = snapshotsToPrune(
        (await list()).map((s) => s.name),
        now(),
      );
      await Promise.all(stale.map((old) => rm(pathOf(old), { force: true })));
      return { name, at, bytes: size };
    },
    list,
    read: async (name) => readFile(pathOf(name), 'utf8'),
  };
}
