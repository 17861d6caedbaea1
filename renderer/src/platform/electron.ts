import type { DeskBridge } from '@shared/ipc/bridge';
import type { BackupSink, ByteSource, Platform } from './types';

/** Electron: every call goes through the preload bridge, which main validates against the IPC contract. */
export function electronPlatform(bridge: DeskBridge): Platform {
  return {
    getAppInfo: () => bridge.getAppInfo(),
    async openDataFolder(): Promise<boolean> {
      await bridge.openDataFolder();
      return true;
    },
    saveFile: (request) => bridge.saveFile(request),
    printJob: (request) => bridge.printJob(request),
    cancelPrintJob: (jobId) => bridge.cancelPrintJob({ jobId }),
    listPrinters: () => bridge.listPrinters(),
    listSnapshots: () => bridge.listSnapshots(),
    readSentinel: () => bridge.readSentinel(),
    writeSentinel: (request) => bridge.writeSentinel(request),
    async openBackupWriter(target): Promise<BackupSink | null> {
      const opened = await bridge.openBackupWriter(target);
      if (!opened) return null;
      const { handle } = opened;
      return {
        write: (bytes) => bridge.writeBackup({ handle, bytes }),
        commit: () => bridge.commitBackup({ handle }),
        abort: () => bridge.abortBackup({ handle }),
      };
    },
    async openSnapshot(name): Promise<ByteSource> {
      const { handle, size } = await bridge.openBackupReader({ name });
      return {
        size,
        read: (offset, length) => bridge.readBackup({ handle, offset, length }),
        close: () => bridge.closeBackupReader({ handle }),
      };
    },
    exportSnapshot: (request) => bridge.exportSnapshot(request),
    getBackupFolder: () => bridge.getBackupFolder(),
    chooseBackupFolder: () => bridge.chooseBackupFolder(),
    resetBackupFolder: () => bridge.resetBackupFolder(),
    readDeskKey: () => bridge.readDeskKey(),
    writeDeskKey: (request) => bridge.writeDeskKey(request),
    readSyncCredential: () => bridge.readSyncCredential(),
    writeSyncCredential: (request) => bridge.writeSyncCredential(request),
    requestPersistentStorage: async () => 'not-needed',
  };
}
