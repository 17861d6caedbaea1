import type { Rect } from './fake-windows';

/** Fakes for the Electron modules that only record calls: shell, dialog, screen, Menu, the preload pair. */
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
    Object.assign(dialog, { saveCalls: [], nextSaveResult: { canceled: true, filePath: '' } });
    screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
    Menu.applicationMenu = null;
    contextBridge.exposed.clear();
    ipcRenderer.invocations = [];
  };

  return { modules: { shell, dialog, screen, Menu, contextBridge, ipcRenderer, net }, reset };
};
