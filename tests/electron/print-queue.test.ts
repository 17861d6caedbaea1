// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { PrintJobRequest } from '@shared/ipc/contract';
import { fakeElectron, resetFakeElectron } from './fake-electron';
import { FakeBrowserWindow, FakeWebContents } from './fake-windows';
import { registerIpcHandlers } from '../../electron/main/handlers';
import {
  createPrintQueue,
  PRINT_TIMEOUT_MESSAGE,
  printRouteUrl,
  printWindowOptions,
} from '../../electron/main/print-queue';
import { createTrust } from '../../electron/main/trust';
import { mainWindowOptions } from '../../electron/main/window';

function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const APP_PAGE = 'app://desk/index.html#/documents';
const ENTRY = 'app://desk/index.html';

const job = (over: Partial<PrintJobRequest> = {}): PrintJobRequest => ({
  jobId: 'job-1',
  kind: 'documents',
  params: { ids: 'a,b' },
  mode: 'print',
  printer: 'Office_Laser',
  copies: 2,
  pageSizeMm: { widthMm: 297, heightMm: 210 },
  suggestedName: '荣誉证书.pdf',
  ...over,
});

const newQueue = (
  over: { timeoutMs?: number; savePdf?: (d: Uint8Array, n: string) => Promise<string | null> } = {},
) =>
  createPrintQueue({
    entryUrl: ENTRY,
    pollMs: 1,
    createWindow: () =>
      new FakeBrowserWindow(
        printWindowOptions(mainWindowOptions({ width: 900, height: 1200 })) as Record<string, unknown>,
      ) as unknown as BrowserWindow,
    savePdf: over.savePdf ?? (() => Promise.resolve('/fake/documents/荣誉证书.pdf')),
    ...(over.timeoutMs ? { timeoutMs: over.timeoutMs } : {}),
  });

const lastWindow = () => must(FakeBrowserWindow.instances.at(-1));

