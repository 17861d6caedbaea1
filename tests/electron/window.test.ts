// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { createMainWindow, mainWindowOptions, rendererEntryUrl } from '../../electron/main/window';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const bounds = { width: 1280, height: 800 };

describe('mainWindowOptions', () => {
  it.each([true, false])('locks the renderer down (packaged: %s)', (isPackaged) => {
    const { webPreferences } = mainWindowOptions(bounds, { isPackaged });
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(webPreferences?.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('turns DevTools off in packaged builds only', () => {
    expect(mainWindowOptions(bounds, { isPackaged: true }).webPreferences?.devTools).toBe(false);
    expect(mainWindowOptions(bounds, { isPackaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until ready, with the title, minimum size and icon', () => {
    const options = mainWindowOptions(bounds, { isPackaged: true });
    expect(options).toMatchObject({ show: false, title: '文明实践前台', minWidth: 1100, minHeight: 700 });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.icon).toMatch(/resources[\\/]icon\.png$/);
  });

  it('passes a position only when both coordinates are known', () => {
    expect(mainWindowOptions({ ...bounds, x: 10, y: 20 }, { isPackaged: true })).toMatchObject({
      x: 10,
      y: 20,
    });
    expect(mainWindowOptions({ ...bounds, x: 10 }, { isPackaged: true })).not.toHaveProperty('x');
  });
});

describe('rendererEntryUrl', () => {
  it('loads the fixed app origin when packaged, even if a dev URL leaks into the environment', () => {
    expect(rendererEntryUrl({ isPackaged: true, devUrl: 'http://127.0.0.1:5184' })).toBe(
      'app://desk/index.html',
    );
  });

  it('uses the dev server only in unpackaged runs', () => {
    expect(rendererEntryUrl({ isPackaged: false, devUrl: 'http://127.0.0.1:5184' })).toBe(
      'http://127.0.0.1:5184',
    );
    expect(rendererEntryUrl({ isPackaged: false })).toBe('app://desk/index.html');
  });
});

describe('createMainWindow', () => {
  let userDataDir: string;
  beforeEach(() => {
    resetFakeElectron();
    userDataDir = mkdtempSync(join(tmpdir(), 'desk-window-'));
  });
  afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));

  it('restores the saved bounds and maximizes on ready-to-show', () => {
    const saved = { x: 100, y: 50, width: 1300, height: 900, isMaximized: true };
    writeFileSync(join(userDataDir, 'window-state.json'), JSON.stringify(saved));
    const window = createMainWindow({ userDataDir, isPackaged: true });

    const fake = fakeElectron.BrowserWindow.instances[0];
    expect(window).toBe(fake);
    expect(fake?.options).toMatchObject({ x: 100, y: 50, width: 1300, height: 900, show: false });
    expect(fake?.loadedUrls).toEqual(['app://desk/index.html']);
    expect(fake?.calls).toEqual([]);
    fake?.emit('ready-to-show');
    expect(fake?.calls).toEqual(['maximize', 'show']);
  });

  it('falls back to default bounds when window-state.json is corrupt', () => {
    writeFileSync(join(userDataDir, 'window-state.json'), '{"x": 1, "width": "wide"');
    createMainWindow({ userDataDir, isPackaged: true });
    const options = fakeElectron.BrowserWindow.instances[0]?.options;
    expect(options).toMatchObject({ width: 1280, height: 800 });
    expect(options).not.toHaveProperty('x');
  });

  it('moves a window saved on an unplugged monitor back onto the primary display', () => {
    fakeElectron.screen.workAreas = [{ x: 0, y: 0, width: 1366, height: 728 }];
    const saved = { x: 2200, y: 100, width: 1600, height: 900, isMaximized: false };
    writeFileSync(join(userDataDir, 'window-state.json'), JSON.stringify(saved));
    createMainWindow({ userDataDir, isPackaged: true });
    const options = fakeElectron.BrowserWindow.instances[0]?.options;
    expect(options).toMatchObject({ width: 1366, height: 728 });
    expect(options).not.toHaveProperty('x');
  });

  it('loads the dev server URL in development', () => {
    createMainWindow({ userDataDir, isPackaged: false, devUrl: 'http://127.0.0.1:5184' });
    expect(fakeElectron.BrowserWindow.instances[0]?.loadedUrls).toEqual(['http://127.0.0.1:5184']);
  });
});
