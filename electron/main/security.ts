import { app, session, shell } from 'electron';
import type { WebContents } from 'electron';
import type { Trust } from './trust';

const isHttps = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * A page that leaves our origin would keep the preload bridge: navigation, redirects, popups and
 * webviews are all refused. Web links open in the user's browser, which has its own defences.
 */
export const hardenWebContents = (contents: WebContents, trust: Trust): void => {
  contents.on('will-navigate', (event) => {
    if (!trust.isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!trust.isTrustedUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isHttps(url)) {
      shell.openExternal(url).catch((error: unknown) => {
        console.warn('无法在浏览器中打开链接', error);
      });
    }
    return { action: 'deny' };
  });
};

/**
 * Must run before the first window exists. The desk needs no camera, location, notifications or
 * devices, so every permission request and check is answered "no".
 */
export const installSecurityHandlers = (trust: Trust): void => {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, trust);
  });
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
};
