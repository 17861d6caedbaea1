import { contextBridge, ipcRenderer } from 'electron';
import type { DeskBridge } from '@shared/ipc/bridge';
import type {
  BRIDGE_NAME as SharedBridgeName,
  IpcChannel,
  IpcRequest,
  IpcResponse,
} from '@shared/ipc/contract';

// Type-only imports keep zod out of this sandboxed bundle; `typeof` still ties the name to the contract.
const BRIDGE_NAME: typeof SharedBridgeName = 'practiceDesk';

// Not exposed: each bridge method below names its one channel, so the page can never pick a channel.
const invoke = <C extends IpcChannel>(channel: C, ...request: [] | [IpcRequest<C>]) =>
  ipcRenderer.invoke(channel, ...request) as Promise<IpcResponse<C>>;

const bridge = {
  getAppInfo: () => invoke('app:get-info'),
  openDataFolder: () => invoke('app:open-data-folder'),
  saveFile: (request) => invoke('file:save', request),
  printJob: (request) => invoke('print:job', request),
  cancelPrintJob: (request) => invoke('print:cancel', request),
  listPrinters: () => invoke('print:list-printers'),
  listSnapshots: () => invoke('backup:list-snapshots'),
  readSentinel: () => invoke('desk:read-sentinel'),
  writeSentinel: (request) => invoke('desk:write-sentinel', request),
  openBackupWriter: (request) => invoke('backup:open-writer', request),
  writeBackup: (request) => invoke('backup:write', request),
  commitBackup: (request) => invoke('backup:commit', request),
  abortBackup: (request) => invoke('backup:abort', request),
  openBackupReader: (request) => invoke('backup:open-reader', request),
  readBackup: (request) => invoke('backup:read', request),
  closeBackupReader: (request) => invoke('backup:close-reader', request),
  exportSnapshot: (request) => invoke('backup:export-snapshot', request),
  getBackupFolder: () => invoke('backup:get-folder'),
  chooseBackupFolder: () => invoke('backup:choose-folder'),
  resetBackupFolder: () => invoke('backup:reset-folder'),
  readDeskKey: () => invoke('key:read'),
  writeDeskKey: (request) => invoke('key:write', request),
  readSyncCredential: () => invoke('sync:read-credential'),
  writeSyncCredential: (request) => invoke('sync:write-credential', request),
} satisfies DeskBridge;

// Only plain functions cross the bridge; ipcRenderer itself never does.
contextBridge.exposeInMainWorld(BRIDGE_NAME, bridge);
