import { EventEmitter } from 'node:events';

/** An Electron-like event: handlers call preventDefault(), tests read defaultPrevented. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  url?: string;
}

export const fakeEvent = (extra: { url?: string } = {}): FakeEvent => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
  ...extra,
});

export interface WindowOpenDetails {
  url: string;
  disposition: string;
}
type WindowOpenHandler = (details: WindowOpenDetails) => { action: 'allow' | 'deny' };

/** Stand-in for webContents: records the handlers and lets tests play Chromium's part. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits will-navigate the way Electron does; true when the navigation was let through. */
  navigate(url: string): boolean {
    const event = fakeEvent({ url });
    this.emit('will-navigate', event, url);
    return !event.defaultPrevented;
  }

  redirect(url: string): boolean {
    const event = fakeEvent({ url });
    this.emit('will-redirect', event, url);
    return !event.defaultPrevented;
  }

  attachWebview(): boolean {
    const event = fakeEvent();
    this.emit('will-attach-webview', event, {}, {});
    return !event.defaultPrevented;
  }

  openWindow(url: string): { action: 'allow' | 'deny' } | undefined {
    return this.windowOpenHandler?.({ url, disposition: 'foreground-tab' });
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FakeWindowHooks {
  onCreated(window: FakeBrowserWindow): void;
}

/** Records constructor options, calls made on it, and behaves just enough like a window. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static hooks: FakeWindowHooks | undefined;

  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }

  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly calls: string[] = [];
  readonly loadedUrls: string[] = [];
  bounds: Rect;
  maximized = false;
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown>) {
    super();
    const number = (key: string, fallback: number) =>
      typeof options[key] === 'number' ? (options[key] as number) : fallback;
    this.bounds = {
      x: number('x', 0),
      y: number('y', 0),
      width: number('width', 800),
      height: number('height', 600),
    };
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.hooks?.onCreated(this);
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }
  maximize(): void {
    this.calls.push('maximize');
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rect {
    return { ...this.bounds };
  }
  /** Closing as Electron does: 'close', then 'closed', then the window is gone. */
  close(): void {
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}
