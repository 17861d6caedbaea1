// Plain Node, no build step: it runs before electron-vite, which reads Electron's path file itself and stops
// with "Electron uninstall" instead of fetching the runtime that Electron 45 no longer fetches at install.
import path from 'node:path';

// Mirrors getPlatformPath() in electron/install.js: the installer writes this into path.txt.
const EXECUTABLES = new Map([
  ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ['mas', 'Electron.app/Contents/MacOS/Electron'],
  ['freebsd', 'electron'],
  ['openbsd', 'electron'],
  ['linux', 'electron'],
  ['win32', 'electron.exe'],
]);

/** Shown after Electron's installer failed; its own error (usually "fetch failed") is printed above. */
export const INSTALL_FAILED_MESSAGE = [
  '无法下载 Electron 运行环境（只需联网一次）。请联网后重新运行，或用 `npm run web` 在浏览器中运行同一个前台程序。',
  'Could not download the Electron runtime (it needs the internet once). Connect and run again, or use',
  '`npm run web` to run the same desk in a browser.',
].join('\n');

/**
 * Whether Electron's runtime is on disk, by the rules of Electron's own install.js (dist/version matches the
 * package, path.txt names this platform's executable, the executable exists), so that we call the installer
 * exactly when it would download. An existing ELECTRON_OVERRIDE_DIST_PATH, or an existing ELECTRON_EXEC_PATH
 * (which electron-vite prefers over path.txt), counts as installed: there is nothing to download.
 * @param {import('./electron-runtime.d.mts').ElectronRuntime} runtime
 * @returns {boolean}
 */
export function isElectronInstalled({ env, files, version, platform, electronDir }) {
  const execPath = env['ELECTRON_EXEC_PATH'];
  if (execPath && files.exists(execPath)) return true;
  const overrideDir = env['ELECTRON_OVERRIDE_DIST_PATH'];
  if (overrideDir && files.exists(overrideDir)) return true;

  const targetPlatform = env['ELECTRON_INSTALL_PLATFORM'] || env['npm_config_platform'] || platform;
  const executable = EXECUTABLES.get(targetPlatform);
  if (!executable) return false;
  const installedVersion = files
    .read(path.join(electronDir, 'dist', 'version'))
    ?.trim()
    .replace(/^v/, '');
  if (installedVersion !== version) return false;
  if (files.read(path.join(electronDir, 'path.txt')) !== executable) return false;
  return files.exists(path.join(electronDir, 'dist', executable));
}

/**
 * Runs Electron's installer when the runtime is missing. Returns the exit code for the launcher: on failure it
 * prints {@link INSTALL_FAILED_MESSAGE} and returns 1, never throws, so the person sees advice, not a stack.
 * @param {import('./electron-runtime.d.mts').EnsureElectronOptions} options
 * @returns {number}
 */
export function ensureElectron(options) {
  if (isElectronInstalled(options)) return 0;
  const result = options.spawn(process.execPath, [options.installScript], { stdio: 'inherit' });
  if (result.status === 0) return 0;
  options.writeError(INSTALL_FAILED_MESSAGE);
  return 1;
}
