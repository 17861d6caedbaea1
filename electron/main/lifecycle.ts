import { app, BrowserWindow } from 'electron';
import { registerIpcHandlers } from './handlers';
import { installAppMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { installSecurityHandlers } from './security';
import { createTrust } from './trust';
import { applyUserDataOverride } from './user-data';
import { createMainWindow, rendererEntryUrl } from './window';

/** Same value as appId in electron-builder.yml, so Windows groups the taskbar entry correctly. */
export const APP_ID = 'cn.practicedesk.app';

/**
 * Wires the app's whole life. Resolves once the first window exists (or at once when another
 * instance already runs), which is what tests wait for.
 */
export const startDesk = async (env: NodeJS.ProcessEnv = process.env): Promise<void> => {
  // Everything up to the lock must happen before `ready`.
  applyUserDataOverride(env);
  registerAppScheme();
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    // Two instances on one database would fight over IndexedDB: hand over to the running one.
    app.quit();
    return;
  }
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  const isPackaged = app.isPackaged;
  const devUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL;
  const trust = createTrust({ isPackaged, devUrl });

  let mainWindow: BrowserWindow | null = null;
  const openWindow = (): void => {
    const window = createMainWindow({ userDataDir: app.getPath('userData'), isPackaged, devUrl });
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };

  app.on('second-instance', () => {
    if (!app.isReady()) return;
    if (!mainWindow) {
      openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  try {
    await app.whenReady();
    registerAppProtocol();
    // Before the first window: web-contents-created only sees contents made after it is installed.
    installSecurityHandlers(trust);
    installAppMenu({ isPackaged, platform: process.platform });
    registerIpcHandlers({ trust, entryUrl: rendererEntryUrl({ isPackaged, devUrl }) });
    openWindow();
  } catch (error) {
    console.error('启动失败', error);
    app.quit();
  }
};