describe('print queue', () => {
  beforeEach(() => resetFakeElectron());
  afterEach(() => vi.useRealTimers());

  it('opens a hidden, sandboxed window on the print route and prints with no margins at the exact size', async () => {
    const result = await newQueue().enqueue(job());
    expect(result).toEqual({ status: 'done', error: null, path: null, handedToBrowser: false });
    const window = lastWindow();
    expect(window.options['show']).toBe(false);
    expect(window.options['webPreferences']).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.loadedUrls).toEqual(['app://desk/index.html#/print/documents?ids=a%2Cb']);
    expect(window.webContents.printCalls[0]).toEqual({
      kind: 'print',
      options: expect.objectContaining({
        silent: true,
        deviceName: 'Office_Laser',
        copies: 2,
        margins: { marginType: 'none' },
        pageSize: { width: 297_000, height: 210_000 },
      }),
    });
    expect(window.destroyed).toBe(true);
  });

  it('waits until the page reports fonts and images ready before printing', async () => {
    FakeWebContents.printBehaviour.readyStates = ['', '', '', 'true'];
    await newQueue().enqueue(job());
    expect(lastWindow().webContents.printCalls).toHaveLength(1);
  });

  it('shows the system dialog when no printer is chosen', async () => {
    await newQueue().enqueue(job({ printer: null }));
    expect(lastWindow().webContents.printCalls[0]?.options).toMatchObject({ silent: false });
    expect(lastWindow().webContents.printCalls[0]?.options).not.toHaveProperty('deviceName');
  });

  it('saves a PDF at the CSS page size where the user chooses', async () => {
    const saved: string[] = [];
    const queue = newQueue({ savePdf: (_d, name) => (saved.push(name), Promise.resolve('/tmp/x.pdf')) });
    const result = await queue.enqueue(job({ mode: 'pdf' }));
    expect(result).toMatchObject({ status: 'done', path: '/tmp/x.pdf' });
    expect(saved).toEqual(['荣誉证书.pdf']);
    expect(lastWindow().webContents.printCalls[0]?.options).toMatchObject({
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    });
  });

  it('reports a cancelled save dialog as cancelled, not as printed', async () => {
    const result = await newQueue({ savePdf: () => Promise.resolve(null) }).enqueue(job({ mode: 'pdf' }));
    expect(result.status).toBe('cancelled');
  });

  it('reports a printer failure and a page error as failed with the reason', async () => {
    FakeWebContents.printBehaviour.printResult = [false, 'Invalid printer settings'];
    expect(await newQueue().enqueue(job())).toMatchObject({
      status: 'failed',
      error: '打印失败：Invalid printer settings',
    });
    FakeWebContents.printBehaviour.readyStates = ['error:找不到文书 RY-2026-00009'];
    expect(await newQueue().enqueue(job())).toMatchObject({
      status: 'failed',
      error: '找不到文书 RY-2026-00009',
    });
  });

  it('fails a job whose print callback never fires, and still runs the next one', async () => {
    FakeWebContents.printBehaviour.printResult = null;
    const queue = newQueue({ timeoutMs: 50 });
    const first = queue.enqueue(job({ jobId: 'stuck' }));
    const second = queue.enqueue(job({ jobId: 'next', mode: 'pdf' }));
    expect(await first).toMatchObject({ status: 'failed', error: PRINT_TIMEOUT_MESSAGE });
    expect(await second).toMatchObject({ status: 'done' });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances.every((w) => w.destroyed)).toBe(true);
  });

  it('runs jobs one at a time, in order', async () => {
    const queue = newQueue();
    const order: string[] = [];
    const done = await Promise.all(
      ['a', 'b', 'c'].map((id) => queue.enqueue(job({ jobId: id })).then((r) => (order.push(id), r.status))),
    );
    expect(done).toEqual(['done', 'done', 'done']);
    expect(order).toEqual(['a', 'b', 'c']);
    expect(FakeBrowserWindow.instances).toHaveLength(3);
  });

  it('cancels a running job and a queued one', async () => {
    FakeWebContents.printBehaviour.printResult = null;
    const queue = newQueue({ timeoutMs: 10_000 });
    const running = queue.enqueue(job({ jobId: 'run' }));
    const queued = queue.enqueue(job({ jobId: 'wait' }));
    queue.cancel('wait');
    await vi.waitFor(() => expect(lastWindow().webContents.printCalls).toHaveLength(1));
    queue.cancel('run');
    expect(await running).toMatchObject({ status: 'cancelled' });
    expect(await queued).toMatchObject({ status: 'cancelled' });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('builds the route from the kind and parameters only', () => {
    expect(
      printRouteUrl('http://127.0.0.1:5184/', { kind: 'daily-sheet', params: { date: '2026-11-22' } }),
    ).toBe('http://127.0.0.1:5184/#/print/daily-sheet?date=2026-11-22');
  });
});

describe('print IPC', () => {
  beforeEach(() => resetFakeElectron());
  const trust = createTrust({ isPackaged: true });

  it('validates print jobs before they reach the queue', async () => {
    const enqueue = vi.fn(() =>
      Promise.resolve({ status: 'done' as const, error: null, path: null, handedToBrowser: false }),
    );
    registerIpcHandlers({ trust, printQueue: { enqueue, cancel: vi.fn() } });
    await expect(fakeElectron.ipcMain.invoke('print:job', APP_PAGE, job())).resolves.toMatchObject({
      status: 'done',
    });
    await expect(
      fakeElectron.ipcMain.invoke('print:job', APP_PAGE, job({ kind: '../../etc' })),
    ).rejects.toThrow(/请求数据不正确（print:job）/);
    await expect(fakeElectron.ipcMain.invoke('print:job', APP_PAGE, job({ copies: 0 }))).rejects.toThrow();
    await expect(fakeElectron.ipcMain.invoke('print:job', 'https://evil.example/', job())).rejects.toThrow();
    expect(enqueue).toHaveBeenCalledTimes(1);
  });

  it('lists the printers of the asking window', async () => {
    registerIpcHandlers({ trust });
    new FakeBrowserWindow({}).webContents.printers = [
      { name: 'Office_Laser', displayName: '办公室激光打印机', description: '', options: {} },
    ];
    await expect(fakeElectron.ipcMain.invoke('print:list-printers', APP_PAGE)).resolves.toEqual([
      { name: 'Office_Laser', displayName: '办公室激光打印机', isDefault: false },
    ]);
  });
});
