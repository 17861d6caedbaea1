import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, shell } from 'electron';
import type { SaveDialogOptions } from 'electron';
import { APP_ORIGIN } from '@shared/ipc/contract';
import type { SaveFileRequest, SaveFileResult } from '@shared/ipc/contract';
import type { BackupFolderStore } from './backup-folder';
import { registerBackupHandlers } from './backup-handlers';
import type { DeskKeyStore } from './desk-key';
import { handle } from './ipc';
import { createPrintQueue, printWindowOptions, type PrintQueue } from './print-queue';
import { createSentinelStore, type SentinelStore } from './sentinel';
import { createSyncCredentialStore, SYNC_CREDENTIAL_FILE, type SyncCredentialStore } from './sync-credential';
import type { Trust } from './trust';
import { mainWindowOptions } from './window';

export interface IpcHandlerDeps {
  trust: Trust;
  /** Where the renderer is served (the dev server in unpackaged runs); print windows load its print route. */
  entryUrl?: string;
  /** Injected by tests; otherwise one queue of hidden windows for the whole app. */
  printQueue?: PrintQueue;
  /** Injected by tests; otherwise `<userData>/backups` or the folder staff chose. */
  backupFolder?: BackupFolderStore;
  /** Injected by tests; otherwise `<userData>/desk-key.json`. */
  deskKey?: DeskKeyStore;
  /** Injected by tests; otherwise `<userData>/desk-sentinel.json`. */
  sentinel?: SentinelStore;
  /** Injected by tests; otherwise `<userData>/sync-credential.json` protected by safeStorage. */
  syncCredential?: SyncCredentialStore;
}

const defaultPrintQueue = (entryUrl: string): PrintQueue =>
  createPrintQueue({
    entryUrl,
    createWindow: () =>
      new BrowserWindow(printWindowOptions(mainWindowOptions({ width: 900, height: 1200 }))),
    savePdf: async (data, suggestedName) => {
      const owner = BrowserWindow.getAllWindows().find((w) => w.isVisible()) ?? null;
      const options: SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      };
      const { canceled, filePath } = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return null;
      await writeFile(filePath, data);
      return filePath;
    },
  });

const saveFile = async (request: SaveFileRequest, owner: BrowserWindow | null): Promise<SaveFileResult> => {
  const options: SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: request.filters.map(({ name, extensions }) => ({ name, extensions })),
  };
  // With an owner the dialog is modal to the desk window instead of hiding behind it.
  const { canceled, filePath } = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return { saved: false, path: null };

  if (typeof request.content === 'string') await writeFile(filePath, request.content, 'utf8');
  else await writeFile(filePath, request.content);
  return { saved: true, path: filePath };
};

/** Every channel of the shared contract gets exactly one handler here. */
export const registerIpcHandlers = ({
  trust,
  entryUrl,
  printQueue,
  backupFolder,
  deskKey,
  syncCredential,
  sentinel,
}: IpcHandlerDeps): void => {
  const queue = printQueue ?? defaultPrintQueue(entryUrl ?? `${APP_ORIGIN}/index.html`);
  const marker = sentinel ?? createSentinelStore(join(app.getPath('userData'), 'desk-sentinel.json'));

  handle(
    'app:get-info',
    () => ({
      version: app.getVersion(),
      shell: 'electron',
      dataDir: app.getPath('userData'),
      isPackaged: app.isPackaged,
    }),
    trust,
  );

  handle(
    'app:open-data-folder',
    async () => {
      // openPath resolves to an error message rather than rejecting.
      const error = await shell.openPath(app.getPath('userData'));
      if (error) throw new Error(`无法打开数据文件夹：${error}`);
    },
    trust,
  );

  handle(
    'file:save',
    (request, event) => saveFile(request, BrowserWindow.fromWebContents(event.sender)),
    trust,
  );

  handle('print:job', (request) => queue.enqueue(request), trust);

  handle('print:cancel', (request) => queue.cancel(request.jobId), trust);

  registerBackupHandlers({ trust, folder: backupFolder, deskKey });

  const account =
    syncCredential ??
    createSyncCredentialStore(join(app.getPath('userData'), SYNC_CREDENTIAL_FILE), safeStorage);
  handle('sync:read-credential', () => account.read(), trust);
  handle('sync:write-credential', (request) => account.write(request), trust);

  handle('desk:read-sentinel', () => marker.read(), trust);

  handle('desk:write-sentinel', (request) => marker.write(request), trust);

  handle(
    'print:list-printers',
    async (_request, event) => {
      const printers = await event.sender.getPrintersAsync();
      // Electron 36 dropped isDefault from the typed result; some platforms still report it in options.
      return printers.map((p) => ({
        name: p.name,
        displayName: p.displayName || p.name,
        isDefault: Boolean((p as { isDefault?: boolean }).isDefault),
      }));
    },
    trust,
  );
};
