// @vitest-environment node
import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { FakeWebContents } from './fake-windows';
import { appMenuTemplate } from '../../electron/main/menu';
import { hardenWebContents, installSecurityHandlers } from '../../electron/main/security';
import { createTrust } from '../../electron/main/trust';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const trust = createTrust({ isPackaged: true });
const hardened = () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, trust);
  return contents;
};

describe('navigation guards', () => {
  beforeEach(() => resetFakeElectron());

  it('allows moving inside the app origin', () => {
    expect(hardened().navigate('app://desk/index.html#/volunteers')).toBe(true);
  });

  it.each([
    'https://evil.example/',
    'http://127.0.0.1:5184/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
  ])('prevents navigation and redirects to %s', (url) => {
    const contents = hardened();
    expect(contents.navigate(url)).toBe(false);
    expect(contents.redirect(url)).toBe(false);
  });

  it('allows the dev server only when trusted in development', () => {
    const contents = new FakeWebContents();
    const devTrust = createTrust({ isPackaged: false, devUrl: 'http://127.0.0.1:5184' });
    hardenWebContents(contents as unknown as WebContents, devTrust);
    expect(contents.navigate('http://127.0.0.1:5184/#/rooms')).toBe(true);
    expect(contents.navigate('http://127.0.0.1:5185/')).toBe(false);
  });

  it('prevents attaching webviews', () => {
    expect(hardened().attachWebview()).toBe(false);
  });
});

describe('window.open', () => {
  beforeEach(() => resetFakeElectron());

  it('denies every new window and hands https links to the browser', () => {
    const contents = hardened();
    expect(contents.openWindow('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openedExternal).toEqual(['https://www.gov.cn/']);
  });

  it.each([
    'http://example.com/',
    'file:///C:/Windows/system32/calc.exe',
    'app://desk/index.html',
    'smb://x/y',
  ])('denies %s without opening anything', (url) => {
    expect(hardened().openWindow(url)).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openedExternal).toEqual([]);
  });
});

describe('installSecurityHandlers', () => {
  beforeEach(() => {
    resetFakeElectron();
    installSecurityHandlers(trust);
  });

  it('hardens every web contents created afterwards', () => {
    const window = new fakeElectron.BrowserWindow({});
    expect(window.webContents.navigate('https://evil.example/')).toBe(false);
    expect(window.webContents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the permission request %s',
    (permission) => {
      const callback = vi.fn();
      const handler = fakeElectron.session.defaultSession.permissionRequestHandler as (
        ...args: unknown[]
      ) => void;
      handler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission and device check with no', () => {
    const check = fakeElectron.session.defaultSession.permissionCheckHandler as (
      ...args: unknown[]
    ) => boolean;
    const device = fakeElectron.session.defaultSession.devicePermissionHandler as (
      ...args: unknown[]
    ) => boolean;
    expect(check({}, 'media', 'app://desk', {})).toBe(false);
    expect(check(null, 'serial', 'app://desk', {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: 'app://desk' })).toBe(false);
  });
});

describe('appMenuTemplate', () => {
  const labels = (items: { label?: string; submenu?: unknown }[]): unknown =>
    items.map((item) =>
      Array.isArray(item.submenu) ? [item.label, labels(item.submenu)] : (item.label ?? '—'),
    );

  it('offers Chinese edit and view menus without reload or devtools in packaged builds', () => {
    expect(labels(appMenuTemplate({ isPackaged: true, platform: 'win32' }))).toEqual([
      ['编辑', ['撤销', '重做', '—', '剪切', '复制', '粘贴', '全选']],
      ['视图', ['实际大小', '放大', '缩小', '—', '全屏']],
    ]);
  });

  it('adds reload and devtools in development, and the app menu on macOS', () => {
    const template = appMenuTemplate({ isPackaged: false, platform: 'darwin' });
    expect(template[0]).toEqual({ role: 'appMenu' });
    const view = template.find((item) => item.label === '视图');
    expect(JSON.stringify(view)).toContain('重新加载');
    expect(JSON.stringify(view)).toContain('toggleDevTools');
  });
});
