import { useRef, useState } from 'react';
import type { Paper } from '@shared/documents/paper';
import type { PrinterOffset } from '@shared/model';
import { useRepos } from '../../app/desk-context';
import type { IssueDraft } from '../../db/repos/documents';
import type { PrintChoice } from '../print/run-print';
import type { BatchState } from './PrintProgressModal';
import { cancelJob, printDocuments, type PrintOutcome } from './print-documents';
import { reportError } from '../../db/errors';

export interface PrintSpec {
  paper: Pick<Paper, 'widthMm' | 'heightMm'>;
  choice: PrintChoice;
  stockOnly: boolean;
  offsets: Record<string, PrinterOffset>;
  fileName: string;
}

function report(outcome: PrintOutcome, total: number): BatchState {
  const failedIds = outcome.failed;
  if (outcome.failed.length > 0) {
    return {
      phase: 'done',
      done: outcome.printed.length,
      total,
      failedIds,
      result: {
        type: 'error',
        text: `${outcome.failed.length} 份打印失败：${outcome.error ?? '未知原因'}。编号已保留，可重试，或在登记簿中作废并填写原因。`,
      },
    };
  }
  if (outcome.cancelled) {
    return {
      phase: 'done',
      done: outcome.printed.length,
      total,
      result: {
        type: 'warning',
        text: `已取消：${outcome.printed.length} 份已打印，其余 ${total - outcome.printed.length} 份已登记为“待打印”，可在登记簿中打印或作废。`,
      },
    };
  }
  if (outcome.handed.length > 0) {
    return {
      phase: 'done',
      done: total,
      total,
      handedIds: outcome.handed,
      result: {
        type: 'info',
        text: `${total} 份已登记，打印页已在新窗口打开：在浏览器打印对话框中打印后，点“已打印”记入登记簿；没有打印的仍为“待打印”。`,
      },
    };
  }
  const text = outcome.path ? `${total} 份已登记并保存到 ${outcome.path}` : `${total} 份已登记并发送到打印机`;
  return { phase: 'done', done: total, total, result: { type: 'success', text } };
}

/** Runs issue-then-print batches and reprints with progress, cancel and an honest final report. */
export function useBatch() {
  const repos = useRepos();
  const [state, setState] = useState<BatchState | null>(null);
  const cancelled = useRef(false);
  const jobId = useRef<string | null>(null);

  const print = async (ids: string[], spec: PrintSpec) => {
    setState({ phase: 'print', done: 0, total: ids.length });
    const outcome = await printDocuments(
      repos,
      { ids, ...spec },
      {
        isCancelled: () => cancelled.current,
        onJob: (id) => (jobId.current = id),
        onProgress: (done, total) => setState({ phase: 'print', done, total }),
      },
    );
    setState(report(outcome, ids.length));
  };

  return {
    state,
    /** Prepares (cancellable), issues numbers in one transaction, then prints. */
    async issueAndPrint(
      prepare: (progress: (done: number) => void, isCancelled: () => boolean) => Promise<IssueDraft[] | null>,
      total: number,
      spec: PrintSpec,
    ) {
      cancelled.current = false;
      setState({ phase: 'prepare', done: 0, total });
      try {
        const drafts = await prepare(
          (done) => setState({ phase: 'prepare', done, total }),
          () => cancelled.current,
        );
        if (!drafts || cancelled.current) {
          setState({
            phase: 'done',
            done: 0,
            total,
            result: { type: 'info', text: '已取消，没有开具任何文书。' },
          });
          return;
        }
        setState({ phase: 'issue', done: 0, total });
        const issued = await repos.documents.issue(drafts);
        await print(
          issued.map((d) => d.id),
          spec,
        );
      } catch (error) {
        setState({
          phase: 'done',
          done: 0,
          total,
          result: {
            type: 'error',
            text: `开具失败：${reportError(error)}`,
          },
        });
      }
    },
    async reprint(ids: string[], spec: PrintSpec) {
      cancelled.current = false;
      try {
        await print(ids, spec);
      } catch (error) {
        setState({
          phase: 'done',
          done: 0,
          total: ids.length,
          result: {
            type: 'error',
            text: `打印失败：${reportError(error)}`,
          },
        });
      }
    },
    /** The desk says the pages handed to the browser came out of the printer. */
    async confirmPrinted(ids: string[]) {
      try {
        await repos.documents.recordPrint(ids, { ok: true });
        setState({
          phase: 'done',
          done: ids.length,
          total: ids.length,
          result: { type: 'success', text: `${ids.length} 份已记为已打印` },
        });
      } catch (error) {
        setState({
          phase: 'done',
          done: 0,
          total: ids.length,
          handedIds: ids,
          result: { type: 'error', text: `未能记入登记簿：${reportError(error)}` },
        });
      }
    },
    cancel() {
      cancelled.current = true;
      cancelJob(jobId.current);
    },
    close() {
      setState(null);
    },
  };
}
