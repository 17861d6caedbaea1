// @vitest-environment node
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { FakeWebContents } from './fake-windows';
import { UNKNOWN_HANDLE_MESSAGE } from '../../electron/main/backup-handles';
import { KEYCHAIN_UNAVAILABLE_MESSAGE } from '../../electron/main/desk-key';
import { registerIpcHandlers } from '../../electron/main/handlers';
import { UNTRUSTED_SENDER_MESSAGE } from '../../electron/main/ipc';
import { createTrust } from '../../electron/main/trust';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const APP_PAGE = 'app://desk/index.html#/settings';
const trust = createTrust({ isPackaged: true, devUrl: undefined });
const AT = Date.UTC(2026, 10, 22, 6, 50, 5);
const invoke = (channel: string, ...args: unknown[]) =>
  fakeElectron.ipcMain.invoke(channel, APP_PAGE, ...args);

describe('backup IPC', () => {
  let root: string;
  let data: string;
  beforeEach(() => {
    resetFakeElectron();
    root = mkdtempSync(join(tmpdir(), 'desk-backup-ipc-'));
    data = join(root, 'data');
    fakeElectron.app.paths.set('userData', data).set('documents', join(root, 'docs'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const writeSnapshot = async (at: number, text: string) => {
    const { handle } = (await invoke('backup:open-writer', { kind: 'snapshot', at })) as { handle: string };
    await invoke('backup:write', { handle, bytes: new TextEncoder().encode(text) });
    return invoke('backup:commit', { handle });
  };

  it('streams a backup in, lists it and reads it back by offsets', async () => {
    registerIpcHandlers({ trust });
    const committed = await writeSnapshot(AT, 'hello backup');
    const name = snapshotName(AT);
    expect(committed).toEqual({ name, path: join(data, 'backups', name), bytes: 12 });
    await expect(invoke('backup:list-snapshots')).resolves.toEqual([{ name, at: AT, bytes: 12 }]);
    const { handle, size } = (await invoke('backup:open-reader', { name })) as {
      handle: string;
      size: number;
    };
    expect(size).toBe(12);
    const piece = (await invoke('backup:read', { handle, offset: 6, length: 3 })) as Uint8Array;
    expect(new TextDecoder().decode(piece)).toBe('bac');
    await invoke('backup:close-reader', { handle });
  });

  it("refuses another window's handle and pages that are not the desk", async () => {
    registerIpcHandlers({ trust });
    const { handle } = (await invoke('backup:open-writer', { kind: 'snapshot', at: AT })) as {
      handle: string;
    };
    const other = new FakeWebContents();
    const piece = { handle, bytes: new Uint8Array([1]) };
    await expect(fakeElectron.ipcMain.invokeFrom(other, 'backup:write', APP_PAGE, piece)).rejects.toThrow(
      UNKNOWN_HANDLE_MESSAGE,
    );
    await expect(
      fakeElectron.ipcMain.invokeFrom(other, 'backup:commit', APP_PAGE, { handle }),
    ).rejects.toThrow(UNKNOWN_HANDLE_MESSAGE);
    await expect(fakeElectron.ipcMain.invoke('backup:write', 'https://evil.example/', piece)).rejects.toThrow(
      UNTRUSTED_SENDER_MESSAGE,
    );
    await expect(invoke('backup:write', { handle, bytes: 'not bytes' })).rejects.toThrow(/请求数据不正确/);
    expect(readdirSync(join(data, 'backups'))).toEqual([`${snapshotName(AT)}.partial`]);
  });

  it('aborts the backups a closing window left open', async () => {
    registerIpcHandlers({ trust });
    const window = new fakeElectron.BrowserWindow({});
    await invoke('backup:open-writer', { kind: 'snapshot', at: AT });
    expect(readdirSync(join(data, 'backups'))).toHaveLength(1);
    window.webContents.emit('destroyed');
    await vi.waitFor(() => expect(readdirSync(join(data, 'backups'))).toEqual([]));
  });

  it('clears day-old temporary files of automatic backups at start', async () => {
    const backups = join(data, 'backups');
    mkdirSync(backups, { recursive: true });
    const stale = `${snapshotName(AT)}.partial`;
    writeFileSync(join(backups, stale), 'cut short');
    writeFileSync(join(backups, snapshotName(AT - 1000)), 'a good backup');
    const twoDaysAgo = Date.now() / 1000 - 2 * 86_400;
    utimesSync(join(backups, stale), twoDaysAgo, twoDaysAgo);
    registerIpcHandlers({ trust });
    await vi.waitFor(() => expect(readdirSync(backups)).toEqual([snapshotName(AT - 1000)]));
  });

  it('saves a backup made by hand where the save dialog says, owned by the desk window', async () => {
    registerIpcHandlers({ trust });
    const window = new fakeElectron.BrowserWindow({});
    await expect(
      invoke('backup:open-writer', { kind: 'chosen', suggestedName: '备份.pdbak' }),
    ).resolves.toBeNull();
    expect(fakeElectron.dialog.saveCalls[0]).toEqual({
      window,
      options: {
        defaultPath: join(root, 'docs', '备份.pdbak'),
        filters: [{ name: '文明实践前台备份', extensions: ['pdbak'] }],
      },
    });
    // A Linux dialog returns the name as typed, without the filter's extension.
    fakeElectron.dialog.nextSaveResult = { canceled: false, filePath: join(root, '周五备份') };
    const { handle } = (await invoke('backup:open-writer', {
      kind: 'chosen',
      suggestedName: '备份.pdbak',
    })) as {
      handle: string;
    };
    await invoke('backup:write', { handle, bytes: new Uint8Array([7, 8]) });
    await expect(invoke('backup:commit', { handle })).resolves.toEqual({
      name: '周五备份.pdbak',
      path: join(root, '周五备份.pdbak'),
      bytes: 2,
    });
    expect([...readFileSync(join(root, '周五备份.pdbak'))]).toEqual([7, 8]);
  });

  it('saves a copy of an automatic backup where the save dialog says', async () => {
    registerIpcHandlers({ trust });
    await writeSnapshot(AT, 'verified backup');
    const request = { name: snapshotName(AT), suggestedName: '文明实践前台备份.pdbak' };
    await expect(invoke('backup:export-snapshot', request)).resolves.toEqual({ saved: false, path: null });
    expect(fakeElectron.dialog.saveCalls[0]?.options).toEqual({
      defaultPath: join(root, 'docs', '文明实践前台备份.pdbak'),
      filters: [{ name: '文明实践前台备份', extensions: ['pdbak'] }],
    });
    fakeElectron.dialog.nextSaveResult = { canceled: false, filePath: join(root, '副本.pdbak') };
    await expect(invoke('backup:export-snapshot', request)).resolves.toEqual({
      saved: true,
      path: join(root, '副本.pdbak'),
    });
    expect(readFileSync(join(root, '副本.pdbak'), 'utf8')).toBe('verified backup');
    await expect(invoke('backup:export-snapshot', { ...request, name: '../desk-key.json' })).rejects.toThrow(
      /请求数据不正确/,
    );
  });

  it('uses a chosen folder for writing and listing, and reports it in Chinese once it is gone', async () => {
    registerIpcHandlers({ trust });
    await writeSnapshot(AT - 60_000, 'in the default folder');
    await expect(invoke('backup:choose-folder')).resolves.toBeNull();
    const stick = join(root, '前台备份');
    mkdirSync(stick);
    fakeElectron.dialog.nextOpenResult = { canceled: false, filePaths: [stick] };
    await expect(invoke('backup:choose-folder')).resolves.toEqual({
      path: stick,
      isDefault: false,
      problem: null,
    });
    expect(fakeElectron.dialog.openCalls[1]?.options).toMatchObject({
      properties: ['openDirectory', 'createDirectory'],
    });
    await writeSnapshot(AT, 'on the stick');
    expect(readdirSync(stick)).toEqual([snapshotName(AT)]);
    await expect(invoke('backup:list-snapshots')).resolves.toEqual([
      { name: snapshotName(AT), at: AT, bytes: 12 },
    ]);

    rmSync(stick, { recursive: true });
    const folder = await invoke('backup:get-folder');
    expect(folder).toEqual({
      path: stick,
      isDefault: false,
      problem: `备份文件夹 ${stick} 目前无法写入（U盘是否已拔出？），自动备份暂时失败`,
    });
    await expect(invoke('backup:open-writer', { kind: 'snapshot', at: AT + 1000 })).rejects.toThrow(
      /U盘是否已拔出/,
    );

    await expect(invoke('backup:reset-folder')).resolves.toEqual({
      path: join(data, 'backups'),
      isDefault: true,
      problem: null,
    });
    await expect(invoke('backup:list-snapshots')).resolves.toHaveLength(1);
  });

  it('stores the desk key through safeStorage and refuses when this PC cannot protect it', async () => {
    registerIpcHandlers({ trust });
    const key = { keyId: 'k-1', rawKey: new Uint8Array(32).fill(9), recovery: null };
    await expect(invoke('key:read')).resolves.toBeNull();
    await invoke('key:write', key);
    await expect(invoke('key:read')).resolves.toEqual(key);
    await expect(invoke('key:write', { ...key, rawKey: null })).rejects.toThrow(/请求数据不正确/);

    fakeElectron.safeStorage.available = false;
    rmSync(join(data, 'desk-key.json'));
    await expect(invoke('key:write', key)).rejects.toThrow(KEYCHAIN_UNAVAILABLE_MESSAGE);
    expect(existsSync(join(data, 'desk-key.json'))).toBe(false);
  });
});
