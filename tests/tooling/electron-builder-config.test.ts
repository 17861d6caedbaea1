import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface Target {
  target: string;
  arch?: string[];
}

interface BuilderConfig {
  win?: { target?: Target[] };
  linux?: { target?: Target[] };
  nsis?: { deleteAppDataOnUninstall?: boolean };
  electronFuses?: Record<string, boolean>;
}

const config = load(
  readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8'),
) as BuilderConfig;

/** The architectures a platform's section builds `target` for. */
function archesOf(section: { target?: Target[] } | undefined, target: string): string[] {
  return (section?.target ?? []).filter((t) => t.target === target).flatMap((t) => t.arch ?? []);
}

describe('the installers electron-builder makes', () => {
  it('builds a Windows x64 NSIS installer', () => {
    expect(archesOf(config.win, 'nsis')).toEqual(['x64']);
  });

  it('builds deb and AppImage for Linux x64 and arm64, for 信创 machines running Kylin or UOS', () => {
    expect(archesOf(config.linux, 'deb').sort()).toEqual(['arm64', 'x64']);
    expect(archesOf(config.linux, 'AppImage').sort()).toEqual(['arm64', 'x64']);
  });

  it('keeps the database when the Windows app is uninstalled', () => {
    expect(config.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('ships with the fuses that stop the app being used as a Node runtime or loading foreign code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableNodeCliInspectArguments: false,
      enableNodeOptionsEnvironmentVariable: false,
    });
  });
});
