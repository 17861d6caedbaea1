import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '@shared/ipc/contract';
import { clampToDisplays, readWindowState, trackWindowState, WINDOW_STATE_FILE } from './window-state';
import type { WindowState } from './window-state';

export const WINDOW_TITLE = '文明实践前台';

// import.meta.dirname is out/main once bundled; the preload and icon sit at fixed places next to it.
export const preloadPath = (): string => join(import.meta.dirname, '../preload/index.cjs');
export const iconPath = (): string => join(import.meta.dirname, '../../resources/icon.png');

export interface BuildFlags {
  isPackaged: boolean;
}

/** Every option that matters for security is spelled out, so a default changing upstream cannot loosen it. */
export const mainWindowOptions = (
  bounds: Pick<WindowState, 'x' | 'y' | 'width' | 'height'>,
  { isPackaged }: BuildFlags = { isPackaged: app.isPackaged },
): BrowserWindowConstructorOptions => ({
  ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
  width: bounds.width,
  height: bounds.height,
  minWidth: 1100,
  minHeight: 700,
  // Shown on ready-to-show to avoid a white flash while the renderer boots.
  show: false,
  backgroundColor: '#f5f5f5',
  title: WINDOW_TITLE,
  icon: iconPath(),
  webPreferences: {
    preload: preloadPath(),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: !isPackaged,
  },
});

export interface EntryOptions extends BuildFlags {
  devUrl?: string | undefined;
}

/** The dev server is only ever used by unpackaged runs; a release always loads the fixed origin. */
export const rendererEntryUrl = ({ isPackaged, devUrl }: EntryOptions): string =>
  !isPackaged && devUrl ? devUrl : `${APP_ORIGIN}/index.html`;

export interface MainWindowOptions extends EntryOptions {
  userDataDir: string;
}

export const createMainWindow = ({ userDataDir, isPackaged, devUrl }: MainWindowOptions): BrowserWindow => {
  const stateFile = join(userDataDir, WINDOW_STATE_FILE);
  const workAreas = [
    screen.getPrimaryDisplay().workArea,
    ...screen.getAllDisplays().map((display) => display.workArea),
  ];
  const state = clampToDisplays(readWindowState(stateFile), workAreas);

  const window = new BrowserWindow(mainWindowOptions(state, { isPackaged }));
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });
  window.loadURL(rendererEntryUrl({ isPackaged, devUrl })).catch((error: unknown) => {
    console.error('界面加载失败', error);
  });
  return window;
};
