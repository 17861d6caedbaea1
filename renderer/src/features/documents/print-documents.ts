import type { Paper } from '@shared/documents/paper';
import type { PrinterOffset } from '@shared/model';
import type { Repos } from '../../db';
import { platform } from '../../platform';
import { runPrintJob, type PrintChoice } from '../print/run-print';
import { PDF_PRINTER_KEY } from './use-document-settings';
import { reportError } from '../../db/errors';

/** Pages per print job when printing to a printer: progress and cancel between jobs. */
const PRINT_CHUNK = 100;

export interface PrintOutcome {
  printed: string[];
  /** Given to the browser's print dialog (web mode): whether they were printed only the desk knows. */
  handed: string[];
  failed: string[];
  error: string | null;
  cancelled: boolean;
  handedToBrowser: boolean;
  path: string | null;
}

/** A running print's controls: progress (pages done of total) and cancel. */
export interface PrintControl {
  onProgress(done: number, total: number): void;
  isCancelled(): boolean;
  /** Receives the id of the job now running, so cancel can reach it. */
  onJob(jobId: string): void;
}

/**
 * Prints issued documents (one PDF, or printer jobs of 100 pages) and records each job's outcome in
 * the register: printed documents count a print, failed ones keep their numbers for a retry. Pages
 * handed to the browser's print dialog stay 待打印 until the desk confirms they came out.
 */
export async function printDocuments(
  repos: Repos,
  input: {
    ids: readonly string[];
    paper: Pick<Paper, 'widthMm' | 'heightMm'>;
    choice: PrintChoice;
    stockOnly: boolean;
    offsets: Record<string, PrinterOffset>;
    fileName: string;
  },
  control: PrintControl,
): Promise<PrintOutcome> {
  const offset = input.stockOnly ? input.offsets[input.choice.printer ?? PDF_PRINTER_KEY] : undefined;
  const chunks: string[][] = [];
  const size = input.choice.mode === 'pdf' ? input.ids.length : PRINT_CHUNK;
  for (let i = 0; i < input.ids.length; i += size) chunks.push(input.ids.slice(i, i + size));
  const outcome: PrintOutcome = {
    printed: [],
    handed: [],
    failed: [],
    error: null,
    cancelled: false,
    handedToBrowser: false,
    path: null,
  };
  for (const chunk of chunks) {
    if (control.isCancelled()) {
      outcome.cancelled = true;
      break;
    }
    const jobId = crypto.randomUUID();
    control.onJob(jobId);
    const params: Record<string, string> = { ids: chunk.join(',') };
    if (input.stockOnly) params['stock'] = '1';
    if (offset?.xMm) params['offsetX'] = String(offset.xMm);
    if (offset?.yMm) params['offsetY'] = String(offset.yMm);
    let result;
    try {
      result = await runPrintJob(
        {
          kind: 'documents',
          params,
          pageSizeMm: { widthMm: input.paper.widthMm, heightMm: input.paper.heightMm },
          fileName: input.fileName,
        },
        input.choice,
        jobId,
      );
    } catch (error) {
      result = {
        status: 'failed' as const,
        error: reportError(error),
        path: null,
        handedToBrowser: false,
      };
    }
    if (result.status === 'done' && result.handedToBrowser) {
      // The browser's dialog may still be cancelled: 已打印 waits for the desk to say it printed.
      outcome.handed.push(...chunk);
      outcome.handedToBrowser = true;
    } else if (result.status === 'done') {
      await repos.documents.recordPrint(chunk, { ok: true });
      outcome.printed.push(...chunk);
      outcome.path = result.path;
    } else if (result.status === 'cancelled') {
      outcome.cancelled = true;
      break;
    } else {
      await repos.documents.recordPrint(chunk, { ok: false, error: result.error ?? '未知原因' });
      outcome.failed.push(...chunk);
      outcome.error = result.error;
      break;
    }
    control.onProgress(outcome.printed.length + outcome.handed.length, input.ids.length);
  }
  return outcome;
}

/** Cancels the platform job (Electron); web mode has nothing running once handed to the browser. */
export function cancelJob(jobId: string | null): void {
  if (jobId) void platform.cancelPrintJob(jobId);
}
