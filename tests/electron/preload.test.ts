// @vitest-environment node
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeskBridge } from '@shared/ipc/bridge';
import { BRIDGE_NAME, ipcContract } from '@shared/ipc/contract';
import { fakeElectron, resetFakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const loadPreload = async (): Promise<DeskBridge> => {
  resetFakeElectron();
  vi.resetModules();
  await import('../../electron/preload/index');
  return fakeElectron.contextBridge.exposed.get(BRIDGE_NAME) as DeskBridge;
};

describe('preload bridge', () => {
  beforeEach(() => resetFakeElectron());

  it('exposes exactly one object, under the contract name', async () => {
    await loadPreload();
    expect([...fakeElectron.contextBridge.exposed.keys()]).toEqual(['practiceDesk']);
  });

  it('has exactly the DeskBridge methods and nothing that leaks ipcRenderer', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([
      'abortBackup',
      'cancelPrintJob',
      'chooseBackupFolder',
      'closeBackupReader',
      'commitBackup',
      'exportSnapshot',
      'getAppInfo',
      'getBackupFolder',
      'listPrinters',
      'listSnapshots',
      'openBackupReader',
      'openBackupWriter',
      'openDataFolder',
      'printJob',
      'readBackup',
      'readDeskKey',
      'readSentinel',
      'readSyncCredential',
      'resetBackupFolder',
      'saveFile',
      'writeBackup',
      'writeDeskKey',
      'writeSentinel',
      'writeSyncCredential',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer);
    expect(Object.values(bridge)).not.toContain(fakeElectron.ipcRenderer.invoke);
  });

  it('maps each method to its own channel with the request as the only argument', async () => {
    const bridge = await loadPreload();
    const request = { suggestedName: 'a.csv', content: 'x', filters: [] };
    await bridge.getAppInfo();
    await bridge.openDataFolder();
    await bridge.saveFile(request);
    expect(fakeElectron.ipcRenderer.invocations).toEqual([
      { channel: 'app:get-info', args: [] },
      { channel: 'app:open-data-folder', args: [] },
      { channel: 'file:save', args: [request] },
    ]);
  });

  it('covers every channel of the contract', async () => {
    const bridge = await loadPreload();
    await Promise.all(Object.values(bridge).map((method: (arg?: never) => Promise<unknown>) => method()));
    const channels = fakeElectron.ipcRenderer.invocations.map(({ channel }) => channel);
    expect(channels.sort()).toEqual(Object.keys(ipcContract).sort());
  });
});
