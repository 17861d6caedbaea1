import type { Rect } from './fake-windows';

/** Fakes for the Electron modules that mostly record calls: shell, dialog, safeStorage, screen, Menu, the preload pair. */
export const createRecordingFakes = () => {
  const shell = {
    openedExternal: [] as string[],
    openedPaths: [] as string[],
    openPathResult: '',
    openExternal(url: string): Promise<void> {
      shell.openedExternal.push(url);
      return Promise.resolve();
    },
    openPath(path: string): Promise<string> {
      shell.openedPaths.push(path);
      return Promise.resolve(shell.openPathResult);
    },
  };

  const dialog = {
    saveCalls: [] as { window: unknown; options: Record<string, unknown> }[],
    nextSaveResult: { canceled: true, filePath: '' },
    showSaveDialog(...args: unknown[]) {
      const options = args.at(-1) as Record<string, unknown>;
      dialog.saveCalls.push({ window: args.length > 1 ? args[0] : null, options });
      return Promise.resolve(dialog.nextSaveResult);
    },
    openCalls: [] as { window: unknown; options: Record<string, unknown> }[],
    nextOpenResult: { canceled: true, filePaths: [] as string[] },
    showOpenDialog(...args: unknown[]) {
      const options = args.at(-1) as Record<string, unknown>;
      dialog.openCalls.push({ window: args.length > 1 ? args[0] : null, options });
      return Promise.resolve(dialog.nextOpenResult);
    },
  };

  /**
   * safeStorage with a reversible stand-in for the OS keyring. Each blob names the `machine` that
   * sealed it; decrypting another machine's blob throws, as DPAPI or libsecret do for a foreign key.
   */
  const safeStorage = {
    available: true,
    machine: 'this-pc',
    backend: 'gnome_libsecret',
    isEncryptionAvailable: () => safeStorage.available,
    encryptString(plainText: string): Buffer {
      if (!safeStorage.available) throw new Error('Encryption is not available.');
      const sealed = Buffer.from(plainText, 'utf8').map((byte) => byte ^ 0x5a);
      return Buffer.concat([Buffer.from(`${safeStorage.machine}:`), sealed]);
    },
    decryptString(encrypted: Buffer): string {
      const prefix = Buffer.from(`${safeStorage.machine}:`);
      if (!safeStorage.available || !encrypted.subarray(0, prefix.length).equals(prefix)) {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      }
      return Buffer.from(encrypted.subarray(prefix.length).map((byte) => byte ^ 0x5a)).toString('utf8');
    },
    getSelectedStorageBackend: () => safeStorage.backend,
  };

  const screen = {
    /** The first work area is the primary display's. */
    workAreas: [] as Rect[],
    getAllDisplays: () => screen.workAreas.map((workArea) => ({ workArea, bounds: workArea })),
    getPrimaryDisplay: () => {
      const workArea = screen.workAreas[0] ?? { x: 0, y: 0, width: 1920, height: 1040 };
      return { workArea, bounds: workArea };
    },
  };

  const Menu = {
    applicationMenu: null as { template: unknown[] } | null,
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu(menu: { template: unknown[] } | null) {
      Menu.applicationMenu = menu;
    },
  };

  const contextBridge = {
    exposed: new Map<string, unknown>(),
    exposeInMainWorld(key: string, api: unknown): void {
      if (contextBridge.exposed.has(key)) throw new Error(`${key} exposed twice`);
      contextBridge.exposed.set(key, api);
    },
  };

  const ipcRenderer = {
    invocations: [] as { channel: string; args: unknown[] }[],
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      ipcRenderer.invocations.push({ channel, args });
      return Promise.resolve({ channel });
    },
  };

  const net = {
    fetch: (): Promise<Response> => Promise.reject(new Error('fake net.fetch is not wired')),
  };

  const reset = (): void => {
    Object.assign(shell, { openedExternal: [], openedPaths: [], openPathResult: '' });
    Object.assign(dialog, {
      saveCalls: [],
      nextSaveResult: { canceled: true, filePath: '' },
      openCalls: [],
      nextOpenResult: { canceled: true, filePaths: [] },
    });
    Object.assign(safeStorage, { available: true, machine: 'this-pc', backend: 'gnome_libsecret' });
    screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    Menu.applicationMenu = null;
    contextBridge.exposed.clear();
    ipcRenderer.invocations = [];
  };

  return { modules: { shell, dialog, safeStorage, screen, Menu, contextBridge, ipcRenderer, net }, reset };
};
