// @vitest-environment node
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcContract } from '@shared/ipc/contract';
import { fakeElectron, fakeLog, resetFakeElectron } from './fake-electron';
import { startDesk } from '../../electron/main/lifecycle';
import { USER_DATA_ENV } from '../../electron/main/user-data';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { app, BrowserWindow } = fakeElectron;

describe('startDesk', () => {
  let dir: string;
  beforeEach(() => {
    resetFakeElectron();
    dir = mkdtempSync(join(tmpdir(), 'desk-life-'));
    // A real folder, so closing windows can save their state without noise.
    app.paths.set('userData', dir);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('honours the user-data override before the lock and before ready, creating the folder', async () => {
    const profile = join(dir, 'training', 'profile');
    await startDesk({ [USER_DATA_ENV]: profile });
    expect(app.getPath('userData')).toBe(profile);
    expect(existsSync(profile)).toBe(true);
    const order = (entry: string) => fakeLog.indexOf(entry);
    // All four happened, so the order checks below compare real positions (never a missing -1).
    expect(fakeLog).toEqual(
      expect.arrayContaining([
        'app.setPath:userData',
        'app.requestSingleInstanceLock',
        'protocol.registerSchemesAsPrivileged',
        'app.whenReady',
      ]),
    );
    expect(order('app.setPath:userData')).toBeGreaterThanOrEqual(0);
    expect(order('app.setPath:userData')).toBeLessThan(order('app.requestSingleInstanceLock'));
    expect(order('protocol.registerSchemesAsPrivileged')).toBeLessThan(order('app.whenReady'));
  });

  it('leaves the default data folder alone without the variable', async () => {
    await startDesk({ [USER_DATA_ENV]: '  ' });
    expect(app.getPath('userData')).toBe(dir);
    expect(fakeLog).not.toContain('app.setPath:userData');
  });

  it('wires protocol, sandbox, menu, IPC and one window on ready', async () => {
    await startDesk({});
    expect(app.sandboxEnabled).toBe(true);
    expect(fakeLog).toContain('protocol.handle:app');
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(fakeElectron.ipcMain.handlers.size).toBe(Object.keys(ipcContract).length);
    expect(fakeElectron.Menu.applicationMenu).not.toBeNull();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(BrowserWindow.instances[0]?.loadedUrls).toEqual(['app://desk/index.html']);
    // Security handlers were installed before the window, so its contents are guarded.
    expect(BrowserWindow.instances[0]?.webContents.navigate('https://evil.example/')).toBe(false);
  });

  it('quits at once when another instance holds the lock', async () => {
    app.lockAvailable = false;
    await startDesk({});
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(fakeLog).not.toContain('app.whenReady');
  });

  it('restores and focuses the running window on a second launch', async () => {
    await startDesk({});
    const window = BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    app.emit('second-instance', {}, ['desk.exe'], 'C:\\');
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('reopens a window on second launch or activate when none is left', async () => {
    await startDesk({});
    BrowserWindow.instances[0]?.close();
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    BrowserWindow.instances[1]?.close();
    app.emit('second-instance', {}, [], '/');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('does not open a second window on activate while one exists', async () => {
    await startDesk({});
    app.emit('activate');
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it.runIf(process.platform !== 'darwin')('quits when all windows are closed', async () => {
    await startDesk({});
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(1);
  });

  it('ignores the dev server URL in a packaged build', async () => {
    app.isPackaged = true;
    await startDesk({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5184' });
    expect(BrowserWindow.instances[0]?.loadedUrls).toEqual(['app://desk/index.html']);
    expect(BrowserWindow.instances[0]?.options).toMatchObject({ webPreferences: { devTools: false } });
  });

  it('loads the dev server URL in development', async () => {
    await startDesk({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5184' });
    expect(BrowserWindow.instances[0]?.loadedUrls).toEqual(['http://127.0.0.1:5184']);
  });

  it('starts from process.env when launched through the entry file', async () => {
    const profile = join(dir, 'entry');
    vi.stubEnv(USER_DATA_ENV, profile);
    vi.resetModules();
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(fakeElectron.BrowserWindow.instances).toHaveLength(1));
    expect(app.getPath('userData')).toBe(profile);
  });
});
