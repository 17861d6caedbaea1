import { snapshotName, snapshotsToPrune, snapshotTime } from '@shared/backup/snapshots';
import type { SaveSnapshotRequest, SnapshotInfo } from '@shared/ipc/contract';

/**
 * Web mode keeps automatic backups in the origin private file system. That lives in the same browser
 * profile as IndexedDB, so it guards against mistakes and bad restores, not a lost profile: the app
 * (Electron) writes real files beside the database instead.
 */
async function folder(): Promise<FileSystemDirectoryHandle> {
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle('backups', { create: true });
}

async function names(dir: FileSystemDirectoryHandle): Promise<string[]> {
  const found: string[] = [];
  // keys() is async-iterable in Chromium; the DOM typings this project uses do not declare it.
  const keys = (dir as unknown as { keys(): AsyncIterable<string> }).keys();
  for await (const name of keys) found.push(name);
  return found;
}

export async function listBrowserSnapshots(): Promise<SnapshotInfo[]> {
  const dir = await folder();
  const infos: SnapshotInfo[] = [];
  for (const name of await names(dir)) {
    const at = snapshotTime(name);
    if (at === null) continue;
    const file = await (await dir.getFileHandle(name)).getFile();
    infos.push({ name, at, bytes: file.size });
  }
  return infos.sort((a, b) => b.at - a.at);
}

export async function saveBrowserSnapshot({ content, at }: SaveSnapshotRequest): Promise<SnapshotInfo> {
  const dir = await folder();
  const name = snapshotName(at);
  const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
  // The writable swaps its content in on close, so a failed write leaves no half file behind.
  await writable.write(typeof content === 'string' ? content : new Uint8Array(content));
  await writable.close();
  for (const old of snapshotsToPrune(await names(dir), Date.now())) await dir.removeEntry(old);
  const file = await (await dir.getFileHandle(name)).getFile();
  return { name, at, bytes: file.size };
}

export async function readBrowserSnapshot({ name }: { name: string }): Promise<string> {
  if (snapshotTime(name) === null) throw new Error(`不是自动备份文件：${name}`);
  const file = await (await (await folder()).getFileHandle(name)).getFile();
  return file.text();
}
