import type { PrintJobRequest, PrintJobResult } from '@shared/ipc/contract';
import { platform } from '../../platform';

/** Options the user picks for a print. */
export interface PrintChoice {
  mode: 'print' | 'pdf';
  /** Null: the system dialog chooses (and always in web mode). */
  printer: string | null;
  copies: number;
}

/** A file name that the save dialog and the contract accept. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 190);
  return cleaned.endsWith('.pdf') ? cleaned : `${cleaned}.pdf`;
}

/** Sends one job of the print registry to the platform; the job carries ids, never content. */
export function runPrintJob(
  job: Pick<PrintJobRequest, 'kind' | 'params' | 'pageSizeMm'> & { fileName: string },
  choice: PrintChoice,
  jobId: string = crypto.randomUUID(),
): Promise<PrintJobResult> {
  return platform.printJob({
    jobId,
    kind: job.kind,
    params: job.params,
    pageSizeMm: job.pageSizeMm,
    suggestedName: safeFileName(job.fileName),
    mode: choice.mode,
    printer: choice.printer,
    copies: choice.copies,
  });
}

/** What to tell the desk about a finished job. */
export function describeResult(result: PrintJobResult, what: string): { ok: boolean; text: string } {
  if (result.status === 'failed')
    return { ok: false, text: `${what}打印失败：${result.error ?? '未知原因'}` };
  if (result.status === 'cancelled') return { ok: false, text: `已取消${what}的打印` };
  if (result.handedToBrowser)
    return { ok: true, text: `${what}已在新窗口打开，请在浏览器打印对话框中选择打印机或“另存为 PDF”` };
  return { ok: true, text: result.path ? `${what}已保存到 ${result.path}` : `${what}已发送到打印机` };
}
