import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { SaveDialogOptions } from 'electron';
import type { SaveFileRequest, SaveFileResult } from '@shared/ipc/contract';
import { handle } from './ipc';
import type { Trust } from './trust';

export interface IpcHandlerDeps {
  trust: Trust;
}

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
export const registerIpcHandlers = ({ trust }: IpcHandlerDeps): void => {
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
};
