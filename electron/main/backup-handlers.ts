import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import type { OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron';
import { createSnapshotExporter } from './backup-export';
import { createBackupFolderStore, type BackupFolderStore } from './backup-folder';
import { createBackupReaders, type BackupReaders } from './backup-readers';
import { createBackupWriters, type BackupWriters } from './backup-writers';
import { createDeskKeyStore, DESK_KEY_FILE, type DeskKeyStore } from './desk-key';
import { handle } from './ipc';
import { listSnapshots } from './snapshots';
import type { Trust } from './trust';

export const BACKUP_FILE_FILTER = { name: '文明实践前台备份', extensions: ['pdbak'] };

export interface BackupHandlerDeps {
  trust: Trust;
  /** Injected by tests; otherwise `<userData>/backups` or the folder staff chose. */
  folder?: BackupFolderStore;
  /** Injected by tests; otherwise `<userData>/desk-key.json` protected by safeStorage. */
  deskKey?: DeskKeyStore;
  now?: () => number;
}

// With an owner the dialog is modal to the desk window instead of hiding behind it.
const ownerOf = (sender: unknown): BrowserWindow | null =>
  BrowserWindow.fromWebContents(sender as WebContents);

/**
 * The save dialog for a backup made by hand. Linux file dialogs do not add the filter's extension, and
 * a file without it would not show in the restore dialog's filter, so a bare name gets `.pdbak` (unless
 * that would overwrite a file the dialog never asked about).
 */
const chooseBackupPath = async (suggestedName: string, sender: unknown): Promise<string | null> => {
  const owner = ownerOf(sender);
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [BACKUP_FILE_FILTER],
  };
  const { canceled, filePath } = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return null;
  const withExtension = `${filePath}.pdbak`;
  return extname(filePath) === '' && !existsSync(withExtension) ? withExtension : filePath;
};

const chooseFolderPath = async (sender: unknown, current: string): Promise<string | null> => {
  const owner = ownerOf(sender);
  const options: OpenDialogOptions = {
    title: '选择备份文件夹',
    defaultPath: current,
    properties: ['openDirectory', 'createDirectory'],
  };
  const { canceled, filePaths } = owner
    ? await dialog.showOpenDialog(owner, options)
    : await dialog.showOpenDialog(options);
  return canceled ? null : (filePaths[0] ?? null);
};

/** The streamed backup files, the backup folder setting and the desk key: main stores bytes, never plaintext. */
export const registerBackupHandlers = ({
  trust,
  folder,
  deskKey,
  now = Date.now,
}: BackupHandlerDeps): void => {
  const userData = app.getPath('userData');
  const backupFolder = folder ?? createBackupFolderStore(userData);
  const keyStore = deskKey ?? createDeskKeyStore(join(userData, DESK_KEY_FILE), safeStorage);
  const writers: BackupWriters = createBackupWriters({
    folder: backupFolder,
    choosePath: chooseBackupPath,
    now,
  });
  const readers: BackupReaders = createBackupReaders(backupFolder);
  const exportSnapshot = createSnapshotExporter({ folder: backupFolder, choosePath: chooseBackupPath });

  // A backup cut short by a kill or a power cut left its temporary file; a day later it is nobody's.
  writers.sweepStale().catch((error: unknown) => console.warn('清理未完成的备份失败', error));

  handle('backup:open-writer', (request, event) => writers.open(request, event.sender), trust);
  handle(
    'backup:write',
    (request, event) => writers.write(request.handle, request.bytes, event.sender),
    trust,
  );
  handle('backup:commit', (request, event) => writers.commit(request.handle, event.sender), trust);
  handle('backup:abort', (request, event) => writers.abort(request.handle, event.sender), trust);

  handle('backup:open-reader', (request, event) => readers.open(request.name, event.sender), trust);
  handle(
    'backup:read',
    (request, event) => readers.read(request.handle, request.offset, request.length, event.sender),
    trust,
  );
  handle('backup:close-reader', (request, event) => readers.close(request.handle, event.sender), trust);

  handle(
    'backup:export-snapshot',
    (request, event) => exportSnapshot(request.name, request.suggestedName, event.sender),
    trust,
  );

  handle('backup:get-folder', () => backupFolder.describe(), trust);
  handle(
    'backup:choose-folder',
    async (_request, event) => {
      const path = await chooseFolderPath(event.sender, await backupFolder.currentDir());
      return path === null ? null : backupFolder.choose(path);
    },
    trust,
  );
  handle('backup:reset-folder', () => backupFolder.reset(), trust);

  handle('backup:list-snapshots', async () => listSnapshots(await backupFolder.currentDir()), trust);

  handle('key:read', () => keyStore.read(), trust);
  handle('key:write', (request) => keyStore.write(request), trust);
};
