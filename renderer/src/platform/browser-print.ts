import type { PrintJobRequest, PrintJobResult } from '@shared/ipc/contract';

/** The print route of a job in this app, as a URL the browser can open. */
export function printRouteHref(
  job: Pick<PrintJobRequest, 'kind' | 'params'>,
  extra: Record<string, string> = {},
): string {
  const query = new URLSearchParams({ ...job.params, ...extra }).toString();
  return `${location.origin}${location.pathname}#/print/${job.kind}?${query}`;
}

/**
 * Web mode: opens the print route in a new window, which calls `window.print()` once fonts and images
 * are ready, so the user picks a printer or 另存为 PDF in the browser's own dialog.
 */
export async function browserPrintJob(job: PrintJobRequest): Promise<PrintJobResult> {
  const opened = window.open(printRouteHref(job, { autoprint: '1' }), '_blank');
  if (!opened) {
    return {
      status: 'failed',
      error: '浏览器阻止了打印窗口，请允许本站打开新窗口后重试',
      path: null,
      handedToBrowser: false,
    };
  }
  return { status: 'done', error: null, path: null, handedToBrowser: true };
}
