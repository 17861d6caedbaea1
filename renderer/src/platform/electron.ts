import type { DeskBridge } from '@shared/ipc/bridge';
import type { Platform } from './types';

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
    saveSnapshot: (request) => bridge.saveSnapshot(request),
    listSnapshots: () => bridge.listSnapshots(),
    readSnapshot: (request) => bridge.readSnapshot(request),
    readSentinel: () => bridge.readSentinel(),
    writeSentinel: (request) => bridge.writeSentinel(request),
  };
}
