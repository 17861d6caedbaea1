// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snapshotName } from '@shared/backup/snapshots';
import { ipcContract } from '@shared/ipc/contract';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { registerIpcHandlers } from '../../electron/main/handlers';
import { handle, UNTRUSTED_SENDER_MESSAGE } from '../../electron/main/ipc';
import { createTrust } from '../../electron/main/trust';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const APP_PAGE = 'app://desk/index.html#/rooms';
const packagedTrust = createTrust({ isPackaged: true, devUrl: 'http://127.0.0.1:5184' });
const goodSave = {
  suggestedName: '志愿者名单.csv',
  content: 'a,b\n',
  filters: [{ name: 'CSV', extensions: ['csv'] }],
};

describe('handle()', () => {
  beforeEach(() => resetFakeElectron());

  it('passes a valid payload from the app origin to the handler', async () => {
    const fn = vi.fn(() => ({ saved: false, path: null }));
    handle('file:save', fn, packagedTrust);
    await expect(fakeElectron.ipcMain.invoke('file:save', APP_PAGE, goodSave)).resolves.toEqual({
      saved: false,
      path: null,
    });
    expect(fn).toHaveBeenCalledWith(goodSave, expect.anything());
  });

  it.each([
    ['no payload', undefined],
    ['a string', 'hello'],
    ['a path in the name', { ...goodSave, suggestedName: '../../evil.exe' }],
    ['an empty name', { ...goodSave, suggestedName: '' }],
    ['a number as content', { ...goodSave, content: 42 }],
    ['a bad extension', { ...goodSave, filters: [{ name: 'x', extensions: ['c s v'] }] }],
  ])('rejects %s without calling the handler', async (_label, payload) => {
    const fn = vi.fn();
    handle('file:save', fn, packagedTrust);
    await expect(fakeElectron.ipcMain.invoke('file:save', APP_PAGE, payload)).rejects.toThrow(
      /请求数据不正确（file:save）/,
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('rejects a payload on a channel that takes none', async () => {
    const fn = vi.fn();
    handle('app:get-info', fn, packagedTrust);
    await expect(fakeElectron.ipcMain.invoke('app:get-info', APP_PAGE, { sneaky: true })).rejects.toThrow();
    expect(fn).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/index.html',
    'file:///C:/Users/desk/evil.html',
    'app://evil/index.html',
    'http://127.0.0.1:5184/', // the dev server is not trusted by a packaged build
    'about:blank',
    null,
  ])('refuses the sender %s', async (senderUrl) => {
    const fn = vi.fn();
    handle('app:get-info', fn, packagedTrust);
    await expect(fakeElectron.ipcMain.invoke('app:get-info', senderUrl)).rejects.toThrow(
      UNTRUSTED_SENDER_MESSAGE,
    );
    expect(fn).not.toHaveBeenCalled();
  });

  it('trusts the dev server only in unpackaged runs', async () => {
    const fn = vi.fn(() => 'ok');
    handle('app:get-info', fn as never, createTrust({ isPackaged: false, devUrl: 'http://127.0.0.1:5184' }));
    await expect(fakeElectron.ipcMain.invoke('app:get-info', 'http://127.0.0.1:5184/#/')).resolves.toBe('ok');
    await expect(fakeElectron.ipcMain.invoke('app:get-info', 'http://127.0.0.1:9999/')).rejects.toThrow(
      UNTRUSTED_SENDER_MESSAGE,
    );
  });
});

describe('registerIpcHandlers', () => {
  let dir: string;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'desk-ipc-'));
    fakeElectron.app.paths.set('userData', join(dir, 'data')).set('documents', join(dir, 'docs'));
    registerIpcHandlers({ trust: packagedTrust });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('registers exactly the channels of the contract', () => {
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual([
      'app:get-info',
      'app:open-data-folder',
      'backup:abort',
      'backup:choose-folder',
      'backup:close-reader',
      'backup:commit',
      'backup:export-snapshot',
      'backup:get-folder',
      'backup:list-snapshots',
      'backup:open-reader',
      'backup:open-writer',
      'backup:read',
      'backup:reset-folder',
      'backup:write',
      'desk:read-sentinel',
      'desk:write-sentinel',
      'file:save',
      'key:read',
      'key:write',
      'print:cancel',
      'print:job',
      'print:list-printers',
      'sync:read-credential',
      'sync:write-credential',
    ]);
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('reports app info', async () => {
    fakeElectron.app.isPackaged = true;
    await expect(fakeElectron.ipcMain.invoke('app:get-info', APP_PAGE)).resolves.toEqual({
      version: '0.1.0',
      shell: 'electron',
      dataDir: join(dir, 'data'),
      isPackaged: true,
    });
  });

  it('opens the data folder and reports a failure', async () => {
    await fakeElectron.ipcMain.invoke('app:open-data-folder', APP_PAGE);
    expect(fakeElectron.shell.openedPaths).toEqual([join(dir, 'data')]);
    fakeElectron.shell.openPathResult = 'Failed to open path';
    await expect(fakeElectron.ipcMain.invoke('app:open-data-folder', APP_PAGE)).rejects.toThrow(
      /无法打开数据文件夹/,
    );
  });

  it('lists automatic backups in <userData>/backups and opens no file that is not one', async () => {
    const at = Date.UTC(2026, 10, 22, 6, 50, 5);
    mkdirSync(join(dir, 'data', 'backups'), { recursive: true });
    writeFileSync(join(dir, 'data', 'backups', snapshotName(at)), 'backup');
    writeFileSync(join(dir, 'data', 'config.json'), '{"secret":true}');
    await expect(fakeElectron.ipcMain.invoke('backup:list-snapshots', APP_PAGE)).resolves.toEqual([
      { name: snapshotName(at), at, bytes: 6 },
    ]);
    for (const name of ['../config.json', '../../config.json', '/etc/passwd', '自动备份-x.pdbak']) {
      await expect(fakeElectron.ipcMain.invoke('backup:open-reader', APP_PAGE, { name })).rejects.toThrow(
        /请求数据不正确（backup:open-reader）/,
      );
    }
    await expect(
      fakeElectron.ipcMain.invoke('backup:open-reader', 'https://example.com/', { name: snapshotName(at) }),
    ).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(
      fakeElectron.ipcMain.invoke('backup:list-snapshots', 'https://example.com/'),
    ).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(
      fakeElectron.ipcMain.invoke('backup:open-reader', APP_PAGE, { name: snapshotName(at) }),
    ).resolves.toMatchObject({ size: 6 });
  });

  it('keeps the sentinel in <userData>/desk-sentinel.json and refuses a malformed one', async () => {
    await expect(fakeElectron.ipcMain.invoke('desk:read-sentinel', APP_PAGE)).resolves.toBeNull();
    const sentinel = {
      version: 1,
      deskId: 'desk-a',
      counts: { volunteers: 3, serviceRecords: 0, bookings: 1, documents: 0 },
      lastWriteAt: 5,
      writeSeq: 1,
      updatedAt: 6,
      lastBackupAt: null,
      backups: [],
    };
    await fakeElectron.ipcMain.invoke('desk:write-sentinel', APP_PAGE, sentinel);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'desk-sentinel.json'), 'utf8'))).toEqual(sentinel);
    await expect(fakeElectron.ipcMain.invoke('desk:read-sentinel', APP_PAGE)).resolves.toEqual(sentinel);
    await expect(
      fakeElectron.ipcMain.invoke('desk:write-sentinel', APP_PAGE, {
        ...sentinel,
        counts: { volunteers: -1 },
      }),
    ).rejects.toThrow(/请求数据不正确（desk:write-sentinel）/);
    await expect(
      fakeElectron.ipcMain.invoke('desk:write-sentinel', 'https://example.com/', sentinel),
    ).rejects.toThrow(UNTRUSTED_SENDER_MESSAGE);
    await expect(fakeElectron.ipcMain.invoke('desk:read-sentinel', APP_PAGE)).resolves.toEqual(sentinel);
  });

  it('returns saved:false when the dialog is cancelled', async () => {
    await expect(fakeElectron.ipcMain.invoke('file:save', APP_PAGE, goodSave)).resolves.toEqual({
      saved: false,
      path: null,
    });
    expect(fakeElectron.dialog.saveCalls[0]?.options).toMatchObject({
      defaultPath: join(dir, 'docs', '志愿者名单.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('writes text as UTF-8 and bytes as they are, owned by the sender window', async () => {
    const window = new fakeElectron.BrowserWindow({});
    const textPath = join(dir, '名单.csv');
    fakeElectron.dialog.nextSaveResult = { canceled: false, filePath: textPath };
    await expect(fakeElectron.ipcMain.invoke('file:save', APP_PAGE, goodSave)).resolves.toEqual({
      saved: true,
      path: textPath,
    });
    expect(readFileSync(textPath, 'utf8')).toBe('a,b\n');
    expect(fakeElectron.dialog.saveCalls[0]?.window).toBe(window);

    const bytesPath = join(dir, '证书.pdf');
    fakeElectron.dialog.nextSaveResult = { canceled: false, filePath: bytesPath };
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0]);
    await fakeElectron.ipcMain.invoke('file:save', APP_PAGE, { ...goodSave, content: bytes });
    expect([...readFileSync(bytesPath)]).toEqual([...bytes]);
  });
});
