import { describe, expect, it, vi } from 'vitest';
import {
  ensureElectron,
  INSTALL_FAILED_MESSAGE,
  isElectronInstalled,
  type ElectronRuntime,
} from '../../electron/tooling/electron-runtime.mjs';

const VERSION = '45.4.1';

/** A fake file system holding exactly the given files. */
function filesOf(contents: Record<string, string>): ElectronRuntime['files'] {
  return { exists: (p) => p in contents, read: (p) => contents[p] };
}

const installedLinux = { '/e/dist/version': 'v45.4.1', '/e/path.txt': 'electron', '/e/dist/electron': '' };

function runtime(overrides: Partial<ElectronRuntime> = {}): ElectronRuntime {
  return {
    env: {},
    files: filesOf(installedLinux),
    version: VERSION,
    platform: 'linux',
    electronDir: '/e',
    ...overrides,
  };
}

function ensure(rt: ElectronRuntime, status: number | null) {
  const spawn = vi.fn(() => ({ status }));
  const writeError = vi.fn<(text: string) => void>();
  const code = ensureElectron({ ...rt, installScript: '/e/install.js', spawn, writeError });
  return { code, spawn, writeError };
}

describe('deciding whether the Electron runtime is installed', () => {
  it('accepts the runtime that install.js left behind', () => {
    expect(isElectronInstalled(runtime())).toBe(true);
  });

  it('treats a fresh npm install, without dist or path.txt, as missing', () => {
    expect(isElectronInstalled(runtime({ files: filesOf({}) }))).toBe(false);
  });

  it('treats a version mismatch as missing', () => {
    const files = filesOf({ ...installedLinux, '/e/dist/version': 'v44.0.0' });
    expect(isElectronInstalled(runtime({ files }))).toBe(false);
  });

  it('treats a missing executable as missing even when path.txt names it', () => {
    const files = filesOf({ '/e/dist/version': 'v45.4.1', '/e/path.txt': 'electron' });
    expect(isElectronInstalled(runtime({ files }))).toBe(false);
  });

  it('treats a runtime unpacked for another platform as missing', () => {
    expect(isElectronInstalled(runtime({ platform: 'win32' }))).toBe(false);
  });

  it('accepts ELECTRON_OVERRIDE_DIST_PATH when that folder exists', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' };
    expect(isElectronInstalled(runtime({ env, files: filesOf({ '/opt/electron': '' }) }))).toBe(true);
    expect(isElectronInstalled(runtime({ env, files: filesOf({}) }))).toBe(false);
  });

  it("accepts electron-vite's own ELECTRON_EXEC_PATH when that executable exists", () => {
    const env = { ELECTRON_EXEC_PATH: '/opt/electron/electron' };
    expect(isElectronInstalled(runtime({ env, files: filesOf({ '/opt/electron/electron': '' }) }))).toBe(
      true,
    );
  });
});

describe('fetching the Electron runtime before electron-vite starts', () => {
  it('runs the installer only when the runtime is missing', () => {
    const present = ensure(runtime(), 0);
    expect(present.code).toBe(0);
    expect(present.spawn).not.toHaveBeenCalled();

    const missing = ensure(runtime({ files: filesOf({}) }), 0);
    expect(missing.code).toBe(0);
    expect(missing.spawn).toHaveBeenCalledWith(process.execPath, ['/e/install.js'], { stdio: 'inherit' });
    expect(missing.writeError).not.toHaveBeenCalled();
  });

  it('stops non-zero with advice in Chinese, then English, when the download fails', () => {
    const failed = ensure(runtime({ files: filesOf({}) }), 1);
    expect(failed.code).not.toBe(0);
    expect(failed.writeError).toHaveBeenCalledWith(INSTALL_FAILED_MESSAGE);
    expect(INSTALL_FAILED_MESSAGE).toMatch(/^无法下载 Electron 运行环境/);
    expect(INSTALL_FAILED_MESSAGE.indexOf('Could not download the Electron runtime')).toBeGreaterThan(0);
    expect(INSTALL_FAILED_MESSAGE.match(/npm run web/g)).toHaveLength(2);
    expect(INSTALL_FAILED_MESSAGE).not.toMatch(/\n\s+at /);
  });

  it('gives the same advice when the installer could not even start', () => {
    expect(ensure(runtime({ files: filesOf({}) }), null).writeError).toHaveBeenCalledWith(
      INSTALL_FAILED_MESSAGE,
    );
  });
});
