import type { AppInfo, SaveFileRequest, SaveFileResult } from '@shared/ipc/contract';
import { browserPrintJob } from './browser-print';
import { readBrowserSentinel, writeBrowserSentinel } from './browser-sentinel';
import {
  exportBrowserSnapshot,
  listBrowserSnapshots,
  openBrowserBackupWriter,
  openBrowserSnapshot,
} from './browser-backup-files';
import {
  readBrowserDeskKey,
  readBrowserSyncCredential,
  writeBrowserDeskKey,
  writeBrowserSyncCredential,
} from './browser-keyring';
import type { Platform } from './types';

const WEB_FOLDER = {
  path: null,
  isDefault: true,
  problem: null,
} as const;

/** Web mode: the browser profile holds the data, and files are saved through the download bar. */
export const browserPlatform: Platform = {
  async getAppInfo(): Promise<AppInfo> {
    return {
      version: import.meta.env.PACKAGE_VERSION ?? '0.1.0',
      shell: 'web',
      dataDir: null,
      isPackaged: false,
    };
  },

  async openDataFolder(): Promise<boolean> {
    return false;
  },

  async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const part: BlobPart =
      typeof request.content === 'string' ? request.content : new Uint8Array(request.content);
    const url = URL.createObjectURL(new Blob([part]));
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
    } finally {
      // Revoked on the next task: the download has started by then, and the blob would leak otherwise.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
    // The browser does not tell where (or whether) the file landed.
    return { saved: true, path: null };
  },

  printJob: browserPrintJob,

  async cancelPrintJob(): Promise<void> {
    // The browser's dialog owns the job once handed over; nothing runs here to cancel.
  },

  async listPrinters() {
    return [];
  },

  listSnapshots: listBrowserSnapshots,
  readSentinel: readBrowserSentinel,
  writeSentinel: writeBrowserSentinel,
  openBackupWriter: openBrowserBackupWriter,
  openSnapshot: openBrowserSnapshot,
  exportSnapshot: exportBrowserSnapshot,
  // The browser keeps its own storage; only the app can write backups to another disk.
  getBackupFolder: async () => WEB_FOLDER,
  chooseBackupFolder: async () => null,
  resetBackupFolder: async () => WEB_FOLDER,
  readDeskKey: readBrowserDeskKey,
  writeDeskKey: writeBrowserDeskKey,
  readSyncCredential: readBrowserSyncCredential,
  writeSyncCredential: writeBrowserSyncCredential,
  async requestPersistentStorage() {
    if (!navigator.storage?.persist) return 'refused';
    if (await navigator.storage.persisted()) return 'granted';
    return (await navigator.storage.persist()) ? 'granted' : 'refused';
  },
};
