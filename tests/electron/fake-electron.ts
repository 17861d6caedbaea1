import { EventEmitter } from 'node:events';
import { createRecordingFakes } from './fake-modules';
import { defaultPrintBehaviour, FakeBrowserWindow, FakeWebContents } from './fake-windows';

type Handler = (...args: never[]) => unknown;
type IpcListener = (event: unknown, ...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Promise<Response> | Response;

const create = () => {
  /** Order of calls that must happen before or after `ready`. */
  const log: string[] = [];

  class FakeApp extends EventEmitter {
    isPackaged = false;
    lockAvailable = true;
    ready = false;
    quitCalls = 0;
    sandboxEnabled = false;
    readonly paths = new Map<string, string>();
    getPath(name: string): string {
      const path = this.paths.get(name);
      if (!path) throw new Error(`fake app: no path ${name}`);
      return path;
    }
    setPath(name: string, path: string): void {
      log.push(`app.setPath:${name}`);
      this.paths.set(name, path);
    }
    getVersion = (): string => '0.1.0';
    requestSingleInstanceLock(): boolean {
      log.push('app.requestSingleInstanceLock');
      return this.lockAvailable;
    }
    quit(): void {
      this.quitCalls += 1;
    }
    enableSandbox(): void {
      this.sandboxEnabled = true;
    }
    setAppUserModelId(): void {}
    isReady = (): boolean => this.ready;
    whenReady(): Promise<void> {
      log.push('app.whenReady');
      this.ready = true;
      return Promise.resolve();
    }
  }
  const app = new FakeApp();

  const ipcMain = {
    handlers: new Map<string, IpcListener>(),
    handle(channel: string, listener: IpcListener): void {
      // Electron throws on a second handler for one channel; so does the fake.
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcMain.handlers.set(channel, listener);
    },
    removeHandler: (channel: string) => ipcMain.handlers.delete(channel),
    /** The sender when no window exists: one page for the whole test, as a real renderer would be. */
    defaultSender: new FakeWebContents(),
    /** Calls a handler as a frame at `senderUrl` would; null means the frame is already gone. */
    invoke(channel: string, senderUrl: string | null, ...args: unknown[]): Promise<unknown> {
      const sender = FakeBrowserWindow.instances[0]?.webContents ?? ipcMain.defaultSender;
      return ipcMain.invokeFrom(sender, channel, senderUrl, ...args);
    },
    /** Calls a handler from a given webContents (another window, a print window). */
    async invokeFrom(
      sender: FakeWebContents,
      channel: string,
      senderUrl: string | null,
      ...args: unknown[]
    ): Promise<unknown> {
      const listener = ipcMain.handlers.get(channel);
      if (!listener) throw new Error(`no handler for ${channel}`);
      return listener({ senderFrame: senderUrl === null ? null : { url: senderUrl }, sender }, ...args);
    },
  };

  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, ProtocolHandler>(),
    registerSchemesAsPrivileged(schemes: unknown[]): void {
      // Electron only accepts this before ready.
      if (app.ready) throw new Error('registerSchemesAsPrivileged after ready');
      log.push('protocol.registerSchemesAsPrivileged');
      protocol.privileged.push(...schemes);
    },
    handle(scheme: string, handler: ProtocolHandler): void {
      log.push(`protocol.handle:${scheme}`);
      protocol.handlers.set(scheme, handler);
    },
  };

  const defaultSession = {
    permissionRequestHandler: undefined as Handler | undefined,
    permissionCheckHandler: undefined as Handler | undefined,
    devicePermissionHandler: undefined as Handler | undefined,
    setPermissionRequestHandler: (handler: Handler) =>
      void (defaultSession.permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: Handler) => void (defaultSession.permissionCheckHandler = handler),
    setDevicePermissionHandler: (handler: Handler) => void (defaultSession.devicePermissionHandler = handler),
  };

  const recording = createRecordingFakes();

  const reset = (): void => {
    log.length = 0;
    app.removeAllListeners();
    Object.assign(app, {
      isPackaged: false,
      lockAvailable: true,
      ready: false,
      quitCalls: 0,
      sandboxEnabled: false,
    });
    app.paths.clear();
    app.paths.set('userData', '/fake/user-data').set('documents', '/fake/documents');
    ipcMain.handlers.clear();
    ipcMain.defaultSender = new FakeWebContents();
    protocol.privileged.length = 0;
    protocol.handlers.clear();
    defaultSession.permissionRequestHandler = undefined;
    defaultSession.permissionCheckHandler = undefined;
    defaultSession.devicePermissionHandler = undefined;
    recording.reset();
    FakeBrowserWindow.instances = [];
    FakeWebContents.printBehaviour = defaultPrintBehaviour();
  };

  // Like Electron, every new webContents is announced on app.
  FakeBrowserWindow.hooks = {
    onCreated: (window) => app.emit('web-contents-created', {}, window.webContents),
  };
  reset();

  const modules = {
    ...recording.modules,
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain,
    protocol,
    session: { defaultSession },
  };
  return { modules, log, reset };
};

// Kept on globalThis so vi.resetModules() (used to re-run the preload) cannot split it into two fakes.
const store = globalThis as { __practiceDeskFakeElectron?: ReturnType<typeof create> };
const fake = (store.__practiceDeskFakeElectron ??= create());

/** What `vi.mock('electron', ...)` returns; tests inspect the same objects. */
export const fakeElectron = fake.modules;
export const fakeLog = fake.log;
export const resetFakeElectron = fake.reset;
