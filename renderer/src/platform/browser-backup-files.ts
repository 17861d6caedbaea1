import { snapshotName, snapshotsToPrune, snapshotTime } from '@shared/backup/snapshots';
import type { BackupTarget, CommittedBackup, SaveFileResult, SnapshotInfo } from '@shared/ipc/contract';
import type { BackupSink, ByteSource } from './types';

/**
 * Web mode streams backups into the origin private file system, under a temporary name renamed only
 * once the file is complete, so an interrupted backup (a killed browser, a full disk) never appears
 * under a backup's name.
 * Files picked by hand are written there first too and then handed to the download bar, so no backup is
 * ever held in memory whole.
 */
async function folder(name: 'backups' | 'exports'): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(name, { create: true });
}

export async function folderNames(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const found: string[] = [];
  // keys() is async-iterable in Chromium; the DOM typings this project uses do not declare it.
  const keys = (dir as unknown as { keys(): AsyncIterable<string> }).keys();
  for await (const name of keys) found.push(name);
  return found;
}

function download(file: File, name: string): void {
  const url = URL.createObjectURL(file);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Long enough for the download to have read the file; the OPFS copy is replaced by the next export.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

const PARTIAL = '.partial';

/** Moves an OPFS file to a new name in its folder (Chromium has had `move` since 110; typings lag). */
async function rename(handle: FileSystemFileHandle, name: string): Promise<void> {
  await (handle as unknown as { move(name: string): Promise<void> }).move(name);
}

export async function openBrowserBackupWriter(target: BackupTarget): Promise<BackupSink> {
  const dir = await folder(target.kind === 'snapshot' ? 'backups' : 'exports');
  const name = target.kind === 'snapshot' ? snapshotName(target.at) : target.suggestedName;
  // Left by a browser killed mid-backup: never listed (not a backup's name), removed at the next one.
  for (const old of await folderNames(dir)) {
    const stale = old.endsWith(PARTIAL) || target.kind === 'chosen';
    if (stale) await dir.removeEntry(old).catch(() => undefined);
  }
  // The file exists from this moment (empty), so it carries a temporary name until it is complete.
  const handle = await dir.getFileHandle(name + PARTIAL, { create: true });
  const writable = await handle.createWritable();
  let bytes = 0;
  return {
    async write(piece) {
      await writable.write(piece);
      bytes += piece.length;
    },
    async commit(): Promise<CommittedBackup> {
      await writable.close();
      await rename(handle, name);
      if (target.kind === 'snapshot') {
        for (const old of snapshotsToPrune(await folderNames(dir), Date.now())) await dir.removeEntry(old);
      } else {
        download(await handle.getFile(), name);
      }
      return { name, path: null, bytes };
    },
    async abort() {
      await writable.abort().catch(() => undefined);
      await dir.removeEntry(name + PARTIAL).catch(() => undefined);
    },
  };
}

/**
 * The automatic backups kept in OPFS, newest first. That lives in the same browser profile as IndexedDB,
 * so it guards against mistakes and bad restores, not a lost profile: the app (Electron) writes real
 * files beside the database instead. Temporary files of unfinished backups are not backups' names.
 */
export async function listBrowserSnapshots(): Promise<SnapshotInfo[]> {
  const dir = await folder('backups');
  const infos: SnapshotInfo[] = [];
  for (const name of await folderNames(dir)) {
    const at = snapshotTime(name);
    if (at === null) continue;
    const file = await (await dir.getFileHandle(name)).getFile();
    infos.push({ name, at, bytes: file.size });
  }
  return infos.sort((a, b) => b.at - a.at);
}

/** A file's bytes read in pieces (a backup chosen by hand, or one kept in OPFS). */
export function blobSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
    close: async () => undefined,
  };
}

export async function openBrowserSnapshot(name: string): Promise<ByteSource> {
  if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
  const file = await (await (await folder('backups')).getFileHandle(name)).getFile();
  return blobSource(file);
}

/** Hands a kept backup to the download bar under the name staff will see. */
export async function exportBrowserSnapshot({
  name,
  suggestedName,
}: {
  name: string;
  suggestedName: string;
}): Promise<SaveFileResult> {
  if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
  download(await (await (await folder('backups')).getFileHandle(name)).getFile(), suggestedName);
  return { saved: true, path: null };
}
