import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { mmToInches, mmToMicrons } from '@shared/documents/paper';
import type { PrintJobRequest, PrintJobResult } from '@shared/ipc/contract';

/** What the queue needs from Electron; injected so tests can play the hidden window's part. */
export interface PrintQueueDeps {
  /** A hidden window with the main window's secure webPreferences. */
  createWindow(): BrowserWindow;
  /** The renderer entry, e.g. `app://desk/index.html`; the print route hangs off its hash. */
  entryUrl: string;
  /** Asks where to save a PDF; null when the user cancelled. */
  savePdf(data: Uint8Array, suggestedName: string): Promise<string | null>;
  /** Whole-job limit: a print callback that never fires (electron #50431) must not block the queue. */
  timeoutMs?: number;
  pollMs?: number;
}

export const PRINT_TIMEOUT_MESSAGE = '打印超时：页面未在限定时间内完成';
export const PRINT_CANCELLED_MESSAGE = '已取消';

/** Secure options of the hidden print window: the main window's webPreferences, never shown. */
export const printWindowOptions = (
  base: BrowserWindowConstructorOptions,
): BrowserWindowConstructorOptions => ({
  show: false,
  width: 900,
  height: 1200,
  webPreferences: {
    ...base.webPreferences,
    // A hidden window is throttled like a background tab; fonts and layout must still progress.
    backgroundThrottling: false,
    devTools: false,
  },
});

/** The print route of a job, under the app's own origin. */
export const printRouteUrl = (entryUrl: string, job: Pick<PrintJobRequest, 'kind' | 'params'>): string =>
  `${entryUrl}#/print/${job.kind}?${new URLSearchParams(job.params).toString()}`;

class JobStopped extends Error {
  constructor(
    readonly status: 'cancelled' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

const failed = (error: string): PrintJobResult => ({
  status: 'failed',
  error,
  path: null,
  handedToBrowser: false,
});

/**
 * Prints or saves jobs one at a time (a failed printToPDF blocked later calls, electron #51174): each
 * job gets its own hidden window, which loads the print route, waits until the page says fonts and
 * images are ready, then prints with no margins and an explicit page size. Every job resolves with an
 * outcome; none is silently dropped.
 */
export const createPrintQueue = (deps: PrintQueueDeps) => {
  const timeoutMs = deps.timeoutMs ?? 180_000;
  const pollMs = deps.pollMs ?? 100;
  let chain: Promise<unknown> = Promise.resolve();
  const stops = new Map<string, (reason: JobStopped) => void>();
  const cancelledEarly = new Set<string>();

  const waitReady = async (window: BrowserWindow, stopped: () => boolean): Promise<void> => {
    for (;;) {
      if (stopped()) return;
      const state: unknown = await window.webContents.executeJavaScript(
        "document.documentElement.getAttribute('data-print-ready') || ''",
      );
      if (state === 'true') return;
      if (typeof state === 'string' && state.startsWith('error:'))
        throw new JobStopped('failed', state.slice(6));
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };

  const print = (window: BrowserWindow, job: PrintJobRequest): Promise<PrintJobResult> =>
    new Promise((resolve) => {
      window.webContents.print(
        {
          silent: job.printer !== null,
          ...(job.printer ? { deviceName: job.printer } : {}),
          copies: job.copies,
          printBackground: true,
          margins: { marginType: 'none' },
          pageSize: {
            width: mmToMicrons(job.pageSizeMm.widthMm),
            height: mmToMicrons(job.pageSizeMm.heightMm),
          },
        },
        (success, failureReason) => {
          if (success) resolve({ status: 'done', error: null, path: null, handedToBrowser: false });
          else if (/cancel/i.test(failureReason))
            resolve({ status: 'cancelled', error: null, path: null, handedToBrowser: false });
          else resolve(failed(`打印失败：${failureReason || '未知原因'}`));
        },
      );
    });

  const toPdf = async (window: BrowserWindow, job: PrintJobRequest): Promise<PrintJobResult> => {
    const data = await window.webContents.printToPDF({
      pageSize: { width: mmToInches(job.pageSizeMm.widthMm), height: mmToInches(job.pageSizeMm.heightMm) },
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      printBackground: true,
      preferCSSPageSize: true,
    });
    const path = await deps.savePdf(data, job.suggestedName);
    return path
      ? { status: 'done', error: null, path, handedToBrowser: false }
      : { status: 'cancelled', error: null, path: null, handedToBrowser: false };
  };

  const run = async (job: PrintJobRequest): Promise<PrintJobResult> => {
    if (cancelledEarly.delete(job.jobId))
      return { status: 'cancelled', error: null, path: null, handedToBrowser: false };
    let window: BrowserWindow | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stoppedBy: JobStopped | null = null;
    const stop = new Promise<never>((_, reject) => {
      const halt = (reason: JobStopped) => {
        stoppedBy = reason;
        reject(reason);
      };
      stops.set(job.jobId, halt);
      timer = setTimeout(() => halt(new JobStopped('failed', PRINT_TIMEOUT_MESSAGE)), timeoutMs);
    });
    try {
      const work = (async () => {
        window = deps.createWindow();
        await window.loadURL(printRouteUrl(deps.entryUrl, job));
        await waitReady(window, () => stoppedBy !== null);
        if (stoppedBy) throw stoppedBy;
        return job.mode === 'pdf' ? toPdf(window, job) : print(window, job);
      })();
      // The losing promise of the race may still reject later; it must not become unhandled.
      work.catch(() => undefined);
      return await Promise.race([work, stop]);
    } catch (error) {
      if (error instanceof JobStopped) {
        return error.status === 'cancelled'
          ? { status: 'cancelled', error: null, path: null, handedToBrowser: false }
          : failed(error.message);
      }
      return failed(error instanceof Error ? error.message : String(error));
    } finally {
      clearTimeout(timer);
      stops.delete(job.jobId);
      const w = window as BrowserWindow | null;
      if (w && !w.isDestroyed()) w.destroy();
    }
  };

  return {
    /** Queues a job; resolves with its outcome once every earlier job has finished. */
    enqueue(job: PrintJobRequest): Promise<PrintJobResult> {
      const result = chain.then(() => run(job));
      chain = result.catch(() => undefined);
      return result;
    },

    /** Cancels a running or queued job; its promise resolves as cancelled. */
    cancel(jobId: string): void {
      const halt = stops.get(jobId);
      if (halt) halt(new JobStopped('cancelled', PRINT_CANCELLED_MESSAGE));
      else cancelledEarly.add(jobId);
    },
  };
};

export type PrintQueue = ReturnType<typeof createPrintQueue>;
