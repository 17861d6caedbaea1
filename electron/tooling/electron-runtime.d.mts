/** The file system as isElectronInstalled needs it; tests pass a fake. */
export interface RuntimeFiles {
  exists(path: string): boolean;
  /** The file's text, or undefined when it cannot be read. */
  read(path: string): string | undefined;
}

export interface ElectronRuntime {
  env: Record<string, string | undefined>;
  files: RuntimeFiles;
  /** The version in electron/package.json. */
  version: string;
  /** process.platform. */
  platform: string;
  /** The folder of the electron package, holding dist/ and path.txt. */
  electronDir: string;
}

export interface EnsureElectronOptions extends ElectronRuntime {
  /** Path of electron/install.js. */
  installScript: string;
  /** spawnSync, or a fake. */
  spawn(command: string, args: string[], options: { stdio: 'inherit' }): { status: number | null };
  writeError(text: string): void;
}

export declare const INSTALL_FAILED_MESSAGE: string;
export declare function isElectronInstalled(runtime: ElectronRuntime): boolean;
export declare function ensureElectron(options: EnsureElectronOptions): number;
