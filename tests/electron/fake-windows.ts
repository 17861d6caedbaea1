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

/** How a fake page answers the print queue: its ready flag, and how print/printToPDF behave. */
export interface FakePrintBehaviour {
  /** What `data-print-ready` reads, per poll (the last value repeats). */
  readyStates: string[];
  /** print() callback arguments; null never calls back (electron #50431). */
  printResult: [boolean, string] | null;
  pdf: Uint8Array | Error;
}

export const defaultPrintBehaviour = (): FakePrintBehaviour => ({
  readyStates: ['', 'true'],
  printResult: [true, ''],
  pdf: new Uint8Array([37, 80, 68, 70]),
});

/** Stand-in for webContents: records the handlers and lets tests play Chromium's part. */
export class FakeWebContents extends EventEmitter {
  static printBehaviour: FakePrintBehaviour = defaultPrintBehaviour();
  windowOpenHandler: WindowOpenHandler | undefined;
  readonly printCalls: { kind: 'print' | 'pdf'; options: Record<string, unknown> }[] = [];
  printers: { name: string; displayName: string; description: string; options: Record<string, string> }[] =
    [];
  private polls = 0;

  executeJavaScript(): Promise<unknown> {
    const states = FakeWebContents.printBehaviour.readyStates;
    const state = states[Math.min(this.polls, states.length - 1)] ?? '';
    this.polls += 1;
    return Promise.resolve(state);
  }

  print(options: Record<string, unknown>, callback: (success: boolean, reason: string) => void): void {
    this.printCalls.push({ kind: 'print', options });
    const result = FakeWebContents.printBehaviour.printResult;
    if (result) setTimeout(() => callback(...result), 0);
  }

  printToPDF(options: Record<string, unknown>): Promise<Uint8Array> {
    this.printCalls.push({ kind: 'pdf', options });
    const pdf = FakeWebContents.printBehaviour.pdf;
    return pdf instanceof Error ? Promise.reject(pdf) : Promise.resolve(pdf);
  }

  getPrintersAsync(): Promise<FakeWebContents['printers']> {
    return Promise.resolve(this.printers);
  }

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
  isVisible(): boolean {
    return this.calls.includes('show');
  }
  destroy(): void {
    this.calls.push('destroy');
    this.destroyed = true;
    this.emit('closed');
  }
  /** Closing as Electron does: 'close', then 'closed', then the window is gone. */
  close(): void {
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}
