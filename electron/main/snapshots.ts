import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { snapshotTime } from '@shared/backup/snapshots';
import type { SnapshotInfo } from '@shared/ipc/contract';

/**
 * The automatic backups in `dir`, newest first: streamed `.pdbak` files and the whole-JSON `.json` ones
 * of older versions alike. Only names that parse as automatic backups are listed, so temporary files of
 * unfinished backups and anything else staff put in the folder never show; no folder yet lists nothing.
 */
export async function listSnapshots(dir: string): Promise<SnapshotInfo[]> {
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
}
